/// A contract, proposal or tentative agreement, parsed into a tree of clauses.
///
/// The document is an immutable value: readers build it once, and every later
/// stage (diff, renderers, topics, checks) reads it. It knows nothing of the
/// format it came from beyond ``sourceFormat`` and the ``SourceLocation`` of
/// each node.
public struct ContractDocument: Sendable, Hashable, Codable {
    /// The document title (from `<title>`, front matter, or the first heading).
    public let title: String?
    /// The format the reader recognised.
    public let sourceFormat: SourceFormat
    /// Free-form metadata found in the source (front matter, `<meta>` tags), sorted by key when encoded.
    public let metadata: [String: String]
    /// Top-level nodes: front matter (kind ``ClauseKind/preamble``), articles, appendices and side letters.
    public let children: [ClauseNode]

    /// Creates a document.
    public init(title: String?, sourceFormat: SourceFormat, metadata: [String: String] = [:], children: [ClauseNode]) {
        self.title = title
        self.sourceFormat = sourceFormat
        self.metadata = metadata
        self.children = children
    }

    /// The top-level nodes that are articles, appendices or side letters.
    public var articles: [ClauseNode] {
        children.filter { $0.kind.isTopLevelDivision }
    }

    /// Finds a node anywhere in the tree by its stable id.
    ///
    /// - Complexity: O(*n*) in the number of nodes.
    public func node(withID id: String) -> ClauseNode? {
        var found: ClauseNode?
        walk { node, _ in
            if node.id == id { found = node; return .stop }
            return .visitChildren
        }
        return found
    }

    /// Every cross-reference in the document, in document order, with the id of the node holding it.
    public var allReferences: [(nodeID: String, reference: CrossReference)] {
        var result: [(String, CrossReference)] = []
        walk { node, _ in
            for reference in node.references { result.append((node.id, reference)) }
            return .visitChildren
        }
        return result
    }
}

/// The input formats Redline reads.
public enum SourceFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// HTML written by Microsoft Word ("Save as Web Page").
    case wordHTML = "word-html"
    /// HTML exported by Google Docs.
    case googleDocsHTML = "gdocs-html"
    /// HTML exported by LibreOffice.
    case libreOfficeHTML = "libreoffice-html"
    /// HTML written by pandoc or a static-site generator (Jekyll), or by hand.
    case html
    /// Generic XML.
    case xml
    /// United States Legislative Markup (bills, resolutions, the Code).
    case uslm
    /// Akoma Ntoso (OASIS LegalDocML).
    case akomaNtoso = "akoma-ntoso"
    /// A Word document (.docx).
    case docx
    /// A PDF, read through poppler's `pdftohtml -xml` (or that tool's XML output).
    case pdf
    /// Plain text.
    case plainText = "text"
}
