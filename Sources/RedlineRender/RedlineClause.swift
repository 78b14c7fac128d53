import RedlineDiff
import RedlineModel

/// One clause of a redline: an alignment of the diff together with the clauses it pairs and its
/// word diffs cut into the parts renderers lay out separately (heading, text, table).
///
/// Every renderer walks these in the diff's order (the new document's order, removed clauses at
/// their old place); the DOCX renderer reorders siblings so that rejecting all changes gives the
/// old order too.
struct RedlineClause: Sendable {
    /// The alignment shown.
    let alignment: NodeAlignment
    /// The first old clause of the alignment.
    let old: ClauseNode?
    /// The first new clause of the alignment.
    let new: ClauseNode?
    /// 0 for top-level divisions.
    let depth: Int
    /// A fragment id unique in the redline: the new clause's id, or `was-` and the old clause's id.
    let anchor: String
    /// The heading's word diff (empty when neither side has a heading, or when ``headingRunIn``).
    let heading: [DiffPiece]
    /// The own text's word diff; it starts with the heading when ``headingRunIn``.
    let text: [DiffPiece]
    /// The table text's word diff, when either side holds a table.
    let table: [DiffPiece]?
    /// For a split or merge: the diff of the old clauses' full text against the new clauses',
    /// clauses separated by line feeds.
    let group: [DiffPiece]?
    /// The subordinate clauses.
    let children: [RedlineClause]
    /// True when a clause above this one was added or removed as a whole (so this one was too,
    /// and needs no tag of its own).
    var insideWhole = false

    /// The alignment's kind.
    var kind: NodeAlignment.Kind { alignment.kind }
    /// `.insert` for an added clause, `.delete` for a removed one, `.equal` otherwise.
    var wholeKind: DiffOperationKind { kind == .added ? .insert : kind == .removed ? .delete : .equal }
    /// The number the old clause had.
    var oldNumber: String? { old?.number?.written }
    /// The number the new clause has.
    var newNumber: String? { new?.number?.written }
    /// True when one side writes the heading run into the text, so ``text`` covers both.
    var headingRunIn: Bool { alignment.textDiffIncludesHeading }
    /// True when the clause is a heading of its own ("A. GENERAL PROVISIONS"), without text.
    var isHeadingOnly: Bool {
        guard let node = new ?? old, group == nil else { return false }
        return !(node.heading?.isEmpty ?? true) && node.text.isEmpty && node.table == nil
    }
    /// The front matter of a document.
    var isFrontMatter: Bool { (new ?? old)?.kind == .preamble }
    /// How many leading rows of the table are header rows.
    var headerRows: Int { ((new ?? old)?.table?.rows ?? []).prefix { $0.isHeader }.count }

    /// The table laid out cell by cell (an added or removed table wholly inserted or deleted), or
    /// nil when neither side has a table.
    func tableLayout(mode: SpanMode) -> TableRedline? {
        guard let table else { return nil }
        if wholeKind != .equal, let whole = (new ?? old)?.table { return TableRedline(whole: whole, kind: wholeKind) }
        return TableRedline(spans: DiffPiece.spans(table, mode: mode), headerRows: headerRows)
    }

    /// The clause's number, heading and (unless left out) text as one line, changes shown in `mode`:
    /// a changed number is the old one deleted and the new one inserted.
    func line(mode: SpanMode, includeHeading: Bool = true, includeText: Bool = true) -> ClauseLine {
        var number: [RedlineSpan] = []
        switch wholeKind {
        case .insert:
            if let new = newNumber { number = [RedlineSpan(.insert, new)] }
        case .delete:
            if let old = oldNumber { number = [RedlineSpan(.delete, old)] }
        case .equal:
            if oldNumber == newNumber {
                if let new = newNumber { number = [RedlineSpan(.equal, new)] }
            } else {
                if let old = oldNumber { number.append(RedlineSpan(.delete, old)) }
                if let new = newNumber { number.append(RedlineSpan(.insert, new)) }
            }
        }
        return ClauseLine(
            number: number, heading: includeHeading ? DiffPiece.spans(heading, mode: mode) : [],
            text: includeText ? DiffPiece.spans(text, mode: mode) : [])
    }
}

/// Builds ``RedlineClause``s from a diff and the documents it compares.
struct RedlineBuilder {
    let context: RenderContext

    /// The top-level clauses.
    ///
    /// - Complexity: O(*n*) in the size of the diff.
    func clauses(_ diff: DocumentDiff) -> [RedlineClause] {
        diff.alignments.map { clause($0, depth: 0) }
    }

    /// One clause and (unless `withChildren` is false) those below it.
    func clause(_ alignment: NodeAlignment, depth: Int, withChildren: Bool = true) -> RedlineClause {
        let old = alignment.old.first.flatMap { context.oldNode($0.id) }
        let new = alignment.new.first.flatMap { context.newNode($0.id) }
        let anchor = alignment.new.first.map(\.id) ?? ("was-" + (alignment.old.first?.id ?? "clause"))
        let own = DiffPiece.pieces(alignment.textDiff)
        if alignment.kind == .split || alignment.kind == .merged {
            return RedlineClause(
                alignment: alignment, old: old, new: new, depth: depth, anchor: anchor, heading: [], text: [],
                table: nil, group: own, children: [])
        }
        var text = own
        var table: [DiffPiece]? = nil
        if hasTable(old) || hasTable(new) {
            let runIn = alignment.textDiffIncludesHeading
            let parts = DiffPiece.split(own, oldOffset: Self.textLength(old, runIn: runIn), newOffset: Self.textLength(new, runIn: runIn))
            text = parts.before
            table = parts.after
        }
        return RedlineClause(
            alignment: alignment, old: old, new: new, depth: depth, anchor: anchor,
            heading: DiffPiece.pieces(alignment.headingDiff), text: text, table: table, group: nil,
            children: withChildren ? alignment.children.map { child in
                var result = clause(child, depth: depth + 1)
                result.insideWhole = alignment.kind == .added || alignment.kind == .removed
                return result
            } : [])
    }

    private func hasTable(_ node: ClauseNode?) -> Bool {
        !(node?.table?.plainText.isEmpty ?? true)
    }

    /// UTF-8 length of what precedes the table in the text the aligner diffed for `node`:
    /// the run-in heading, the own text and the line feed joining it to the table.
    static func textLength(_ node: ClauseNode?, runIn: Bool) -> Int {
        guard let node else { return 0 }
        let text = node.text.plainText
        var length = runIn ? runInHeading(node).utf8.count : 0
        length += text.utf8.count
        if !text.isEmpty && !(node.table?.plainText.isEmpty ?? true) { length += 1 }
        return length
    }

    /// "Heading. " as the aligner writes a heading run into the text (empty without a heading).
    static func runInHeading(_ node: ClauseNode) -> String {
        guard let heading = node.heading?.plainText, !heading.isEmpty else { return "" }
        return heading + joiner(afterHeading: heading)
    }

    /// What joins a heading to the text it runs into: ". ", or a space when the heading already
    /// ends in punctuation ("Step 1 – Informal Review. The chair…", "Notice: The University…").
    static func joiner(afterHeading heading: String) -> String {
        ClauseText.joiner(afterHeading: heading)
    }
}

/// A clause written on one line, the way every redline and the round-trip tests write it:
/// number, a space, heading, the heading's joiner (``RedlineBuilder/joiner(afterHeading:)``), text.
/// Each separator is worked out for both versions, so it is inserted or deleted when only one
/// version needs it.
struct ClauseLine {
    let number: [RedlineSpan]
    let numberSeparator: [RedlineSpan]
    let heading: [RedlineSpan]
    let headingSeparator: [RedlineSpan]
    let text: [RedlineSpan]

    init(number: [RedlineSpan], heading: [RedlineSpan], text: [RedlineSpan]) {
        self.number = number
        self.heading = heading
        self.text = text
        func separators(old: String, new: String) -> [RedlineSpan] {
            if old == new { return old.isEmpty ? [] : [RedlineSpan(.equal, old)] }
            return [RedlineSpan(.delete, old), RedlineSpan(.insert, new)].filter { !$0.text.isEmpty }
        }
        func present(_ text: String) -> Bool { !text.allSatisfy(\.isWhitespace) }
        let oldHeading = heading.rejectedText, newHeading = heading.acceptedText
        let oldText = present(text.rejectedText), newText = present(text.acceptedText)
        numberSeparator = separators(
            old: present(number.rejectedText) && (present(oldHeading) || oldText) ? " " : "",
            new: present(number.acceptedText) && (present(newHeading) || newText) ? " " : "")
        headingSeparator = separators(
            old: present(oldHeading) && oldText ? RedlineBuilder.joiner(afterHeading: oldHeading) : "",
            new: present(newHeading) && newText ? RedlineBuilder.joiner(afterHeading: newHeading) : "")
    }

    /// Everything in order (neighbours not merged, so the parts can be told apart by position).
    var spans: [RedlineSpan] { number + numberSeparator + heading + headingSeparator + text }

    /// Everything in order, neighbours of one kind merged.
    var mergedSpans: [RedlineSpan] {
        var result: [RedlineSpan] = []
        for span in spans { result.appendMerging(span) }
        return result
    }
}
