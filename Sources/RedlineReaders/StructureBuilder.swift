import RedlineModel

/// Turns the flat blocks of any reader into the clause tree: finds the articles,
/// assigns every numbered block a level, attaches text and tables, then gives every
/// node an id and recognises cross-references.
struct StructureBuilder {
    let blocks: [Block]
    /// Title from metadata, `<title>` or front matter.
    let title: String?

    /// A node under construction.
    final class Draft {
        var kind: ClauseKind
        var number: ClauseNumber?
        var heading: [InlineRun]?
        var text: [InlineRun] = []
        var table: Table?
        let location: SourceLocation
        var children: [Draft] = []
        // Solver state.
        var key: SchemeKey?
        var headingLevel: Int?
        var isHeading = false
        var fromList = false
        var awaitingText = false

        init(kind: ClauseKind, number: ClauseNumber? = nil, location: SourceLocation) {
            self.kind = kind
            self.number = number
            self.location = location
        }
    }

    enum Failure: Error {
        case noArticle
    }

    /// Builds the top-level nodes.
    func build() throws -> [Draft] {
        let labels = blocks.map(label(of:))
        var topIndices = topLevelDivisions(labels)
        var synthesized: Draft?
        if topIndices.isEmpty {
            // A single article exported on its own: its number is in the title.
            if let title, let match = LabelParser.parse(title), match.division == .article,
                let number = match.candidates.first
            {
                let draft = Draft(kind: .article, number: number, location: blocks.first?.location ?? .unknown)
                let heading = String(title.unicodeScalars.dropFirst(match.remainderOffset)).trimmingWhitespace()
                draft.heading = heading.isEmpty ? nil : [InlineRun(heading)]
                synthesized = draft
            } else {
                topIndices = numberedTopHeadings(labels)
            }
        }
        if topIndices.isEmpty && synthesized == nil {
            // One unnumbered article under the document's heading, if it has one.
            guard let headingIndex = blocks.firstIndex(where: { $0.isHeadingElement }) ?? (title != nil ? -1 : nil)
            else { throw Failure.noArticle }
            let draft = Draft(kind: .article, location: blocks.first?.location ?? .unknown)
            if headingIndex >= 0 {
                draft.heading = trimRuns(blocks[headingIndex].runs)
                return try assemble(labels: labels, top: [], synthesized: draft, skip: [headingIndex])
            }
            draft.heading = title.map { [InlineRun($0)] }
            synthesized = draft
        }
        return try assemble(labels: labels, top: Set(topIndices), synthesized: synthesized, skip: [])
    }

    private func label(of block: Block) -> LabelMatch? {
        if let listNumber = block.listNumber {
            return LabelMatch(
                division: .init(markupPrefix: listNumber.prefix), candidates: [listNumber], remainderOffset: 0,
                hadDelimiter: true)
        }
        if case .table = block.kind { return nil }
        return LabelParser.parse(scalars: block.leadingScalars())
    }

    // MARK: Finding the articles

    /// Indices of blocks that open an article, appendix or side letter.
    private func topLevelDivisions(_ labels: [LabelMatch?]) -> [Int] {
        var indices: [Int] = []
        for (index, match) in labels.enumerated() {
            guard let match, match.division != .plain, match.division != .section else { continue }
            let block = blocks[index]
            let remainder = remainderRuns(block, match)
            let remainderText = remainder.map(\.text).joined()
            let qualifies =
                remainderText.isEmpty || block.isHeadingElement
                || (match.hadDelimiter && HeadingHeuristics.wordCount(remainderText) <= HeadingHeuristics.maxHeadingWords)
                || HeadingHeuristics.isHeading(remainder, isHeadingElement: false, introducesText: true)
            if qualifies && !looksLikeTableOfContents(remainderText, block: block) { indices.append(index) }
        }
        // A run of three or more division headings with nothing between them is a table of contents.
        // When the body's first heading follows the contents directly, its label repeats the run's
        // first label ("Article 1" again): the body starts there.
        var result: [Int] = []
        var run: [Int] = []
        func key(_ index: Int) -> String? {
            guard let match = labels[index], let number = match.candidates.first else { return nil }
            return "\(match.division)#\(number.normalized)"
        }
        func flush() {
            if run.count < 3 {
                result += run
            } else if let first = key(run[0]), let repeated = run.dropFirst().firstIndex(where: { key($0) == first }) {
                result += run[repeated...]
            }
            run.removeAll()
        }
        for index in indices {
            if let last = run.last, index - last > 1, !onlyHeadingBetween(last, index) { flush() }
            run.append(index)
        }
        flush()
        return result
    }

    private func onlyHeadingBetween(_ first: Int, _ second: Int) -> Bool {
        // "ARTICLE 1" / "RECOGNITION" / "ARTICLE 2" / "APPOINTMENTS": headings on their own lines.
        second - first == 2 && LabelParser.parse(blocks[first].plainText).map { remainderRuns(blocks[first], $0).isEmpty } == true
            && HeadingHeuristics.wordCount(blocks[first + 1].plainText) <= HeadingHeuristics.maxHeadingWords
    }

    private func looksLikeTableOfContents(_ text: String, block: Block) -> Bool {
        // "Grievance and Arbitration ........ 14" or a link to an anchor in the same file.
        if text.contains("....") || text.contains("\t") { return true }
        if let last = text.split(separator: " ").last, last.allSatisfy(\.isNumber), text.contains("..") { return true }
        return block.runs.allSatisfy { $0.link?.hasPrefix("#") == true }
    }

    /// Fallback for contracts without the word "Article": top-level headings numbered "12. Grievance".
    /// The articles are the numbered headings of the highest rank that has any.
    private func numberedTopHeadings(_ labels: [LabelMatch?]) -> [Int] {
        var candidates: [(index: Int, rank: Int)] = []
        for (index, match) in labels.enumerated() {
            guard let match, let number = match.candidates.first, number.style == .arabic,
                number.delimiter == .period || number.delimiter == .none, blocks[index].listNumber == nil
            else { continue }
            let block = blocks[index]
            let remainder = remainderRuns(block, match)
            guard !remainder.isEmpty else { continue }
            if let level = block.headingLevel {
                candidates.append((index, level))
            } else if HeadingHeuristics.isAllCaps(remainder.map(\.text).joined()) {
                candidates.append((index, 7))
            }
        }
        guard let rank = candidates.map(\.rank).min() else { return [] }
        let indices = candidates.filter { $0.rank == rank }.map(\.index)
        return indices.count >= 2 ? indices : []
    }

    // MARK: Assembling

    private func remainderRuns(_ block: Block, _ match: LabelMatch) -> [InlineRun] {
        trimRuns(splitRuns(block.runs, at: match.remainderOffset).tail)
    }

    private func assemble(labels: [LabelMatch?], top: Set<Int>, synthesized: Draft?, skip: Set<Int>) throws -> [Draft] {
        var result: [Draft] = []
        var preamble: Draft?
        var stack: [Draft] = []
        if let synthesized {
            result.append(synthesized)
            stack = [synthesized]
        }
        var index = 0
        while index < blocks.count {
            defer { index += 1 }
            if skip.contains(index) { continue }
            let block = blocks[index]
            if top.contains(index), let match = labels[index] {
                let draft = Draft(kind: kind(of: match.division), number: match.candidates.first, location: block.location)
                draft.headingLevel = block.headingLevel
                var heading = remainderRuns(block, match)
                if heading.isEmpty, index + 1 < blocks.count, !top.contains(index + 1), labels[index + 1] == nil,
                    HeadingHeuristics.isHeading(
                        blocks[index + 1].runs, isHeadingElement: blocks[index + 1].isHeadingElement, introducesText: true)
                {
                    heading = trimRuns(blocks[index + 1].runs)
                    index += 1
                }
                draft.heading = heading.isEmpty ? nil : heading
                result.append(draft)
                stack = [draft]
                continue
            }
            guard !stack.isEmpty else {
                // Before the first article: the preamble.
                if preamble == nil {
                    preamble = Draft(kind: .preamble, location: block.location)
                    result.append(preamble!)
                }
                preamble!.children.append(unnumbered(block, kind: block.kind == .table ? .table : .text))
                continue
            }
            let nextIsText = index + 1 < blocks.count && labels[index + 1] == nil && !blocks[index + 1].isHeadingElement
                && blocks[index + 1].table == nil
            if index + 1 < blocks.count, blocks[index + 1].table != nil, block.table == nil, labels[index] == nil,
                !block.isHeadingElement
            {
                // A line right above a table is its caption, not a heading.
                stack.last!.children.append(unnumbered(block, kind: .text))
                continue
            }
            let pieces = splitRunTogetherClauses(block, label: labels[index], stack: stack)
            for (offset, piece) in pieces.enumerated() {
                let isLast = offset == pieces.count - 1
                let pieceLabel = offset == 0 ? labels[index] : label(of: piece)
                let following = isLast ? nextLabel(after: index, labels: labels, top: top)
                    : (label(of: pieces[offset + 1])?.candidates ?? [])
                place(piece, label: pieceLabel, nextLabel: following, nextIsText: isLast ? nextIsText : false, stack: &stack)
            }
        }
        return result
    }

    /// Splits a paragraph that holds several numbered clauses run together.
    private func splitRunTogetherClauses(_ block: Block, label: LabelMatch?, stack: [Draft]) -> [Block] {
        switch block.kind {
        case .paragraph, .listItem: break
        default: return [block]
        }
        let offsets = InlineEnumeration.splitPoints(
            in: block.plainText, leading: label?.candidates ?? [], open: stack.compactMap(\.number))
        return InlineEnumeration.split(block, at: offsets)
    }

    private func nextLabel(after index: Int, labels: [LabelMatch?], top: Set<Int>) -> [ClauseNumber] {
        var next = index + 1
        while next < blocks.count, next - index < 40 {
            if top.contains(next) { return [] }
            if let match = labels[next], match.division == .plain || match.division == .section {
                return match.candidates
            }
            next += 1
        }
        return []
    }

    private func kind(of division: LabelMatch.Division) -> ClauseKind {
        switch division {
        case .appendix: .appendix
        case .sideLetter: .sideLetter
        default: .article
        }
    }

    private func unnumbered(_ block: Block, kind: ClauseKind) -> Draft {
        let draft = Draft(kind: kind, location: block.location)
        draft.text = trimRuns(block.runs)
        draft.table = block.table
        return draft
    }

    /// Places one block below the current article.
    private func place(
        _ block: Block, label: LabelMatch?, nextLabel: [ClauseNumber], nextIsText: Bool, stack: inout [Draft]
    ) {
        if case .table = block.kind {
            stack.last!.children.append(unnumbered(block, kind: .table))
            return
        }
        // Leaving a list closes the levels the list opened; leaving a nested list, the levels it opened.
        while stack.count > 1, stack.last!.fromList,
            block.listDepth == 0 || (stack.last!.key?.listDepth ?? 0) > block.listDepth
        { stack.removeLast() }
        guard let label, !label.candidates.isEmpty,
            let decision = DepthSolver.decide(
                candidates: label.candidates, listDepth: block.listNumber == nil ? 0 : block.listDepth,
                headingLevel: block.headingLevel,
                open: openLevels(stack),
                next: nextLabel)
        else {
            placeUnnumbered(block, nextIsText: nextIsText, stack: &stack)
            return
        }
        switch decision.placement {
        case .replace(let level): stack.removeSubrange(level...)
        case .push: break
        }
        let draft = Draft(
            kind: ClauseKind.numberedLevel(depth: stack.count), number: decision.number, location: block.location)
        draft.key = SchemeKey(decision.number, listDepth: block.listNumber == nil ? 0 : block.listDepth)
        draft.headingLevel = block.headingLevel
        draft.fromList = block.listNumber != nil
        let remainder = block.listNumber == nil ? remainderRuns(block, label) : trimRuns(block.runs)
        if remainder.isEmpty {
            draft.isHeading = block.isHeadingElement
            draft.awaitingText = true
        } else if HeadingHeuristics.isHeading(
            remainder, isHeadingElement: block.isHeadingElement, introducesText: nextIsText && !block.isListItem),
            nextIsText || !isCapitalisedListEntry(remainder, block: block, number: decision.number, next: nextLabel)
        {
            draft.heading = remainder
            draft.isHeading = true
        } else if let runIn = HeadingHeuristics.runInHeading(remainder) ?? HeadingHeuristics.plainRunInHeading(remainder) {
            draft.heading = runIn.heading
            draft.text = runIn.text
        } else {
            draft.text = remainder
        }
        stack.last!.children.append(draft)
        stack.append(draft)
    }

    /// "a. GSR-FULL FEE REM, 3282" followed by "b. …": an entry of a list, with a comma or a figure,
    /// whose next sibling follows at once (no text between), is the item's text, not a heading over nothing.
    private func isCapitalisedListEntry(
        _ remainder: [InlineRun], block: Block, number: ClauseNumber, next: [ClauseNumber]
    ) -> Bool {
        guard !block.isHeadingElement, !HeadingHeuristics.isWhollyBold(remainder),
            next.contains(where: { DepthSolver.follows($0, number) })
        else { return false }
        let text = remainder.map(\.text).joined()
        return text.contains(",") || text.contains(where: \.isNumber)
    }

    /// True when the open item ends an enumeration of fragments and `next` starts a new sentence of
    /// the enclosing clause: "…the University shall: (a) …; (b) …; and (c) … ." followed by "When an
    /// unforeseen change …" closes the list rather than continuing item (c).
    private func closesEnumeration(_ stack: [Draft], next: [InlineRun]) -> Bool {
        guard stack.count > 2, let item = stack.last, item.number != nil, item.children.isEmpty,
            !item.fromList, next.first?.text.first(where: { !$0.isWhitespace })?.isUppercase == true
        else { return false }
        let parent = stack[stack.count - 2]
        func ending(_ runs: [InlineRun]?) -> String {
            (runs ?? []).map(\.text).joined().trimmingWhitespace()
        }
        let itemText = ending(item.text)
        guard itemText.hasSuffix(".") else { return false }
        let leadIn = parent.text.isEmpty ? ending(parent.heading) : ending(parent.text)
        guard leadIn.hasSuffix(":") else { return false }
        let siblings = parent.children.filter { $0 !== item && $0.number != nil }
        return !siblings.isEmpty
            && siblings.allSatisfy { sibling in
                let text = ending(sibling.text)
                return text.hasSuffix(";") || text.hasSuffix("; and") || text.hasSuffix("; or") || text.hasSuffix(", and")
                    || text.hasSuffix(", or")
            }
    }

    private func openLevels(_ stack: [Draft]) -> [DepthSolver.OpenLevel] {
        stack.indices.map { index in
            let draft = stack[index]
            var level = DepthSolver.OpenLevel(key: draft.key, number: draft.number, headingLevel: draft.headingLevel)
            if draft.key == nil, index > 0,
                let sibling = stack[index - 1].children.last(where: { $0.key != nil && $0 !== draft }),
                let key = sibling.key, let number = sibling.number
            {
                level.sibling = (key, number)
            }
            return level
        }
    }

    private func placeUnnumbered(_ block: Block, nextIsText: Bool, stack: inout [Draft]) {
        let runs = trimRuns(block.runs)
        guard !runs.isEmpty else { return }
        if let open = stack.last, open.awaitingText, !block.isHeadingElement {
            // "1." on its own line, its words in the next paragraph.
            open.awaitingText = false
            if open.heading == nil, HeadingHeuristics.isHeading(runs, isHeadingElement: false, introducesText: nextIsText) {
                open.heading = runs
                open.isHeading = true
            } else {
                open.text = runs
            }
            return
        }
        stack.last?.awaitingText = false
        if case .listItem(ordered: false) = block.kind {
            stack.last!.children.append(unnumbered(block, kind: .item))
            return
        }
        let isHeading = HeadingHeuristics.isHeading(
            runs, isHeadingElement: block.isHeadingElement, introducesText: nextIsText)
        guard isHeading, block.isHeadingElement || HeadingHeuristics.isAllCaps(block.plainText)
            || HeadingHeuristics.isWhollyBold(runs)
        else {
            if closesEnumeration(stack, next: runs) { stack.removeLast() }
            stack.last!.children.append(unnumbered(block, kind: .text))
            return
        }
        // An unnumbered heading closes open items and lower headings, then opens a container.
        let level = block.headingLevel ?? 99
        while stack.count > 1 {
            let open = stack.last!
            let openLevel = open.headingLevel ?? (open.isHeading ? (open.number == nil ? 99 : 98) : Int.max)
            if openLevel >= level { stack.removeLast() } else { break }
        }
        let draft = Draft(kind: ClauseKind.numberedLevel(depth: stack.count), location: block.location)
        draft.heading = runs
        draft.isHeading = true
        draft.headingLevel = level
        stack.last!.children.append(draft)
        stack.append(draft)
    }
}
