/// Text with inline formatting, as a sequence of runs.
///
/// Proposals show their changes with formatting (underline for added text,
/// strike-through for deleted text), so the runs keep it.
public struct InlineText: Sendable, Hashable, Codable, ExpressibleByStringLiteral {
    /// The runs, adjacent runs with equal style and link merged.
    public let runs: [InlineRun]

    /// Creates text from runs, merging neighbours that share style and link.
    public init(runs: [InlineRun] = []) {
        var merged: [InlineRun] = []
        for run in runs where !run.text.isEmpty {
            if let last = merged.last, last.style == run.style, last.link == run.link {
                merged[merged.count - 1] = InlineRun(last.text + run.text, style: run.style, link: run.link)
            } else {
                merged.append(run)
            }
        }
        self.runs = merged
    }

    /// Creates unformatted text.
    public init(stringLiteral value: String) {
        self.init(runs: [InlineRun(value)])
    }

    /// Creates unformatted text.
    public init(_ plain: String) {
        self.init(runs: [InlineRun(plain)])
    }

    /// The text without formatting.
    public var plainText: String { runs.map(\.text).joined() }

    /// True when there is no text.
    public var isEmpty: Bool { runs.isEmpty }

    /// True when any run has one of the given styles.
    public func contains(style: InlineStyle) -> Bool {
        runs.contains { !$0.style.isDisjoint(with: style) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(runs)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(runs: try container.decode([InlineRun].self))
    }
}

/// A stretch of text with one style.
public struct InlineRun: Sendable, Hashable, Codable {
    /// The characters.
    public let text: String
    /// Emphasis, underline, strike-through and so on.
    public let style: InlineStyle
    /// The link target if the run is a hyperlink.
    public let link: String?

    /// Creates a run.
    public init(_ text: String, style: InlineStyle = [], link: String? = nil) {
        self.text = text
        self.style = style
        self.link = link
    }

    private enum CodingKeys: String, CodingKey { case text, style, link }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        if !style.isEmpty { try container.encode(style, forKey: .style) }
        try container.encodeIfPresent(link, forKey: .link)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        style = try container.decodeIfPresent(InlineStyle.self, forKey: .style) ?? []
        link = try container.decodeIfPresent(String.self, forKey: .link)
    }
}

/// Inline formatting flags.
public struct InlineStyle: OptionSet, Sendable, Hashable, Codable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold.
    public static let bold = InlineStyle(rawValue: 1 << 0)
    /// Italic or emphasis.
    public static let italic = InlineStyle(rawValue: 1 << 1)
    /// Underline; in proposals, usually added text.
    public static let underline = InlineStyle(rawValue: 1 << 2)
    /// Strike-through; in proposals, usually deleted text.
    public static let strikethrough = InlineStyle(rawValue: 1 << 3)
    /// Superscript ("1st").
    public static let superscript = InlineStyle(rawValue: 1 << 4)
    /// Subscript.
    public static let `subscript` = InlineStyle(rawValue: 1 << 5)

    /// Names used in JSON, in a fixed order.
    public static let names: [(InlineStyle, String)] = [
        (.bold, "bold"), (.italic, "italic"), (.underline, "underline"),
        (.strikethrough, "strikethrough"), (.superscript, "superscript"), (.subscript, "subscript"),
    ]

    /// The style names, in a fixed order.
    public var nameList: [String] { Self.names.filter { contains($0.0) }.map(\.1) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(nameList)
    }

    public init(from decoder: any Decoder) throws {
        let names = try decoder.singleValueContainer().decode([String].self)
        var style: InlineStyle = []
        for (flag, name) in Self.names where names.contains(name) { style.insert(flag) }
        self = style
    }
}
