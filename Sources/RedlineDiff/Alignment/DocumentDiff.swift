import RedlineModel

/// What changed between two versions of a contract or proposal: the top-level divisions
/// aligned (which article became which), each with its clauses aligned below it and the
/// word operations of every changed clause.
public struct DocumentDiff: Sendable, Hashable, Codable {
    /// The old document.
    public let old: DocumentRef
    /// The new document.
    public let new: DocumentRef
    /// The options the comparison used.
    public let options: CompareOptions
    /// Top-level alignments, in the new document's order, with removed divisions at their old place.
    public let alignments: [NodeAlignment]

    /// Creates a result.
    public init(old: DocumentRef, new: DocumentRef, options: CompareOptions, alignments: [NodeAlignment]) {
        self.old = old
        self.new = new
        self.options = options
        self.alignments = alignments
    }

    /// True when nothing was added, removed, moved, renumbered or reworded.
    public var isEmpty: Bool { alignments.allSatisfy { $0.kind == .same } }
    /// Word and number tokens inserted, in all clauses.
    public var wordsInserted: Int { alignments.reduce(0) { $0 + $1.wordsInserted } }
    /// Word and number tokens deleted, in all clauses.
    public var wordsDeleted: Int { alignments.reduce(0) { $0 + $1.wordsDeleted } }
    /// Word and number tokens in clauses that moved without being reworded.
    public var wordsMoved: Int { alignments.reduce(0) { $0 + $1.wordsMoved } }
    /// False when some word diff hit its cost bound and fell back to a longer, valid script.
    public var isMinimal: Bool { alignments.allSatisfy(\.isMinimal) }

    private enum CodingKeys: String, CodingKey {
        case old, new, options, alignments, wordsInserted, wordsDeleted, wordsMoved, isMinimal, isEmpty
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
        try container.encode(options, forKey: .options)
        try container.encode(alignments, forKey: .alignments)
        try container.encode(wordsInserted, forKey: .wordsInserted)
        try container.encode(wordsDeleted, forKey: .wordsDeleted)
        try container.encode(wordsMoved, forKey: .wordsMoved)
        try container.encode(isMinimal, forKey: .isMinimal)
        try container.encode(isEmpty, forKey: .isEmpty)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            old: try container.decode(DocumentRef.self, forKey: .old),
            new: try container.decode(DocumentRef.self, forKey: .new),
            options: try container.decode(CompareOptions.self, forKey: .options),
            alignments: try container.decode([NodeAlignment].self, forKey: .alignments))
    }
}

/// Which document a side of a comparison is.
public struct DocumentRef: Sendable, Hashable, Codable {
    /// The file name or label.
    public let name: String
    /// The document title.
    public let title: String?
    /// The format it was read from.
    public let sourceFormat: SourceFormat

    /// Creates a reference.
    public init(name: String, title: String?, sourceFormat: SourceFormat) {
        self.name = name
        self.title = title
        self.sourceFormat = sourceFormat
    }
}

/// A clause on one side of an alignment: enough to point at it.
public struct NodeRef: Sendable, Hashable, Codable {
    /// The clause id (`art_12__sec_a`).
    public let id: String
    /// What the clause is.
    public let kind: ClauseKind
    /// The number as written, if any.
    public let number: String?
    /// The heading, if any.
    public let heading: String?
    /// The first words of the clause's text, for people scanning a summary.
    public let excerpt: String?
    /// Where the clause is in its source.
    public let location: SourceLocation

    /// Creates a reference to `node`.
    public init(_ node: ClauseNode) {
        id = node.id
        kind = node.kind
        number = node.number?.written
        heading = node.heading.map(\.plainText)
        let text = node.text.plainText
        excerpt = text.isEmpty ? nil : text.count > 60 ? String(text.prefix(59)) + "…" : text
        location = node.location
    }
}

/// How a clause of the old version relates to one of the new.
public struct NodeAlignment: Sendable, Hashable, Codable {
    /// The kinds of pairing.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Same number, same words.
        case same
        /// Same place and number, words changed.
        case modified
        /// Number changed ("Article VII" → "Article 8"); ``NodeAlignment/textChanged`` says whether words changed too.
        case renumbered
        /// Moved relative to its siblings.
        case moved
        /// One old clause became several new ones.
        case split
        /// Several old clauses became one new one.
        case merged
        /// Only in the new version.
        case added
        /// Only in the old version.
        case removed
    }

    /// The pairing's kind.
    public let kind: Kind
    /// Old-side clauses (empty when added; several when merged).
    public let old: [NodeRef]
    /// New-side clauses (empty when removed; several when split).
    public let new: [NodeRef]
    /// Word similarity of the paired clauses, 0…1 (0 for added or removed).
    public let similarity: Double
    /// True when the number changed.
    public let renumbered: Bool
    /// True when the clause moved relative to its siblings.
    public let moved: Bool
    /// True when words changed anywhere in the clause or below it.
    public let textChanged: Bool
    /// Word diff of the heading, when either side has one.
    public let headingDiff: TextDiff?
    /// Word diff of the clause's own text (and table), when either side has any.
    public let textDiff: TextDiff?
    /// True when ``textDiff`` covers heading and text together: one side has a run-in heading
    /// ("**Step 1.** The chair meets…") that the other writes as plain text.
    public let textDiffIncludesHeading: Bool
    /// Alignments of the subordinate clauses.
    public let children: [NodeAlignment]
    /// Words inserted here and below.
    public let wordsInserted: Int
    /// Words deleted here and below.
    public let wordsDeleted: Int
    /// Words that moved unchanged here and below.
    public let wordsMoved: Int
    /// False when a word diff here or below fell back to a non-minimal script.
    public let isMinimal: Bool
    /// For a clause that left this place for another parent: the id of its new place, where a
    /// `moved` pairing stands. The clause is still shown as deleted here; its words count as moved.
    public let movedTo: String?

    /// Creates an alignment.
    public init(
        kind: Kind, old: [NodeRef], new: [NodeRef], similarity: Double, renumbered: Bool, moved: Bool,
        textChanged: Bool, headingDiff: TextDiff?, textDiff: TextDiff?, textDiffIncludesHeading: Bool = false,
        children: [NodeAlignment], wordsInserted: Int, wordsDeleted: Int, wordsMoved: Int, isMinimal: Bool,
        movedTo: String? = nil
    ) {
        self.movedTo = movedTo
        self.textDiffIncludesHeading = textDiffIncludesHeading
        self.kind = kind
        self.old = old
        self.new = new
        self.similarity = similarity
        self.renumbered = renumbered
        self.moved = moved
        self.textChanged = textChanged
        self.headingDiff = headingDiff
        self.textDiff = textDiff
        self.children = children
        self.wordsInserted = wordsInserted
        self.wordsDeleted = wordsDeleted
        self.wordsMoved = wordsMoved
        self.isMinimal = isMinimal
    }

    /// Calls `body` for this alignment and every alignment below it, in order.
    public func forEach(_ body: (NodeAlignment) -> Void) {
        body(self)
        for child in children { child.forEach(body) }
    }
}

/// Options for ``DocumentComparer``.
public struct CompareOptions: Sendable, Hashable, Codable {
    /// Options of every word diff (ignore case, whitespace, punctuation; cost bound).
    public var text: DiffOptions
    /// Treat a clause whose only change is its number as the same, not renumbered.
    public var ignoreNumbering: Bool
    /// Which top-level divisions to compare.
    public var scope: Scope

    /// Which top-level divisions a comparison covers.
    public enum Scope: String, Sendable, Hashable, Codable, CaseIterable {
        /// Every division of both documents.
        case all
        /// Only the old divisions that match a division of the new document: a proposal for a few
        /// articles against the whole contract. The rest of the contract is not reported as removed,
        /// and front matter (the contract's title page, the proposal's header) is not compared.
        case newArticles = "new-articles"
    }

    /// Creates options.
    public init(text: DiffOptions = DiffOptions(), ignoreNumbering: Bool = false, scope: Scope = .all) {
        self.text = text
        self.ignoreNumbering = ignoreNumbering
        self.scope = scope
    }
}
