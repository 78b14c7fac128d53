import RedlineModel

/// Aligns one list of sibling clauses of the old version with the new version's.
///
/// Pairs are found in order of confidence: identical content, then same number and heading,
/// then the best remaining scores of word overlap, heading likeness and number. Leftovers are
/// checked for splits (one old clause whose words reappear across several new ones) and merges.
/// What is still left over is weighed on all the evidence together (``PairingEvidence``: rare
/// words, heading words, the children paired inside, relative order, number) and assigned one to
/// one over the whole list (``Assignment``), so that a reorganised edition (every article
/// renumbered, some reordered, headings and half the text rewritten) still pairs article with
/// article; the rest is reported as added or removed. Pairs out of order (not on the longest
/// increasing run of old positions) are moved.
///
/// - Complexity: for *k* siblings, O(*k*²) bag comparisons for those not paired by number,
///   heading or identical content (nearby positions only past ``maxComparisons``); for the *r*
///   leftovers of the last step, O(*r*²) evidence scores (each O(*c*²) in the children compared)
///   and an O(*r*³) assignment with *r* ≤ ``Assignment/maximumSide`` (greedy beyond).
struct SiblingAligner {
    let options: CompareOptions

    /// The lowest pairing score accepted for clauses matched on content alone.
    static let threshold = 0.5
    /// Beyond this many candidate comparisons, only nearby positions are compared.
    static let maxComparisons = 250_000

    func align(_ old: [ClauseNode], _ oldPrints: [Fingerprint], _ new: [ClauseNode], _ newPrints: [Fingerprint])
        -> [NodeAlignment]
    {
        var partnerOfOld = [Int?](repeating: nil, count: old.count)
        var partnerOfNew = [Int?](repeating: nil, count: new.count)
        func pair(_ o: Int, _ n: Int) {
            partnerOfOld[o] = n
            partnerOfNew[n] = o
        }
        // 0. Front matter pairs with front matter.
        if let o = old.firstIndex(where: { $0.kind == .preamble }), let n = new.firstIndex(where: { $0.kind == .preamble }) {
            pair(o, n)
        }
        // 1. Identical content (renumbered or moved clauses keep their words).
        var byHash: [Int: [Int]] = [:]
        for (index, print) in oldPrints.enumerated() where print.bag.count > 0 { byHash[print.contentHash, default: []].append(index) }
        for n in new.indices where newPrints[n].bag.count > 0 && partnerOfNew[n] == nil {
            guard let candidates = byHash[newPrints[n].contentHash] else { continue }
            let free = candidates.filter { partnerOfOld[$0] == nil }
            let choice = free.first { numberKey(old[$0]) == numberKey(new[n]) } ?? free.first
            if let choice { pair(choice, n) }
        }
        // 2. Same number and same heading.
        var byNumberHeading: [String: Int] = [:]
        for o in old.indices where partnerOfOld[o] == nil {
            if let key = numberKey(old[o]) { byNumberHeading[key + "|" + oldPrints[o].headingKey] = byNumberHeading[key + "|" + oldPrints[o].headingKey] ?? o }
        }
        for n in new.indices where partnerOfNew[n] == nil {
            guard let key = numberKey(new[n]), let o = byNumberHeading[key + "|" + newPrints[n].headingKey],
                partnerOfOld[o] == nil
            else { continue }
            pair(o, n)
        }
        // 3. Best remaining scores.
        let freeOld = old.indices.filter { partnerOfOld[$0] == nil }
        let freeNew = new.indices.filter { partnerOfNew[$0] == nil }
        let window = freeOld.count * freeNew.count > Self.maxComparisons ? 50 : Int.max
        var scored: [(score: Double, o: Int, n: Int)] = []
        for (oPosition, o) in freeOld.enumerated() {
            for (nPosition, n) in freeNew.enumerated() where abs(oPosition - nPosition) <= window {
                let score = self.score(old[o], oldPrints[o], new[n], newPrints[n])
                if score >= Self.threshold { scored.append((score, o, n)) }
            }
        }
        scored.sort { ($0.score, -$0.o, -$0.n) > ($1.score, -$1.o, -$1.n) }
        for candidate in scored where partnerOfOld[candidate.o] == nil && partnerOfNew[candidate.n] == nil {
            pair(candidate.o, candidate.n)
        }
        // 4. Splits and merges among the leftovers.
        var splitParts: [Int: [Int]] = [:]  // old index → extra new indices
        var mergeParts: [Int: [Int]] = [:]  // new index → extra old indices
        for n in new.indices where partnerOfNew[n] == nil && newPrints[n].bag.count >= 5 {
            if let o = bestContainer(of: newPrints[n], in: oldPrints), partnerOfOld[o] != nil || splitParts[o] != nil {
                splitParts[o, default: []].append(n)
                partnerOfNew[n] = o
            }
        }
        for o in old.indices where partnerOfOld[o] == nil && oldPrints[o].bag.count >= 5 {
            if let n = bestContainer(of: oldPrints[o], in: newPrints), partnerOfNew[n] != nil, splitParts[partnerOfNew[n]!] == nil {
                mergeParts[n, default: []].append(o)
                partnerOfOld[o] = n
            }
        }
        // 4b and 5. Leftovers, on all the evidence together.
        pairLeftovers(
            old, oldPrints, new, newPrints, partnerOfOld: &partnerOfOld, partnerOfNew: &partnerOfNew,
            splitParts: &splitParts, mergeParts: &mergeParts)
        // 6. Which one-to-one pairs moved: those off the longest increasing run of old positions.
        let orderedPairs = new.indices.compactMap { n -> (n: Int, o: Int)? in
            guard let o = partnerOfNew[n], partnerOfOld[o] == n else { return nil }
            return (n, o)
        }
        let stayed = Set(longestIncreasingRun(orderedPairs.map(\.o)).map { orderedPairs[$0].o })

        // Assemble in the new order, removed clauses after their old predecessor.
        var entries: [(key: (Int, Int, Int), alignment: NodeAlignment)] = []
        for n in new.indices {
            guard let o = partnerOfNew[n] else {
                entries.append(((n, 0, 0), whole(.added, new[n])))
                continue
            }
            if partnerOfOld[o] != n { continue }  // an extra part of a split; reported with its pair
            if let extras = splitParts[o] {
                entries.append(((n, 0, 0), grouped(.split, old: [old[o]], new: ([n] + extras).sorted().map { new[$0] })))
            } else if let extras = mergeParts[n] {
                entries.append(((n, 0, 0), grouped(.merged, old: ([o] + extras).sorted().map { old[$0] }, new: [new[n]])))
            } else {
                entries.append(((n, 0, 0), paired(old[o], oldPrints[o], new[n], newPrints[n], moved: !stayed.contains(o))))
            }
        }
        var lastNew = -1
        for o in old.indices {
            if let n = partnerOfOld[o] {
                lastNew = max(lastNew, n)
            } else {
                entries.append(((lastNew, 1, o), whole(.removed, old[o])))
            }
        }
        entries.sort { $0.key < $1.key }
        return entries.map(\.alignment)
    }

    // MARK: Leftovers

    /// Most leftover pairs whose evidence is weighed (past it, the leftovers stay unpaired).
    static let maxLeftoverComparisons = 40_000

    /// Pairs what steps 1–4 left: first splits and merges whose edited text is still mostly in a
    /// paired clause (rare words weighed), then a one-to-one assignment on the combined evidence.
    private func pairLeftovers(
        _ old: [ClauseNode], _ oldPrints: [Fingerprint], _ new: [ClauseNode], _ newPrints: [Fingerprint],
        partnerOfOld: inout [Int?], partnerOfNew: inout [Int?], splitParts: inout [Int: [Int]], mergeParts: inout [Int: [Int]]
    ) {
        var freeOld = old.indices.filter { partnerOfOld[$0] == nil && oldPrints[$0].bag.count > 0 }
        var freeNew = new.indices.filter { partnerOfNew[$0] == nil && newPrints[$0].bag.count > 0 }
        guard !freeOld.isEmpty, !freeNew.isEmpty, freeOld.count * freeNew.count <= Self.maxLeftoverComparisons else { return }
        let evidence = PairingEvidence(bags: oldPrints.map(\.bag) + newPrints.map(\.bag))
        let oldMass = oldPrints.map { evidence.mass($0.bag) }, newMass = newPrints.map { evidence.mass($0.bag) }
        func content(_ o: Int, _ n: Int) -> Double {
            evidence.similarity(oldPrints[o].bag, newPrints[n].bag, massA: oldMass[o], massB: newMass[n])
        }

        // 4b. A leftover whose rare words are mostly inside one paired clause, and more so than like
        // any free clause on the other side, is part of a split or merge.
        let containmentFloor = 0.6
        for n in freeNew where newPrints[n].bag.count >= 5 {
            let best = freeOld.map { content($0, n) }.max() ?? 0
            var container: (index: Int, value: Double)?
            for o in old.indices {
                guard let partner = partnerOfOld[o], partnerOfNew[partner] == o, mergeParts[partner] == nil else { continue }
                let value = evidence.containment(of: newPrints[n].bag, in: oldPrints[o].bag)
                if value >= containmentFloor, value > best, value > (container?.value ?? 0) { container = (o, value) }
            }
            guard let container else { continue }
            splitParts[container.index, default: []].append(n)
            partnerOfNew[n] = container.index
        }
        freeNew.removeAll { partnerOfNew[$0] != nil }
        for o in freeOld where oldPrints[o].bag.count >= 5 {
            let best = freeNew.map { content(o, $0) }.max() ?? 0
            var container: (index: Int, value: Double)?
            for n in new.indices {
                guard let partner = partnerOfNew[n], partnerOfOld[partner] == n, splitParts[partner] == nil else { continue }
                let value = evidence.containment(of: oldPrints[o].bag, in: newPrints[n].bag)
                if value >= containmentFloor, value > best, value > (container?.value ?? 0) { container = (n, value) }
            }
            guard let container else { continue }
            mergeParts[container.index, default: []].append(o)
            partnerOfOld[o] = container.index
        }
        freeOld.removeAll { partnerOfOld[$0] != nil }
        guard !freeOld.isEmpty, !freeNew.isEmpty else { return }

        // 5. Combined evidence, assigned one to one.
        let anchors = new.indices.compactMap { n -> (n: Int, o: Int)? in
            guard let o = partnerOfNew[n], partnerOfOld[o] == n else { return nil }
            return (n, o)
        }
        func fitsOrder(_ o: Int, _ n: Int) -> Bool {
            let before = anchors.last { $0.n < n }?.o ?? -1
            let after = anchors.first { $0.n > n }?.o ?? old.count
            return before < o && o < after
        }
        let oldHeadings = freeOld.map { PairingEvidence.headingWords(old[$0].headingText) }
        let newHeadings = freeNew.map { PairingEvidence.headingWords(new[$0].headingText) }
        var scores = [[Double]](repeating: [Double](repeating: 0, count: freeNew.count), count: freeOld.count)
        for (row, o) in freeOld.enumerated() {
            for (column, n) in freeNew.enumerated() {
                let body = content(o, n)
                guard body >= 0.1 else { continue }
                let heading = PairingEvidence.headingEvidence(oldHeadings[row], newHeadings[column]) ?? body
                let children = evidence.childrenEvidence(oldPrints[o].children, newPrints[n].children) ?? body
                let sameNumber = numberKey(old[o]) != nil && numberKey(old[o]) == numberKey(new[n])
                let score = PairingEvidence.contentWeight * body + PairingEvidence.headingWeight * heading
                    + PairingEvidence.childrenWeight * children + PairingEvidence.orderWeight * (fitsOrder(o, n) ? 1 : 0)
                    + PairingEvidence.numberWeight * (sameNumber ? 1 : 0)
                if score >= PairingEvidence.threshold { scores[row][column] = score }
            }
        }
        if freeOld.count <= Assignment.maximumSide && freeNew.count <= Assignment.maximumSide {
            for (row, column) in Assignment.maximise(scores).enumerated() {
                guard let column, scores[row][column] > 0 else { continue }
                pair(freeOld[row], freeNew[column])
            }
        } else {
            var ranked: [(Double, Int, Int)] = []
            for row in scores.indices { for column in scores[row].indices where scores[row][column] > 0 { ranked.append((scores[row][column], row, column)) } }
            ranked.sort { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) }
            for (_, row, column) in ranked where partnerOfOld[freeOld[row]] == nil && partnerOfNew[freeNew[column]] == nil {
                pair(freeOld[row], freeNew[column])
            }
        }
        func pair(_ o: Int, _ n: Int) {
            partnerOfOld[o] = n
            partnerOfNew[n] = o
        }
    }

    // MARK: Scoring

    private func numberKey(_ node: ClauseNode) -> String? {
        node.number.map { ($0.prefix ?? "") + ":" + $0.normalized }
    }

    private func score(_ old: ClauseNode, _ oldPrint: Fingerprint, _ new: ClauseNode, _ newPrint: Fingerprint) -> Double {
        let content = oldPrint.bag.dice(newPrint.bag)
        let sameNumber = numberKey(old) != nil && numberKey(old) == numberKey(new)
        let heading: Double
        if oldPrint.headingKey.isEmpty && newPrint.headingKey.isEmpty {
            heading = content
        } else {
            heading = headingLikeness(old.headingText, new.headingText)
        }
        var score = 0.7 * content + 0.2 * heading + (sameNumber ? 0.1 : 0)
        // A rewritten clause that keeps its number and heading is still the same clause.
        if sameNumber && heading >= 0.5 { score = max(score, Self.threshold) }
        // Headings alone decide when there is little text ("Article VII Grievances" → "Article 7 Grievance Procedure").
        if heading >= 0.5 && oldPrint.bag.count + newPrint.bag.count < 20 { score = max(score, Self.threshold) }
        // A wage table whose every number changed is still the same table when its shape is the same.
        if let oldTable = old.table, let newTable = new.table, oldTable.columnCount == newTable.columnCount,
            abs(oldTable.rows.count - newTable.rows.count) <= 2
        {
            score = max(score, Self.threshold + 0.01)
        }
        return score
    }

    private func headingLikeness(_ a: String, _ b: String) -> Double {
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split { !$0.isLetter }.map { String($0.prefix(6)) }.filter { $0.count > 2 })
        }
        let left = words(a), right = words(b)
        guard !left.isEmpty || !right.isEmpty else { return 1 }
        return Double(2 * left.intersection(right).count) / Double(left.count + right.count)
    }

    /// The clause among `candidates` that holds most of `part`'s words (at least 70%).
    private func bestContainer(of part: Fingerprint, in candidates: [Fingerprint]) -> Int? {
        var best: (index: Int, containment: Double)?
        for (index, candidate) in candidates.enumerated() where candidate.bag.count >= part.bag.count {
            let containment = Double(part.bag.sharedCount(candidate.bag)) / Double(part.bag.count)
            if containment >= 0.7, containment > (best?.containment ?? 0) { best = (index, containment) }
        }
        return best?.index
    }

    /// Indices (into `values`) of a longest strictly increasing subsequence.
    ///
    /// - Complexity: O(*n* log *n*).
    private func longestIncreasingRun(_ values: [Int]) -> [Int] {
        var tails: [Int] = []  // indices into values
        var previous = [Int](repeating: -1, count: values.count)
        for index in values.indices {
            var low = 0, high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if values[tails[mid]] < values[index] { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var result: [Int] = []
        var cursor = tails.last ?? -1
        while cursor >= 0 {
            result.append(cursor)
            cursor = previous[cursor]
        }
        return result.reversed()
    }

    // MARK: Building alignments


    private func optionalDiff(_ old: String, _ new: String) -> TextDiff? {
        old.isEmpty && new.isEmpty ? nil : WordDiff.diff(old, new, options: options.text)
    }

    func paired(_ old: ClauseNode, _ oldPrint: Fingerprint, _ new: ClauseNode, _ newPrint: Fingerprint, moved: Bool)
        -> NodeAlignment
    {
        // A run-in heading on one side only: compare heading and text as one passage.
        let runInMismatch =
            (old.heading == nil) != (new.heading == nil) && !ClauseText.own(old).isEmpty && !ClauseText.own(new).isEmpty
        let headingDiff = runInMismatch ? nil : optionalDiff(old.headingText, new.headingText)
        let textDiff = runInMismatch
            ? optionalDiff(ClauseText.headingAndText(old), ClauseText.headingAndText(new))
            : optionalDiff(ClauseText.own(old), ClauseText.own(new))
        let children = align(old.children, oldPrint.children, new.children, newPrint.children)
        let inserted = (headingDiff?.wordsInserted ?? 0) + (textDiff?.wordsInserted ?? 0) + children.reduce(0) { $0 + $1.wordsInserted }
        let deleted = (headingDiff?.wordsDeleted ?? 0) + (textDiff?.wordsDeleted ?? 0) + children.reduce(0) { $0 + $1.wordsDeleted }
        let unchanged = (headingDiff?.wordsUnchanged ?? 0) + (textDiff?.wordsUnchanged ?? 0)
        // A division exported without its number (a single article without its "Article N" line) was not renumbered.
        let numberUnstated = old.kind.isTopLevelDivision && new.kind.isTopLevelDivision && (old.number == nil) != (new.number == nil)
        let renumbered = !options.ignoreNumbering && !numberUnstated && old.number?.normalized != new.number?.normalized
        let textChanged = inserted + deleted > 0
        let structureChanged = children.contains { $0.kind != .same }
        let kind: NodeAlignment.Kind =
            moved ? .moved : renumbered ? .renumbered : (textChanged || structureChanged) ? .modified : .same
        let movedWords = moved ? unchanged + children.reduce(0) { $0 + $1.wordsMoved + unchangedWords($1) } : children.reduce(0) { $0 + $1.wordsMoved }
        let isMinimal = (headingDiff?.isMinimal ?? true) && (textDiff?.isMinimal ?? true) && children.allSatisfy(\.isMinimal)
        let similarity = oldPrint.bag.count + newPrint.bag.count == 0 ? 1 : oldPrint.bag.dice(newPrint.bag)
        return NodeAlignment(
            kind: kind, old: [NodeRef(old)], new: [NodeRef(new)], similarity: similarity, renumbered: renumbered,
            moved: moved, textChanged: textChanged, headingDiff: headingDiff, textDiff: textDiff,
            textDiffIncludesHeading: runInMismatch, children: children,
            wordsInserted: inserted, wordsDeleted: deleted, wordsMoved: movedWords, isMinimal: isMinimal)
    }

    /// Words left unchanged in an alignment's own diffs (children excluded).
    private func unchangedWords(_ alignment: NodeAlignment) -> Int {
        (alignment.headingDiff?.wordsUnchanged ?? 0) + (alignment.textDiff?.wordsUnchanged ?? 0)
    }

    /// An added or removed clause, with its subordinate clauses, as all-insert or all-delete diffs.
    private func whole(_ kind: NodeAlignment.Kind, _ node: ClauseNode) -> NodeAlignment {
        let added = kind == .added
        let headingDiff = node.heading.map { added ? WordDiff.diff("", $0.plainText) : WordDiff.diff($0.plainText, "") }
        let text = ClauseText.own(node)
        let textDiff = text.isEmpty ? nil : (added ? WordDiff.diff("", text) : WordDiff.diff(text, ""))
        let children = node.children.map { whole(kind, $0) }
        let words = (headingDiff.map { $0.wordsInserted + $0.wordsDeleted } ?? 0)
            + (textDiff.map { $0.wordsInserted + $0.wordsDeleted } ?? 0)
            + children.reduce(0) { $0 + $1.wordsInserted + $1.wordsDeleted }
        return NodeAlignment(
            kind: kind, old: added ? [] : [NodeRef(node)], new: added ? [NodeRef(node)] : [], similarity: 0,
            renumbered: false, moved: false, textChanged: words > 0, headingDiff: headingDiff, textDiff: textDiff,
            children: children, wordsInserted: added ? words : 0, wordsDeleted: added ? 0 : words, wordsMoved: 0,
            isMinimal: true)
    }

    /// A split or merge: the old clauses' words against the new clauses' words.
    private func grouped(_ kind: NodeAlignment.Kind, old: [ClauseNode], new: [ClauseNode]) -> NodeAlignment {
        let oldText = old.map(\.fullText).joined(separator: "\n")
        let newText = new.map(\.fullText).joined(separator: "\n")
        let diff = WordDiff.diff(oldText, newText, options: options.text)
        return NodeAlignment(
            kind: kind, old: old.map(NodeRef.init), new: new.map(NodeRef.init), similarity: diff.similarity,
            renumbered: false, moved: false, textChanged: !diff.isEmpty, headingDiff: nil, textDiff: diff, children: [],
            wordsInserted: diff.wordsInserted, wordsDeleted: diff.wordsDeleted, wordsMoved: 0, isMinimal: diff.isMinimal)
    }
}
