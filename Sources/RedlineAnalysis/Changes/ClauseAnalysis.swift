/// Everything the analysis reads from one clause's text: its deontic statements, its quantities
/// and its discretion and grievability markers.
public struct ClauseAnalysis: Sendable, Hashable {
    /// The deontic statements, in order.
    public let statements: [DeonticStatement]
    /// The quantities, in order.
    public let quantities: [Quantity]
    /// Discretion and grievability phrases, in order.
    public let markers: [ClauseMarker]
    /// The words of each sentence, to tell a reworded sentence from a replaced one.
    let sentenceWords: [Set<String>]

    /// Analyses `text`.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public init(_ text: String) {
        let analysed = AnalysedText(text)
        statements = DeonticScanner.scan(analysed)
        quantities = QuantityScanner.scan(analysed)
        markers = ClauseMarkers.scan(analysed)
        sentenceWords = analysed.sentences.map { range in
            Set(analysed.tokens[range].lazy.filter { $0.kind != .symbol }.map(\.text))
        }
    }

    /// How alike sentence `a` of `self` and sentence `b` of `other` are (Dice over their words).
    func similarity(sentence a: Int, _ other: ClauseAnalysis, _ b: Int) -> Double {
        guard a < sentenceWords.count, b < other.sentenceWords.count else { return 0 }
        let (x, y) = (sentenceWords[a], other.sentenceWords[b])
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
    }

    /// True when nothing was found.
    public var isEmpty: Bool { statements.isEmpty && quantities.isEmpty && markers.isEmpty }

    /// How strongly the clause puts itself under the grievance procedure: inclusions minus exclusions.
    var grievability: Int {
        markers.reduce(0) { $0 + ($1.kind == .grievanceIncluded ? 1 : $1.kind == .grievanceExcluded ? -1 : 0) }
    }

    /// True when the clause protects employees or the union: a duty or prohibition on the employer
    /// (or someone acting for it, or no one named), or an employee's or the union's entitlement.
    var protects: Bool {
        statements.contains { statement in
            switch statement.modality {
            case .obligation, .prohibition, .recommendation:
                return [.employer, .department, .unspecified, .both, .committee].contains(statement.party)
            case .entitlement:
                return statement.party == .employee || statement.party == .union
            case .permission:
                return statement.party == .employee || statement.party == .union
            }
        }
    }
}
