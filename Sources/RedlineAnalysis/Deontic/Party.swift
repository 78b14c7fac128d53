/// Who a deontic statement binds or benefits.
public enum Party: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// The employer: the University, the Employer, management, the Regents, the campus.
    case employer
    /// A unit of the employer that acts for it: a department, supervisor, chair, dean, principal investigator.
    case department
    /// The union, its stewards and representatives.
    case union
    /// Employees: ASEs, graduate student researchers, postdocs, the grievant.
    case employee
    /// Both parties together ("the parties", "either party", "the University and the Union").
    case both
    /// An arbitrator or mediator.
    case arbitrator
    /// A committee, panel or board.
    case committee
    /// No one is named (an agentless passive: "notice shall be given").
    case unspecified

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The party a head noun names, if it names one.
    static func named(by word: String) -> Party? {
        lexicon[word]
    }

    /// Head nouns that name a role, not a side: the party is the one they act for ("the Union's
    /// designee", "a representative of the University").
    static let genericHeads: Set<String> = [
        "representative", "representatives", "designee", "designees", "agent", "agents", "delegate", "delegates",
        "nominee", "nominees", "official", "officials", "counsel", "appointee", "appointees", "member", "members",
    ]

    /// Head nouns (lower case, singular and plural) and the party they name. A word not here
    /// still names a party when a modifier before it does ("the Union's designee").
    static let lexicon: [String: Party] = {
        var table: [String: Party] = [:]
        for word in [
            "university", "employer", "management", "regents", "campus", "college", "institution", "administration",
            "provost", "chancellor", "president", "trustees", "hr", "laboratory", "hospital", "company", "district",
            "state", "authority", "office", "officer", "agency", "county", "city", "board of regents",
        ] { table[word] = .employer }
        for word in [
            "department", "supervisor", "chair", "dean", "pi", "investigator", "advisor", "adviser", "mentor",
            "manager", "director", "unit", "program", "lab", "head", "school", "faculty", "instructor", "coordinator",
            "department's", "employing",
        ] { table[word] = .department }
        for word in ["union", "association", "federation", "steward", "local", "organizer", "guild", "uaw", "aft", "afscme", "seiu"] {
            table[word] = .union
        }
        for word in [
            "employee", "ase", "student", "researcher", "postdoc", "scholar", "worker", "member", "grievant",
            "appointee", "individual", "assistant", "tutor", "reader", "fellow", "gsr", "trainee", "applicant",
            "candidate", "staff", "person", "parent", "claimant", "tsr", "ta", "reader", "teacher", "nurse",
        ] { table[word] = .employee }
        for word in ["party", "parties"] { table[word] = .both }
        for word in ["arbitrator", "mediator", "umpire", "neutral", "factfinder", "examiner"] { table[word] = .arbitrator }
        for word in ["committee", "panel", "council", "board", "commission", "taskforce", "group", "team"] {
            table[word] = .committee
        }
        for (word, party) in table where !word.hasSuffix("s") && !word.contains(" ") {
            if table[word + "s"] == nil { table[word + "s"] = party }
            if table[word + "'s"] == nil { table[word + "'s"] = party }
        }
        table["employees'"] = .employee
        table["committees"] = .committee
        table["ases"] = .employee
        table["postdocs"] = .employee
        table["people"] = .employee
        table["persons"] = .employee
        return table
    }()
}

/// What a statement does to its party.
public enum Modality: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Must do something ("shall", "must", "will", "is required to", "agrees to").
    case obligation
    /// Should or will try to ("should", "will endeavour to", "shall make reasonable efforts to").
    case recommendation
    /// May do something, or need not ("may", "is permitted to", "is under no obligation to").
    case permission
    /// Must not do something ("shall not", "may not", "no … shall", "is prohibited from").
    case prohibition
    /// Is owed something ("is entitled to", "has the right to", "shall receive", "shall be paid").
    case entitlement

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// How binding it is, for "weakened" and "strengthened": obligation 3, recommendation 2, permission 1.
    var strength: Int {
        switch self {
        case .obligation: 3
        case .recommendation: 2
        case .permission: 1
        case .prohibition: 3
        case .entitlement: 3
        }
    }
}
