import RedlineModel

/// One block of a source document, flattened, before structure recognition.
///
/// Every reader (HTML, plain text, and later XML, DOCX and PDF) turns its input into
/// a sequence of blocks; ``StructureBuilder`` turns blocks into the clause tree. That is
/// the seam where a new reader slots in.
struct Block: Sendable {
    enum Kind: Sendable, Equatable {
        /// A heading element or a line the source marks as a heading (level 1 is the highest).
        case heading(level: Int)
        /// A paragraph of text.
        case paragraph
        /// A list item; `ordered` lists carry their number in ``Block/listNumber``.
        case listItem(ordered: Bool)
        /// A table.
        case table
    }

    var kind: Kind
    /// The inline content (without a list number that the source gives only as markup).
    var runs: [InlineRun]
    /// A number given by markup (an HTML `<ol>` item), not by the text.
    var listNumber: ClauseNumber?
    /// Nesting depth of lists around the block (0 outside lists).
    var listDepth: Int = 0
    /// Which list numbered the block (Google Docs continues one list across several `<ol>`s).
    var listKey: String?
    /// True when the number was written explicitly (`<li value>`) rather than counted.
    var listValueIsExplicit = false
    /// The table for blocks of kind ``Kind/table``.
    var table: Table?
    /// Where the block starts.
    var location: SourceLocation

    var plainText: String { runs.count == 1 ? runs[0].text : runs.map(\.text).joined() }

    /// The first `limit` Unicode scalars of the text, without joining the whole of it (enough for
    /// ``LabelParser``, which reads only the start of a block).
    func leadingScalars(_ limit: Int = 96) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(limit)
        for run in runs {
            for scalar in run.text.unicodeScalars {
                if result.count == limit { return result }
                result.append(scalar)
            }
        }
        return result
    }

    var isHeadingElement: Bool {
        if case .heading = kind { return true }
        return false
    }

    var headingLevel: Int? {
        if case .heading(let level) = kind { return level }
        return nil
    }

    var isListItem: Bool {
        if case .listItem = kind { return true }
        return false
    }
}

/// Collapses whitespace runs to single spaces and trims the ends of a run list,
/// the way a browser renders text.
func normalizeWhitespace(_ runs: [InlineRun]) -> [InlineRun] {
    var result: [InlineRun] = []
    var lastWasSpace = true  // trims leading space
    for run in runs {
        // Fast path: ASCII text with single spaces between words needs no rewriting.
        if isAlreadyNormal(run.text, afterSpace: lastWasSpace) {
            if !run.text.isEmpty {
                result.append(run)
                lastWasSpace = run.text.utf8.last == 0x20
            }
            continue
        }
        // Written as UTF-8 bytes into one buffer: appending scalar by scalar to a String costs
        // several times more.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(run.text.utf8.count)
        for scalar in run.text.unicodeScalars {
            if scalar.value < 0x80 {
                let byte = UInt8(scalar.value)
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    if !lastWasSpace { bytes.append(0x20) }
                    lastWasSpace = true
                } else {
                    bytes.append(byte)
                    lastWasSpace = false
                }
                continue
            }
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                if scalar == "\u{200B}" || scalar == "\u{FEFF}" { continue }
                if !lastWasSpace { bytes.append(0x20) }
                lastWasSpace = true
            } else {
                bytes.append(contentsOf: scalar.utf8)
                lastWasSpace = false
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if !text.isEmpty { result.append(InlineRun(text, style: run.style, link: run.link)) }
    }
    // Trim trailing space.
    while let last = result.last, last.text.hasSuffix(" ") {
        let trimmed = String(last.text.dropLast())
        result.removeLast()
        if !trimmed.isEmpty { result.append(InlineRun(trimmed, style: last.style, link: last.link)) }
    }
    return InlineText(runs: result).runs
}

/// True when `text` is ASCII without tabs, line breaks or doubled spaces (and, after a space, does not start with one).
private func isAlreadyNormal(_ text: String, afterSpace: Bool) -> Bool {
    var previousWasSpace = afterSpace
    for byte in text.utf8 {
        if byte >= 0x80 || (byte < 0x20) { return false }
        if byte == 0x20 {
            if previousWasSpace { return false }
            previousWasSpace = true
        } else {
            previousWasSpace = false
        }
    }
    return true
}

/// Splits runs at a Unicode-scalar offset of their concatenated text.
func splitRuns(_ runs: [InlineRun], at offset: Int) -> (head: [InlineRun], tail: [InlineRun]) {
    var head: [InlineRun] = []
    var tail: [InlineRun] = []
    var position = 0
    for run in runs {
        let count = run.text.unicodeScalars.count
        if position + count <= offset {
            head.append(run)
        } else if position >= offset {
            tail.append(run)
        } else {
            let scalars = run.text.unicodeScalars
            let cut = scalars.index(scalars.startIndex, offsetBy: offset - position)
            head.append(InlineRun(String(scalars[..<cut]), style: run.style, link: run.link))
            tail.append(InlineRun(String(scalars[cut...]), style: run.style, link: run.link))
        }
        position += count
    }
    return (head, tail)
}

/// Trims whitespace and the given leading punctuation from runs.
func trimRuns(_ runs: [InlineRun], leading extra: Set<Character> = []) -> [InlineRun] {
    var runs = runs
    while let first = runs.first {
        let trimmed = String(first.text.drop { $0.isWhitespace || extra.contains($0) })
        if trimmed.isEmpty { runs.removeFirst(); continue }
        runs[0] = InlineRun(trimmed, style: first.style, link: first.link)
        break
    }
    while let last = runs.last {
        var text = Substring(last.text)
        while let char = text.last, char.isWhitespace { text.removeLast() }
        if text.isEmpty { runs.removeLast(); continue }
        runs[runs.count - 1] = InlineRun(String(text), style: last.style, link: last.link)
        break
    }
    return runs
}
