import Foundation
import RedlineTestSupport
import Testing

@testable import RedlineAnalysis

/// The hand-labelled sets in `corpora/analysis/` (labels written by hand, never by the analyser):
/// the targets hold on the held-out fifth, and the analysis beats modal verbs alone.
@Suite struct LabelledSetTests {
    private func evaluation(_ name: String, heldOutOnly: Bool = true) throws -> AnalysisEvaluation {
        let url = Fixtures.corpora.appendingPathComponent("analysis/\(name)")
        return AnalysisEvaluation(labels: try AnalysisLabel.read(url), file: name, heldOutOnly: heldOutOnly)
    }

    @Test func setsAreAsLargeAsPromisedAndCoverEveryFlagAndKind() throws {
        let sentences = try AnalysisLabel.read(Fixtures.corpora.appendingPathComponent("analysis/sentences.jsonl"))
        let changes = try AnalysisLabel.read(Fixtures.corpora.appendingPathComponent("analysis/changes.jsonl"))
        let quantities = try AnalysisLabel.read(Fixtures.corpora.appendingPathComponent("analysis/quantities.jsonl"))
        #expect(sentences.count >= 400)
        #expect(changes.filter { $0.flags?.isEmpty == false }.count >= 150)
        #expect(changes.filter { $0.flags?.isEmpty == true }.count >= 40)
        let flags = Set(changes.flatMap { $0.flags ?? [] })
        for flag in ChangeFlag.allCases where !flag.isQuantityFlag {
            #expect(flags.contains(flag.rawValue), "no pair labelled \(flag.rawValue)")
        }
        for kind in QuantityKind.allCases {
            #expect(flags.contains("quantity-changed:" + kind.rawValue), "no pair changes a \(kind.rawValue)")
            #expect(quantities.contains { $0.quantities?.contains { $0.first == kind.rawValue } == true })
        }
        // Ids are unique, and a fifth (by hash) is held out.
        #expect(Set(changes.map(\.id)).count == changes.count)
        let heldOut = changes.filter { $0.isHeldOut(file: "changes.jsonl") }.count
        #expect(heldOut > changes.count / 8 && heldOut < changes.count / 3)
    }

    @Test func changeFlagsOnTheHeldOutFifth() throws {
        let result = try evaluation("changes.jsonl")
        #expect(result.items >= 30)
        #expect(result.analyser.macroF1 >= 0.90, "\(result.report(disagreements: true))")
        #expect(result.wordingOnlyPairs > 0)
        #expect(result.falseFlagsOnWordingOnly == 0, "\(result.disagreements)")
        #expect(result.analyser.macroF1 > (result.baseline?.macroF1 ?? 1) + 0.3)
    }

    @Test func quantitiesOnTheHeldOutFifth() throws {
        let result = try evaluation("quantities.jsonl")
        #expect(result.items >= 20)
        #expect(result.analyser.macroF1 >= 0.95, "\(result.report(disagreements: true))")
    }

    @Test func statementsBeatModalVerbsAlone() throws {
        let result = try evaluation("sentences.jsonl")
        #expect(result.items >= 60)
        #expect(result.analyser.macroF1 >= 0.85, "\(result.report(disagreements: true))")
        let baseline = try #require(result.baseline)
        #expect(result.analyser.macroF1 > baseline.macroF1 + 0.5)
        let modality = try #require(result.modalityOnly)
        #expect(modality.analyser.macroF1 > modality.baseline.macroF1)
    }

    @Test func aBrokenLabelLineIsOneErrorWithItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redline-labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.jsonl")
        try Data("{\"id\":\"a\",\"text\":\"x\",\"statements\":[]}\nnot json\n".utf8).write(to: file)
        #expect(throws: LabelError.self) { try AnalysisLabel.read(file) }
        do {
            _ = try AnalysisLabel.read(file)
        } catch let error as LabelError {
            #expect(error.description.hasSuffix("bad.jsonl:2: not a label line (expected a JSON object with an id)"))
        }
    }
}
