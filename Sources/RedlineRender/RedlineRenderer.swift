import Foundation
import RedlineAnalysis
import RedlineDiff
import RedlineModel

/// Turns a ``DocumentDiff`` into a redline file: HTML, Word tracked changes, Markdown,
/// terminal text or JSON. Each format is one conforming type; the CLI picks one with `--format`.
///
/// ```swift
/// let diff = DocumentComparer.compare(old: current, new: proposal)
/// let context = RenderContext(old: current, new: proposal, oldLabel: "Current contract", newLabel: "UC proposal")
/// let html = try HTMLRedlineRenderer().render(diff, context: context)
/// ```
///
/// Renderers are pure: the same diff and context give the same bytes.
public protocol RedlineRenderer: Sendable {
    /// Renders `diff`, whose alignments refer to the clauses of `context.old` and `context.new`.
    func render(_ diff: DocumentDiff, context: RenderContext) throws -> Data
}

/// What a renderer needs besides the diff: both documents (for full clause text and tables),
/// labels for the header, the author and date of tracked changes, and whether colour is allowed.
public struct RenderContext: Sendable {
    /// The old document, as compared.
    public let old: ContractDocument
    /// The new document, as compared.
    public let new: ContractDocument
    /// How the old document is named in headers ("Current contract 2022–2025").
    public var oldLabel: String
    /// How the new document is named in headers ("UC proposal, May 8 2025").
    public var newLabel: String
    /// The author of tracked changes (DOCX) and of the redline.
    public var author: String
    /// The date stamped on tracked changes and in headers. Pass a fixed date for reproducible output.
    public var date: Date
    /// Whether terminal output may use ANSI colour (the CLI decides: a TTY and `NO_COLOR` unset).
    public var colour: Bool
    /// The BCP 47 language of the documents (`lang` in HTML, `w:lang` in DOCX).
    public var language: String
    /// What the change means in substance (``DiffAnalyzer``); when not empty, HTML, Markdown and
    /// terminal redlines open with a "What changed in substance" section and JSON has a `findings` array.
    public var findings: [ChangeFinding] = []

    /// Old clauses by id.
    let oldNodes: [String: ClauseNode]
    /// New clauses by id.
    let newNodes: [String: ClauseNode]

    /// Creates a context. Labels default to the documents' titles.
    ///
    /// - Complexity: O(*n*) in the number of clauses of both documents (they are indexed by id).
    public init(
        old: ContractDocument, new: ContractDocument, oldLabel: String? = nil, newLabel: String? = nil,
        author: String = "Redline", date: Date = Date(timeIntervalSince1970: 0), colour: Bool = false,
        language: String = "en"
    ) {
        self.old = old
        self.new = new
        self.oldLabel = oldLabel ?? old.title ?? "Old version"
        self.newLabel = newLabel ?? new.title ?? "New version"
        self.author = author
        self.date = date
        self.colour = colour
        self.language = language
        oldNodes = Self.index(old)
        newNodes = Self.index(new)
    }

    /// The old clause with this id.
    ///
    /// - Complexity: O(1).
    public func oldNode(_ id: String) -> ClauseNode? { oldNodes[id] }

    /// The new clause with this id.
    ///
    /// - Complexity: O(1).
    public func newNode(_ id: String) -> ClauseNode? { newNodes[id] }

    private static func index(_ document: ContractDocument) -> [String: ClauseNode] {
        var nodes: [String: ClauseNode] = [:]
        document.walk { node, _ in
            if nodes[node.id] == nil { nodes[node.id] = node }
            return .visitChildren
        }
        return nodes
    }

    /// The date as `YYYY-MM-DD` (UTC).
    var dayString: String { Self.isoFormatter(dateOnly: true).string(from: date) }
    /// The date as `YYYY-MM-DDTHH:MM:SSZ` (UTC), the form WordprocessingML wants.
    var timestampString: String { Self.isoFormatter(dateOnly: false).string(from: date) }

    private static func isoFormatter(dateOnly: Bool) -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = dateOnly ? [.withFullDate] : [.withInternetDateTime]
        return formatter
    }
}

/// Why a redline could not be rendered.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public let description: String

    /// Creates an error.
    public init(_ description: String) {
        self.description = description
    }
}
