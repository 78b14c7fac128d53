/// A table (wage scale, step table) kept as rows and cells.
public struct Table: Sendable, Hashable, Codable {
    /// Rows in order; header rows first when the source marks them.
    public let rows: [TableRow]

    /// Creates a table.
    public init(rows: [TableRow]) {
        self.rows = rows
    }

    /// Cells separated by tabs, rows by newlines.
    public var plainText: String {
        rows.map { $0.cells.map(\.text.plainText).joined(separator: "\t") }.joined(separator: "\n")
    }

    /// The number of columns of the widest row (counting spans).
    public var columnCount: Int {
        rows.map { $0.cells.reduce(0) { $0 + $1.columnSpan } }.max() ?? 0
    }
}

/// One row of a ``Table``.
public struct TableRow: Sendable, Hashable, Codable {
    /// The cells, left to right.
    public let cells: [TableCell]
    /// True when the row is a header row.
    public let isHeader: Bool
    /// Where the row starts in the source.
    public let location: SourceLocation

    /// Creates a row.
    public init(cells: [TableCell], isHeader: Bool = false, location: SourceLocation = .unknown) {
        self.cells = cells
        self.isHeader = isHeader
        self.location = location
    }
}

/// One cell of a ``TableRow``.
public struct TableCell: Sendable, Hashable, Codable {
    /// The cell's text.
    public let text: InlineText
    /// How many columns the cell spans (at least 1).
    public let columnSpan: Int

    /// Creates a cell.
    public init(text: InlineText, columnSpan: Int = 1) {
        self.text = text
        self.columnSpan = max(1, columnSpan)
    }
}
