/// Repairs what `pdftohtml -xml` prints for a damaged PDF, so that one bad byte does not cost the
/// whole document: poppler copies font names into `family="…"` unescaped (a corrupt name byte
/// gives invalid UTF-8, a control character, `&` or `<` inside the attribute), and a run that ends
/// early leaves the XML unclosed.
enum PopplerXMLRepair {
    /// `xml` with invalid UTF-8 replaced (U+FFFD), control characters other than tab and line breaks
    /// turned into spaces, markup characters in `<fontspec … family="…">` escaped, and, when
    /// `truncated`, the pages after the last complete one dropped and the root closed.
    ///
    /// - Complexity: O(*n*) in the size of the output.
    static func repair(_ xml: [UInt8], truncated: Bool) -> [UInt8] {
        var bytes = Array(String(decoding: xml, as: UTF8.self).utf8)
        for index in bytes.indices where bytes[index] < 0x20 && bytes[index] != 0x09 && bytes[index] != 0x0A && bytes[index] != 0x0D {
            bytes[index] = 0x20
        }
        bytes = escapingFontFamilies(bytes)
        if truncated, let lastPage = lastRange(of: Array("</page>".utf8), in: bytes) {
            bytes = Array(bytes[..<lastPage.upperBound]) + Array("\n</pdf2xml>\n".utf8)
        }
        return bytes
    }

    /// Escapes `&`, `<`, `>` and `"` in the family names of `<fontspec` lines (the value ends at `" color="`).
    private static func escapingFontFamilies(_ bytes: [UInt8]) -> [UInt8] {
        let opening = Array(" family=\"".utf8), closing = Array("\" color=\"".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            if starts(line, with: Array("<fontspec".utf8)), let open = firstRange(of: opening, in: line),
                let close = lastRange(of: closing, in: Array(line)).map({ (lineStart + $0.lowerBound)..<(lineStart + $0.upperBound) }),
                close.lowerBound >= open.upperBound
            {
                result += bytes[lineStart..<open.upperBound]
                for byte in bytes[open.upperBound..<close.lowerBound] {
                    switch byte {
                    case UInt8(ascii: "&"): result += Array("&amp;".utf8)
                    case UInt8(ascii: "<"): result += Array("&lt;".utf8)
                    case UInt8(ascii: ">"): result += Array("&gt;".utf8)
                    case UInt8(ascii: "\""): result += Array("&quot;".utf8)
                    default: result.append(byte)
                    }
                }
                result += bytes[close.lowerBound..<lineEnd]
            } else {
                result += line
            }
            lineStart = lineEnd
        }
        return result
    }

    /// Whether `line`, after leading tabs and spaces, starts with `prefix`.
    private static func starts(_ line: ArraySlice<UInt8>, with prefix: [UInt8]) -> Bool {
        line.drop { $0 == 0x09 || $0 == 0x20 }.starts(with: prefix)
    }

    private static func firstRange(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Range<Int>? {
        guard needle.count <= haystack.count else { return nil }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index..<(index + needle.count) }
            index += 1
        }
        return nil
    }

    private static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard needle.count <= haystack.count else { return nil }
        var index = haystack.count - needle.count
        while index >= 0 {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index..<(index + needle.count) }
            index -= 1
        }
        return nil
    }
}
