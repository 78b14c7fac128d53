/// Reads the title from a PDF's document information dictionary (`/Info` in the trailer), which
/// LibreOffice and Word fill from the document's properties. A single-article export may state its
/// article only there.
///
/// Only an information dictionary stored as a plain object is read; one inside a compressed object
/// stream gives nil (the title is then simply not known).
enum PDFInfo {
    /// The `/Title` of the document information dictionary, if stated and not empty.
    ///
    /// - Complexity: O(*n*) in the file size (a few byte scans).
    static func title(in bytes: [UInt8]) -> String? {
        guard let info = lastIndex(of: Array("/Info".utf8), in: bytes, before: bytes.count) else { return nil }
        var index = info + 5
        guard let object = integer(bytes, &index), let generation = integer(bytes, &index) else { return nil }
        skipSpaces(bytes, &index)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "R") else { return nil }
        let header = Array("\n\(object) \(generation) obj".utf8)
        var start = lastIndex(of: header, in: bytes, before: bytes.count)
        if start == nil { start = lastIndex(of: Array("\r\(object) \(generation) obj".utf8), in: bytes, before: bytes.count) }
        guard let start else { return nil }
        let end = firstIndex(of: Array("endobj".utf8), in: bytes, from: start) ?? min(bytes.count, start + 4096)
        guard let key = firstIndex(of: Array("/Title".utf8), in: bytes, from: start), key < end else { return nil }
        index = key + 6
        skipSpaces(bytes, &index)
        guard index < end else { return nil }
        let raw: [UInt8]
        if bytes[index] == UInt8(ascii: "<") {
            raw = hexString(bytes, from: index + 1, end: end)
        } else if bytes[index] == UInt8(ascii: "(") {
            raw = literalString(bytes, from: index + 1, end: end)
        } else {
            return nil
        }
        let title = decode(raw).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return title.isEmpty ? nil : title
    }

    private static func decode(_ raw: [UInt8]) -> String {
        if raw.count >= 2, raw[0] == 0xFE, raw[1] == 0xFF {
            var units: [UInt16] = []
            var index = 2
            while index + 1 < raw.count {
                units.append(UInt16(raw[index]) << 8 | UInt16(raw[index + 1]))
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        // PDFDocEncoding agrees with Latin-1 for the characters titles use.
        return String(String.UnicodeScalarView(raw.map { Unicode.Scalar($0) }))
    }

    private static func hexString(_ bytes: [UInt8], from start: Int, end: Int) -> [UInt8] {
        var digits: [UInt8] = []
        var index = start
        while index < end, bytes[index] != UInt8(ascii: ">") {
            if let value = hexValue(bytes[index]) { digits.append(value) }
            index += 1
        }
        if digits.count % 2 == 1 { digits.append(0) }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// A literal string: balanced parentheses, backslash escapes (`\(`, `\)`, `\\`, `\n`, octal).
    private static func literalString(_ bytes: [UInt8], from start: Int, end: Int) -> [UInt8] {
        var result: [UInt8] = []
        var depth = 1
        var index = start
        while index < end {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\\"):
                guard index < end else { break }
                let next = bytes[index]
                index += 1
                switch next {
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "r"): result.append(0x0D)
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var value = Int(next - UInt8(ascii: "0"))
                    var count = 1
                    while count < 3, index < end, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[index]) {
                        value = value * 8 + Int(bytes[index] - UInt8(ascii: "0"))
                        index += 1
                        count += 1
                    }
                    result.append(UInt8(truncatingIfNeeded: value))
                default: result.append(next)
                }
            case UInt8(ascii: "("):
                depth += 1
                result.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return result }
                result.append(byte)
            default: result.append(byte)
            }
        }
        return result
    }

    private static func skipSpaces(_ bytes: [UInt8], _ index: inout Int) {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09, 0x0C, 0x00].contains(bytes[index]) { index += 1 }
    }

    private static func integer(_ bytes: [UInt8], _ index: inout Int) -> Int? {
        skipSpaces(bytes, &index)
        var value = 0
        let start = index
        while index < bytes.count, index - start < 10, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        return index > start ? value : nil
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func lastIndex(of needle: [UInt8], in bytes: [UInt8], before end: Int) -> Int? {
        guard let first = needle.first, needle.count <= end else { return nil }
        var index = end - needle.count
        while index >= 0 {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}
