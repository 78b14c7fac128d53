import Foundation
import RedlineDiff
import RedlineModel
import RedlineReaders
import RedlineRender
import RedlineTestSupport
import RedlineXML
import Testing
import ZIPFoundation

/// A fixed date, so renders are reproducible.
let fixedDate = Date(timeIntervalSince1970: 1_746_662_400)  // 2025-05-08T00:00:00Z

/// One comparison from the corpora: two documents and their diff.
struct CorpusPair: CustomTestStringConvertible, Sendable {
    let name: String
    let old: ContractDocument
    let new: ContractDocument
    let diff: DocumentDiff

    var testDescription: String { name }

    func context(colour: Bool = false) -> RenderContext {
        RenderContext(
            old: old, new: new, oldLabel: "Old “version” <\(name)>", newLabel: "New & improved", author: "Test Author",
            date: fixedDate, colour: colour)
    }

    /// Every proposal sequence: version 01 against the current article, then each version against
    /// the one before, in the Word and Google Docs exports.
    static let all: [CorpusPair] = {
        let folder = Fixtures.corpora.appendingPathComponent("proposals")
        let sequences = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        let versions = ["01-union-initial", "02-management-counter", "03-union-counter", "04-tentative-agreement"]
        let reader = ContractReader(proposalMarkup: .accept)
        var pairs: [CorpusPair] = []
        for sequence in sequences {
            let base = folder.appendingPathComponent(sequence)
            for format in ["word.html", "gdocs.html"] {
                var previousName = "clean/00-current.txt"
                guard var previous = try? reader.read(contentsOf: base.appendingPathComponent(previousName)) else { continue }
                for version in versions {
                    let name = "\(version).\(format)"
                    guard let current = try? reader.read(contentsOf: base.appendingPathComponent(name)) else { continue }
                    let diff = DocumentComparer.compare(
                        old: previous, new: current, oldName: previousName, newName: name,
                        options: CompareOptions(scope: .newArticles))
                    pairs.append(CorpusPair(name: "\(sequence): \(previousName) → \(name)", old: previous, new: current, diff: diff))
                    previous = current
                    previousName = name
                }
            }
        }
        return pairs
    }()
}

// MARK: Words

/// The words (letters and digits) of `text`, as a multiset.
func words(_ text: String) -> [String: Int] {
    var counts: [String: Int] = [:]
    for word in text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) { counts[String(word), default: 0] += 1 }
    return counts
}

/// The words of `needed` missing from `available` (counting repeats).
func missing(_ needed: [String: Int], from available: [String: Int]) -> [String] {
    needed.compactMap { word, count in (available[word] ?? 0) >= count ? nil : word }.sorted()
}

extension DocumentDiff {
    /// The text of every operation of `kind` in every heading and text diff, joined by spaces.
    func operationText(_ kind: DiffOperationKind) -> String {
        var parts: [String] = []
        for alignment in alignments {
            alignment.forEach { node in
                for diff in [node.headingDiff, node.textDiff].compactMap({ $0 }) {
                    for operation in diff.operations where operation.kind == kind { parts.append(operation.text) }
                }
            }
        }
        return parts.joined(separator: " ")
    }
}

// MARK: What the documents say

/// Whitespace-normalised text: runs of whitespace become one space, ends trimmed, control characters dropped.
func normalized(_ text: String) -> String {
    // XML 1.0 cannot hold C0 control characters other than whitespace, so a DOCX drops them.
    let kept = text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    return String(String.UnicodeScalarView(kept)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// The paragraphs a faithful redline must give for one side, built from the document itself:
/// for every clause in document order a line "number heading. text" — the number, a space, the
/// heading, then (when text follows) ". " or, after a heading ending in punctuation, a space (the
/// joiner the aligner uses for run-in headings), then the text — and one paragraph per table row
/// with the cells joined by tabs. Clauses in `plain` (those of a split or merge, which a redline
/// shows as the diff of their ``ClauseNode/fullText``) join number, heading and text with spaces,
/// as `fullText` does. Only the top-level divisions in `scope` count (a proposal compared with a
/// whole contract leaves the rest out). Whitespace is normalised and empty paragraphs are left out.
func expectedParagraphs(_ document: ContractDocument, scope: Set<String>?, plain: Set<String> = []) -> [String] {
    var paragraphs: [String] = []
    for division in document.children where scope?.contains(division.id) ?? true {
        var plainDepth: Int? = nil
        division.walk { node, depth in
            if let level = plainDepth, depth <= level { plainDepth = nil }
            if plainDepth == nil && plain.contains(node.id) { plainDepth = depth }
            let number = node.number?.written ?? "", heading = node.heading?.plainText ?? "", text = node.text.plainText
            var line = number
            if !number.isEmpty && !(heading + text).allSatisfy(\.isWhitespace) { line += " " }
            line += heading
            if !heading.allSatisfy(\.isWhitespace) && !text.allSatisfy(\.isWhitespace) {
                line += plainDepth != nil ? " " : heading.last.map { ".:;–—-".contains($0) } == true ? " " : ". "
            }
            line += text
            paragraphs.append(normalized(line))
            for row in node.table?.rows ?? [] {
                paragraphs.append(normalized(row.cells.map(\.text.plainText).joined(separator: "\t")))
            }
            return .visitChildren
        }
    }
    return paragraphs.filter { !$0.isEmpty }
}

/// Ids (old side, new side) of the clauses of splits and merges.
func groupedClauses(_ diff: DocumentDiff) -> (old: Set<String>, new: Set<String>) {
    var old: Set<String> = [], new: Set<String> = []
    for alignment in diff.alignments {
        alignment.forEach { node in
            guard node.kind == .split || node.kind == .merged else { return }
            old.formUnion(node.old.map(\.id))
            new.formUnion(node.new.map(\.id))
        }
    }
    return (old, new)
}

// MARK: Reading a DOCX back

/// A small reader of the redline DOCX, written for the tests: unzips it, parses
/// `word/document.xml` with libxml2 and reads its paragraphs with all changes accepted or rejected.
struct DOCXReadBack {
    let files: [String: Data]
    let document: MarkupElement

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var files: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            files[entry.path] = bytes
        }
        self.files = files
        guard let xml = files["word/document.xml"] else { throw ReadBackError.missingPart("word/document.xml") }
        document = try MarkupParser.parseXML(utf8: Array(xml), limits: MarkupLimits(maxBytes: 1 << 30)).root
    }

    enum ReadBackError: Error { case missingPart(String) }

    var body: MarkupElement? { document.childElements.first { $0.name == "body" } }

    /// The paragraphs after accepting (`accept`) or rejecting all changes, whitespace-normalised,
    /// empty ones left out. A paragraph whose mark is removed joins the next one, as in Word;
    /// a table row marked inserted or deleted disappears with its contents. Title and Subtitle
    /// paragraphs (the redline's own heading) are skipped.
    func paragraphs(accept: Bool) -> [String] {
        var result: [String] = []
        var pending = ""
        for element in body?.childElements ?? [] {
            switch element.name {
            case "p":
                let properties = element.childElements.first { $0.name == "pPr" }
                let style = properties?.childElements.first { $0.name == "pStyle" }?.attribute("w:val")
                if style == "Title" || style == "Subtitle" { continue }
                let mark = properties?.childElements.first { $0.name == "rPr" }?.childElements.map(\.name) ?? []
                let text = Self.text(element, accept: accept)
                if (accept && mark.contains("del")) || (!accept && mark.contains("ins")) {
                    pending += text
                } else {
                    result.append(pending + text)
                    pending = ""
                }
            case "tbl":
                if !pending.isEmpty { result.append(pending); pending = "" }
                for row in element.childElements where row.name == "tr" {
                    let marks = row.childElements.first { $0.name == "trPr" }?.childElements.map(\.name) ?? []
                    if (accept && marks.contains("del")) || (!accept && marks.contains("ins")) { continue }
                    let cells = row.childElements.filter { $0.name == "tc" }.map { Self.text($0, accept: accept) }
                    result.append(cells.joined(separator: "\t"))
                }
            default:
                continue
            }
        }
        if !pending.isEmpty { result.append(pending) }
        return result.map(normalized).filter { !$0.isEmpty }
    }

    /// The text below `element` with changes accepted or rejected.
    static func text(_ element: MarkupElement, accept: Bool) -> String {
        var result = ""
        func visit(_ element: MarkupElement) {
            switch element.name {
            case "ins" where !accept, "del" where accept: return
            case "pPr", "rPr", "trPr", "tcPr": return
            case "t", "delText": result += element.textContent
            case "tab": result += "\t"
            case "br": result += "\n"
            case "p" where !result.isEmpty: result += " "
            default: break
            }
            element.childElements.forEach(visit)
        }
        visit(element)
        return result
    }

    /// All text of `w:t` inside `w:ins` (inserted) or of `w:delText` inside `w:del` (deleted).
    func revisionText(inserted: Bool) -> String {
        var parts: [String] = []
        func visit(_ element: MarkupElement, inside: Bool) {
            let here = inside || element.name == (inserted ? "ins" : "del")
            if here && element.name == (inserted ? "t" : "delText") { parts.append(element.textContent) }
            for child in element.childElements { visit(child, inside: here) }
        }
        visit(document, inside: false)
        return parts.joined(separator: " ")
    }

    /// Problems with the revision markup: `w:delText` outside `w:del`, `w:t` inside `w:del`,
    /// revisions without author or date, ids not unique and increasing.
    func revisionProblems() -> [String] {
        var problems: [String] = []
        var lastID = 0
        func visit(_ element: MarkupElement, inDel: Bool) {
            if element.name == "ins" || element.name == "del" {
                if element.attribute("w:author") == nil || element.attribute("w:date") == nil {
                    problems.append("w:\(element.name) without author or date")
                }
                if let id = element.attribute("w:id").flatMap(Int.init) {
                    if id <= lastID { problems.append("w:id \(id) after \(lastID)") }
                    lastID = id
                } else {
                    problems.append("w:\(element.name) without a numeric w:id")
                }
            }
            if element.name == "delText" && !inDel { problems.append("w:delText outside w:del") }
            if element.name == "t" && inDel { problems.append("w:t inside w:del") }
            for child in element.childElements { visit(child, inDel: inDel || element.name == "del") }
        }
        visit(document, inDel: false)
        return problems
    }
}

// MARK: HTML

extension MarkupElement {
    /// Every element below (and including) this one named `name`, in document order.
    func all(_ name: String) -> [MarkupElement] {
        var result: [MarkupElement] = []
        func visit(_ element: MarkupElement) {
            if element.name == name { result.append(element) }
            element.childElements.forEach(visit)
        }
        visit(self)
        return result
    }

    /// The first element named `name` below this one.
    func first(_ name: String) -> MarkupElement? {
        for child in childElements {
            if child.name == name { return child }
            if let found = child.first(name) { return found }
        }
        return nil
    }

    /// The element's classes.
    var classes: [String] { (attribute("class") ?? "").split(separator: " ").map(String.init) }

    /// Text content leaving out visually hidden labels (`class="sr"`).
    var visibleText: String {
        var result = ""
        func visit(_ element: MarkupElement) {
            for child in element.children {
                switch child {
                case .text(let text, _): result += text
                case .element(let inner) where !inner.classes.contains("sr"): visit(inner)
                default: break
                }
            }
        }
        visit(self)
        return result
    }
}

// MARK: Mutations for larger tests

/// A copy of `html` with about `rate` of the words in its text (not its markup) changed, chosen
/// deterministically: every so often a word is replaced, doubled or dropped.
func mutateHTMLText(_ html: String, rate: Double, seed: UInt64 = 42) -> String {
    var state = seed
    func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
    let replacements = ["promptly", "reasonable", "written", "twenty", "University", "employee", "grievance"]
    var out = ""
    out.reserveCapacity(html.utf8.count)
    var inTag = false
    var inBody = false
    var tag = ""
    var word = ""
    var afterAmpersand = false
    func flush() {
        guard !word.isEmpty else { return }
        if inBody && !afterAmpersand && word.count > 3 && Double(next() % 10_000) / 10_000 < rate {
            switch next() % 3 {
            case 0: out += replacements[Int(next() % UInt64(replacements.count))]
            case 1: out += word + " " + replacements[Int(next() % UInt64(replacements.count))]
            default: break
            }
        } else {
            out += word
        }
        word = ""
    }
    for character in html {
        if inTag {
            out.append(character)
            tag.append(character)
            if character == ">" {
                inTag = false
                if tag.lowercased().hasPrefix("<body") { inBody = true }
            }
        } else if character == "<" {
            flush()
            inTag = true
            tag = "<"
            out.append(character)
        } else if character.isLetter {
            if word.isEmpty { afterAmpersand = out.last == "&" }
            word.append(character)
        } else {
            flush()
            out.append(character)
        }
    }
    flush()
    return out
}
