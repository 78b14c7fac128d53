import Foundation
@testable import RedlineDiff
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

/// A document title that changes only by status or stage is metadata, not a modified article.
@Suite struct TitleMetadataTests {
    @Test func statusAndStageWordsAreMetadata() {
        let title = "Reaffirming the commitment of the parties to the Joint Safety Program."
        #expect(TitleMetadata.isStatusOnly(WordDiff.diff(title, "116 SCONRES 13 ES: " + title), title: title))
        #expect(TitleMetadata.isStatusOnly(WordDiff.diff("DRAFT " + title, title), title: title))
        #expect(TitleMetadata.isStatusOnly(WordDiff.diff("Engrossed: " + title, "Enrolled: " + title), title: title))
        #expect(TitleMetadata.isStatusOnly(WordDiff.diff(title + " March 3, 2026", title + " April 9, 2026"), title: title))
    }

    @Test func aChangeOfSubjectIsNotMetadata() {
        let title = "Reaffirming the commitment of the parties to the Joint Safety Program."
        let other = "Reaffirming the commitment of the parties to the Joint Housing Program."
        #expect(!TitleMetadata.isStatusOnly(WordDiff.diff(title, other), title: other))
        // In a heading written in capitals, capitals are words, not codes.
        #expect(!TitleMetadata.isStatusOnly(WordDiff.diff("UNION SECURITY", "UNION SECURITY AND DUES"), title: "UNION SECURITY AND DUES"))
    }

    /// Two versions of a real concurrent resolution (engrossed in the Senate, then referred in the
    /// House) whose only difference is the version code the engrossed one carries in its title.
    @Test(.enabled(if: Fixtures.hasSharedReal, "../shared/real is absent"))
    func billVersionsDifferingOnlyInTitleAreTheSame() throws {
        let folder = try #require(Fixtures.sharedReal).appendingPathComponent("uslm-bills/116sconres13")
        let engrossed = try ContractReader().read(contentsOf: folder.appendingPathComponent("SC13_ES.XML"))
        let referred = try ContractReader().read(contentsOf: folder.appendingPathComponent("SC13_RFH.XML"))
        #expect(engrossed.title != referred.title)
        let diff = DocumentComparer.compare(old: engrossed, new: referred)
        #expect(DiffInvariants.violations(diff, old: engrossed, new: referred) == [])
        #expect(diff.isEmpty)
        #expect(diff.old.title == engrossed.title && diff.new.title == referred.title)
    }
}
