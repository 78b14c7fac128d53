import Foundation

/// Turns the bytes of an export into text: detects byte-order marks, declared charsets
/// (`<meta charset>`, `<?xml encoding?>`), UTF-8, and the Windows code page Word uses,
/// and refuses binary files with a message that says what the file looks like.
enum TextDecoding {
    struct Decoded {
        var text: String
        /// The encoding the bytes were read in, e.g. `UTF-8`, `windows-1252`.
        var encoding: String
    }

    enum Failure: Error {
        case empty
        case binary(String)
        case invalid(String, line: Int)
    }

    static func decode(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty }
        // Byte-order marks.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(Array(bytes.dropFirst(3)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else {
                throw .invalid("the file starts with a UTF-16 byte-order mark but is not valid UTF-16", line: 1)
            }
            return Decoded(text: text, encoding: encoding == .utf16LittleEndian ? "UTF-16LE" : "UTF-16BE")
        }
        if let signature = binarySignature(bytes) { throw .binary(signature) }
        let head = bytes.prefix(8192)
        if head.contains(0) { throw .binary("it is binary data (it contains NUL bytes)") }
        // Text has almost no control characters besides tab, newline, carriage return and form feed.
        let controls = head.reduce(0) { $0 + (($1 < 0x09 || ($1 > 0x0D && $1 < 0x20) || $1 == 0x7F) ? 1 : 0) }
        if controls * 20 > head.count { throw .binary("it is binary data (\(controls) control bytes in the first \(head.count))") }
        if let declared = declaredCharset(bytes) {
            switch declared {
            case "utf-8", "utf8", "us-ascii", "ascii":
                return try utf8(bytes)
            case "windows-1252", "cp1252", "iso-8859-1", "latin1", "iso-8859-15", "latin-1":
                // Browsers read Latin-1 labels as windows-1252; so do we.
                if let text = String(data: Data(bytes), encoding: .windowsCP1252) {
                    return Decoded(text: text, encoding: "windows-1252")
                }
                throw .invalid("the file declares \(declared) but is not valid in it", line: 1)
            default:
                // Undeclared or unusual charsets: accept UTF-8 if the bytes are UTF-8.
                if let decoded = try? utf8(bytes) { return decoded }
                throw .invalid(
                    "the file declares the charset \"\(declared)\", which Redline does not read; save it as UTF-8",
                    line: 1)
            }
        }
        return try utf8(bytes)
    }

    private static func utf8(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, encoding: "UTF-8")
        }
        // Say where the first bad byte is.
        var line = 1
        var index = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                offset += UTF8.width(scalar)
            case .emptyInput: break loop
            case .error:
                index = offset
                break loop
            }
        }
        throw .invalid(
            String(format: "byte 0x%02X is not valid UTF-8 and the file declares no other charset; ", bytes[index])
                + "save it as UTF-8 or declare its charset (<meta charset=\"windows-1252\">)",
            line: line)
    }

    private static func binarySignature(_ bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            // ZIP (.docx) and PDF never get here: ContractReader hands them to their readers first.
            ([0xD0, 0xCF, 0x11, 0xE0], "a legacy Word .doc file; save it as .docx or HTML"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            ([0x7B, 0x5C, 0x72, 0x74, 0x66], "an RTF file; save it as HTML"),
        ]
        return signatures.first { bytes.starts(with: $0.0) }?.1
    }

    /// The charset named in the first 2 KB: `<meta charset=…>`, `content="text/html; charset=…"`, `<?xml encoding=…?>`.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        for marker in ["charset=", "encoding="] {
            var searchStart = head.startIndex
            while let range = head.range(of: marker, range: searchStart..<head.endIndex) {
                var value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                value = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                if !value.isEmpty { return String(value) }
                searchStart = range.upperBound
            }
        }
        return nil
    }
}
