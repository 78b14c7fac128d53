/// True and false positives and false negatives per label, with precision, recall and F1.
public struct LabelCounts: Sendable, Hashable {
    /// Counts per label: true positives, false positives, false negatives.
    public private(set) var counts: [String: (tp: Int, fp: Int, fn: Int)] = [:]

    /// Creates empty counts.
    public init() {}

    /// Adds one item: its predicted and gold labels, compared as multisets.
    mutating func add(predicted: [String], gold: [String]) {
        var remaining = gold
        for label in predicted {
            if let index = remaining.firstIndex(of: label) {
                remaining.remove(at: index)
                counts[label, default: (0, 0, 0)].tp += 1
            } else {
                counts[label, default: (0, 0, 0)].fp += 1
            }
        }
        for label in remaining { counts[label, default: (0, 0, 0)].fn += 1 }
    }

    /// Labels seen in gold or predictions, sorted.
    public var labels: [String] { counts.keys.sorted() }

    /// Precision of `label` (1 when it was never predicted and never expected).
    public func precision(_ label: String) -> Double {
        let c = counts[label] ?? (0, 0, 0)
        return c.tp + c.fp == 0 ? (c.fn == 0 ? 1 : 0) : Double(c.tp) / Double(c.tp + c.fp)
    }

    /// Recall of `label`.
    public func recall(_ label: String) -> Double {
        let c = counts[label] ?? (0, 0, 0)
        return c.tp + c.fn == 0 ? (c.fp == 0 ? 1 : 0) : Double(c.tp) / Double(c.tp + c.fn)
    }

    /// F1 of `label`.
    public func f1(_ label: String) -> Double {
        let (p, r) = (precision(label), recall(label))
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// Gold items of `label`.
    public func support(_ label: String) -> Int { (counts[label]?.tp ?? 0) + (counts[label]?.fn ?? 0) }

    /// The mean F1 over labels with gold support (a label only ever predicted, never expected, adds
    /// its false positives to the precision of no label; it is listed in the report).
    public var macroF1: Double {
        let supported = labels.filter { support($0) > 0 }
        guard !supported.isEmpty else { return 0 }
        return supported.map(f1).reduce(0, +) / Double(supported.count)
    }

    /// F1 over all items together.
    public var microF1: Double {
        let tp = counts.values.reduce(0) { $0 + $1.tp }
        let fp = counts.values.reduce(0) { $0 + $1.fp }
        let fn = counts.values.reduce(0) { $0 + $1.fn }
        return tp == 0 ? 0 : 2 * Double(tp) / Double(2 * tp + fp + fn)
    }

    public static func == (lhs: LabelCounts, rhs: LabelCounts) -> Bool {
        lhs.labels == rhs.labels && lhs.labels.allSatisfy { lhs.counts[$0]! == rhs.counts[$0]! }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(labels) }
}

/// How well the analysis reproduces a labelled file of `corpora/analysis/`: per-label precision,
/// recall and F1 and macro-F1, for the analyser and for ``ModalBaseline`` (modal verbs alone).
public struct AnalysisEvaluation: Sendable {
    /// The file's name, used for the held-out split.
    public let file: String
    /// Items evaluated.
    public let items: Int
    /// Items skipped (not in the held-out fifth, when only it is evaluated).
    public let skipped: Int
    /// The analyser's counts: statements ("employer obligation"), quantity kinds, or change flags.
    public let analyser: LabelCounts
    /// The baseline's counts (nil for quantities, which modal verbs do not find).
    public let baseline: LabelCounts?
    /// For sentences: counts of modality alone ("obligation"), analyser and baseline.
    public let modalityOnly: (analyser: LabelCounts, baseline: LabelCounts)?
    /// Change pairs labelled with no flag (wording only).
    public let wordingOnlyPairs: Int
    /// Of those, how many the analyser flagged anyway.
    public let falseFlagsOnWordingOnly: Int
    /// Each item the analyser got wrong: "id: expected …, got …".
    public let disagreements: [String]

    /// Evaluates the labels of `file` (its name, as the split key); with `heldOutOnly`, only the
    /// held-out fifth.
    ///
    /// - Complexity: linear in the total length of the labelled texts.
    public init(labels: [AnalysisLabel], file: String, heldOutOnly: Bool) {
        self.file = file
        var analyser = LabelCounts()
        var baseline = LabelCounts()
        var modalAnalyser = LabelCounts()
        var modalBaseline = LabelCounts()
        var items = 0
        var skipped = 0
        var wordingOnly = 0
        var falseFlags = 0
        var disagreements: [String] = []
        var kind = "none"
        for label in labels {
            if heldOutOnly && !label.isHeldOut(file: file) {
                skipped += 1
                continue
            }
            items += 1
            if let gold = label.statements, let text = label.text {
                kind = "statements"
                let predicted = DeonticScanner.scan(text).map(\.label)
                let base = ModalBaseline.statements(text)
                analyser.add(predicted: predicted, gold: gold)
                baseline.add(predicted: base, gold: gold)
                modalAnalyser.add(predicted: predicted.map(Self.modality), gold: gold.map(Self.modality))
                modalBaseline.add(predicted: base.map(Self.modality), gold: gold.map(Self.modality))
                if predicted.sorted() != gold.sorted() {
                    disagreements.append("\(label.id): expected \(gold), got \(predicted) — \(text)")
                }
            } else if let gold = label.quantities, let text = label.text {
                kind = "quantities"
                let found = QuantityScanner.scan(text)
                var remaining = gold
                var predictedLabels: [String] = []
                var goldLabels: [String] = []
                for quantity in found {
                    if let index = remaining.firstIndex(of: [quantity.kind.rawValue, quantity.normalized]) {
                        remaining.remove(at: index)
                        predictedLabels.append(quantity.kind.rawValue)
                        goldLabels.append(quantity.kind.rawValue)
                    } else {
                        predictedLabels.append(quantity.kind.rawValue)
                    }
                }
                goldLabels += remaining.compactMap(\.first)
                analyser.add(predicted: predictedLabels, gold: goldLabels)
                let got = found.map { [$0.kind.rawValue, $0.normalized] }
                if got.sorted(by: { $0.joined() < $1.joined() }) != gold.sorted(by: { $0.joined() < $1.joined() }) {
                    disagreements.append("\(label.id): expected \(gold), got \(got) — \(text)")
                }
            } else if let gold = label.flags, let old = label.old, let new = label.new {
                kind = "changes"
                var findings = ClauseChangeAnalyzer.compare(old: old.isEmpty ? nil : old, new: new.isEmpty ? nil : new)
                if let from = label.oldArticle, let to = label.newArticle, from != to {
                    findings += DiffAnalyzer.moveFindings(
                        from: from, to: to, fromExcludes: DiffAnalyzer.headingExcludesGrievances(from),
                        toExcludes: DiffAnalyzer.headingExcludesGrievances(to))
                }
                let predicted = Set(findings.map(\.label)).sorted()
                let goldSet = Set(gold).sorted()
                analyser.add(predicted: predicted, gold: goldSet)
                baseline.add(predicted: ModalBaseline.flags(old: old, new: new).sorted(), gold: goldSet)
                if gold.isEmpty {
                    wordingOnly += 1
                    if !predicted.isEmpty { falseFlags += 1 }
                }
                if predicted != goldSet { disagreements.append("\(label.id): expected \(goldSet), got \(predicted)") }
            }
        }
        self.items = items
        self.skipped = skipped
        self.analyser = analyser
        self.baseline = kind == "quantities" ? nil : baseline
        self.modalityOnly = kind == "statements" ? (modalAnalyser, modalBaseline) : nil
        self.wordingOnlyPairs = wordingOnly
        self.falseFlagsOnWordingOnly = falseFlags
        self.disagreements = disagreements
    }

    private static func modality(_ label: String) -> String {
        String(label.split(separator: " ").last ?? "")
    }

    /// A plain-text report: per label precision, recall, F1 and support, then macro-F1 against the
    /// baseline; with `disagreements`, every item the analyser got wrong.
    public func report(disagreements showDisagreements: Bool = false) -> String {
        var lines = ["\(file): \(items) evaluated" + (skipped > 0 ? " (held-out fifth; \(skipped) others skipped)" : "")]
        lines.append("  " + "label".padded(34) + "precision".padded(11) + "recall".padded(8) + "F1".padded(7) + "support")
        for label in analyser.labels {
            lines.append(
                "  " + label.padded(34) + fixed(analyser.precision(label)).padded(11) + fixed(analyser.recall(label)).padded(8)
                    + fixed(analyser.f1(label)).padded(7) + "\(analyser.support(label))")
        }
        var summary = "  macro-F1 \(fixed(analyser.macroF1))  micro-F1 \(fixed(analyser.microF1))"
        if let baseline { summary += "  (modal verbs alone: macro-F1 \(fixed(baseline.macroF1)), micro-F1 \(fixed(baseline.microF1)))" }
        lines.append(summary)
        if let modalityOnly {
            lines.append(
                "  modality alone: macro-F1 \(fixed(modalityOnly.analyser.macroF1))"
                    + " (modal verbs alone: \(fixed(modalityOnly.baseline.macroF1)))")
        }
        if wordingOnlyPairs > 0 {
            lines.append("  wording-only pairs: \(wordingOnlyPairs), flagged anyway: \(falseFlagsOnWordingOnly)")
        }
        if showDisagreements && !disagreements.isEmpty {
            lines.append("")
            lines += disagreements.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func fixed(_ value: Double) -> String {
        let scaled = Int((value * 1000).rounded())
        let fraction = String(scaled % 1000)
        return "\(scaled / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
