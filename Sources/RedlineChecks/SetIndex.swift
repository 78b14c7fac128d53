import RedlineModel

/// What rules about a set of documents look up, computed once per check rather than once per
/// document: every defined term, the whole text, and the divisions by number.
public struct SetIndex: Sendable {
    /// Terms defined in the set and in the current contract.
    let definitions: [DefinedTerm]
    /// The stems of those terms, lowercased.
    let definedStems: Set<String>
    /// The set's text (headings, text, tables), documents separated by newlines.
    let text: String
    /// How many articles, appendices and side letters the set holds.
    let divisionCount: Int
    /// Where terms are looked for: ``text`` as bytes with ASCII letters lowercased, to find where an
    /// ASCII term may be used without running a regular expression over the whole text per term.
    let termSearch: TermSearch

    /// Indexes `set`, and `current` for definitions.
    ///
    /// - Complexity: O(*n*) in the size of the documents.
    public init(_ set: [CheckedDocument], current: ContractDocument?) {
        let documents = set.map(\.document)
        var definitions = documents.flatMap { DefinedTerms.definitions(in: $0) }
        if let current { definitions += DefinedTerms.definitions(in: current) }
        self.definitions = definitions
        definedStems = Set(definitions.map { TextScan.stem($0.term.lowercased()) })
        text = documents.map(DefinedTerms.text(of:)).joined(separator: "\n")
        divisionCount = documents.reduce(0) { $0 + $1.children.filter(\.kind.isTopLevelDivision).count }
        termSearch = TermSearch(text)
    }
}
