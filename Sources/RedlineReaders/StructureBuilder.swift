import RedlineModel

/// Turns the flat blocks of any reader into the clause tree: finds the articles,
/// assigns every numbered block a level, attaches text and tables, then gives every
/// node an id and recognises cross-references.
struct StructureBuilder {
    let blocks: [Block]
    /// Title from metadata, `<title>` or front matter.
    let title: String?
    /// The name of the file the blocks came from, if known (a single-article export may carry its
    /// article's number only there: `art16_immigration.html`).
    var fileName: String? = nil

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
        var labels = blocks.map(label(of:))
        let topIndices = topLevelDivisions(labels)
        if !topIndices.contains(where: { labels[$0]?.division == .article || labels[$0]?.division == .section }) {
            // "PART I", "Chapter 3" with nothing labelled below them: they are the articles.
            for index in topIndices where labels[index]?.division == .group { labels[index]?.division = .article }
        }
        if !topIndices.isEmpty {
            return try assemble(labels: labels, top: Set(topIndices), synthesized: nil, skip: [])
        }
        // No article label: a single division exported on its own, unless the document has numbered
        // top-rank headings ("12. Grievance") and nothing says it is one article.
        let single = singleDivision(labels)
        if single.draft.number == nil && single.draft.heading == nil && !labels.contains(where: { $0 != nil })
            && !blocks.contains(where: \.isHeadingElement)
        {
            // Prose with nothing numbered, no heading and no title: nothing says it is a contract.
            throw Failure.noArticle
        }
        if single.draft.number == nil {
            let numbered = numberedTopHeadings(labels)
            if !numbered.isEmpty { return try assemble(labels: labels, top: Set(numbered), synthesized: nil, skip: []) }
        }
        return try assemble(labels: labels, top: [], synthesized: single.draft, skip: single.skip)
    }

    /// The one division of a document whose body holds no article label. Its number and heading
    /// come, in order, from the title (metadata, `<title>`, front matter), from a first heading or
    /// title-styled paragraph outside the numbering (before any numbered block), and from the file
    /// name; a numbered heading ("D. NON-EXCLUSIVITY") is never taken as its title. Without any, it
    /// is an unnumbered article.
    private func singleDivision(_ labels: [LabelMatch?]) -> (draft: Draft, skip: Set<Int>) {
        // The first unnumbered heading, if it comes before the numbering starts.
        var headingIndex: Int?
        for (index, block) in blocks.enumerated() {
            if labels[index] != nil || block.listNumber != nil { break }
            guard block.table == nil else { continue }
            let runs = trimRuns(block.runs)
            if block.isHeadingElement
                || (HeadingHeuristics.isHeading(runs, isHeadingElement: false, introducesText: true)
                    && (HeadingHeuristics.isAllCaps(block.plainText) || HeadingHeuristics.isWhollyBold(runs)))
            {
                headingIndex = index
            }
            break
        }
        let headingText = headingIndex.map { blocks[$0].plainText.collapsedWhitespace() }
        let hints = [title.flatMap(DivisionHint.fromTitle), headingText.flatMap(DivisionHint.fromTitle)]
        let fileHint = fileName.flatMap(DivisionHint.fromFileName)
        let numbered = hints.compactMap { $0 }.first { $0.number != nil } ?? fileHint
        let heading = hints.compactMap { $0?.heading }.first ?? fileHint?.heading
        let draft = Draft(
            kind: kind(of: numbered?.division ?? .article), number: numbered?.number,
            location: blocks.first?.location ?? .unknown)
        var skip: Set<Int> = []
        if let headingIndex, let lineHint = hints[1] {
            // The heading line gave the division's number or heading: it is the title, not content.
            let gaveNumber = lineHint.number != nil && lineHint.number == numbered?.number
            let gaveHeading = lineHint.heading != nil && lineHint.heading == heading
            if gaveNumber || gaveHeading { skip.insert(headingIndex) }
            // Keep the line's runs (styles, links) when it is the heading as a whole.
            if gaveHeading, lineHint.number == nil { draft.heading = trimRuns(blocks[headingIndex].runs) }
        }
        if draft.heading == nil { draft.heading = heading.map { [InlineRun($0)] } }
        return (draft, skip)
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

    /// Indices of blocks that open a top-level division: the labelled series that carries the document
    /// (articles; or "Section N" headings when nothing is labelled "Article" and divisions group them or
    /// the title names the agreement), the grouping headings above it, appendices and side letters.
    private func topLevelDivisions(_ labels: [LabelMatch?]) -> [Int] {
        var result = topLevelDivisions(labels, includeSections: false)
        if !result.contains(where: { labels[$0]?.division == .article }), sectionsCarryDocument(labels, result) {
            let withSections = topLevelDivisions(labels, includeSections: true)
            if withSections.filter({ labels[$0]?.division == .section }).count >= 2 { result = withSections }
        }
        // A grouping level stands above the articles: "Part 1" headings that first appear inside an
        // article are that article's own subdivisions.
        if let firstUnit = result.first(where: { labels[$0]?.division == .article || labels[$0]?.division == .section }),
            let firstGroup = result.first(where: { labels[$0]?.division == .group }), firstGroup > firstUnit
        {
            result.removeAll { labels[$0]?.division == .group }
        }
        return result
    }

    /// True when "Section N" headings are the document's articles rather than the sections of one article:
    /// divisions group them, or the title names a whole agreement ("Memorandum of Understanding 2021–2024"),
    /// or there are many of them and neither the title nor the file name names one article.
    private func sectionsCarryDocument(_ labels: [LabelMatch?], _ primary: [Int]) -> Bool {
        if primary.contains(where: { labels[$0]?.division == .group }) { return true }
        let firstLine = blocks.first { !$0.plainText.isEmpty }.map { $0.plainText.collapsedWhitespace() }
        let namesAgreement = [title, firstLine].contains { $0.map(DivisionHint.namesAgreement) == true }
        let hinted = title.flatMap(DivisionHint.fromTitle)?.number != nil
            || fileName.flatMap(DivisionHint.fromFileName) != nil
        if hinted { return false }
        if namesAgreement { return true }
        let sectionHeadings = labels.indices.filter { index in
            labels[index]?.division == .section && blocks[index].isHeadingElement
        }
        return sectionHeadings.count >= 10
    }

    /// The labelled top-level divisions, optionally counting "Section N" headings among them.
    private func topLevelDivisions(_ labels: [LabelMatch?], includeSections: Bool) -> [Int] {
        var indices: [Int] = []
        for (index, match) in labels.enumerated() {
            guard let match, match.division != .plain, includeSections || match.division != .section else { continue }
            let block = blocks[index]
            let remainder = remainderRuns(block, match)
            let remainderText = remainder.map(\.text).joined()
            let qualifies: Bool
            if match.division == .section {
                // "Section 3. A grievant may…" is a clause; a section that is an article has a heading.
                qualifies = remainderText.isEmpty || block.isHeadingElement
                    || HeadingHeuristics.isHeading(remainder, isHeadingElement: false, introducesText: true)
            } else {
                qualifies = remainderText.isEmpty || block.isHeadingElement
                    || (match.hadDelimiter && HeadingHeuristics.wordCount(remainderText) <= HeadingHeuristics.maxHeadingWords)
                    || HeadingHeuristics.isHeading(remainder, isHeadingElement: false, introducesText: true)
            }
            if qualifies && !looksLikeTableOfContents(remainderText, block: block) { indices.append(index) }
        }
        // "MEMORANDUM OF UNDERSTANDING 2021–2024" above the articles is the document's title, not a side
        // letter: side letters are the labelled letters that follow the articles.
        if let firstOther = indices.firstIndex(where: { labels[$0]?.division != .sideLetter }) {
            let leading = indices[..<firstOther].filter { index in
                guard let number = labels[index]?.candidates.first else { return false }
                return (number.value ?? 0) < 1000
            }
            indices = leading + indices[firstOther...]
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
        guard indices.count >= 2 else { return [] }
        // The series carries the document only if the numbering starts with it (outside a table of contents)
        // and it never starts over: "1." headings under "A." and again under "B." are an article's clauses.
        let firstNumbered = labels.indices.first { index in
            labels[index] != nil && !looksLikeTableOfContents(blocks[index].plainText, block: blocks[index])
        }
        guard firstNumbered == indices.first else { return [] }
        let values = indices.compactMap { labels[$0]?.candidates.first?.value }
        return zip(values, values.dropFirst()).allSatisfy { $0 < $1 } ? indices : []
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
        case .group: .group
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
        var closed = stack
        while closed.count > 1, closed.last!.fromList,
            block.listDepth == 0 || (closed.last!.key?.listDepth ?? 0) > block.listDepth
        { closed.removeLast() }
        let listDepth = block.listNumber == nil ? 0 : block.listDepth
        func decide(_ open: [Draft]) -> DepthSolver.Decision? {
            guard let label, !label.candidates.isEmpty else { return nil }
            return DepthSolver.decide(
                candidates: label.candidates, listDepth: listDepth, headingLevel: block.headingLevel,
                open: openLevels(open), next: nextLabel)
        }
        // A label typed into the text right after a list item, starting a sequence no open level continues
        // ("a." after an automatic "1.", "1.1" after "1."), opens a level under that item: the sequence
        // says so, whatever list depth each block claims. Anything else leaves the list.
        var decision: DepthSolver.Decision?
        if closed.count < stack.count, block.listNumber == nil, let underList = decide(stack),
            underList.placement == .push, underList.score >= 2.5, DepthSolver.isFirstValue(underList.number)
        {
            decision = underList
        } else {
            stack = closed
            decision = decide(stack)
        }
        guard let label, let decision else {
            placeUnnumbered(block, nextIsText: nextIsText, stack: &stack)
            return
        }
        switch decision.placement {
        case .replace(let level): stack.removeSubrange(level...)
        case .push: break
        }
        let draft = Draft(
            kind: ClauseKind.numberedLevel(depth: stack.count), number: decision.number, location: block.location)
        draft.key = SchemeKey(decision.number, listDepth: listDepth)
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
        } else if let runIn = HeadingHeuristics.runInHeading(remainder)
            ?? HeadingHeuristics.plainRunInHeading(remainder, sentenceCase: siblingHasRunInHeading(stack.last!, draft))
        {
            draft.heading = runIn.heading
            draft.text = runIn.text
        } else {
            draft.text = remainder
        }
        stack.last!.children.append(draft)
        stack.append(draft)
    }

    /// True when the last numbered sibling before `draft` at its level has a run-in heading
    /// (a heading and text of its own), so a sentence-case lead-in of `draft` is a heading too.
    private func siblingHasRunInHeading(_ parent: Draft, _ draft: Draft) -> Bool {
        guard let sibling = parent.children.last(where: { $0.number != nil && $0.key == draft.key }) else { return false }
        return sibling.heading != nil && !sibling.text.isEmpty
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
