/// What a change does, in substance.
public enum ChangeFlag: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A duty became softer: shall → may, must → should, will → will endeavour, entitled → may.
    case obligationWeakened = "obligation-weakened"
    /// The reverse: may → shall, should → must.
    case obligationStrengthened = "obligation-strengthened"
    /// A duty was taken out of a clause that remains.
    case obligationRemoved = "obligation-removed"
    /// A new duty.
    case obligationAdded = "obligation-added"
    /// Someone was owed something and no longer is.
    case entitlementRemoved = "entitlement-removed"
    /// A new entitlement.
    case entitlementAdded = "entitlement-added"
    /// The same duty or right now binds or benefits someone else (the University → the department).
    case partyChanged = "party-changed"
    /// Something forbidden is now allowed or no longer mentioned.
    case prohibitionLifted = "prohibition-lifted"
    /// Something is now forbidden.
    case prohibitionAdded = "prohibition-added"
    /// A discretion phrase appeared ("at its sole discretion", "where practicable").
    case discretionAdded = "discretion-added"
    /// A discretion phrase went away.
    case discretionRemoved = "discretion-removed"
    /// The clause left the grievance procedure's reach: an exclusion was added, an inclusion removed,
    /// or it moved into an article that excludes grievances or reserves management rights.
    case grievabilityRemoved = "grievability-removed"
    /// The reverse.
    case grievabilityAdded = "grievability-added"
    /// A clause that protected employees or the union was deleted outright.
    case protectionDeleted = "protection-deleted"
    /// A quantity's value changed, its unit the same (90 → 60 calendar days, 5% → 3%).
    case quantityChanged = "quantity-changed"
    /// A quantity's unit changed (working → calendar days, per month → per year), maybe its value too.
    case unitChanged = "unit-changed"
    /// A quantity appeared in a clause that remains.
    case quantityAdded = "quantity-added"
    /// A quantity went away from a clause that remains ("cap $224/month removed").
    case quantityRemoved = "quantity-removed"
    /// The clause left one article for another.
    case movedAcrossArticles = "moved-across-articles"

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// True for the four quantity flags, which carry a ``QuantityKind``.
    public var isQuantityFlag: Bool {
        self == .quantityChanged || self == .unitChanged || self == .quantityAdded || self == .quantityRemoved
    }
}

/// One substantive change: the flag, the clauses on both sides, where in their text, and the
/// values before and after.
public struct ChangeFinding: Sendable, Hashable, Codable {
    /// What the change does.
    public let flag: ChangeFlag
    /// For a quantity flag, what the quantity measures.
    public let quantityKind: QuantityKind?
    /// The old clause's id, if there is one.
    public var oldClause: String?
    /// The new clause's id, if there is one.
    public var newClause: String?
    /// Where in the old clause's text (``ClauseText`` `own`).
    public let oldSpan: TextSpan?
    /// Where in the new clause's text.
    public let newSpan: TextSpan?
    /// The old value or wording ("shall", "210 calendar days", "employer", "ARTICLE 16 IMMIGRATION").
    public let before: String?
    /// The new one.
    public let after: String?
    /// For a changed number: the difference in its unit ("-120 calendar days", "-2 points", "-$50/month").
    public let delta: String?
    /// One line for people: "obligation weakened: The University shall → may (provide)".
    public let summary: String

    /// Creates a finding.
    public init(
        flag: ChangeFlag, quantityKind: QuantityKind? = nil, oldClause: String? = nil, newClause: String? = nil,
        oldSpan: TextSpan?, newSpan: TextSpan?, before: String?, after: String?, delta: String? = nil, summary: String
    ) {
        self.flag = flag
        self.quantityKind = quantityKind
        self.oldClause = oldClause
        self.newClause = newClause
        self.oldSpan = oldSpan
        self.newSpan = newSpan
        self.before = before
        self.after = after
        self.delta = delta
        self.summary = summary
    }

    /// The label the evaluation compares: the flag, and for a quantity flag its kind
    /// (`quantity-changed:duration`).
    public var label: String { flag.rawValue + (quantityKind.map { ":" + $0.rawValue } ?? "") }
}
