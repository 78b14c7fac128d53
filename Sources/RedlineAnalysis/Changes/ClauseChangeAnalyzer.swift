/// Compares the analyses of two versions of one clause and says what changed in substance.
///
/// - Statements are paired first by party and modality (a reworded duty is the same duty), then by
///   the verb they govern, then in order; a pair whose modality differs is weakened, strengthened, a
///   prohibition lifted or added; a pair whose named party differs is a party change; what is left
///   over was removed or added.
/// - Quantities are paired first when equal, then by what they measure, in order: a different value
///   is a quantity change ("210 → 90 calendar days", "5% → 3% (−2 points)"), a different unit or kind
///   of day a unit change, the rest added or removed.
/// - Discretion and grievability phrases are compared as sets and balances.
///
/// A clause only on one side (`old` or `new` nil) reports protection deleted, or what the new clause adds.
public enum ClauseChangeAnalyzer {
    /// The findings of a change from `old` to `new` (texts as ``ClauseAnalysis`` read them).
    ///
    /// - Complexity: O(*s*² + *q*²) in the numbers of statements and quantities of the clause, which are small.
    public static func compare(old: ClauseAnalysis?, new: ClauseAnalysis?) -> [ChangeFinding] {
        switch (old, new) {
        case (nil, nil): return []
        case (let old?, nil): return deleted(old)
        case (nil, let new?): return added(new)
        case (let old?, let new?):
            return statements(old, new) + quantities(old.quantities, new.quantities)
                + markers(old, new)
        }
    }

    /// Compares two texts (nil: the clause is not on that side).
    ///
    /// - Complexity: O(*n*) in the length of the texts, plus the pairing above.
    public static func compare(old: String?, new: String?) -> [ChangeFinding] {
        compare(old: old.map(ClauseAnalysis.init), new: new.map(ClauseAnalysis.init))
    }

    // MARK: - Whole clauses

    private static func deleted(_ old: ClauseAnalysis) -> [ChangeFinding] {
        guard old.protects || old.grievability > 0 else { return [] }
        let first = old.statements.first
        return [
            ChangeFinding(
                flag: .protectionDeleted, oldSpan: first?.span, newSpan: nil,
                before: first.map { "\($0.subject) \($0.trigger)" }, after: nil,
                summary: "protection deleted: " + (first.map { "\($0.subject) \($0.trigger) \($0.action ?? "")" } ?? "clause removed"))
        ]
    }

    private static func added(_ new: ClauseAnalysis) -> [ChangeFinding] {
        var findings: [ChangeFinding] = []
        for statement in new.statements {
            if let flag = addedFlag(statement.modality) {
                findings.append(statementFinding(flag, nil, statement))
            }
        }
        findings += markers(ClauseAnalysis(""), new)
        return findings
    }

    // MARK: - Statements

    private static func removedFlag(_ modality: Modality) -> ChangeFlag? {
        switch modality {
        case .obligation, .recommendation: .obligationRemoved
        case .prohibition: .prohibitionLifted
        case .entitlement: .entitlementRemoved
        case .permission: nil
        }
    }

    private static func addedFlag(_ modality: Modality) -> ChangeFlag? {
        switch modality {
        case .obligation: .obligationAdded
        case .prohibition: .prohibitionAdded
        case .entitlement: .entitlementAdded
        case .permission, .recommendation: nil
        }
    }

    /// Sentences this alike (Dice over words) are one sentence reworded, whose statements may pair
    /// on party or position alone.
    static let sameSentence = 0.5

    private static func statements(_ oldAnalysis: ClauseAnalysis, _ newAnalysis: ClauseAnalysis) -> [ChangeFinding] {
        let (old, new) = (oldAnalysis.statements, newAnalysis.statements)
        func alike(_ a: DeonticStatement, _ b: DeonticStatement) -> Bool {
            oldAnalysis.similarity(sentence: a.sentence, newAnalysis, b.sentence) >= sameSentence
        }
        var pairing = Pairing(old, new)
        func take(_ matches: (DeonticStatement, DeonticStatement) -> Bool) { pairing.take(matches) }
        take { $0.party == $1.party && $0.modality == $1.modality && $0.action == $1.action }
        take { $0.party == $1.party && $0.modality == $1.modality && alike($0, $1) }
        // A duty written from the other side ("Employees shall be paid" / "The University shall pay").
        take { isVoiceChange($0, $1) && $0.action.map(stem) == $1.action.map(stem) }
        take { $0.action != nil && $0.action.map(stem) == $1.action.map(stem) && alike($0, $1) }
        take { $0.party == $1.party && alike($0, $1) }
        take { alike($0, $1) }
        take { $0.party == $1.party && $0.modality == $1.modality }
        var findings: [ChangeFinding] = []
        for (o, n) in pairing.pairs.sorted(by: { $0.1 < $1.1 }) {
            let (before, after) = (old[o], new[n])
            if isVoiceChange(before, after) { continue }
            if let flag = modalityFlag(before.modality, after.modality) {
                findings.append(
                    ChangeFinding(
                        flag: flag, oldSpan: before.span, newSpan: after.span, before: before.trigger, after: after.trigger,
                        summary: "\(words(flag)): \(before.subject) \(before.trigger) → \(after.trigger)" + actionSuffix(after, parenthesised: true)))
            }
            if before.party != after.party, before.party != .unspecified, after.party != .unspecified {
                findings.append(
                    ChangeFinding(
                        flag: .partyChanged, oldSpan: before.subjectSpan, newSpan: after.subjectSpan,
                        before: before.party.rawValue, after: after.party.rawValue,
                        summary: "party changed: \(before.subject) → \(after.subject) \(after.trigger)"))
            }
        }
        for o in pairing.oldLeft {
            if let flag = removedFlag(old[o].modality) { findings.append(statementFinding(flag, old[o], nil)) }
        }
        for n in pairing.newLeft {
            if let flag = addedFlag(new[n].modality) { findings.append(statementFinding(flag, nil, new[n])) }
        }
        return findings
    }

    /// "Employees shall be paid" (entitlement) and "the University shall pay employees" (the
    /// employer's obligation) say the same thing.
    private static func isVoiceChange(_ a: DeonticStatement, _ b: DeonticStatement) -> Bool {
        func beneficiary(_ s: DeonticStatement) -> Bool { s.modality == .entitlement && (s.party == .employee || s.party == .union) }
        func duty(_ s: DeonticStatement) -> Bool {
            s.modality == .obligation && [.employer, .department, .unspecified].contains(s.party)
        }
        return (beneficiary(a) && duty(b)) || (duty(a) && beneficiary(b))
    }

    private static func stem(_ verb: String) -> String {
        for suffix in ["ing", "ed", "es", "s", "e"] where verb.hasSuffix(suffix) && verb.count > suffix.count + 2 {
            return String(verb.dropLast(suffix.count))
        }
        return verb == "paid" ? "pay" : verb
    }

    private static func modalityFlag(_ before: Modality, _ after: Modality) -> ChangeFlag? {
        if before == after { return nil }
        if before == .prohibition { return .prohibitionLifted }
        if after == .prohibition { return .prohibitionAdded }
        // Entitlement and obligation are the same strength; either down to should/may is a weakening.
        if (before == .entitlement && after == .obligation) || (before == .obligation && after == .entitlement) { return nil }
        return after.strength < before.strength ? .obligationWeakened : .obligationStrengthened
    }

    private static func statementFinding(_ flag: ChangeFlag, _ before: DeonticStatement?, _ after: DeonticStatement?) -> ChangeFinding {
        let statement = after ?? before!
        return ChangeFinding(
            flag: flag, oldSpan: before?.span, newSpan: after?.span,
            before: before.map { "\($0.subject) \($0.trigger)" }, after: after.map { "\($0.subject) \($0.trigger)" },
            summary: "\(words(flag)): \(statement.subject) \(statement.trigger)" + actionSuffix(statement, parenthesised: false))
    }

    /// " provide" / " (provide)", or nothing when the trigger already ends with the verb ("shall be paid").
    private static func actionSuffix(_ statement: DeonticStatement, parenthesised: Bool) -> String {
        guard let action = statement.action, !statement.trigger.lowercased().hasSuffix(action) else { return "" }
        return parenthesised ? " (\(action))" : " \(action)"
    }

    static func words(_ flag: ChangeFlag) -> String { String(flag.rawValue.map { $0 == "-" ? " " : $0 }) }

    // MARK: - Quantities

    private static func quantities(_ old: [Quantity], _ new: [Quantity]) -> [ChangeFinding] {
        var pairing = Pairing(old, new)
        func take(_ matches: (Quantity, Quantity) -> Bool) { pairing.take(matches) }
        take { $0.kind == $1.kind && $0.value == $1.value && $0.unitKey == $1.unitKey }
        // Counts of the same number of things named differently ("three stewards" / "three representatives").
        take { $0.kind == .count && $1.kind == .count && $0.value == $1.value }
        take { $0.measure == $1.measure && $0.unitKey == $1.unitKey }
        take { $0.kind == $1.kind && ($0.kind != .duration || $0.unit == $1.unit || $0.qualifier == $1.qualifier || $0.value == $1.value) }
        // Hours written as a duration or the reverse ("8 hours" / "1 day").
        take { [$0.kind, $1.kind].allSatisfy { $0 == .duration || $0 == .hours } }
        var findings: [ChangeFinding] = []
        for (o, n) in pairing.pairs.sorted(by: { $0.1 < $1.1 }) {
            let (before, after) = (old[o], new[n])
            let unitChanged = before.kind != .count && before.unitKey != after.unitKey
            let valueChanged = before.value != after.value
            guard unitChanged || valueChanged else { continue }
            let flag: ChangeFlag = unitChanged ? .unitChanged : .quantityChanged
            var delta: String?
            if !unitChanged, before.kind != .date {
                let difference = after.value - before.value
                let sign = difference > 0 ? "+" : "−"
                let magnitude = Quantity.format(abs(difference))
                switch before.kind {
                case .percentage: delta = "\(sign)\(magnitude) points"
                case .money: delta = sign + Quantity(kind: .money, value: abs(difference), unit: "USD", qualifier: before.qualifier, bound: nil, span: before.span, text: "").normalized
                default:
                    delta = sign + Quantity(kind: before.kind, value: abs(difference), unit: before.unit, qualifier: before.qualifier, bound: nil, span: before.span, text: "").normalized
                }
            }
            findings.append(
                ChangeFinding(
                    flag: flag, quantityKind: after.kind, oldSpan: before.span, newSpan: after.span, before: before.normalized,
                    after: after.normalized, delta: delta,
                    summary: "\(after.kind.rawValue) \(before.normalized) → \(after.normalized)" + (delta.map { " (\($0))" } ?? "")))
        }
        for o in pairing.oldLeft {
            findings.append(
                ChangeFinding(
                    flag: .quantityRemoved, quantityKind: old[o].kind, oldSpan: old[o].span, newSpan: nil,
                    before: old[o].normalized, after: nil, summary: "\(old[o].kind.rawValue) \(old[o].normalized) removed"))
        }
        for n in pairing.newLeft {
            findings.append(
                ChangeFinding(
                    flag: .quantityAdded, quantityKind: new[n].kind, oldSpan: nil, newSpan: new[n].span, before: nil,
                    after: new[n].normalized, summary: "\(new[n].kind.rawValue) \(new[n].normalized) added"))
        }
        return findings
    }

    // MARK: - Markers

    private static func markers(_ old: ClauseAnalysis, _ new: ClauseAnalysis) -> [ChangeFinding] {
        var findings: [ChangeFinding] = []
        // A phrase that is the modal itself ("shall make reasonable efforts to") is reported as a
        // weakened duty, not again as discretion.
        func discretion(_ analysis: ClauseAnalysis) -> [ClauseMarker] {
            analysis.markers.filter { marker in
                marker.kind == .discretion
                    && !analysis.statements.contains { statement in
                        statement.modality == .recommendation && marker.span.start >= statement.span.start
                            && marker.span.start < statement.span.start + statement.span.length
                    }
            }
        }
        let oldDiscretion = discretion(old)
        let newDiscretion = discretion(new)
        for marker in newDiscretion where !oldDiscretion.contains(where: { $0.phrase == marker.phrase }) {
            findings.append(
                ChangeFinding(
                    flag: .discretionAdded, oldSpan: nil, newSpan: marker.span, before: nil, after: marker.phrase,
                    summary: "discretion added: “\(marker.phrase)”"))
        }
        for marker in oldDiscretion where !newDiscretion.contains(where: { $0.phrase == marker.phrase }) {
            findings.append(
                ChangeFinding(
                    flag: .discretionRemoved, oldSpan: marker.span, newSpan: nil, before: marker.phrase, after: nil,
                    summary: "discretion removed: “\(marker.phrase)”"))
        }
        let (before, after) = (old.grievability, new.grievability)
        if after != before {
            let flag: ChangeFlag = after < before ? .grievabilityRemoved : .grievabilityAdded
            let marker = flag == .grievabilityRemoved
                ? new.markers.first { $0.kind == .grievanceExcluded } ?? old.markers.first { $0.kind == .grievanceIncluded }
                : new.markers.first { $0.kind == .grievanceIncluded } ?? old.markers.first { $0.kind == .grievanceExcluded }
            let inNew = marker.map { m in new.markers.contains(m) } ?? false
            findings.append(
                ChangeFinding(
                    flag: flag, oldSpan: inNew ? nil : marker?.span, newSpan: inNew ? marker?.span : nil,
                    before: inNew ? nil : marker?.phrase, after: inNew ? marker?.phrase : nil,
                    summary: "\(words(flag)): " + (inNew ? "“\(marker?.phrase ?? "")” added" : "“\(marker?.phrase ?? "")” deleted")))
        }
        return findings
    }
}

/// Pairs two lists in rounds: each round pairs every still-unpaired old item with the first
/// still-unpaired new item its rule accepts.
private struct Pairing<Item> {
    let old: [Item]
    let new: [Item]
    var oldLeft: [Int]
    var newLeft: [Int]
    var pairs: [(Int, Int)] = []

    init(_ old: [Item], _ new: [Item]) {
        self.old = old
        self.new = new
        oldLeft = Array(old.indices)
        newLeft = Array(new.indices)
    }

    /// One round.
    ///
    /// - Complexity: O(*o* · *n*) in the unpaired items.
    mutating func take(_ matches: (Item, Item) -> Bool) {
        var remaining: [Int] = []
        for o in oldLeft {
            if let position = newLeft.firstIndex(where: { matches(old[o], new[$0]) }) {
                pairs.append((o, newLeft[position]))
                newLeft.remove(at: position)
            } else {
                remaining.append(o)
            }
        }
        oldLeft = remaining
    }
}
