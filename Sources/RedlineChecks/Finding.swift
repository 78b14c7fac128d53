import RedlineModel

/// How serious a finding is, from the lowest.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Worth a look.
    case note
    /// Probably a mistake.
    case warning
    /// Certainly a mistake.
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
