/// A parsed HTML or XML document as plain Swift values.
///
/// The libxml2 tree is converted eagerly into these values and freed before the
/// parse call returns; nothing here refers to C memory.
public struct MarkupDocument: Sendable {
    /// The root element (`<html>` for HTML).
    public let root: MarkupElement
    /// Whether the bytes were read as HTML or XML.
    public let dialect: MarkupDialect

    /// Creates a document.
    public init(root: MarkupElement, dialect: MarkupDialect) {
        self.root = root
        self.dialect = dialect
    }
}

/// HTML (forgiving, tag soup allowed) or XML (must be well formed).
public enum MarkupDialect: String, Sendable {
    /// Parsed with libxml2's HTML parser.
    case html
    /// Parsed with libxml2's XML parser.
    case xml
}

/// An element with its attributes and content.
public struct MarkupElement: Sendable {
    /// The local name. The HTML parser lowercases names; Word's `o:p` keeps its prefix.
    public let name: String
    /// The namespace URI for XML elements in a namespace.
    public let namespaceURI: String?
    /// Attributes in source order.
    public let attributes: [MarkupAttribute]
    /// Child nodes in source order.
    public let children: [MarkupNode]
    /// 1-based source line of the start tag (0 when libxml2 does not know).
    public let line: Int

    /// Creates an element.
    public init(
        name: String, namespaceURI: String? = nil, attributes: [MarkupAttribute] = [],
        children: [MarkupNode] = [], line: Int = 0
    ) {
        self.name = name
        self.namespaceURI = namespaceURI
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The value of the first attribute called `name` (compared case-insensitively), if any.
    public func attribute(_ name: String) -> String? {
        let wanted = name.lowercased()
        return attributes.first { $0.name.lowercased() == wanted }?.value
    }

    /// The child elements.
    public var childElements: [MarkupElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// All text below this element, concatenated.
    ///
    /// - Complexity: O(*n*) in the size of the subtree.
    public var textContent: String {
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            switch child {
            case .text(let text, _): result += text
            case .element(let element): element.appendText(to: &result)
            case .comment: break
            }
        }
    }
}

/// A name–value pair on an element.
public struct MarkupAttribute: Sendable, Hashable {
    /// The attribute name, with its prefix if it has one (`xml:lang`).
    public let name: String
    /// The attribute value with entities replaced.
    public let value: String

    /// Creates an attribute.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A node in a ``MarkupElement``'s content.
public enum MarkupNode: Sendable {
    /// A child element.
    case element(MarkupElement)
    /// Character data (CDATA is merged into text), with its source line.
    case text(String, line: Int)
    /// A comment (Word writes list markers and conditionals in comments).
    case comment(String)
}
