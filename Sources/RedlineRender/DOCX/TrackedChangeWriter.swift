import RedlineDiff

/// Writes the new document's body with tracked changes against the old one: units the
/// ``UnitAligner`` paired are word-diffed and their runs split at change boundaries (inserted text
/// in `w:ins` with the new run's properties, deleted old text as `w:del` runs with the old run's
/// properties), new-only units are inserted with their paragraph marks, old-only ones deleted with
/// theirs, and unchanged paragraphs are copied byte for byte.
struct TrackedChangeWriter {
    /// ` w:author="…" w:date="…"`.
    let stamp: String
    /// Whether old paragraphs may keep their `w:numPr` (only when both packages share a numbering part).
    let keepsOldNumbering: Bool
    /// The next revision id (above every `w:id` of the new document, so none collides).
    var revision: Int
    var out = ""
    /// How many paragraphs and tables were written changed, for the summary.
    private(set) var changedUnits = 0

    init(stamp: String, firstRevision: Int, keepsOldNumbering: Bool) {
        self.stamp = stamp
        self.revision = firstRevision
        self.keepsOldNumbering = keepsOldNumbering
    }

    /// The last paragraph written, held back in case its mark must take an insertion (see ``newParagraph(_:change:markParagraph:)``).
    private var held: (open: String, properties: String?, body: String, markless: Bool)?

    /// Writes the held paragraph.
    mutating func release() {
        guard let paragraph = held else { return }
        held = nil
        out += paragraph.open + (paragraph.properties ?? "") + paragraph.body + "</w:p>"
    }

    /// A fresh revision id.
    mutating func nextID() -> Int {
        defer { revision += 1 }
        return revision
    }

    /// The kinds of tracked change the writer makes.
    enum Change: Equatable {
        case none, insert, delete
        case moveFrom(String), moveTo(String)

        var element: String? {
            switch self {
            case .none: nil
            case .insert: "w:ins"
            case .delete: "w:del"
            case .moveFrom: "w:moveFrom"
            case .moveTo: "w:moveTo"
            }
        }

        /// Deleted text is `w:delText`; moved-away text stays `w:t`.
        var usesDelText: Bool { self == .delete }
    }

    // MARK: Containers

    /// A container (the body or a cell) of the new document against one of the old.
    ///
    /// - Complexity: that of ``UnitAligner/align(old:new:anchors:threshold:)`` plus O(size of both).
    ///
    /// In a table cell (`isCell`), units left unpaired in equal numbers on both sides are paired in
    /// order whatever their similarity, so that a cell's last paragraph is not inserted whole (a
    /// cell's last paragraph mark cannot be removed, so rejecting would leave an empty paragraph).
    mutating func container(old: WordContainer, new: WordContainer, anchors: [(old: Int, new: Int)], isCell: Bool = false) {
        release()
        let script = UnitAligner.align(
            old: old.units.map(Self.signature), new: new.units.map(Self.signature), anchors: anchors,
            pairsLeftovers: isCell)
        let lastUnitChild = new.children.lastIndex { if case .unit = $0 { true } else { false } }
        var trailingWritten = false
        for (position, child) in new.children.enumerated() {
            switch child {
            case .other(let xml):
                release()
                if lastUnitChild == nil && !trailingWritten && xml.hasPrefix("<w:sectPr") {
                    oldSteps(script.before[new.units.count], old: old)
                    trailingWritten = true
                }
                out += xml
            case .unit(let index):
                oldSteps(script.before[index], old: old)
                switch script.newSteps[index] {
                case .pair(let oldIndex): paired(old.units[oldIndex], new.units[index])
                case .insert:
                    whole(new.units[index], change: .insert, last: position == lastUnitChild && script.before[new.units.count].isEmpty)
                case .moveTo(_, let name): whole(new.units[index], change: .moveTo(name))
                }
                if position == lastUnitChild {
                    oldSteps(script.before[new.units.count], old: old)
                    trailingWritten = true
                }
            }
        }
        if !trailingWritten { oldSteps(script.before[new.units.count], old: old) }
        release()
    }

    static func signature(_ unit: WordUnit) -> UnitAligner.Signature {
        UnitAligner.Signature(isTable: unit.isTable, text: unit.text)
    }

    private mutating func oldSteps(_ steps: [UnitScript.OldStep], old: WordContainer) {
        for step in steps {
            release()
            switch step {
            case .delete(let index): oldWhole(old.units[index], change: .delete)
            case .moveFrom(let index, let name): oldWhole(old.units[index], change: .moveFrom(name))
            }
        }
    }

    // MARK: Units

    private mutating func paired(_ old: WordUnit, _ new: WordUnit) {
        switch (old, new) {
        case (.paragraph(let a), .paragraph(let b)): pairedParagraph(a, b)
        case (.table(let a), .table(let b)): pairedTable(a, b)
        default:
            oldWhole(old, change: .delete)
            whole(new, change: .insert)
        }
    }

    /// A new unit written whole as inserted (or moved here).
    private mutating func whole(_ unit: WordUnit, change: Change, last: Bool = false) {
        changedUnits += 1
        switch unit {
        case .paragraph(let paragraph): newParagraph(paragraph, change: change, last: last)
        case .table(let table): wholeTable(table) { $0.newRow($1, change: .insert) }
        }
    }

    /// A table with every row written by `row` (all inserted or all deleted).
    private mutating func wholeTable(_ table: WordTable, row: (inout TrackedChangeWriter, WordRow) -> Void) {
        release()
        out += table.open
        for child in table.children {
            switch child {
            case .other(let xml): out += xml
            case .row(let tableRow): row(&self, tableRow)
            }
        }
        out += "</w:tbl>"
    }

    /// An old unit written whole as deleted (or moved away).
    private mutating func oldWhole(_ unit: WordUnit, change: Change) {
        changedUnits += 1
        switch unit {
        case .paragraph(let paragraph): oldParagraph(paragraph, change: change, markParagraph: true)
        case .table(let table): wholeTable(table) { $0.oldRow($1) }
        }
    }

    // MARK: Paragraphs

    private mutating func pairedParagraph(_ old: WordParagraph, _ new: WordParagraph) {
        let oldText = old.text, newText = new.text
        release()
        if oldText == newText, let verbatim = new.verbatim {
            out += verbatim
            return
        }
        changedUnits += oldText == newText ? 0 : 1
        let segments = Self.segments(oldText, newText)
        var fragments = FragmentWriter(wrappers: new.wrappers)
        var deletions = segments.filter { $0.kind == .delete }[...]
        let newSegments = segments.filter { $0.kind != .delete }
        let end = newText.unicodeScalars.count
        /// The kind of the new character at `position` (a zero-length item there: the segment it starts).
        func kind(at position: Int) -> Change {
            for segment in newSegments where segment.new.lowerBound <= position && position < segment.new.upperBound {
                return segment.kind == .insert ? .insert : .none
            }
            if position >= end, let last = newSegments.last { return last.kind == .insert ? .insert : .none }
            return .none
        }
        let oldRuns = Self.runsWithOffsets(old)
        func flushDeletions(upTo position: Int, including: Bool) {
            while let next = deletions.first, next.new.lowerBound < position || (including && next.new.lowerBound == position) {
                deletions.removeFirst()
                for run in Self.slice(oldRuns, next.old) {
                    if let xml = oldRunXML(run.run, pieces: run.pieces, change: .delete) {
                        fragments.add(xml, change: .delete, wrappers: fragments.currentWrappers)
                    }
                }
            }
        }
        var position = 0
        for item in new.items {
            switch item {
            case .marker(let xml, let wrappers):
                fragments.add(xml, change: .none, wrappers: wrappers)
            case .run(let run, let wrappers):
                // Split the run's pieces where the kind changes or a deletion sits.
                var chunk: [RunPiece] = []
                var chunkKind: Change? = nil
                var wholeRun = true
                func flushChunk() {
                    guard let kind = chunkKind else { return }
                    let xml = wholeRun && kind == .none && run.verbatim != nil
                        ? run.verbatim! : run.open + run.properties + chunk.map(Self.pieceXML).joined() + "</w:r>"
                    fragments.add(xml, change: kind, wrappers: wrappers)
                    chunk = []
                    chunkKind = nil
                }
                if run.pieces.isEmpty {
                    chunkKind = kind(at: position)
                    flushChunk()
                    continue
                }
                for piece in run.pieces {
                    let length = piece.text.unicodeScalars.count
                    if length == 0 {
                        let k = kind(at: position)
                        if chunkKind != nil && chunkKind != k { wholeRun = false; flushChunk() }
                        chunkKind = k
                        chunk.append(piece)
                        continue
                    }
                    guard case .text(let text) = piece else {
                        // A one-character atom (tab, break, symbol).
                        let k = kind(at: position)
                        if deletions.first.map({ $0.new.lowerBound <= position }) ?? false {
                            if chunkKind != nil { wholeRun = false; flushChunk() }
                            flushDeletions(upTo: position, including: true)
                        }
                        if chunkKind != nil && chunkKind != k { wholeRun = false; flushChunk() }
                        chunkKind = k
                        chunk.append(piece)
                        position += length
                        continue
                    }
                    var scalars = Substring(text).unicodeScalars[...]
                    var start = position
                    while !scalars.isEmpty {
                        if deletions.first.map({ $0.new.lowerBound <= start }) ?? false {
                            if chunkKind != nil { wholeRun = false; flushChunk() }
                            flushDeletions(upTo: start, including: true)
                        }
                        let k = kind(at: start)
                        // How far this kind goes.
                        var stop = start + scalars.count
                        for segment in newSegments where segment.new.lowerBound > start && segment.new.lowerBound < stop {
                            stop = segment.new.lowerBound
                            break
                        }
                        if let next = deletions.first, next.new.lowerBound > start, next.new.lowerBound < stop { stop = next.new.lowerBound }
                        let count = stop - start
                        let cut = scalars.index(scalars.startIndex, offsetBy: count)
                        if chunkKind != nil && chunkKind != k { wholeRun = false; flushChunk() }
                        if count < text.unicodeScalars.count { wholeRun = false }
                        chunkKind = k
                        chunk.append(.text(String(String.UnicodeScalarView(scalars[..<cut]))))
                        scalars = scalars[cut...]
                        start = stop
                    }
                    position = start
                }
                flushChunk()
            }
        }
        flushDeletions(upTo: Int.max, including: true)
        held = (new.open, new.properties, fragments.finish(&self), true)
    }

    /// A new paragraph written whole with `change` (its runs and, with `markParagraph`, its mark:
    /// not in the cells of an inserted row, whose row mark covers them).
    ///
    /// When the paragraph before an inserted one has an untracked mark and ends with inserted
    /// text, that paragraph's mark takes the insertion instead (as Word records Enter pressed at
    /// the end of a paragraph): LibreOffice joins the two adjacent insertions into one, and
    /// rejecting it would otherwise also remove the mark before them. Accept All is the same
    /// either way; Reject All gives the same text.
    private mutating func newParagraph(_ paragraph: WordParagraph, change: Change, markParagraph: Bool = true, last: Bool = false) {
        var properties = paragraph.properties ?? ""
        var markless = !markParagraph
        if markParagraph {
            let mark = markXML(change)
            if change == .insert, var previous = held, previous.markless, last || previous.body.hasSuffix("</w:ins>") {
                previous.properties = Self.markingParagraph(previous.properties, mark: mark)
                held = previous
                markless = true
            } else {
                properties = Self.markingParagraph(paragraph.properties, mark: mark)
            }
        }
        release()
        var fragments = FragmentWriter(wrappers: paragraph.wrappers)
        let range = markParagraph ? moveRange(change) : nil
        if let range { fragments.add(range.start, change: .none, wrappers: []) }
        for item in paragraph.items {
            switch item {
            case .marker(let xml, let wrappers): fragments.add(xml, change: .none, wrappers: wrappers)
            case .run(let run, let wrappers):
                fragments.add(run.verbatim ?? (run.open + run.properties + run.pieces.map(Self.pieceXML).joined() + "</w:r>"),
                              change: change, wrappers: wrappers)
            }
        }
        if let range { fragments.add(range.end, change: .none, wrappers: []) }
        held = (paragraph.open, properties, fragments.finish(&self), markless && change == .insert)
    }

    /// An old paragraph written whole as deleted (`markParagraph`: its mark too).
    private mutating func oldParagraph(_ paragraph: WordParagraph, change: Change, markParagraph: Bool) {
        release()
        out += "<w:p>"
        let properties = sanitizedOldProperties(paragraph.properties)
        out += markParagraph ? Self.markingParagraph(properties, mark: markXML(change)) : (properties ?? "")
        var fragments = FragmentWriter(wrappers: [])
        let range = moveRange(change)
        if let range { fragments.add(range.start, change: .none, wrappers: []) }
        for case .run(let run, _) in paragraph.items {
            if let xml = oldRunXML(run, pieces: run.pieces, change: change) { fragments.add(xml, change: change, wrappers: []) }
        }
        if let range { fragments.add(range.end, change: .none, wrappers: []) }
        out += fragments.finish(&self)
        out += "</w:p>"
    }

    /// The move range markers around a moved paragraph.
    private mutating func moveRange(_ change: Change) -> (start: String, end: String)? {
        switch change {
        case .moveFrom(let name), .moveTo(let name):
            let element = change.element! + "Range"
            let id = nextID()
            return ("<\(element)Start w:id=\"\(id)\"\(stamp) w:name=\"\(name)\"/>", "<\(element)End w:id=\"\(id)\"/>")
        default: return nil
        }
    }

    /// `<w:ins w:id="…" w:author="…" w:date="…"/>` for a paragraph or row mark.
    private mutating func markXML(_ change: Change) -> String {
        guard let element = change.element else { return "" }
        return "<\(element) w:id=\"\(nextID())\"\(stamp)/>"
    }

    /// Old paragraph properties fit for the new package: no section break (the new document has
    /// its own), no numbering unless both share a numbering part, no property change history.
    private func sanitizedOldProperties(_ properties: String?) -> String? {
        guard let properties, let xml = RawXML(Array(properties.utf8)) else { return nil }
        var drop: Set<String> = ["w:sectPr", "w:pPrChange"]
        if !keepsOldNumbering { drop.insert("w:numPr") }
        var result = ""
        var position = 0
        for child in xml.root.children where drop.contains(child.name) {
            result += xml.string(position..<child.range.lowerBound)
            position = child.range.upperBound
        }
        return result + xml.string(position..<xml.bytes.count)
    }

    /// `properties` (a `w:pPr` or nil) with `mark` first in its paragraph-mark `w:rPr`.
    static func markingParagraph(_ properties: String?, mark: String) -> String {
        guard !mark.isEmpty else { return properties ?? "" }
        guard let properties, let xml = RawXML(Array(properties.utf8)) else { return "<w:pPr><w:rPr>\(mark)</w:rPr></w:pPr>" }
        let root = xml.root
        if root.contentStart == root.range.upperBound { return "<w:pPr><w:rPr>\(mark)</w:rPr></w:pPr>" }
        if let rPr = root.child("w:rPr") {
            if rPr.contentStart == rPr.range.upperBound {
                return xml.string(0..<rPr.range.lowerBound) + "<w:rPr>\(mark)</w:rPr>" + xml.string(rPr.range.upperBound..<xml.bytes.count)
            }
            return xml.string(0..<rPr.contentStart) + mark + xml.string(rPr.contentStart..<xml.bytes.count)
        }
        // w:rPr comes before w:sectPr and w:pPrChange, after everything else.
        let at = root.children.first { $0.name == "w:sectPr" || $0.name == "w:pPrChange" }?.range.lowerBound ?? root.contentEnd
        return xml.string(0..<at) + "<w:rPr>\(mark)</w:rPr>" + xml.string(at..<xml.bytes.count)
    }

    // MARK: Runs

    static func pieceXML(_ piece: RunPiece) -> String {
        switch piece {
        case .text(let text): "<w:t xml:space=\"preserve\">\(text.markupEscaped)</w:t>"
        case .atom(let xml, _, _): xml
        }
    }

    /// An old run's pieces as deleted (or moved-away) content; nil when nothing of it survives.
    private func oldRunXML(_ run: WordRun, pieces: [RunPiece], change: Change) -> String? {
        var body = ""
        for piece in pieces {
            switch piece {
            case .text(let text) where !text.isEmpty:
                let element = change.usesDelText ? "w:delText" : "w:t"
                body += "<\(element) xml:space=\"preserve\">\(text.markupEscaped)</\(element)>"
            case .atom(let xml, _, let keeps) where keeps: body += xml
            default: continue
            }
        }
        return body.isEmpty ? nil : "<w:r>" + run.properties + body + "</w:r>"
    }

    /// A paragraph's runs with the character offset at which each starts.
    private static func runsWithOffsets(_ paragraph: WordParagraph) -> [(start: Int, run: WordRun)] {
        var result: [(start: Int, run: WordRun)] = []
        var position = 0
        for case .run(let run, _) in paragraph.items {
            result.append((position, run))
            position += run.pieces.reduce(0) { $0 + $1.text.unicodeScalars.count }
        }
        return result
    }

    /// The parts of runs that cover the character range `range`, pieces cut at its ends.
    private static func slice(_ runs: [(start: Int, run: WordRun)], _ range: Range<Int>) -> [(run: WordRun, pieces: [RunPiece])] {
        var result: [(run: WordRun, pieces: [RunPiece])] = []
        for (start, run) in runs {
            var position = start
            var pieces: [RunPiece] = []
            for piece in run.pieces {
                let length = piece.text.unicodeScalars.count
                defer { position += length }
                let lower = max(position, range.lowerBound), upper = min(position + length, range.upperBound)
                guard lower < upper else { continue }
                if case .text(let text) = piece, upper - lower < length {
                    let scalars = text.unicodeScalars
                    let from = scalars.index(scalars.startIndex, offsetBy: lower - position)
                    let to = scalars.index(scalars.startIndex, offsetBy: upper - position)
                    pieces.append(.text(String(scalars[from..<to])))
                } else {
                    pieces.append(piece)
                }
            }
            if !pieces.isEmpty { result.append((run, pieces)) }
        }
        return result
    }

    /// A change segment in character (Unicode scalar) offsets of both texts.
    struct Segment {
        var kind: DiffOperationKind
        var old: Range<Int>
        var new: Range<Int>
    }

    /// The word diff of two paragraph texts as character ranges. Falls back to "all old deleted,
    /// all new inserted" if the operations do not tile both texts.
    ///
    /// - Complexity: that of ``WordDiff/diff(_:_:options:)``.
    static func segments(_ old: String, _ new: String) -> [Segment] {
        let oldCount = old.unicodeScalars.count, newCount = new.unicodeScalars.count
        let diff = WordDiff.diff(old, new)
        var result: [Segment] = []
        var a = 0, b = 0
        var oldText = "", newText = ""
        for operation in diff.operations {
            let source = operation.sourceText, target = operation.resultText
            if operation.kind == .equal && source != target {
                let (s, t) = (source.unicodeScalars.count, target.unicodeScalars.count)
                result.append(Segment(kind: .delete, old: a..<(a + s), new: b..<b))
                result.append(Segment(kind: .insert, old: (a + s)..<(a + s), new: b..<(b + t)))
                a += s; b += t
            } else {
                let s = source.unicodeScalars.count, t = target.unicodeScalars.count
                result.append(Segment(kind: operation.kind, old: a..<(a + s), new: b..<(b + t)))
                a += s; b += t
            }
            oldText += source
            newText += target
        }
        guard oldText == old, newText == new, a == oldCount, b == newCount else {
            return [Segment(kind: .delete, old: 0..<oldCount, new: 0..<0), Segment(kind: .insert, old: oldCount..<oldCount, new: 0..<newCount)]
        }
        return result.filter { !$0.old.isEmpty || !$0.new.isEmpty }
    }

    // MARK: Tables

    private mutating func pairedTable(_ old: WordTable, _ new: WordTable) {
        let oldRows = old.rows, newRows = new.rows
        let script = UnitAligner.align(
            old: oldRows.map { UnitAligner.Signature(isTable: false, text: $0.text) },
            new: newRows.map { UnitAligner.Signature(isTable: false, text: $0.text) }, anchors: [], threshold: 0.3)
        release()
        out += new.open
        var rowIndex = 0
        for child in new.children {
            switch child {
            case .other(let xml): out += xml
            case .row(let row):
                for step in script.before[rowIndex] { if case .delete(let index) = step { oldRow(oldRows[index]) } }
                switch script.newSteps[rowIndex] {
                case .pair(let index) where oldRows[index].cells.count == row.cells.count:
                    pairedRow(oldRows[index], row)
                case .pair(let index):
                    oldRow(oldRows[index])
                    newRow(row, change: .insert)
                default: newRow(row, change: .insert)
                }
                rowIndex += 1
            }
        }
        for step in script.before[newRows.count] { if case .delete(let index) = step { oldRow(oldRows[index]) } }
        out += "</w:tbl>"
    }

    private mutating func pairedRow(_ old: WordRow, _ new: WordRow) {
        release()
        out += new.open + (new.exceptions ?? "") + (new.properties ?? "")
        let oldCells = old.cells
        var cellIndex = 0
        for child in new.children {
            switch child {
            case .other(let xml): out += xml
            case .cell(let cell):
                out += cell.open
                container(old: oldCells[cellIndex].content, new: cell.content, anchors: [], isCell: true)
                out += "</w:tc>"
                cellIndex += 1
            }
        }
        out += "</w:tr>"
    }

    /// A new row, inserted: its row mark and every run.
    private mutating func newRow(_ row: WordRow, change: Change) {
        changedUnits += 1
        release()
        out += row.open + (row.exceptions ?? "") + Self.markingRow(row.properties, mark: markXML(change))
        for child in row.children {
            switch child {
            case .other(let xml): out += xml
            case .cell(let cell):
                out += cell.open
                cellContent(cell.content) { writer, unit in
                    switch unit {
                    case .paragraph(let paragraph): writer.newParagraph(paragraph, change: .insert, markParagraph: false)
                    case .table: writer.whole(unit, change: .insert)
                    }
                }
                release()
                out += "</w:tc>"
            }
        }
        out += "</w:tr>"
    }

    /// An old row, deleted: its row mark and every run.
    private mutating func oldRow(_ row: WordRow) {
        changedUnits += 1
        release()
        out += row.open + Self.markingRow(row.properties, mark: markXML(.delete))
        for case .cell(let cell) in row.children {
            out += cell.open
            var endsWithParagraph = false
            for child in cell.content.children {
                switch child {
                case .other(let xml): if xml.hasPrefix("<w:tcPr") { out += xml }
                case .unit(let index):
                    switch cell.content.units[index] {
                    case .paragraph(let paragraph):
                        oldParagraph(paragraph, change: .delete, markParagraph: false)
                        endsWithParagraph = true
                    case .table(let table):
                        oldWhole(.table(table), change: .delete)
                        endsWithParagraph = false
                    }
                }
            }
            release()
            if !endsWithParagraph { out += "<w:p/>" }
            out += "</w:tc>"
        }
        out += "</w:tr>"
    }

    private mutating func cellContent(_ content: WordContainer, _ unit: (inout TrackedChangeWriter, WordUnit) -> Void) {
        for child in content.children {
            switch child {
            case .other(let xml):
                release()
                out += xml
            case .unit(let index): unit(&self, content.units[index])
            }
        }
    }

    /// `properties` (a `w:trPr` or nil) with `mark` after its other children.
    static func markingRow(_ properties: String?, mark: String) -> String {
        guard let properties, let xml = RawXML(Array(properties.utf8)) else { return "<w:trPr>\(mark)</w:trPr>" }
        let root = xml.root
        if root.contentStart == root.range.upperBound { return "<w:trPr>\(mark)</w:trPr>" }
        let at = root.children.first { $0.name == "w:trPrChange" }?.range.lowerBound ?? root.contentEnd
        return xml.string(0..<at) + mark + xml.string(at..<xml.bytes.count)
    }
}

/// Collects a paragraph's content as runs and markers inside wrappers and change elements, and
/// writes it with each wrapper and change element opened and closed as few times as possible.
struct FragmentWriter {
    let wrappers: [InlineWrapper]
    private var fragments: [(xml: String, change: TrackedChangeWriter.Change, wrappers: [Int])] = []

    init(wrappers: [InlineWrapper]) { self.wrappers = wrappers }

    /// The wrappers the last fragment is in.
    var currentWrappers: [Int] { fragments.last?.wrappers ?? [] }

    mutating func add(_ xml: String, change: TrackedChangeWriter.Change, wrappers: [Int]) {
        fragments.append((xml, change, wrappers))
    }

    /// The XML; revision ids come from `writer`.
    func finish(_ writer: inout TrackedChangeWriter) -> String {
        var out = ""
        var open: [Int] = []
        var change: TrackedChangeWriter.Change = .none
        func closeChange() {
            if let element = Self.element(change) { out += "</\(element)>" }
            change = .none
        }
        for fragment in fragments {
            if fragment.wrappers != open {
                closeChange()
                var common = 0
                while common < open.count && common < fragment.wrappers.count && open[common] == fragment.wrappers[common] { common += 1 }
                for index in open[common...].reversed() { out += wrappers[index].close }
                for index in fragment.wrappers[common...] { out += wrappers[index].open }
                open = fragment.wrappers
            }
            if fragment.change != change {
                closeChange()
                if let element = Self.element(fragment.change) {
                    out += "<\(element) w:id=\"\(writer.nextID())\"\(writer.stamp)>"
                }
                change = fragment.change
            }
            out += fragment.xml
        }
        closeChange()
        for index in open.reversed() { out += wrappers[index].close }
        return out
    }

    private static func element(_ change: TrackedChangeWriter.Change) -> String? { change.element }
}

