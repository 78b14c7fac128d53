import Foundation
import RedlineModel
import RedlineXML

/// Reads contract exports (HTML from Word, Google Docs, LibreOffice, pandoc or a static
/// site; Word DOCX; PDF through poppler's `pdftohtml`; generic, Akoma Ntoso and USLM XML;
/// plain text) into a ``ContractDocument``.
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
    /// Limits on what a DOCX (ZIP) archive may expand to.
    public var zipLimits: ZipLimits
    /// How long `pdftohtml` may take to convert one PDF, in seconds.
    public var pdfTimeout: Double

    /// Creates a reader.
    public init(
        limits: MarkupLimits = .standard, proposalMarkup: ProposalMarkup = .keep, zipLimits: ZipLimits = .standard,
        pdfTimeout: Double = 60
    ) {
        self.limits = limits
        self.proposalMarkup = proposalMarkup
        self.zipLimits = zipLimits
        self.pdfTimeout = pdfTimeout
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
        return try read(bytes: [UInt8](data), name: name, file: url)
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
        try read(bytes: bytes, name: name, file: nil)
    }

    /// Reads a document; `file` is where the bytes came from, if they came from a file
    /// (a PDF is converted from there without a temporary copy).
    private func read(bytes: [UInt8], name: String, file: URL?) throws -> ContractDocument {
        if bytes.count > limits.maxBytes {
            throw ReadError(
                file: name, reason: .limit("the file is \(bytes.count) bytes, more than the limit of \(limits.maxBytes) bytes"))
        }
        if bytes.isEmpty { throw ReadError(file: name, reason: .empty) }
        // A single-article export may name its article only in the file name.
        let fileName = file?.lastPathComponent ?? (name == "-" ? nil : name)
        // Containers are told by their first bytes, not by the file name.
        switch BinarySniffer.sniff(bytes) {
        case .zip:
            let extracted = try DOCXBlockExtractor.extract(zip: bytes, name: name, limits: limits, zipLimits: zipLimits)
            return try document(from: extracted, frontMatter: [:], name: name, fileName: fileName)
        case .pdf:
            let xml = try PDFReader(timeout: pdfTimeout).convert(bytes: bytes, file: file, name: name, maxOutput: limits.maxBytes)
            return try readPDFXML(xml, name: name, fileName: fileName, title: PDFInfo.title(in: bytes))
        case nil:
            break
        }
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
        var extracted: ExtractedBlocks
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
            extracted = ExtractedBlocks(
                blocks: result.blocks, title: result.title, metadata: result.metadata, format: result.format)
        case .xml:
            let document: MarkupDocument
            do {
                document = try MarkupParser.parseXML(utf8: Array(body.utf8), limits: limits)
            } catch let error as MarkupError {
                throw Self.readError(error, name: name)
            }
            if document.root.name == "pdf2xml" {
                // pdftohtml's output, converted earlier.
                extracted = try PDFXMLBlockExtractor.extract(document, name: name)
            } else {
                extracted = XMLBlockExtractor.extract(document)
                if extracted.blocks.allSatisfy({ $0.plainText.isEmpty && $0.table == nil }) {
                    throw ReadError(
                        file: name,
                        reason: .markup(
                            "the XML document <\(document.root.name)> holds no text, only elements and attributes",
                            line: 0))
                }
            }
        case .text:
            extracted = ExtractedBlocks(
                blocks: PlainTextBlockExtractor.extract(body), title: nil, metadata: [:], format: .plainText)
        }
        // Front matter and the detected encoding win over what the extractor found.
        extracted.metadata.merge(metadata) { _, stated in stated }
        return try document(from: extracted, frontMatter: frontMatter, name: name, fileName: fileName)
    }

    /// Reads pdftohtml's XML output (from a converted PDF).
    private func readPDFXML(_ xml: [UInt8], name: String, fileName: String?, title: String? = nil) throws -> ContractDocument {
        let document: MarkupDocument
        do {
            document = try MarkupParser.parseXML(utf8: xml, limits: limits)
        } catch let error as MarkupError {
            throw ReadError(file: name, reason: .binary(what: "a PDF whose text pdftohtml could not convert (\(error))"))
        }
        var extracted = try PDFXMLBlockExtractor.extract(document, name: name)
        extracted.metadata["reader"] = "pdf"
        if let title {
            extracted.title = title
            extracted.metadata["title"] = title
        }
        return try self.document(from: extracted, frontMatter: [:], name: name, fileName: fileName)
    }

    /// Builds the clause tree from any reader's blocks. `fileName` is where a single-article export
    /// without an article label may state its article ("art16_immigration.html").
    private func document(
        from extracted: ExtractedBlocks, frontMatter: [String: String], name: String, fileName: String?
    ) throws -> ContractDocument {
        let title = frontMatter["title"] ?? extracted.title
            ?? ["title", "dc.title", "og:title"].lazy.compactMap { extracted.metadata[$0] }.first { !$0.isEmpty }
        let format = extracted.format
        var metadata = extracted.metadata
        metadata.merge(frontMatter) { first, _ in first }
        let blocks = Self.applying(proposalMarkup, to: extracted.blocks)
        if blocks.allSatisfy({ $0.plainText.isEmpty && $0.table == nil }) {
            throw ReadError(file: name, reason: .empty)
        }
        let drafts: [StructureBuilder.Draft]
        do {
            drafts = try StructureBuilder(blocks: blocks, title: title, fileName: fileName).build()
        } catch {
            throw ReadError(file: name, reason: .noArticle)
        }
        let children = TreeFinisher.finish(drafts)
        // A first line naming the agreement ("MEMORANDUM OF UNDERSTANDING 2025–2028") is the document's title.
        let statedTitle = children.first.flatMap { $0.kind == .preamble ? $0.children.first : nil }
            .map { $0.headingText.isEmpty ? $0.text.plainText : $0.headingText }
            .flatMap { DivisionHint.namesAgreement($0) && HeadingHeuristics.wordCount($0) <= 12 ? $0 : nil }
        let documentTitle = title ?? statedTitle ?? children.first(where: { $0.kind.isTopLevelDivision }).map { node in
            [node.number?.written, node.heading?.plainText].compactMap { $0 }.joined(separator: " ")
        }
        return ContractDocument(title: documentTitle, sourceFormat: format, metadata: metadata, children: children)
    }

    /// Applies the proposal-markup choice. Numbered blocks whose words all live in their sub-clauses
    /// (a USLM "(a)" holding only paragraphs) have no runs and are kept, not taken for deleted text.
    private static func applying(_ markup: ProposalMarkup, to blocks: [Block]) -> [Block] {
        let placeholder = InlineRun("\u{E000}")
        let isBare = { (block: Block) in block.runs.isEmpty && block.table == nil && block.listNumber != nil }
        guard blocks.contains(where: isBare) else { return markup.apply(blocks) }
        let marked = blocks.map { block in
            var block = block
            if isBare(block) { block.runs = [placeholder] }
            return block
        }
        return markup.apply(marked).map { block in
            var block = block
            if block.runs == [placeholder] { block.runs = [] }
            return block
        }
    }

    enum Sniffed { case html, xml, text }

    /// Decides the format from the first few kilobytes of text.
    static func sniff(_ text: String) -> Sniffed {
        let head = String(text.prefix(8192)).lowercased()
        let start = head.drop { $0.isWhitespace }
        if start.hasPrefix("<?xml") {
            return head.utf8.count > 0 && head.range(of: "<html") != nil ? .html : .xml
        }
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") { return .html }
        if start.hasPrefix("<") && !start.hasPrefix("<br") {
            // An XML root element that is not HTML.
            let name = start.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "-" }
            if !name.isEmpty && !htmlTags.contains(String(name)) { return .xml }
        }
        // Three or more common block tags make it HTML (a markdown file with one raw <table> stays text).
        let bytes = Array(head.utf8)
        var count = 0
        for tag in ["<p>", "<p ", "<div", "<h1", "<h2", "<h3", "<h4", "<li", "<body", "<span", "</p>", "</div>", "</li>"] {
            let needle = Array(tag.utf8)
            var index = 0
            while index + needle.count <= bytes.count {
                if bytes[index] == 0x3C, bytes[index..<(index + needle.count)].elementsEqual(needle) {
                    count += 1
                    if count >= 3 { return .html }
                    index += needle.count
                } else {
                    index += 1
                }
            }
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
