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
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 12 else { return [] }
        var candidates: [(offset: Int, readings: [ClauseNumber])] = []
        var index = 3
        while index < scalars.count - 3 {
            defer { index += 1 }
            guard LabelParser.isSpace(scalars[index - 1]), !LabelParser.isSpace(scalars[index]) else { continue }
            var before = index - 2
            while before > 0, LabelParser.isSpace(scalars[before]) { before -= 1 }
            guard [".", ":", ";", "”", "\""].contains(scalars[before]) else { continue }
            let window = String(String.UnicodeScalarView(scalars[index..<min(scalars.count, index + 24)]))
            guard let match = LabelParser.parse(window), match.division == .plain,
                match.remainderOffset < window.unicodeScalars.count
            else { continue }
            let next = window.unicodeScalars[window.unicodeScalars.index(window.unicodeScalars.startIndex, offsetBy: match.remainderOffset)]
            guard next.properties.isAlphabetic || next == "“" || next == "\"" else { continue }
            candidates.append((index, match.candidates))
        }
        guard !candidates.isEmpty else { return [] }
        var accepted: [Int] = []
        var seen: [ClauseNumber] = leading
        for (position, candidate) in candidates.enumerated() {
            let later = candidates[(position + 1)...].flatMap(\.readings)
            let fits = candidate.readings.contains { reading in
                seen.contains { DepthSolver.follows(reading, $0) }
                    || open.contains { DepthSolver.follows(reading, $0) }
                    || (DepthSolver.isFirstValue(reading) && later.contains { DepthSolver.follows($0, reading) })
            }
            if fits {
                accepted.append(candidate.offset)
                seen.append(contentsOf: candidate.readings)
            }
        }
        return accepted
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
