import RedlineModel
import RedlineXML

/// Reads poppler's `pdftohtml -xml` output: one `<text top left width height font>` per printed
/// line, grouped in `<page>`s, with `<fontspec>`s and a trailing `<outline>` of bookmarks.
///
/// Lines become blocks the way a reader sees them: a line that starts with a label ("1.",
/// "A.", "a)") starts a block; so does a wider vertical gap or a change of indentation.
/// Headings are lines in a larger font (level by size rank), wholly bold short lines, and
/// lines matching a bookmark. Words hyphenated across lines are rejoined when the document
/// supports it. Running headers, footers and page numbers are dropped.
struct PDFXMLBlockExtractor {
    /// One printed line (several `<text>` pieces at the same height are merged).
    struct Line {
        var page: Int
        var pageHeight: Int
        var top: Int
        var left: Int
        var width: Int
        var height: Int
        var size: Double
        var font: String
        var runs: [InlineRun]
        var location: SourceLocation
        var text: String { runs.map(\.text).joined() }
        var bottom: Int { top + height }
        var right: Int { left + width }
    }

    struct Bookmark {
        var text: String
        var depth: Int
    }

    /// Reads a pdf2xml document; a PDF without any text (a scan) is an error naming `name`.
    static func extract(_ document: MarkupDocument, name: String) throws -> ExtractedBlocks {
        var lines: [Line] = []
        var fonts: [String: (size: Double, family: String)] = [:]
        var bookmarks: [Bookmark] = []
        var pageCount = 0
        for (pageIndex, page) in document.root.childElements.enumerated() {
            if page.name == "outline" {
                collectOutline(page, depth: 0, into: &bookmarks)
                continue
            }
            guard page.name == "page" else { continue }
            pageCount += 1
            let pageNumber = page.attribute("number").flatMap { Int($0) } ?? pageCount
            let height = page.attribute("height").flatMap { Int($0) } ?? 1188
            var textIndex = 0
            for element in page.childElements {
                switch element.name {
                case "fontspec":
                    if let id = element.attribute("id") {
                        fonts[id] = (Double(element.attribute("size") ?? "") ?? 0, element.attribute("family") ?? "")
                    }
                case "text":
                    textIndex += 1
                    let runs = XMLInline.runs(of: element)
                    guard runs.contains(where: { $0.text.contains { !$0.isWhitespace } }) else { continue }
                    let font = element.attribute("font") ?? ""
                    lines.append(
                        Line(
                            page: pageNumber, pageHeight: height,
                            top: Int(element.attribute("top") ?? "") ?? 0, left: Int(element.attribute("left") ?? "") ?? 0,
                            width: Int(element.attribute("width") ?? "") ?? 0, height: Int(element.attribute("height") ?? "") ?? 0, size: fonts[font]?.size ?? 0, font: font,
                            runs: runs,
                            location: SourceLocation(
                                line: element.line, path: "/pdf2xml/page[\(pageIndex + 1)]/text[\(textIndex)]")))
                default: continue
                }
            }
        }
        if lines.isEmpty {
            throw ReadError(
                file: name,
                reason: .binary(
                    what: "a PDF with no text layer; this looks like a scanned PDF, which needs OCR (e.g. ocrmypdf) first"))
        }
        var extractor = PDFXMLBlockExtractor(lines: mergeSameLine(lines), bookmarks: bookmarks, pageCount: pageCount)
        extractor.dropRunningHeadersAndFooters()
        extractor.rejoinVocabulary()
        let blocks = extractor.makeBlocks()
        return ExtractedBlocks(blocks: blocks, title: nil, metadata: ["reader": "pdftohtml-xml"], format: .pdf)
    }

    private static func collectOutline(_ element: MarkupElement, depth: Int, into bookmarks: inout [Bookmark]) {
        for child in element.childElements {
            if child.name == "item" {
                bookmarks.append(Bookmark(text: child.textContent.collapsedWhitespace(), depth: depth))
            } else if child.name == "outline" {
                collectOutline(child, depth: depth + 1, into: &bookmarks)
            }
        }
    }

    /// Merges `<text>` pieces printed on the same line (a math span in another font, a label
    /// set apart from its text) into one line, left to right.
    static func mergeSameLine(_ pieces: [Line]) -> [Line] {
        let sorted = pieces.enumerated().sorted { a, b in
            if a.element.page != b.element.page { return a.element.page < b.element.page }
            return a.offset < b.offset
        }.map(\.element)
        var result: [Line] = []
        for piece in sorted {
            if var last = result.last, last.page == piece.page,
                abs(last.top - piece.top) <= max(3, min(last.height, piece.height) / 3),
                piece.left >= last.left
            {
                let main = last.size >= piece.size ? last : piece
                var runs = piece.runs
                if piece.size > 0, piece.size < main.size * 0.8, piece.top < main.top {
                    runs = runs.map { InlineRun($0.text, style: $0.style.union(.superscript), link: $0.link) }
                }
                let joint = last.text.last.map { $0.isWhitespace } ?? true
                let startsWithSpace = piece.text.first.map { $0.isWhitespace } ?? true
                if !joint && !startsWithSpace && !runs.first!.style.contains(.superscript) {
                    last.runs.append(InlineRun(" "))
                }
                last.runs += runs
                if piece.size > last.size {
                    last.size = piece.size
                    last.font = piece.font
                }
                last.height = max(last.height, piece.height)
                last.width = max(last.width, piece.right - last.left)
                result[result.count - 1] = last
            } else {
                result.append(piece)
            }
        }
        return result
    }

    private var lines: [Line]
    private let bookmarks: [Bookmark]
    private let pageCount: Int
    /// Words seen in the document, to decide whether "employ-" + "ment" is one word.
    private var vocabulary: Set<String> = []

    private init(lines: [Line], bookmarks: [Bookmark], pageCount: Int) {
        self.lines = lines
        self.bookmarks = bookmarks
        self.pageCount = pageCount
    }

    // MARK: Running headers and footers

    /// Drops lines repeated at the same height on most pages (running headers and footers,
    /// with digits ignored so "Page 3 of 9" repeats), and bare page numbers near the top or bottom.
    private mutating func dropRunningHeadersAndFooters() {
        func key(_ line: Line) -> String {
            "\(line.top / 4)|" + line.text.lowercased().filter { !$0.isWhitespace }.map { $0.isNumber ? "#" : $0 }
        }
        var pagesPerKey: [String: Set<Int>] = [:]
        for line in lines { pagesPerKey[key(line), default: []].insert(line.page) }
        let repeated = pageCount >= 3 ? Set(pagesPerKey.filter { $0.value.count * 2 > pageCount }.keys) : []
        lines.removeAll { line in
            if repeated.contains(key(line)) { return true }
            let margin = Double(line.pageHeight) * 0.1
            let nearEdge = Double(line.top) < margin || Double(line.bottom) > Double(line.pageHeight) - margin
            return nearEdge && Self.isPageNumber(line.text)
        }
    }

    /// "12", "- 12 -", "Page 12", "Page 12 of 30", "12 | Page".
    static func isPageNumber(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace || "-–—|".contains($0) })
        guard !words.isEmpty, words.contains(where: { $0.allSatisfy(\.isNumber) }) else { return false }
        return words.allSatisfy { $0.allSatisfy(\.isNumber) || $0 == "page" || $0 == "of" || $0 == "p." }
    }

    // MARK: Hyphenation

    private mutating func rejoinVocabulary() {
        for line in lines {
            for word in line.text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
                vocabulary.insert(String(word))
            }
        }
    }

    private static let compoundPrefixes: Set<String> = [
        "self", "non", "co", "ex", "well", "full", "part", "half", "long", "short", "cross", "mid", "semi", "quasi",
        "anti", "pre", "post", "multi", "all", "one", "two", "three", "four", "five", "first", "second", "third",
        "high", "low", "year", "full-time", "part-time", "on", "off", "in", "out", "over", "under", "up", "down", "by",
    ]

    /// How to join a line ending in `before` to the next line starting with `after`:
    /// nil to join with a space, "" to rejoin a hyphenated word, "-" to keep a compound's hyphen.
    func joint(_ before: String, _ after: String) -> String? {
        guard before.hasSuffix("-") || before.hasSuffix("\u{00AD}") else {
            if before.hasSuffix("—") || before.hasSuffix("–") { return "" }
            return nil
        }
        let head = String(before.dropLast().reversed().prefix { $0.isLetter }.reversed())
        let tail = String(after.prefix { $0.isLetter })
        guard !head.isEmpty, !tail.isEmpty else { return "" }
        if before.hasSuffix("\u{00AD}") { return "" }  // a soft hyphen only marks the break
        let bothLower = head.allSatisfy(\.isLowercase) && tail.allSatisfy(\.isLowercase)
        let lowered = (head + "-" + tail).lowercased()
        if vocabulary.contains(lowered) && !vocabulary.contains((head + tail).lowercased()) { return "-" }
        if vocabulary.contains((head + tail).lowercased()) { return "" }
        if !bothLower || Self.compoundPrefixes.contains(head.lowercased()) { return "-" }
        return ""
    }

    // MARK: Blocks

    private func bodySize() -> Double {
        var weight: [Double: Int] = [:]
        for line in lines { weight[line.size, default: 0] += line.text.count }
        return weight.max { $0.value < $1.value }?.key ?? 0
    }

    /// The usual distance between the tops of consecutive lines of one paragraph.
    private func linePitch(bodySize: Double) -> Int {
        var counts: [Int: Int] = [:]
        for (previous, line) in zip(lines, lines.dropFirst())
        where previous.page == line.page && previous.size == bodySize && line.size == bodySize && line.top > previous.top {
            counts[line.top - previous.top, default: 0] += 1
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 0
    }

    private func normalizedForOutline(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    private func makeBlocks() -> [Block] {
        let body = bodySize()
        let pitch = linePitch(bodySize: body)
        let largerSizes = Set(lines.map(\.size).filter { $0 > body + 0.5 }).sorted(by: >)
        // Where full lines end: a line that stops well short of it ends its paragraph.
        let rights = lines.filter { $0.size == body }.map(\.right).sorted()
        let fullRight = rights.isEmpty ? 0 : rights[rights.count * 9 / 10]
        var outline: [String: Int] = [:]
        for bookmark in bookmarks {
            let key = normalizedForOutline(bookmark.text)
            if !key.isEmpty, outline[key] == nil { outline[key] = bookmark.depth + 1 }
        }
        func headingLevel(_ line: Line) -> Int? {
            if let rank = largerSizes.firstIndex(of: line.size) { return rank + 1 }
            let text = line.text.trimmingWhitespace()
            if HeadingHeuristics.isWhollyBold(line.runs), HeadingHeuristics.wordCount(text) <= HeadingHeuristics.maxHeadingWords {
                return largerSizes.count + 1
            }
            if let depth = outline[normalizedForOutline(text)], HeadingHeuristics.wordCount(text) <= HeadingHeuristics.maxHeadingWords {
                return min(depth, largerSizes.count + 1)
            }
            return nil
        }

        var blocks: [Block] = []
        var current: [Line] = []
        var currentLevel: Int?
        func flush() {
            guard let first = current.first else { return }
            var runs: [InlineRun] = []
            for (index, line) in current.enumerated() {
                var lineRuns = line.runs
                if index > 0 {
                    let before = runs.map(\.text).joined().trimmingTrailingWhitespace()
                    let after = line.text.trimmingWhitespace()
                    switch joint(before, after) {
                    case nil:
                        runs.append(InlineRun(" "))
                    case let glue?:
                        // Drop the line-end hyphen (and trailing spaces), keep it if the word is a compound.
                        runs = Self.droppingTrailingHyphen(runs)
                        if !glue.isEmpty { runs.append(InlineRun(glue, style: runs.last?.style ?? [])) }
                        lineRuns = trimRuns(lineRuns)
                    }
                }
                runs += lineRuns
            }
            let kind: Block.Kind = currentLevel.map { .heading(level: $0) } ?? .paragraph
            let cleaned = normalizeWhitespace(runs)
            if !cleaned.isEmpty {
                blocks.append(Block(kind: kind, runs: cleaned, listNumber: nil, listDepth: 0, location: first.location))
            }
            current.removeAll()
            currentLevel = nil
        }

        for line in lines {
            let level = headingLevel(line)
            guard let previous = current.last else {
                current = [line]
                currentLevel = level
                continue
            }
            let startsLabel = LabelParser.parse(line.text).map { !$0.candidates.isEmpty } ?? false
            let previousText = previous.text.trimmingTrailingWhitespace()
            let endsSentence = previousText.last.map { ".:;!?)”\"".contains($0) } ?? true
            var breaks = false
            if level != currentLevel {
                breaks = true
            } else if level != nil {
                // A heading continues on the next line only in the same font, right below.
                breaks = line.font != previous.font || line.page != previous.page
                    || line.top - previous.top > Int(Double(max(pitch, previous.height)) * 1.6)
                    || startsLabel
            } else if line.page != previous.page {
                // Across a page break, a paragraph goes on unless the new line starts a clause.
                breaks = (startsLabel && endsSentence) || (endsSentence && line.left < previous.left - 4)
            } else {
                let gap = line.top - previous.top
                let wide = pitch > 0 ? Double(gap) > Double(pitch) * 1.35 : gap > previous.height * 3 / 2
                let continuationLeft = current.count >= 2 ? current[1].left : nil
                let indentChanged = continuationLeft.map { abs(line.left - $0) > 4 } ?? false
                // A label at a line start opens a clause after a finished sentence, after a short line, when it
                // sticks out to the left, or when it lines up with the label that opened the block (a list of
                // short items); "…as set forth in / Article 29, Union Security." is a wrapped reference.
                let endsShort = fullRight > 0 && previous.right < fullRight - fullRight / 5
                let alignedItem = plainLabel(line) && plainLabel(current[0]) && abs(line.left - current[0].left) <= 4
                breaks = wide || indentChanged || gap < 0
                    || (startsLabel && (endsSentence || endsShort || alignedItem || line.left < previous.left - 4))
            }
            if breaks {
                flush()
                currentLevel = level
            }
            current.append(line)
        }
        flush()
        return blocks
    }

    /// True when the line starts with a bare label ("a.", "(2)"), not a keyword ("Article 22").
    private func plainLabel(_ line: Line) -> Bool {
        guard let match = LabelParser.parse(line.text) else { return false }
        return !match.candidates.isEmpty && match.division == .plain
    }

    private static func droppingTrailingHyphen(_ runs: [InlineRun]) -> [InlineRun] {
        var runs = runs
        while let last = runs.last {
            var text = Substring(last.text)
            while let char = text.last, char.isWhitespace { text.removeLast() }
            if let char = text.last, char == "-" || char == "\u{00AD}" || char == "—" || char == "–" {
                if char == "-" || char == "\u{00AD}" { text.removeLast() }
                runs[runs.count - 1] = InlineRun(String(text), style: last.style, link: last.link)
                return runs
            }
            if text.isEmpty { runs.removeLast(); continue }
            return runs
        }
        return runs
    }
}

extension String {
    /// The string without trailing whitespace.
    func trimmingTrailingWhitespace() -> String {
        var slice = Substring(self)
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
