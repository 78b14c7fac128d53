import RedlineModel

/// The numbering scheme of one level: "(a)" and "a." and "A." are different levels.
struct SchemeKey: Hashable, Sendable {
    var style: NumberStyle
    var delimiter: NumberDelimiter
    var prefix: String?
    /// Decimal numbers of different lengths ("3.1" and "3.1.2") are different levels.
    var components: Int
    /// Numbers given by nested HTML lists are told apart by list depth.
    var listDepth: Int

    init(_ number: ClauseNumber, listDepth: Int) {
        style = number.style
        delimiter = number.delimiter
        prefix = number.prefix
        components = number.style == .decimal ? number.components.count : 1
        self.listDepth = listDepth
    }
}

/// Chooses, for each numbered block, the level it belongs to and the reading of its
/// number, from the numbers open above it and the number that follows it.
///
/// This is the contract-shaped cousin of the depth solver in eregs' regulation parser:
/// a label continues the nearest open level of its scheme when its value is the next one
/// ("(i)" after "(h)" is a letter), starts a new deeper level when its value is the first
/// one ("(i)" after "(a)" is roman one), and otherwise is a gap or duplicate, kept as found.
enum DepthSolver {
    /// An open level: its scheme and the last number seen at it.
    struct OpenLevel {
        var key: SchemeKey?
        var number: ClauseNumber?
        /// The HTML heading level of the block that opened it, if it was a heading element.
        var headingLevel: Int?
        /// For an unnumbered level (a heading without a number), the last numbered sibling before it:
        /// "C." after "B. … / Unnumbered heading" continues B's sequence.
        var sibling: (key: SchemeKey, number: ClauseNumber)?
    }

    enum Placement: Equatable {
        /// Replace the open level at this index (1-based below the article) and everything under it.
        case replace(level: Int)
        /// Open a new level under the current deepest one.
        case push
    }

    struct Decision {
        var number: ClauseNumber
        var placement: Placement
        var score: Double
    }

    /// Decides placement for `candidates` given the open levels (index 0 is the article)
    /// and the readings of the next numbered block, if any.
    static func decide(
        candidates: [ClauseNumber], listDepth: Int, headingLevel: Int? = nil, open: [OpenLevel], next: [ClauseNumber]
    ) -> Decision? {
        var decisions: [Decision] = []
        for (rank, candidate) in candidates.enumerated() {
            var decision = score(candidate, listDepth: listDepth, headingLevel: headingLevel, open: open)
            decision.score -= Double(rank) * 0.001  // ties go to the reading listed first
            decisions.append(decision)
        }
        // Look ahead: "(i)" followed by "(ii)" is roman, followed by "(j)" is a letter.
        if decisions.count > 1 {
            for index in decisions.indices {
                let number = decisions[index].number
                if next.contains(where: { follows($0, number) }) { decisions[index].score += 2 }
            }
        }
        return decisions.max { $0.score < $1.score }
    }

    private static func score(_ candidate: ClauseNumber, listDepth: Int, headingLevel: Int?, open: [OpenLevel])
        -> Decision
    {
        let key = SchemeKey(candidate, listDepth: listDepth)
        let isFirst = isFirstValue(candidate)
        // A heading element continues the level opened by a heading of the same rank, even
        // when a nested list reusing the same style is open below it.
        if let headingLevel {
            for level in 1..<max(1, open.count) where open[level].key == key && open[level].headingLevel == headingLevel {
                if let previous = open[level].number, follows(candidate, previous) {
                    return Decision(number: candidate, placement: .replace(level: level), score: 4)
                }
            }
        }
        for level in stride(from: open.count - 1, through: 1, by: -1) {
            if open[level].key == nil, let sibling = open[level].sibling, sibling.key == key,
                follows(candidate, sibling.number)
            {
                return Decision(number: candidate, placement: .replace(level: level), score: 2.8)
            }
            guard open[level].key == key, let previous = open[level].number else { continue }
            let proximity = Double(level) * 0.01
            if follows(candidate, previous) {
                return Decision(number: candidate, placement: .replace(level: level), score: 3 + proximity)
            }
            if isFirst {
                // "A." under "(i)" while section "B." is open above: a nested list reusing the style,
                // not sections starting over. Right after its siblings, it is a restart (kept as found).
                if level < open.count - 1 {
                    return Decision(number: candidate, placement: .push, score: 2.4)
                }
                return Decision(number: candidate, placement: .replace(level: level), score: 2 + proximity)
            }
            return Decision(number: candidate, placement: .replace(level: level), score: 1 + proximity)
        }
        // Decimal "3.1" under an open "3." or "Section 3" starts a new level.
        if candidate.style == .decimal, let parent = open.last?.number, parent.components.count >= 1,
            Array(candidate.components.dropLast()) == parent.components
        {
            return Decision(number: candidate, placement: .push, score: 2.6)
        }
        return Decision(number: candidate, placement: .push, score: isFirst ? 2.5 : 0.5)
    }

    /// True when `number` is the value right after `previous` in the same scheme.
    static func follows(_ number: ClauseNumber, _ previous: ClauseNumber) -> Bool {
        guard number.style == previous.style, number.delimiter == previous.delimiter,
            number.prefix == previous.prefix, let value = number.value, let before = previous.value
        else { return false }
        if number.style == .decimal {
            return number.components.count == previous.components.count
                && Array(number.components.dropLast()) == Array(previous.components.dropLast()) && value == before + 1
        }
        return value == before + 1
    }

    static func isFirstValue(_ number: ClauseNumber) -> Bool {
        number.value == 1 || (number.style == .decimal && number.components.last == 1)
    }
}
