/// A reference in the text to another part of the contract: "Article 12",
/// "Section 3.B of this Article", "Appendix A", "Article 19 (Management and Academic Rights)".
public struct CrossReference: Sendable, Hashable, Codable {
    /// What kind of division the reference points at.
    public enum TargetKind: String, Sendable, Hashable, Codable {
        /// An article.
        case article
        /// A section or lower numbered clause.
        case section
        /// An appendix.
        case appendix
        /// A side letter.
        case sideLetter = "side-letter"
    }

    /// The words as written, e.g. `Section 3.B of this Article`.
    public let text: String
    /// The kind of target.
    public let kind: TargetKind
    /// The target's normalised number: `12` for an article, `3.b` for a section, `a` for an appendix.
    public let target: String
    /// The article the target lives in, when the reference names one or says "of this Article"
    /// (then it is the article holding the reference); nil when unknown.
    public let article: String?
    /// The name given with the reference, e.g. `Management and Academic Rights`, when it names the target
    /// itself: in "Section 4.2 of Article 4 (Layoff)" the name is the article's, and this is nil.
    public let targetName: String?
    /// Offset of the reference in the node's plain text, in Unicode scalars.
    public let offset: Int
    /// Length of ``text`` in Unicode scalars.
    public let length: Int
    /// Where the reference was found: in the node's heading or its text.
    public let field: Field
    /// The id of the node the reference points at in this document, or nil when it is not in it.
    public let resolvedID: String?

    /// The part of a node holding a reference.
    public enum Field: String, Sendable, Hashable, Codable {
        /// The node's heading.
        case heading
        /// The node's text.
        case text
    }

    /// Creates a reference.
    public init(
        text: String, kind: TargetKind, target: String, article: String?, targetName: String?,
        offset: Int, length: Int, field: Field = .text, resolvedID: String? = nil
    ) {
        self.text = text
        self.kind = kind
        self.target = target
        self.article = article
        self.targetName = targetName
        self.offset = offset
        self.length = length
        self.field = field
        self.resolvedID = resolvedID
    }

    /// True when the target was found in the document.
    public var isResolved: Bool { resolvedID != nil }

    /// Returns a copy resolved to `id` (or unresolved when nil).
    public func resolved(to id: String?) -> CrossReference {
        CrossReference(
            text: text, kind: kind, target: target, article: article, targetName: targetName,
            offset: offset, length: length, field: field, resolvedID: id)
    }
}
