import RedlineModel

/// A number left out of a sequence: Article 4 then Article 6; A, B, D; 3.1 then 3.3.
///
/// Each numbering scheme of a level is checked on its own, a list that restarts under a new
/// parent is a new list, and a gap with an omission marker between ("…", "No change") is fine.
/// Appendices and side letters are not checked for gaps (contracts drop them and keep the letters).
public struct NumberingGapRule: CheckRule {
    public static let id = "numbering/gap"
    public static let defaultSeverity = Severity.warning
    public static let summary = "A number is missing from a sequence (Article 4 then 6; A, B, D)."
    public static let help = "Renumber the clauses that follow, or add the missing clause."
    public static let examples = [
        RuleExample(
            triggering: [
                "ARTICLE 4\nLEAVES\n\nA. One.\n\nB. Two.\n\nD. Four.\n",
                "ARTICLE 4\nLEAVES\n\nText.\n\nARTICLE 6\nWAGES\n\nText.\n\nARTICLE 7\nHOURS\n\nText.\n",
                "ARTICLE 3\nAPPOINTMENTS\n\n3.1 First\nText.\n\n3.2 Second\nText.\n\n3.4 Fourth\nText.\n",
            ],
            clean: [
                "ARTICLE 4\nLEAVES\n\nA. One.\n\nB. Two.\n\nC. Three.\n",
                "ARTICLE 4\nLEAVES\n\nA. One.\n1. First.\n2. Second.\n\nB. Two.\n1. First again.\n2. Second again.\n",
                "ARTICLE 4\nLEAVES\n\n(a) one;\n\n(b) two;\n\n(c) three;\n\n(d) four;\n\n(e) five;\n\n(f) six;\n\n(g) seven;\n\n(h) eight;\n\n(i) nine;\n\n(j) ten.\n",
            ]),
    ]

    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        NumberingSequence.forEachSiblingList(context.document) { list in
            // Appendices and side letters keep their letters when one is dropped ("A, B, F, I"):
            // a sparse series is usual there, unlike articles and clauses.
            guard !list.contains(where: { $0.kind == .appendix || $0.kind == .sideLetter }) else { return }
            for run in NumberingSequence.runs(list) {
                let present = Set(run.map { [$0.parentComponents.map(String.init).joined(separator: "."), String($0.value)] })
                for (previous, current) in zip(run, run.dropFirst())
                where previous.parentComponents == current.parentComponents && current.value > previous.value + 1
                    && current.value - previous.value <= 50 && current.suffix <= 1 {
                    // A jump of more than fifty ("3." then "2024.") is a number misread as a label, not a gap.
                    let missing = ((previous.value + 1)..<current.value).filter {
                        !present.contains([current.parentComponents.map(String.init).joined(separator: "."), String($0)])
                    }
                    guard !missing.isEmpty, !NumberingSequence.omissionBetween(list, previous.index, current.index),
                        !missing.allSatisfy({ NumberingSequence.nested($0, like: current, under: list[previous.index..<current.index]) })
                    else { continue }
                    let names = missing.count <= 3
                        ? missing.map { NumberingSequence.label(for: $0, like: current) }.joined(separator: ", ")
                        : NumberingSequence.label(for: missing[0], like: current) + " to "
                            + NumberingSequence.label(for: missing[missing.count - 1], like: current)
                    let verb = missing.count == 1 ? "is" : "are"
                    findings.append(
                        finding(
                            "\(NumberingSequence.name(of: current)) follows \(NumberingSequence.name(of: previous)): "
                                + "\(names) \(verb) missing; renumber or add \(missing.count == 1 ? "it" : "them")",
                            at: current.node, in: context))
                }
            }
        }
        return findings
    }
}
