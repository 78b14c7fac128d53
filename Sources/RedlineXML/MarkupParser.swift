internal import CLibXML2

/// Parses HTML and XML with libxml2 into ``MarkupDocument`` values.
///
/// Parsing is safe for untrusted input: no network access, no external entities or
/// DTDs are loaded, entities a document declares are never expanded (a reference stays `&name;`), and the input size and
/// nesting depth are limited. The caller decodes the bytes first: the parser is always
/// told the input is UTF-8, so a "–" never turns into mojibake.
public enum MarkupParser {
    /// libxml2's global state (its dictionaries' random seed, mutexes) must be set up once before
    /// threads parse at the same time; two first parsers racing to do it can deadlock. A static
    /// `let` runs exactly once, and other threads wait for it.
    private static let libraryInitialized: Void = xmlInitParser()

    /// Parses UTF-8 HTML. Tag soup is repaired the way browsers do.
    ///
    /// - Complexity: O(*n*) in the input size.
    public static func parseHTML(utf8 bytes: [UInt8], limits: MarkupLimits = .standard) throws -> MarkupDocument {
        _ = libraryInitialized
        try check(bytes, limits)
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        guard let context = htmlNewParserCtxt() else { throw MarkupError.noContent }
        defer { htmlFreeParserCtxt(context) }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { throw MarkupError.noContent }
        defer { xmlFreeDoc(document) }
        return try convert(document, dialect: .html, limits: limits)
    }

    /// Parses UTF-8 XML, which must be well formed.
    ///
    /// - Complexity: O(*n*) in the input size.
    public static func parseXML(utf8 bytes: [UInt8], limits: MarkupLimits = .standard) throws -> MarkupDocument {
        _ = libraryInitialized
        try check(bytes, limits)
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue
                | XML_PARSE_COMPACT.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let context = xmlNewParserCtxt() else { throw MarkupError.noContent }
        defer { xmlFreeParserCtxt(context) }
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                xmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        if document == nil || context.pointee.wellFormed == 0 {
            if let document { xmlFreeDoc(document) }
            throw lastError(of: context)
        }
        guard let document else { throw MarkupError.noContent }
        defer { xmlFreeDoc(document) }
        return try convert(document, dialect: .xml, limits: limits)
    }

    private static func check(_ bytes: [UInt8], _ limits: MarkupLimits) throws {
        if bytes.count > limits.maxBytes { throw MarkupError.tooLarge(bytes: bytes.count, limit: limits.maxBytes) }
        if bytes.isEmpty || bytes.count > Int(Int32.max) { throw MarkupError.noContent }
    }

    private static func lastError(of context: xmlParserCtxtPtr) -> MarkupError {
        guard let error = xmlCtxtGetLastError(context) else {
            return .malformed(message: "the XML is not well formed", line: 0, column: 0)
        }
        let raw = error.pointee.message.map { String(cString: $0) } ?? "the XML is not well formed"
        return .malformed(message: oneLine(raw), line: Int(error.pointee.line), column: Int(error.pointee.int2))
    }

    /// libxml2's message on one line: "…indicate encoding !\nBytes: 0xFF 0xFE" becomes
    /// "…indicate encoding ! Bytes: 0xFF 0xFE"; control characters become spaces.
    static func oneLine(_ message: String) -> String {
        message.split(whereSeparator: { $0.isNewline || $0 == "\t" || ($0.asciiValue.map { $0 < 0x20 } ?? false) })
            .map { part in part.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed() }
            .filter { !$0.isEmpty }.map { String($0) }.joined(separator: " ")
    }

    private static func convert(_ document: xmlDocPtr, dialect: MarkupDialect, limits: MarkupLimits) throws
        -> MarkupDocument
    {
        guard let rootPointer = xmlDocGetRootElement(document) else { throw MarkupError.noContent }
        var converter = Converter(document: document, maxDepth: limits.maxDepth, lowercaseNames: dialect == .html)
        return MarkupDocument(root: try converter.element(rootPointer, depth: 1), dialect: dialect)
    }
}

/// Walks the libxml2 tree once and copies it into Swift values.
private struct Converter {
    let document: xmlDocPtr
    let maxDepth: Int
    let lowercaseNames: Bool

    mutating func element(_ node: xmlNodePtr, depth: Int) throws -> MarkupElement {
        let line = Int(xmlGetLineNo(node))
        if depth > maxDepth { throw MarkupError.tooDeep(line: line, limit: maxDepth) }
        var name = string(node.pointee.name)
        if lowercaseNames { name = name.lowercased() }
        let namespaceURI = node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } }
        var attributes: [MarkupAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var attributeName = string(current.pointee.name)
            if let prefix = current.pointee.ns?.pointee.prefix { attributeName = String(cString: prefix) + ":" + attributeName }
            attributes.append(MarkupAttribute(name: attributeName, value: attributeValue(current)))
            attribute = current.pointee.next
        }
        var children: [MarkupNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(try element(current, depth: depth + 1)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = string(current.pointee.content)
                if !text.isEmpty { children.append(.text(text, line: textStartLine(current, text))) }
            case XML_COMMENT_NODE:
                children.append(.comment(string(current.pointee.content)))
            case XML_ENTITY_REF_NODE:
                children.append(.text(entityText(current), line: Int(xmlGetLineNo(current))))
            default:
                break
            }
            child = current.pointee.next
        }
        return MarkupElement(
            name: name, namespaceURI: namespaceURI, attributes: attributes, children: children, line: line)
    }

    /// libxml2 records a text node's line when the text ends; count back to where it starts.
    func textStartLine(_ node: xmlNodePtr, _ text: String) -> Int {
        let end = Int(xmlGetLineNo(node))
        guard end > 0 else { return 0 }
        var newlines = 0
        for byte in text.utf8 where byte == 0x0A { newlines += 1 }
        return max(1, end - newlines)
    }

    /// An entity reference as written (`&name;`): Redline does not expand entities a document
    /// declares, so nested or repeated declarations cannot multiply the text. (Character references
    /// and the five predefined entities are resolved by libxml2 and never reach here.)
    func entityText(_ node: xmlNodePtr) -> String {
        "&\(string(node.pointee.name));"
    }

    /// An attribute's value: its text, with entity references kept as written (see ``entityText(_:)``).
    func attributeValue(_ attribute: xmlAttrPtr) -> String {
        var value = ""
        var child = attribute.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE: value += string(current.pointee.content)
            case XML_ENTITY_REF_NODE: value += entityText(current)
            default: break
            }
            child = current.pointee.next
        }
        return value
    }

    func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
