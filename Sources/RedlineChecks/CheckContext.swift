import RedlineModel

/// One document given to `redline check`, in the readings the rules need.
public struct CheckedDocument: Sendable {
    /// The name findings use (the path given on the command line).
    public let name: String
    /// What the document proposes: proposal markup accepted (struck-through text dropped).
    /// For a document without markup, the document as written.
    public let document: ContractDocument
    /// The document with its markup kept (underline and strike-through runs), when it has any.
    public let marked: ContractDocument?
    /// The document with its markup rejected (underlined text dropped), when it has markup and
    /// the check compares it with a current contract.
    public let rejected: ContractDocument?

    /// Creates a checked document.
    public init(name: String, document: ContractDocument, marked: ContractDocument? = nil, rejected: ContractDocument? = nil) {
        self.name = name
        self.document = document
        self.marked = marked
        self.rejected = rejected
    }

    /// True when `document` marks changes: a run of text underlined or struck through, or a struck
    /// or partly underlined heading. Headings underlined from end to end are the document's heading
    /// style ("A. <u>Definitions</u>"), not proposal markup.
    public static func hasProposalMarkup(_ document: ContractDocument) -> Bool {
        var found = false
        let marks: InlineStyle = [.underline, .strikethrough]
        document.walk { node, _ in
            if node.text.contains(style: marks) || node.table.map(hasMarks) == true {
                found = true
                return .stop
            }
            if let heading = node.heading {
                let runs = heading.runs.filter { !$0.text.allSatisfy(\.isWhitespace) }
                if heading.contains(style: .strikethrough)
                    || (runs.contains { $0.style.contains(.underline) } && !runs.allSatisfy { $0.style.contains(.underline) })
                {
                    found = true
                    return .stop
                }
            }
            return .visitChildren
        }
        return found
    }

    private static func hasMarks(_ table: Table) -> Bool {
        table.rows.contains { row in row.cells.contains { $0.text.contains(style: [.underline, .strikethrough]) } }
    }
}

/// What a rule sees: the document being checked, the documents checked with it, the current
/// contract (`--against`) and the configuration.
public struct CheckContext: Sendable {
    /// The document being checked.
    public let checked: CheckedDocument
    /// Every document checked together (a proposal set or a whole contract), including this one.
    public let set: [CheckedDocument]
    /// The current contract, when given with `--against`.
    public let current: ContractDocument?
    /// The configuration.
    public let configuration: Configuration
    /// Look-ups over the whole set, shared by the rules.
    public let index: SetIndex
    /// The comparison of this document's markup with the current contract, shared by the markup rules.
    let markupAudit: MarkupAudit?

    /// Creates a context; pass the `index` of the set when checking several documents, so it is built once.
    public init(
        checked: CheckedDocument, set: [CheckedDocument], current: ContractDocument?, configuration: Configuration,
        index: SetIndex? = nil
    ) {
        self.checked = checked
        self.set = set
        self.current = current
        self.configuration = configuration
        self.index = index ?? SetIndex(set, current: current)
        self.markupAudit = nil
    }

    init(_ other: CheckContext, markupAudit: MarkupAudit?) {
        checked = other.checked
        set = other.set
        current = other.current
        configuration = other.configuration
        index = other.index
        self.markupAudit = markupAudit
    }

    /// The markup audit, computed here when the checker did not share one.
    var audit: MarkupAudit? {
        if let markupAudit { return markupAudit }
        return current.map { MarkupAudit(checked, current: $0) }
    }

    /// The document being checked (what it proposes).
    public var document: ContractDocument { checked.document }
    /// Its display name.
    public var name: String { checked.name }
    /// The other documents of the set.
    public var others: [CheckedDocument] { self.set.filter { $0.name != checked.name } }
}
