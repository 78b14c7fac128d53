/// Where something is in a clause's text: Unicode scalar offsets into the text analysed
/// (for a clause, `ClauseText.own`: its text, then its table).
public struct TextSpan: Sendable, Hashable, Codable {
    /// First scalar.
    public let start: Int
    /// Number of scalars.
    public let length: Int

    /// Creates a span.
    public init(start: Int, length: Int) {
        self.start = start
        self.length = length
    }
}

/// What a quantity measures.
public enum QuantityKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A time limit or period: days (calendar, working), weeks, months, years.
    case duration
    /// A percentage ("3%", "five percent (5%)").
    case percentage
    /// An amount of money, maybe a rate ("$22.50 per hour", "$450 per month", "a lump sum of $1,000").
    case money
    /// A fraction of a full-time appointment ("0.50 FTE").
    case fte
    /// Hours or minutes of work or leave ("twenty (20) hours per week").
    case hours
    /// A number of things ("three (3) representatives").
    case count
    /// A calendar date ("July 1, 2024").
    case date

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A quantity found in text, normalised: "ten (10) working days" is 10 `day` with qualifier
/// `working`; "$450 per month" is 450 `USD` with qualifier `per-month`; "July 1, 2024" is the date
/// 2024-07-01 (value 20240701); "July 1" is --07-01.
public struct Quantity: Sendable, Hashable, Codable {
    /// What it measures.
    public let kind: QuantityKind
    /// The number (for a date, `yyyymmdd`).
    public let value: Double
    /// The unit: `day`, `week`, `month`, `year`, `hour`, `minute`, `%`, `USD`, `FTE`, `date`, or
    /// for a count the thing counted in the singular (`representative`).
    public let unit: String
    /// What kind of unit or rate: `calendar` / `working` (business and work days are working days)
    /// / `consecutive` / `school` days, `per-hour` / `per-month` / `lump-sum` money, `per-week` hours.
    public let qualifier: String?
    /// A bound written with it: `at-least`, `at-most`, `within`.
    public let bound: String?
    /// Where it is.
    public let span: TextSpan
    /// The words as written.
    public let text: String

    /// Creates a quantity.
    public init(
        kind: QuantityKind, value: Double, unit: String, qualifier: String?, bound: String?, span: TextSpan, text: String
    ) {
        self.kind = kind
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.bound = bound
        self.span = span
        self.text = text
    }

    /// The value and unit without the words: `10 working days`, `$450/month`, `5%`, `2024-07-01`.
    public var normalized: String {
        let number = Self.format(value)
        switch kind {
        case .duration, .hours:
            let plural = value == 1 ? unit : unit + "s"
            var result = [number, qualifier.flatMap { $0.hasPrefix("per-") ? nil : $0 }, plural].compactMap { $0 }
                .joined(separator: " ")
            if let qualifier, qualifier.hasPrefix("per-") { result += "/" + qualifier.dropFirst(4) }
            return result
        case .percentage: return number + "%"
        case .money:
            var result = "$" + (value == value.rounded() ? number : Self.cents(value))
            if let qualifier {
                result += qualifier.hasPrefix("per-") ? "/" + qualifier.dropFirst(4) : " " + qualifier
            }
            return result
        case .fte: return number + " FTE"
        case .count: return number + " " + unit
        case .date:
            let whole = Int(value)
            let (year, month, day) = (whole / 10000, whole / 100 % 100, whole % 100)
            // ISO 8601 writes a date without a year as --MM-DD.
            return (year == 0 ? "-" : "\(year)") + "-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
        }
    }

    /// What must match for two quantities to be "the same measure" (kind and, for a count, the thing counted).
    var measure: String { kind == .count ? "count:" + unit : kind.rawValue }

    /// Unit and qualifier, whose change is a change of unit.
    var unitKey: String { unit + "|" + (qualifier ?? "") }

    static func format(_ value: Double) -> String {
        let value = (value * 10_000).rounded() / 10_000
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    static func cents(_ value: Double) -> String {
        let cents = Int((value * 100).rounded())
        let fraction = abs(cents % 100)
        return "\(cents / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
