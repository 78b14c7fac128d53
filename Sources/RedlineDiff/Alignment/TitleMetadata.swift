import RedlineModel

/// A document title is metadata, not text. When a top-level division's heading is its document's
/// title on both sides (a bill or resolution read as one unnumbered division) and the title changed
/// only by status or stage — a version code ("116 SCONRES 13 ES:"), "DRAFT", "Engrossed" becoming
/// "Enrolled", a date or number — the change is the title's (shown in the summary's `---`/`+++`
/// lines), and the division is compared on its text alone; an otherwise identical text is `same`.
enum TitleMetadata {
    /// Words that name a document's status or stage rather than its content.
    static let statusWords: Set<String> = [
        "draft", "final", "revised", "amended", "engrossed", "enrolled", "introduced", "reported", "referred",
        "passed", "agreed", "placed", "received", "considered", "version", "stage", "status", "confidential",
        "tentative", "proposed", "copy", "redline", "clean", "rev", "v",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// - Complexity: O(*h*) per top-level division in its heading's length.
    static func apply(_ alignments: [NodeAlignment], oldTitle: String?, newTitle: String?) -> [NodeAlignment] {
        guard let oldTitle, let newTitle, oldTitle != newTitle else { return alignments }
        return alignments.map { alignment in
            guard alignment.old.count == 1, alignment.new.count == 1, let diff = alignment.headingDiff, !diff.isEmpty,
                alignment.old[0].heading == oldTitle, alignment.new[0].heading == newTitle,
                isStatusOnly(diff, title: newTitle)
            else { return alignment }
            let inserted = alignment.wordsInserted - diff.wordsInserted
            let deleted = alignment.wordsDeleted - diff.wordsDeleted
            let textChanged = inserted + deleted > 0
            var kind = alignment.kind
            if kind == .modified && !textChanged && alignment.children.allSatisfy({ $0.kind == .same }) { kind = .same }
            return NodeAlignment(
                kind: kind, old: alignment.old, new: alignment.new, similarity: alignment.similarity,
                renumbered: alignment.renumbered, moved: alignment.moved, textChanged: textChanged, headingDiff: nil,
                textDiff: alignment.textDiff, textDiffIncludesHeading: alignment.textDiffIncludesHeading,
                children: alignment.children, wordsInserted: inserted, wordsDeleted: deleted,
                wordsMoved: alignment.wordsMoved, isMinimal: alignment.isMinimal, movedTo: alignment.movedTo)
        }
    }

    /// Whether every word the diff inserts or deletes is a status word, a number or date, or (in a
    /// title not written in capitals) a code in capitals such as "SCONRES", "ES" or "H.R.".
    static func isStatusOnly(_ diff: TextDiff, title: String) -> Bool {
        let titleHasLowercase = title.contains { $0.isLowercase }
        for operation in diff.operations where operation.kind != .equal {
            for word in operation.text.split(whereSeparator: { $0.isWhitespace }) {
                let letters = word.filter { $0.isLetter }
                if letters.isEmpty { continue }  // numbers, dates in digits, punctuation
                if statusWords.contains(letters.lowercased()) { continue }
                if titleHasLowercase, letters.count <= 8, letters.allSatisfy({ $0.isUppercase }) { continue }
                return false
            }
        }
        return true
    }
}
