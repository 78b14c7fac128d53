import RedlineModel

/// Finds clause numbers run together inside one paragraph, as hard-wrapped or merged
/// exports leave them: "…appealed to Step 3. D. Attendance at…", "…as follows: a) Email… b) The date…".
///
/// A number inside a paragraph is only taken as a new clause when it follows a sentence
/// end and fits the numbering around it: it continues a number already open above it or
/// earlier in the paragraph, or it is a first number ("a)", "I.") whose successor follows
/// in the same paragraph. Everything else ("Section 3. A grievant…") stays text.
enum InlineEnumeration {
    /// Unicode-scalar offsets at which `runs` should be split into separate blocks.
    static func splitPoints(in text: String, leading: [ClauseNumber], open: [ClauseNumber]) -> [Int] {
        // Most paragraphs hold no number after their start; find out from the bytes first.
        guard mayHoldInnerLabel(text) else { return [] }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 12 else { return [] }
        var candidates:
            [(offset: Int, readings: [ClauseNumber], afterSentence: Bool, capitalised: Bool, afterItem: Bool, afterSeparator: Bool, bare: Bool)] = []
        var index = 3
        while index < scalars.count - 1 {
            defer { index += 1 }
            guard LabelParser.isSpace(scalars[index - 1]), !LabelParser.isSpace(scalars[index]) else { continue }
            var before = index - 2
            while before > 0, LabelParser.isSpace(scalars[before]) { before -= 1 }
            let bare = looksLikeBareDecimal(scalars, at: index)
            guard bare || looksLikeLabel(scalars, at: index) else { continue }
            let afterSentence = [".", ":", ";", "”", "\""].contains(scalars[before])
            if !afterSentence, precededByReferenceWord(scalars, before) { continue }
            let window = Array(scalars[index..<min(scalars.count, index + 24)])
            guard let match = LabelParser.parse(scalars: window), match.division == .plain else { continue }
            if match.remainderOffset >= window.count {
                // "…Recognition. B." with B's words in the next paragraph: only a number that continues one.
                if afterSentence, index + window.count == scalars.count {
                    candidates.append((index, match.candidates, false, true, false, false, bare))
                }
                continue
            }
            let next = window[match.remainderOffset]
            guard next.properties.isAlphabetic || ["“", "\"", "[", "(", "‘", "'"].contains(next) else { continue }
            // "…exists; and F. it may include…": a lower-case start is kept only if the number
            // continues the one accepted just before (checked below).
            candidates.append(
                (
                    index, match.candidates, afterSentence, next.properties.isUppercase, [".", ";"].contains(scalars[before]),
                    followsListSeparator(scalars, before), bare
                ))
        }
        guard !candidates.isEmpty else { return [] }
        // For each reading, the last candidate position (with a sentence end or a capital) holding it.
        var lastQualifying: [SuccessorKey: Int] = [:]
        for (position, candidate) in candidates.enumerated() where candidate.afterSentence || candidate.capitalised {
            for reading in candidate.readings {
                if let key = SuccessorKey(reading) { lastQualifying[key] = position }
            }
        }
        var accepted: [Int] = []
        var seen: [ClauseNumber] = leading
        // The last number accepted in this paragraph after the end of an item ("…; E."), if any.
        var lastItem: [ClauseNumber] = []
        for (position, candidate) in candidates.enumerated() {
            if candidate.bare {
                // "…may be enrolled. 6.3 Coverage. …": a decimal number without a delimiter starts a clause
                // only when it continues a number open above it or earlier in the paragraph (6.2 → 6.3).
                guard candidate.afterSentence,
                    candidate.readings.contains(where: { reading in
                        (seen + open).contains { DepthSolver.follows(reading, $0) }
                    })
                else { continue }
                accepted.append(candidate.offset)
                seen.append(contentsOf: candidate.readings)
                lastItem = []
                continue
            }
            if !candidate.afterSentence, !candidate.capitalised {
                // Only after "; and" / "; or", the way a list of fragments ends: "…exists; and F. it may…",
                // not "…the date of the event, or b) the date…".
                guard candidate.afterSeparator,
                    candidate.readings.contains(where: { reading in lastItem.contains { DepthSolver.follows(reading, $0) } })
                else { continue }
            }
            // Lower-case starts without a sentence end never vouch for an earlier first number:
            // "…whichever occurs first: a) the date…, or b) the date…" stays one clause.
            // (Looked up in `lastQualifying`, built once: scanning the later candidates for each one made
            // a paragraph of many numbers quadratic.)
            func laterFollows(_ reading: ClauseNumber) -> Bool {
                guard let key = SuccessorKey(after: reading), let last = lastQualifying[key] else { return false }
                return last > position
            }
            // Without a sentence end before it, a number must continue one already open.
            let fits = candidate.readings.contains { reading in
                seen.contains { DepthSolver.follows(reading, $0) }
                    || open.contains { DepthSolver.follows(reading, $0) }
                    || (candidate.afterSentence && DepthSolver.isFirstValue(reading)
                        && (candidate.capitalised || laterFollows(reading)))
            }
            if fits {
                accepted.append(candidate.offset)
                seen.append(contentsOf: candidate.readings)
                lastItem = (candidate.afterItem || (!lastItem.isEmpty && !candidate.afterSentence)) ? candidate.readings : []
            }
        }
        return accepted
    }

    /// What ``DepthSolver/follows(_:_:)`` compares: a number follows another exactly when its key
    /// equals the other's `SuccessorKey(after:)`.
    private struct SuccessorKey: Hashable {
        let style: NumberStyle
        let delimiter: NumberDelimiter
        let prefix: String?
        /// For decimal numbers, every component but the last (their count fixes the depth).
        let parents: [Int]
        let value: Int

        init?(_ number: ClauseNumber) {
            guard let value = number.value else { return nil }
            style = number.style
            delimiter = number.delimiter
            prefix = number.prefix
            parents = number.style == .decimal ? Array(number.components.dropLast()) : []
            self.value = value
        }

        /// The key of the number right after `number`.
        init?(after number: ClauseNumber) {
            guard let key = SuccessorKey(number) else { return nil }
            style = key.style
            delimiter = key.delimiter
            prefix = key.prefix
            parents = key.parents
            value = key.value + 1
        }
    }

    /// True when the word ending at `index` is "and" or "or" right after a semicolon ("…; and").
    private static func followsListSeparator(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        var start = index
        while start > 0, LabelParser.isLetter(scalars[start - 1]) { start -= 1 }
        guard index - start == 1 || index - start == 2 else { return false }
        let word = String(scalars: scalars[start...index]).lowercased()
        guard word == "and" || word == "or" else { return false }
        var before = start - 1
        while before > 0, LabelParser.isSpace(scalars[before]) { before -= 1 }
        return before >= 0 && scalars[before] == ";"
    }

    /// A number as labels write it: up to three digits, one letter, or roman numerals ("iv", "XII");
    /// not an ordinary word ending a sentence ("days.").
    private static func looksLikeNumber(_ run: ArraySlice<UInt8>) -> Bool {
        if run.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return run.count <= 3 }
        if run.count == 1 { return true }
        return run.allSatisfy { "ivxlcdmIVXLCDM".utf8.contains($0) }
    }

    /// True when some space in `text` (after the first few bytes) is followed by up to six letters
    /// or digits, optionally in parentheses, then "." or ")" and a space or the end.
    private static func mayHoldInnerLabel(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count > 12 else { return false }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }
        var index = 3
        while index < bytes.count - 1 {
            defer { index += 1 }
            guard bytes[index - 1] == 0x20 else { continue }
            var cursor = index
            if bytes[cursor] == 0x28 { cursor += 1 }
            let start = cursor
            while cursor < bytes.count, cursor - start < 7, isAlphanumeric(bytes[cursor]) { cursor += 1 }
            guard cursor > start, cursor < bytes.count, bytes[cursor] == 0x2E || bytes[cursor] == 0x29,
                looksLikeNumber(bytes[start..<cursor])
            else { continue }
            if cursor + 1 == bytes.count || bytes[cursor + 1] == 0x20 { return true }
        }
        return mayHoldBareDecimal(bytes)
    }

    /// True when some space in `bytes` is followed by a decimal number without a delimiter ("6.3 ").
    private static func mayHoldBareDecimal(_ bytes: [UInt8]) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var index = 3
        while index + 3 < bytes.count {
            defer { index += 1 }
            guard bytes[index - 1] == 0x20, isDigit(bytes[index]) else { continue }
            var cursor = index
            while cursor < bytes.count, isDigit(bytes[cursor]) { cursor += 1 }
            guard cursor + 1 < bytes.count, bytes[cursor] == 0x2E, isDigit(bytes[cursor + 1]) else { continue }
            cursor += 1
            while cursor < bytes.count, isDigit(bytes[cursor]) || bytes[cursor] == 0x2E { cursor += 1 }
            if cursor < bytes.count, bytes[cursor] == 0x20, bytes[cursor - 1] != 0x2E { return true }
        }
        return false
    }

    /// "6.3 " or "3.10 ": a decimal number (two or more components) followed by a space, no delimiter.
    private static func looksLikeBareDecimal(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        var index = start
        var components = 0
        while index < scalars.count {
            let digitStart = index
            while index < scalars.count, index - digitStart < 4, LabelParser.isDigit(scalars[index]) { index += 1 }
            guard index > digitStart else { return false }
            components += 1
            guard index < scalars.count else { return false }
            if scalars[index] == ".", index + 1 < scalars.count, LabelParser.isDigit(scalars[index + 1]) {
                index += 1
                continue
            }
            return components >= 2 && LabelParser.isSpace(scalars[index])
        }
        return false
    }

    /// A cheap test before the full label parse: up to six letters or digits (optionally in
    /// parentheses) followed by "." or ")" and a space or the end.
    private static func looksLikeLabel(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        var index = start
        if scalars[index] == "(" { index += 1 }
        let tokenStart = index
        while index < scalars.count, index - tokenStart < 7, LabelParser.isAlphanumeric(scalars[index]) { index += 1 }
        guard index > tokenStart, index < scalars.count, scalars[index] == "." || scalars[index] == ")" else { return false }
        return index + 1 == scalars.count || LabelParser.isSpace(scalars[index + 1])
    }

    /// True when the word ending at `end` names a division ("Appendix C.", "Step 3."), so a number after it is a reference.
    private static func precededByReferenceWord(_ scalars: [Unicode.Scalar], _ end: Int) -> Bool {
        var start = end
        while start > 0, LabelParser.isLetter(scalars[start - 1]) { start -= 1 }
        // The words below have four to nine letters.
        guard start <= end, (3...8).contains(end - start) else { return false }
        let word = String(scalars: scalars[start...end]).lowercased()
        return ["article", "articles", "section", "sections", "appendix", "step", "steps", "letter", "paragraph",
            "table", "tables", "level", "phase", "part", "schedule", "exhibit", "item", "chapter"].contains(word)
    }

    /// Splits `block` at the offsets; the pieces after the first become paragraphs.
    static func split(_ block: Block, at offsets: [Int]) -> [Block] {
        guard !offsets.isEmpty else { return [block] }
        var pieces: [Block] = []
        var rest = block.runs
        var consumed = 0
        for offset in offsets {
            let (head, tail) = splitRuns(rest, at: offset - consumed)
            var piece = block
            piece.runs = trimRuns(head)
            if !pieces.isEmpty { piece.listNumber = nil; piece.kind = .paragraph }
            pieces.append(piece)
            rest = tail
            consumed = offset
        }
        var last = block
        last.runs = trimRuns(rest)
        last.listNumber = nil
        last.kind = .paragraph
        pieces.append(last)
        return pieces.filter { !$0.runs.isEmpty }
    }
}
