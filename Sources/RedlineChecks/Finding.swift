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

/// One problem a rule found: where it is, how serious it is and what to do about it.
public struct Finding: Sendable, Hashable, Codable {
    /// The rule that found it, e.g. `numbering/gap`.
    public let ruleID: String
    /// How serious it is (the rule's default, or the configured grade).
    public var severity: Severity
    /// One line for people, saying what is wrong and what to do.
    public let message: String
    /// The document's display name (the path given on the command line).
    public let file: String
    /// 1-based line in the source, or 0 when unknown.
    public let line: Int
    /// The element path in markup sources (`/html/body/p[3]`), when known.
    public let path: String?
    /// The id of the clause the finding is about, when there is one.
    public let clauseID: String?

    /// Creates a finding.
    public init(
        ruleID: String, severity: Severity, message: String, file: String, line: Int, path: String? = nil,
        clauseID: String? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.path = path
        self.clauseID = clauseID
    }

    /// Creates a finding located at `node`.
    ///
    /// A node read from a part of an archive (a DOCX's `word/document.xml:/w:body/w:p[12]`) has a
    /// line in that part, not in the file; the finding keeps its element path and no line.
    public init(ruleID: String, severity: Severity, message: String, file: String, node: ClauseNode) {
        let inArchivePart = node.location.path?.contains(".xml:/") == true
        self.init(
            ruleID: ruleID, severity: severity, message: message, file: file, line: inArchivePart ? 0 : node.location.line,
            path: node.location.path, clauseID: node.id)
    }

    /// Returns a copy with another severity.
    public func with(severity: Severity) -> Finding {
        var copy = self
        copy.severity = severity
        return copy
    }

    private enum CodingKeys: String, CodingKey {
        case ruleID = "rule", severity, message, file, line, path, clauseID = "clause"
    }
}
