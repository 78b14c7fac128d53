import Foundation
import RedlineModel
import RedlineXML

/// Reads contract exports (HTML from Word, Google Docs, LibreOffice, pandoc or a static
/// site; plain text) into a ``ContractDocument``.
///
/// The format is sniffed from the content, not the file name. Input files are only
/// read, never written. Every failure is a ``ReadError`` naming the file and place.
///
/// ```swift
/// let document = try ContractReader().read(contentsOf: URL(fileURLWithPath: "article-12.html"))
/// for article in document.articles { print(article.number?.normalized ?? "-", article.headingText) }
/// ```
public struct ContractReader: Sendable {
    /// Size and nesting limits applied to every input.
    public var limits: MarkupLimits
    /// What to do with proposal markup (underline = added, strike-through = deleted).
    public var proposalMarkup: ProposalMarkup

    /// Creates a reader.
    public init(limits: MarkupLimits = .standard, proposalMarkup: ProposalMarkup = .keep) {
        self.limits = limits
        self.proposalMarkup = proposalMarkup
    }

    /// Reads a file. `displayName` is used in error messages (defaults to the path).
    ///
    /// - Complexity: O(*n*) in the file size.
    public func read(contentsOf url: URL, displayName: String? = nil) throws -> ContractDocument {
        let name = displayName ?? url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ReadError(file: name, reason: .unreadable("no such file"))
        }
        if isDirectory.boolValue { throw ReadError(file: name, reason: .unreadable("it is a folder, not a file")) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size > limits.maxBytes {
            throw ReadError(
                file: name, reason: .limit("the file is \(size) bytes, more than the limit of \(limits.maxBytes) bytes"))
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReadError(file: name, reason: .unreadable("permission denied or unreadable"))
        }
        return try read(bytes: [UInt8](data), name: name)
    }

    /// Reads standard input to its end (refusing more than ``MarkupLimits/maxBytes``); errors name it `-`.
    public func readStandardInput() throws -> ContractDocument {
        var bytes: [UInt8] = []
        while let chunk = try? FileHandle.standardInput.read(upToCount: 1 << 20), !chunk.isEmpty {
            bytes += chunk
            if bytes.count > limits.maxBytes { break }
        }
        return try read(bytes: bytes, name: "-")
    }

    /// Reads a document from memory. `name` is used in error messages.
    ///
    /// - Complexity: O(*n*) in the input size.
    public func read(bytes: [UInt8], name: String) throws -> ContractDocument {
        if bytes.count > limits.maxBytes {
            throw ReadError(
                file: name, reason: .limit("the file is \(bytes.count) bytes, more than the limit of \(limits.maxBytes) bytes"))
        }
        if bytes.isEmpty { throw ReadError(file: name, reason: .empty) }
        let decoded: TextDecoding.Decoded
        do {
            decoded = try TextDecoding.decode(bytes)
        } catch {
            switch error {
            case .empty: throw ReadError(file: name, reason: .empty)
            case .binary(let what): throw ReadError(file: name, reason: .binary(what: what))
            case .invalid(let detail, let line): throw ReadError(file: name, reason: .encoding(detail, line: line))
            }
        }
        let (frontMatter, body) = FrontMatter.split(decoded.text)
        var metadata = frontMatter
        metadata["encoding"] = decoded.encoding
        var blocks: [Block]
        var title = frontMatter["title"]
        var format: SourceFormat
        switch Self.sniff(body) {
        case .html:
            let document: MarkupDocument
            do {
                document = try MarkupParser.parseHTML(utf8: Array(body.utf8), limits: limits)
            } catch let error as MarkupError {
                throw Self.readError(error, name: name)
            }
            let markdownAware = !frontMatter.isEmpty || body.hasPrefix("# ") || body.contains("\n# ")
                || body.contains("\n## ")
            let result = HTMLBlockExtractor.extract(document, markdownAware: markdownAware)
            blocks = result.blocks
            title = title ?? result.title
            format = result.format
            metadata.merge(result.metadata) { first, _ in first }
        case .xml:
            do {
                _ = try MarkupParser.parseXML(utf8: Array(body.utf8), limits: limits)
            } catch let error as MarkupError {
                throw Self.readError(error, name: name)
            }
            throw ReadError(
                file: name,
                reason: .markup(
                    "this is an XML document; this version of Redline reads HTML and plain text exports", line: 0))
        case .text:
            blocks = PlainTextBlockExtractor.extract(body)
            format = .plainText
        }
        blocks = proposalMarkup.apply(blocks)
        if blocks.allSatisfy({ $0.plainText.isEmpty && $0.table == nil }) {
            throw ReadError(file: name, reason: .empty)
        }
        let drafts: [StructureBuilder.Draft]
        do {
            drafts = try StructureBuilder(blocks: blocks, title: title).build()
        } catch {
            throw ReadError(file: name, reason: .noArticle)
        }
        let children = TreeFinisher.finish(drafts)
        let documentTitle = title ?? children.first(where: { $0.kind.isTopLevelDivision }).map { node in
            [node.number?.written, node.heading?.plainText].compactMap { $0 }.joined(separator: " ")
        }
        return ContractDocument(title: documentTitle, sourceFormat: format, metadata: metadata, children: children)
    }

    enum Sniffed { case html, xml, text }

    /// Decides the format from the first few kilobytes of text.
    static func sniff(_ text: String) -> Sniffed {
        let head = String(text.prefix(8192)).lowercased()
        let start = head.drop { $0.isWhitespace }
        if start.hasPrefix("<?xml") {
            return head.contains("<html") ? .html : .xml
        }
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") { return .html }
        if start.hasPrefix("<") && !start.hasPrefix("<br") {
            // An XML root element that is not HTML.
            let name = start.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "-" }
            if !name.isEmpty && !htmlTags.contains(String(name)) { return .xml }
        }
        var count = 0
        for tag in ["<p>", "<p ", "<div", "<h1", "<h2", "<h3", "<h4", "<li", "<body", "<span", "</p>", "</div>", "</li>"] {
            count += head.components(separatedBy: tag).count - 1
            if count >= 3 { return .html }
        }
        return .text
    }

    private static let htmlTags: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "ul", "li", "table", "body", "head", "span", "section",
        "article", "meta", "title", "style", "b", "i", "u", "a", "font", "center", "strong", "em",
    ]

    private static func readError(_ error: MarkupError, name: String) -> ReadError {
        switch error {
        case .tooLarge, .tooDeep: ReadError(file: name, reason: .limit(error.description))
        case .malformed(let message, let line, _):
            ReadError(file: name, reason: .markup("the XML is not well formed: \(message)", line: line))
        case .noContent: ReadError(file: name, reason: .empty)
        }
    }
}
