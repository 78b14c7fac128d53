import Foundation
import PropertyBased
import Testing

@testable import RedlineDiff

/// The diff's invariants as properties over generated inputs (PropertyBased shrinks a failing case
/// to a small one): the script is valid and minimal against a brute-force LCS on small inputs, an
/// edit script applied to the old text gives the new one byte for byte, a text against itself is all
/// equal, and operations survive a JSON round trip.
@Suite struct DiffPropertyTests {
    /// Token sequences over a small alphabet (many repeats, the hard case for a diff).
    static let tokens = Gen.int(in: 0...3).array(of: 0...40).map { $0.map(Int32.init) }

    /// Words, numbers, punctuation and whitespace of contract text, joined into a text.
    static let pieces = [
        "the", "Union", "University", "shall", "ten", "(10)", "days", "Article", "12", "B.3", "—", ",", ".", ";",
        " ", " ", " ", "\n", "\n\n", "\t", "“grievance”", "café", "ASE’s", "$20.00", "(a)",
    ]
    static let text = Gen.element(of: pieces).array(of: 0...60).map { $0.compactMap { $0 }.joined() }

    @Test func intDiffIsValidAndMinimalAgainstBruteForceLCS() async {
        await propertyCheck(count: 300, input: Self.tokens, Self.tokens) { a, b in
            let (edits, minimal) = IntDiff.diff(a, b)
            #expect(minimal)
            #expect(Check.isValid(edits, a, b))
            #expect(Check.cost(edits) == Check.minimalCost(a, b))
        }
    }

    @Test func applyingTheDiffGivesTheNewText() async {
        await propertyCheck(count: 300, input: Self.text, Self.text) { old, new in
            let diff = WordDiff.diff(old, new)
            // apply(to:) asserts the old text first; check it here so a failure is a shrunk case, not a trap.
            guard diff.reconstructOld() == old else {
                Issue.record("the operations do not rebuild the old text: \(old.debugDescription) → \(new.debugDescription)")
                return
            }
            #expect(diff.apply(to: old) == new)
        }
    }

    @Test func applyingTheDiffOfAnEditedTextGivesItBack() async {
        // An edit script: positions and pieces to insert, and how many pieces to delete at each.
        let edit = zip(Gen.int(in: 0...60), Gen.int(in: 0...3), Gen.element(of: Self.pieces))
        await propertyCheck(count: 300, input: Self.text, edit.array(of: 0...8)) { old, edits in
            var words = old.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            for (position, deleted, inserted) in edits {
                let at = min(position, words.count)
                words.removeSubrange(at..<min(words.count, at + deleted))
                words.insert(inserted ?? "", at: at)
            }
            let new = words.joined(separator: " ")
            for options in [DiffOptions(), DiffOptions(ignoreCase: true, ignoreWhitespace: true, ignorePunctuation: true)] {
                let diff = WordDiff.diff(old, new, options: options)
                guard diff.reconstructOld() == old else {
                    Issue.record("the operations do not rebuild the old text: \(old.debugDescription) → \(new.debugDescription)")
                    continue
                }
                #expect(diff.apply(to: old) == new)
            }
        }
    }

    /// Found by the property above (shrunk from a longer case): an insertion that repeats the text
    /// before it was slid left with no equal run after it, and the old "Union" dropped out.
    @Test(arguments: [("Union", "Union Union"), ("Union", "Union Union Union"), ("the Union", "Union the Union"), ("days.", "days. days.")])
    func anInsertionRepeatingItsNeighbourKeepsTheOldText(_ old: String, _ new: String) {
        let diff = WordDiff.diff(old, new)
        #expect(diff.reconstructOld() == old)
        if diff.reconstructOld() == old { #expect(diff.apply(to: old) == new) }
    }

    @Test func aTextAgainstItselfIsAllEqual() async {
        await propertyCheck(count: 300, input: Self.text) { text in
            let diff = WordDiff.diff(text, text)
            #expect(diff.operations.allSatisfy { $0.kind == .equal })
            #expect(diff.reconstructOld() == text)
        }
    }

    @Test func operationsSurviveAJSONRoundTrip() async throws {
        await propertyCheck(count: 200, input: Self.text, Self.text) { old, new in
            let operations = WordDiff.diff(old, new).operations
            let data = try JSONEncoder().encode(operations)
            #expect(try JSONDecoder().decode([DiffOperation].self, from: data) == operations)
        }
    }
}
