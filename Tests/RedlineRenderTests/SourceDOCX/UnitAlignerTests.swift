@testable import RedlineRender
import Testing

@Suite("Pairing the paragraphs of two Word bodies")
struct UnitAlignerTests {
    func paragraphs(_ texts: [String]) -> [UnitAligner.Signature] { texts.map { .init(isTable: false, text: $0) } }

    @Test("an anchor out of order whose paragraph is unchanged becomes a move with one name at both ends")
    func moves() {
        let old = paragraphs(["Alpha clause text here.", "Bravo clause text here.", "Charlie clause text here."])
        let new = paragraphs(["Bravo clause text here.", "Charlie clause text here.", "Alpha clause text here."])
        let script = UnitAligner.align(old: old, new: new, anchors: [(0, 2), (1, 0), (2, 1)])
        #expect(script.newSteps == [.pair(old: 1), .pair(old: 2), .moveTo(old: 0, name: "redlineMove1")])
        #expect(script.before[0] == [.moveFrom(0, name: "redlineMove1")])
    }

    @Test("between anchors, equal paragraphs pair, similar ones pair, the rest are inserted or deleted in place")
    func gaps() {
        let old = paragraphs(["Heading", "The Union shall be notified in writing.", "A clause that goes away entirely now.", "Tail"])
        let new = paragraphs(["Heading", "The Union shall be notified promptly in writing.", "Something altogether new, added here.", "Tail"])
        let script = UnitAligner.align(old: old, new: new, anchors: [(0, 0)])
        #expect(script.newSteps == [.pair(old: 0), .pair(old: 1), .insert, .pair(old: 3)])
        #expect(script.before[2] == [.delete(2)])
    }
}
