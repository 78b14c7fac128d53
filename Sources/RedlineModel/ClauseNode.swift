/// One node of the clause tree: an article, a section, a lettered paragraph, a list item,
/// an unnumbered block of text or a table.
///
/// Nodes are immutable values. A node's own words are in ``text``; its subordinate
/// clauses are in ``children``. A numbered heading such as "A. GENERAL PROVISIONS"
/// has a ``number`` and a ``heading`` and usually no ``text``; a run-in item such as
/// "1. A grievance is a claim…" has a ``number`` and ``text``.
public struct ClauseNode: Sendable, Hashable, Codable {
    /// What the node is.
    public let kind: ClauseKind
    /// Stable id in the Akoma Ntoso style, e.g. `art_12__sec_a__subsec_3`.
    ///
    /// Ids are derived from numbers, so the same clause gets the same id in two
    /// exports of one document. Unnumbered nodes get a per-parent counter (`p_1`, `table_1`).
    public let id: String
    /// The number as written and as understood, if the node is numbered.
    public let number: ClauseNumber?
    /// The heading ("GRIEVANCE AND ARBITRATION"), without its number.
    public let heading: InlineText?
    /// The node's own text, without number and heading.
    public let text: InlineText
    /// The table held by a node of kind ``ClauseKind/table``.
    public let table: Table?
    /// Cross-references recognised in ``heading`` and ``text``.
    public let references: [CrossReference]
    /// Where the node starts in the source.
    public let location: SourceLocation
    /// Subordinate nodes in document order.
    public let children: [ClauseNode]

    /// Creates a node.
    public init(
        kind: ClauseKind,
        id: String,
        number: ClauseNumber? = nil,
        heading: InlineText? = nil,
        text: InlineText = InlineText(),
        table: Table? = nil,
        references: [CrossReference] = [],
        location: SourceLocation,
        children: [ClauseNode] = []
    ) {
        self.kind = kind
        self.id = id
        self.number = number
        self.heading = heading
        self.text = text
        self.table = table
        self.references = references
        self.location = location
        self.children = children
    }

    /// The heading as plain text, or an empty string.
    public var headingText: String { heading?.plainText ?? "" }

    /// The node's full plain text including all descendants, blocks separated by newlines.
    ///
    /// - Complexity: O(*n*) in the size of the subtree.
    public var fullText: String {
        var lines: [String] = []
        walk { node, _ in
            var line = ""
            if let number = node.number { line += number.written }
            if let heading = node.heading, !heading.isEmpty {
                if !line.isEmpty { line += " " }
                line += heading.plainText
            }
            if !node.text.isEmpty {
                if !line.isEmpty { line += " " }
                line += node.text.plainText
            }
            if let table = node.table { line += table.plainText }
            if !line.isEmpty { lines.append(line) }
            return .visitChildren
        }
        return lines.joined(separator: "\n")
    }

    /// Returns a copy with different children (used by readers while building the tree).
    public func replacingChildren(_ children: [ClauseNode]) -> ClauseNode {
        ClauseNode(
            kind: kind, id: id, number: number, heading: heading, text: text, table: table,
            references: references, location: location, children: children)
    }

    /// Returns a copy with a different id (used by readers while building the tree).
    public func replacingID(_ id: String) -> ClauseNode {
        ClauseNode(
            kind: kind, id: id, number: number, heading: heading, text: text, table: table,
            references: references, location: location, children: children)
    }
}

/// The kinds of clause-tree nodes, from the top of a contract down.
public enum ClauseKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Material before the first article (title page, preamble, table of contents).
    case preamble
    /// An article ("ARTICLE 12 – GRIEVANCE AND ARBITRATION").
    case article
    /// An appendix ("APPENDIX A").
    case appendix
    /// A side letter or memorandum of understanding printed with the contract.
    case sideLetter = "side-letter"
    /// A grouping heading above the articles ("Division 1: Definitions", "PART II", "Chapter 3"). It stands
    /// among the top-level nodes right before the articles it groups (which stay top-level, so their ids and
    /// ``ContractDocument/articles`` do not change); its children are only the text it carries itself.
    case group
    /// First numbered level inside an article ("A.", "Section 3").
    case section
    /// Second numbered level ("1.", "3.1").
    case subsection
    /// Third numbered level ("a)", "(a)").
    case paragraph
    /// Fourth numbered level ("(1)", "(i)").
    case subparagraph
    /// Any deeper numbered level.
    case point
    /// An item of a bulleted (unnumbered) list.
    case item
    /// An unnumbered block of text.
    case text
    /// A table (wage scale, step table), kept as rows and cells.
    case table

    /// True for the kinds that can stand at the top of a contract.
    public var isTopLevelDivision: Bool {
        self == .article || self == .appendix || self == .sideLetter
    }

    /// The Akoma Ntoso-style prefix used in ids.
    public var idPrefix: String {
        switch self {
        case .preamble: "preface"
        case .article: "art"
        case .appendix: "app"
        case .sideLetter: "letter"
        case .group: "group"
        case .section: "sec"
        case .subsection: "subsec"
        case .paragraph: "para"
        case .subparagraph: "subpara"
        case .point: "point"
        case .item: "item"
        case .text: "p"
        case .table: "table"
        }
    }

    /// The kind used for a numbered level at `depth` below an article (1 = first level).
    public static func numberedLevel(depth: Int) -> ClauseKind {
        switch depth {
        case ...1: .section
        case 2: .subsection
        case 3: .paragraph
        case 4: .subparagraph
        default: .point
        }
    }
}

extension ClauseNode {
    private enum CodingKeys: String, CodingKey {
        case kind, id, number, heading, text, table, references, location, children
    }

    /// Encodes the node, leaving out empty text, references and children so JSON stays readable.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(number, forKey: .number)
        try container.encodeIfPresent(heading, forKey: .heading)
        if !text.isEmpty { try container.encode(text, forKey: .text) }
        try container.encodeIfPresent(table, forKey: .table)
        if !references.isEmpty { try container.encode(references, forKey: .references) }
        try container.encode(location, forKey: .location)
        if !children.isEmpty { try container.encode(children, forKey: .children) }
    }

    /// Decodes a node written by ``encode(to:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try container.decode(ClauseKind.self, forKey: .kind),
            id: try container.decode(String.self, forKey: .id),
            number: try container.decodeIfPresent(ClauseNumber.self, forKey: .number),
            heading: try container.decodeIfPresent(InlineText.self, forKey: .heading),
            text: try container.decodeIfPresent(InlineText.self, forKey: .text) ?? InlineText(),
            table: try container.decodeIfPresent(Table.self, forKey: .table),
            references: try container.decodeIfPresent([CrossReference].self, forKey: .references) ?? [],
            location: try container.decode(SourceLocation.self, forKey: .location),
            children: try container.decodeIfPresent([ClauseNode].self, forKey: .children) ?? [])
    }
}
