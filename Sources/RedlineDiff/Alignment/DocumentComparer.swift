import RedlineModel

/// Compares two clause trees: aligns articles (then sections, paragraphs, items, at every
/// level) by number, heading and content together, and diffs the words of every pair.
///
/// ```swift
/// let diff = DocumentComparer.compare(old: current, new: proposal)
/// for article in diff.alignments where article.kind != .same { print(article.kind, article.wordsInserted) }
/// ```
public enum DocumentComparer {
    /// Compares `old` with `new`.
    ///
    /// - Complexity: O(*n*) tokenising plus, per sibling list of *k* clauses, O(*k*²) bag
    ///   comparisons for the clauses not matched by number, heading or identical content, plus the
    ///   word diffs of matched clauses (see ``WordDiff``).
    public static func compare(
        old: ContractDocument, new: ContractDocument, oldName: String = "old", newName: String = "new",
        options: CompareOptions = CompareOptions()
    ) -> DocumentDiff {
        var fingerprints = FingerprintBuilder()
        let oldPrints = old.children.map { fingerprints.fingerprint($0) }
        let newPrints = new.children.map { fingerprints.fingerprint($0) }
        let aligner = SiblingAligner(options: options)
        var alignments = aligner.align(old.children, oldPrints, new.children, newPrints)
        alignments = CrossParentMoves(old: old, new: new, aligner: aligner).apply(alignments)
        alignments = TitleMetadata.apply(alignments, oldTitle: old.title, newTitle: new.title)
        if options.scope == .newArticles {
            // Old divisions the new document does not speak to are out of scope, not removed; and the
            // proposal's own header is not the contract's title page, so front matter is left out too.
            alignments.removeAll { alignment in
                alignment.kind == .removed || (alignment.old + alignment.new).contains { $0.kind == .preamble }
            }
        }
        return DocumentDiff(
            old: DocumentRef(name: oldName, title: old.title, sourceFormat: old.sourceFormat),
            new: DocumentRef(name: newName, title: new.title, sourceFormat: new.sourceFormat),
            options: options, alignments: alignments)
    }
}

/// A clause's content reduced to what alignment compares: a bag of its words (own and
/// below, numbers excluded), a hash of its words in order, and the same for its children.
struct Fingerprint {
    var bag: WordBag
    var contentHash: Int
    var headingKey: String
    var children: [Fingerprint]
}

struct FingerprintBuilder {
    var interner: TokenInterner

    /// Fingerprints compare words case-insensitively whatever the diff options, so that alignment
    /// finds a clause whose only change is capitalisation.
    init() {
        interner = TokenInterner(normalization: TokenInterner.Normalization(foldCase: true, unifyWhitespace: true))
    }

    mutating func fingerprint(_ node: ClauseNode) -> Fingerprint {
        let children = node.children.map { fingerprint($0) }
        var own: [Int32] = []
        for text in [node.heading?.plainText ?? "", node.text.plainText, node.table?.plainText ?? ""] where !text.isEmpty {
            let tokens = TokenizedText(text)
            let ids = interner.ids(for: tokens)
            for index in ids.indices where tokens.kinds[index].isWordLike { own.append(ids[index]) }
        }
        var hasher = Hasher()
        hasher.combine(own)
        var all = own
        for child in children {
            hasher.combine(child.contentHash)
            all.append(contentsOf: child.bag.sortedIDs)
        }
        let headingKey = String((node.heading?.plainText ?? "").lowercased().filter { $0.isLetter || $0.isNumber })
        return Fingerprint(bag: WordBag(ids: all), contentHash: hasher.finalize(), headingKey: headingKey, children: children)
    }
}
