/// A byte-preserving view of an XML part: every element knows the exact bytes of its start tag,
/// its content and its end tag, so a writer can copy what it does not change verbatim.
///
/// It is not a validating parser: it reads parts that a Word reader has already parsed, and
/// fails (returns `nil`) on anything it cannot place. Attributes are read from the start tag on demand.
struct RawXML {
    /// The part's bytes.
    let bytes: [UInt8]
    /// The root element.
    let root: RawElement

    /// Scans `bytes`; `nil` when the part is not well formed enough to be rewritten.
    ///
    /// - Complexity: O(*n*) in the size of the part.
    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        var scanner = RawScanner(bytes: bytes)
        guard let root = scanner.document() else { return nil }
        self.root = root
    }

    /// The text of a byte range.
    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The whole element as written.
    func xml(_ element: RawElement) -> String { string(element.range) }

    /// The start tag as written (`<w:r w:rsidR="00A1">`, or `<w:r/>` when the element is empty).
    func startTag(_ element: RawElement) -> String { string(element.range.lowerBound..<element.contentStart) }

    /// The value of attribute `name` (qualified, e.g. `w:val`), entities decoded.
    func attribute(_ name: String, of element: RawElement) -> String? {
        let tag = bytes[element.range.lowerBound..<element.contentStart]
        let key = Array(name.utf8)
        var index = tag.startIndex + 1 + element.name.utf8.count
        while index < tag.endIndex {
            while index < tag.endIndex, RawScanner.isSpace(tag[index]) { index += 1 }
            let nameStart = index
            while index < tag.endIndex, tag[index] != UInt8(ascii: "="), !RawScanner.isSpace(tag[index]),
                tag[index] != UInt8(ascii: ">"), tag[index] != UInt8(ascii: "/")
            {
                index += 1
            }
            let attributeName = tag[nameStart..<index]
            while index < tag.endIndex, RawScanner.isSpace(tag[index]) || tag[index] == UInt8(ascii: "=") { index += 1 }
            guard index < tag.endIndex, tag[index] == UInt8(ascii: "\"") || tag[index] == UInt8(ascii: "'") else { return nil }
            let quote = tag[index]
            index += 1
            let valueStart = index
            while index < tag.endIndex, tag[index] != quote { index += 1 }
            if attributeName.elementsEqual(key) {
                return RawXML.decodeEntities(String(decoding: tag[valueStart..<index], as: UTF8.self))
            }
            index += 1
        }
        return nil
    }

    /// The character data directly inside `element` (`w:t`), entities decoded.
    func text(of element: RawElement) -> String {
        guard element.contentStart < element.contentEnd else { return "" }
        var result = ""
        var position = element.contentStart
        for child in element.children { result += Self.characterData(bytes[position..<child.range.lowerBound]); position = child.range.upperBound }
        result += Self.characterData(bytes[position..<element.contentEnd])
        return result
    }

    private static func characterData(_ slice: ArraySlice<UInt8>) -> String {
        let text = String(decoding: slice, as: UTF8.self)
        if text.hasPrefix("<![CDATA["), text.hasSuffix("]]>") { return String(text.dropFirst(9).dropLast(3)) }
        return decodeEntities(text)
    }

    /// Decodes the five predefined entities and numeric character references.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "lt": result += "<"
            case "gt": result += ">"
            case "amp": result += "&"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let value: UInt32?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    value = UInt32(entity.dropFirst(2), radix: 16)
                } else if entity.hasPrefix("#") {
                    value = UInt32(entity.dropFirst())
                } else {
                    value = nil
                }
                if let value, let scalar = Unicode.Scalar(value) { result.unicodeScalars.append(scalar) } else { result += "&\(entity);" }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}

/// One element of a ``RawXML`` part: byte offsets and child elements.
struct RawElement {
    /// The qualified name (`w:p`).
    let name: String
    /// From `<` of the start tag to after `>` of the end tag.
    let range: Range<Int>
    /// After the start tag's `>` (equal to `range.upperBound` for an empty element).
    let contentStart: Int
    /// Before the end tag's `<` (equal to `range.upperBound` for an empty element).
    let contentEnd: Int
    /// Child elements in order (comments, processing instructions and text are not listed).
    let children: [RawElement]

    /// The first child named `name`.
    func child(_ name: String) -> RawElement? { children.first { $0.name == name } }
}

/// Scans tags into ``RawElement``s.
private struct RawScanner {
    let bytes: [UInt8]
    var index = 0

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    mutating func document() -> RawElement? {
        while index < bytes.count {
            guard let open = find(UInt8(ascii: "<"), from: index) else { return nil }
            index = open
            if skipMarkup() { continue }
            return element()
        }
        return nil
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        var position = start
        while position < bytes.count {
            if bytes[position] == byte { return position }
            position += 1
        }
        return nil
    }

    private func hasPrefix(_ prefix: String, at position: Int) -> Bool {
        let utf8 = Array(prefix.utf8)
        guard position + utf8.count <= bytes.count else { return false }
        for (offset, byte) in utf8.enumerated() where bytes[position + offset] != byte { return false }
        return true
    }

    /// Skips a comment, processing instruction, CDATA section or doctype at `index`; true when it did.
    private mutating func skipMarkup() -> Bool {
        let terminators: [(String, String)] = [("<!--", "-->"), ("<?", "?>"), ("<![CDATA[", "]]>"), ("<!", ">")]
        for (start, end) in terminators where hasPrefix(start, at: index) {
            var position = index + start.utf8.count
            while position < bytes.count && !hasPrefix(end, at: position) { position += 1 }
            index = min(bytes.count, position + end.utf8.count)
            return true
        }
        return false
    }

    /// Reads the element whose start tag begins at `index`.
    private mutating func element() -> RawElement? {
        let start = index
        var position = index + 1
        while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">"),
            bytes[position] != UInt8(ascii: "/")
        {
            position += 1
        }
        let name = String(decoding: bytes[(start + 1)..<position], as: UTF8.self)
        // The end of the start tag, skipping quoted attribute values.
        var quote: UInt8? = nil
        while position < bytes.count {
            let byte = bytes[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            }
            position += 1
        }
        guard position < bytes.count else { return nil }
        if bytes[position - 1] == UInt8(ascii: "/") {
            index = position + 1
            return RawElement(name: name, range: start..<index, contentStart: index, contentEnd: index, children: [])
        }
        let contentStart = position + 1
        index = contentStart
        var children: [RawElement] = []
        while true {
            guard let open = find(UInt8(ascii: "<"), from: index) else { return nil }
            index = open
            if hasPrefix("</", at: index) {
                guard let close = find(UInt8(ascii: ">"), from: index) else { return nil }
                let contentEnd = index
                index = close + 1
                return RawElement(name: name, range: start..<index, contentStart: contentStart, contentEnd: contentEnd, children: children)
            }
            if skipMarkup() { continue }
            guard let child = element() else { return nil }
            children.append(child)
        }
    }
}
