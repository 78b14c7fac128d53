import Foundation
import RedlineDiff
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

/// Article and clause alignment on contract-shaped documents.
@Suite struct AlignmentTests {
    func read(_ text: String) throws -> ContractDocument {
        try ContractReader().read(bytes: Array(text.utf8), name: "t.txt")
    }

    func compare(_ old: String, _ new: String, options: CompareOptions = CompareOptions()) throws -> DocumentDiff {
        let before = try read(old)
        let after = try read(new)
        let diff = DocumentComparer.compare(old: before, new: after, options: options)
        #expect(DiffInvariants.violations(diff, old: before, new: after) == [])
        return diff
    }

    static let contract = """
        ARTICLE 1 – RECOGNITION
        A. The University recognizes the Union as the exclusive representative of all academic student employees.
        B. The unit includes teaching assistants, readers and tutors in the titles listed in Appendix A.
        ARTICLE 2 – GRIEVANCE AND ARBITRATION
        A. A grievance is a written claim that the University has broken a specific term of this Agreement.
        B. A grievance must be filed within thirty (30) calendar days of the event that gave rise to it.
        C. The University shall answer each grievance in writing within fifteen (15) working days.
        ARTICLE 3 – LAYOFF
        A. Layoff means an involuntary reduction in the hours or the end of an appointment before its end date.
        B. The University shall give the Union and the employee forty-five (45) days of written notice.
        ARTICLE 4 – IMMIGRATION
        A. An employee may take up to five (5) days of paid leave to attend immigration proceedings.
        B. The University shall reimburse fees for renewing a work visa required by the appointment.
        """

    @Test func documentAgainstItselfIsEmpty() throws {
        let diff = try compare(Self.contract, Self.contract)
        #expect(diff.isEmpty)
        #expect(diff.wordsInserted == 0 && diff.wordsDeleted == 0)
        #expect(diff.alignments.allSatisfy { $0.kind == .same && $0.similarity == 1 })
    }

    @Test func wordChangeInOneClause() throws {
        let diff = try compare(
            Self.contract, Self.contract.replacingOccurrences(of: "thirty (30) calendar", with: "forty-five (45) calendar"))
        let grievance = try #require(diff.alignments.first { $0.new.first?.id == "art_2" })
        #expect(grievance.kind == .modified)
        let b = try #require(grievance.children.first { $0.new.first?.id == "art_2__sec_b" })
        #expect(b.kind == .modified)
        #expect(b.wordsDeleted == 2 && b.wordsInserted == 2)  // "forty-five" is one word
        #expect(b.old.first?.location.line == 6)
        #expect(diff.alignments.filter { $0.kind != .same }.count == 1)
    }

    @Test func renumberedArticleIsNotAddedAndRemoved() throws {
        let renumbered = Self.contract
            .replacingOccurrences(of: "ARTICLE 3 – LAYOFF", with: "ARTICLE 5 – LAYOFF")
            .replacingOccurrences(of: "ARTICLE 4 – IMMIGRATION", with: "ARTICLE 6 – IMMIGRATION")
        let diff = try compare(Self.contract, renumbered)
        #expect(diff.alignments.map(\.kind) == [.same, .same, .renumbered, .renumbered])
        #expect(diff.alignments[2].old.first?.number == "ARTICLE 3")
        #expect(diff.alignments[2].textChanged == false)
        let ignoring = try compare(Self.contract, renumbered, options: CompareOptions(ignoreNumbering: true))
        #expect(ignoring.isEmpty)
    }

    @Test func romanToArabicWithNewHeadingIsTheSameArticle() throws {
        let old = "ARTICLE VII – GRIEVANCES\nA. A grievance is a written claim that the University has broken this Agreement.\n"
        let new = "ARTICLE 7 – GRIEVANCE PROCEDURE\nA. A grievance is a written claim that the University has broken this Agreement.\n"
        let diff = try compare(old, new)
        #expect(diff.alignments.count == 1)
        #expect(diff.alignments[0].kind == .modified)
        #expect(diff.alignments[0].headingDiff?.wordsInserted == 2)
    }

    @Test func movedArticle() throws {
        let parts = Self.contract.components(separatedBy: "ARTICLE 4 – IMMIGRATION")
        let immigration = "ARTICLE 4 – IMMIGRATION" + parts[1]
        let moved = immigration + "\n" + parts[0]
        let diff = try compare(Self.contract, moved)
        let kinds = Dictionary(uniqueKeysWithValues: diff.alignments.map { ($0.new.first!.id, $0.kind) })
        #expect(kinds["art_4"] == .moved)
        #expect(diff.alignments.filter { $0.kind == .moved }.count == 1)
        #expect(diff.wordsMoved > 20)
        #expect(diff.wordsInserted == 0 && diff.wordsDeleted == 0)
    }

    @Test func addedAndRemovedArticles() throws {
        let new = Self.contract.components(separatedBy: "ARTICLE 3 – LAYOFF")[0]
            + "ARTICLE 5 – CHILDCARE\nA. The University pays a childcare subsidy of $900 each term to eligible employees.\n"
            + "ARTICLE 4 – IMMIGRATION" + Self.contract.components(separatedBy: "ARTICLE 4 – IMMIGRATION")[1]
        let diff = try compare(Self.contract, new)
        #expect(diff.alignments.filter { $0.kind == .added }.map { $0.new.first?.id } == ["art_5"])
        #expect(diff.alignments.filter { $0.kind == .removed }.map { $0.old.first?.id } == ["art_3"])
        #expect(diff.alignments.first { $0.kind == .added }?.wordsInserted == 14)
    }

    @Test func insertedSectionRelettersTheRest() throws {
        let new = Self.contract.replacingOccurrences(
            of: "B. The University shall give the Union",
            with: "B. Before any layoff the University shall first seek volunteers and offer other open positions.\nC. The University shall give the Union")
        let diff = try compare(Self.contract, new)
        let layoff = try #require(diff.alignments.first { $0.new.first?.id == "art_3" })
        #expect(layoff.children.map(\.kind) == [.same, .added, .renumbered])
        #expect(layoff.children[2].old.first?.id == "art_3__sec_b")
        #expect(layoff.children[2].textChanged == false)
    }

    @Test func splitSection() throws {
        let new = Self.contract.replacingOccurrences(
            of: "C. The University shall answer each grievance in writing within fifteen (15) working days.",
            with: "C. The University shall answer each grievance in writing.\nD. The answer is due within fifteen (15) working days.")
        let diff = try compare(Self.contract, new)
        let grievance = try #require(diff.alignments.first { $0.new.first?.id == "art_2" })
        let split = try #require(grievance.children.first { $0.kind == .split })
        #expect(split.old.map(\.id) == ["art_2__sec_c"])
        #expect(split.new.map(\.id) == ["art_2__sec_c", "art_2__sec_d"])
    }

    @Test func mergedSections() throws {
        let old = "ARTICLE 9 – HOLIDAYS\nA. The University observes New Year's Day, Labor Day and Thanksgiving Day as paid holidays.\nB. It also observes Juneteenth and the Friday after Thanksgiving as paid holidays.\n"
        let new = "ARTICLE 9 – HOLIDAYS\nA. The University observes New Year's Day, Labor Day, Juneteenth, Thanksgiving Day and the Friday after Thanksgiving as paid holidays.\n"
        let diff = try compare(old, new)
        let merged = try #require(diff.alignments.first?.children.first { $0.kind == .merged })
        #expect(merged.old.map(\.id) == ["art_9__sec_a", "art_9__sec_b"])
        #expect(merged.new.map(\.id) == ["art_9__sec_a"])
    }

    @Test func clauseMovedToAnotherArticleIsMoved() throws {
        let sentence = "B. The University shall reimburse fees for renewing a work visa required by the appointment."
        let new = Self.contract
            .replacingOccurrences(of: "\n" + sentence, with: "")
            .replacingOccurrences(
                of: "B. The University shall give the Union and the employee forty-five (45) days of written notice.",
                with: "B. The University shall give the Union and the employee forty-five (45) days of written notice.\n"
                    + sentence.replacingOccurrences(of: "B. ", with: "C. "))
        let diff = try compare(Self.contract, new)
        let layoff = try #require(diff.alignments.first { $0.new.first?.id == "art_3" })
        let moved = try #require(layoff.children.first { $0.new.first?.id == "art_3__sec_c" })
        #expect(moved.kind == .moved)
        #expect(moved.old.first?.id == "art_4__sec_b")
        #expect(moved.textChanged == false)
        // At its old place the clause is still shown leaving, pointing at where it went.
        let immigration = try #require(diff.alignments.first { $0.new.first?.id == "art_4" })
        let left = try #require(immigration.children.first { $0.old.first?.id == "art_4__sec_b" })
        #expect(left.kind == .removed && left.movedTo == "art_3__sec_c")
        #expect(diff.wordsInserted == 0 && diff.wordsDeleted == 0)
        #expect(diff.wordsMoved >= 13)
    }

    @Test func tableWithEveryNumberChangedIsTheSameTable() throws {
        let old = "ARTICLE 22 – WAGES\nA. Rates:\nStep      2026      2027\nStep 1    $3,400    $3,500\nStep 2    $3,600    $3,700\n"
        let new = "ARTICLE 22 – WAGES\nA. Rates:\nStep      2027      2028\nStep 1    $3,550    $3,650\nStep 2    $3,750    $3,850\n"
        let diff = try compare(old, new)
        let rates = try #require(diff.alignments.first?.children.first)
        #expect(rates.children.map(\.kind) == [.modified])
        #expect(rates.children.first?.old.first?.kind == .table)
    }

    @Test func proposalAgainstWholeContractIsScoped() throws {
        let proposal = "ARTICLE 3 – LAYOFF\nA. Layoff means an involuntary reduction in hours or the end of an appointment before its end date.\nB. The University shall give the Union and the employee sixty (60) days of written notice.\n"
        let before = try read(Self.contract)
        let after = try read(proposal)
        let diff = DocumentComparer.compare(old: before, new: after, options: CompareOptions(scope: .newArticles))
        #expect(diff.alignments.count == 1)
        #expect(diff.alignments[0].kind == .modified)
        #expect(DiffInvariants.violations(diff, old: before, new: after) == [])
    }
}

/// The invariants over every proposal sequence in `corpora/`: each version against the next.
@Suite struct CorpusSequenceTests {
    static let sequences: [URL] = {
        let folder = Fixtures.corpora.appendingPathComponent("proposals")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }()

    @Test func thereAreSequences() {
        #expect(Self.sequences.count >= 6)
    }

    @Test("each version against the next, in both export formats", arguments: sequences)
    func consecutiveVersions(_ folder: URL) throws {
        let versions = ["01-union-initial", "02-management-counter", "03-union-counter", "04-tentative-agreement"]
        let reader = ContractReader(proposalMarkup: .accept)
        for format in ["word.html", "gdocs.html"] {
            var previous = try reader.read(contentsOf: folder.appendingPathComponent("clean/00-current.txt"))
            for version in versions {
                let url = folder.appendingPathComponent("\(version).\(format)")
                let current = try reader.read(contentsOf: url)
                let diff = DocumentComparer.compare(old: previous, new: current, options: CompareOptions(scope: .newArticles))
                #expect(DiffInvariants.violations(diff, old: previous, new: current) == [], "\(url.lastPathComponent)")
                #expect(!diff.isEmpty, "\(url.lastPathComponent) should differ from the version before it")
                let same = DocumentComparer.compare(old: current, new: current)
                #expect(same.isEmpty, "\(url.lastPathComponent) against itself")
                previous = current
            }
        }
    }

    @Test("accepting a proposal's markup gives its clean text", arguments: sequences)
    func acceptedMarkupMatchesCleanText(_ folder: URL) throws {
        for version in ["01-union-initial", "02-management-counter", "03-union-counter", "04-tentative-agreement"] {
            let accepted = try ContractReader(proposalMarkup: .accept).read(
                contentsOf: folder.appendingPathComponent("\(version).word.html"))
            let clean = try ContractReader().read(contentsOf: folder.appendingPathComponent("clean/\(version).txt"))
            let diff = DocumentComparer.compare(
                old: clean, new: accepted, options: CompareOptions(text: DiffOptions(ignoreWhitespace: true), scope: .newArticles))
            // The only differences allowed: the proposal's own header (front matter) and, in a TA,
            // the signature lines added at the end. No clause may be reworded.
            var reworded: [String] = []
            for alignment in diff.alignments where alignment.new.first?.kind != .preamble {
                alignment.forEach { node in
                    let own = (node.headingDiff.map { !$0.isEmpty } ?? false) || (node.textDiff.map { !$0.isEmpty } ?? false)
                    if own && node.kind != .added { reworded.append(node.new.first?.id ?? "?") }
                    if node.kind == .removed { reworded.append(node.old.first?.id ?? "?") }
                }
            }
            #expect(reworded.isEmpty, "\(folder.lastPathComponent)/\(version): \(reworded)")
            #expect(diff.wordsDeleted == 0 || reworded.isEmpty == false)
        }
    }
}

/// Merges and splits whose text was also edited.
@Suite struct EditedMergeAndSplitTests {
    func compare(_ old: String, _ new: String) throws -> DocumentDiff {
        let before = try ContractReader().read(bytes: Array(old.utf8), name: "old.txt")
        let after = try ContractReader().read(bytes: Array(new.utf8), name: "new.txt")
        let diff = DocumentComparer.compare(old: before, new: after)
        #expect(DiffInvariants.violations(diff, old: before, new: after) == [])
        return diff
    }

    static let old = """
        ARTICLE 1 – RECOGNITION
        A. The University recognizes the Union as the exclusive representative of all academic student employees in the unit.
        ARTICLE 2 – HEALTH AND SAFETY
        A. The University shall provide a workplace free of recognized hazards and shall supply protective equipment without charge.
        B. An employee may refuse work that presents an imminent danger of death or serious injury, without loss of pay.
        ARTICLE 3 – BREAKS
        A. An employee who works four hours or more in a day receives a paid rest break of fifteen minutes near the middle of each half shift.
        B. Laboratory assistants on shifts longer than six hours also receive an unpaid meal period of thirty minutes.
        ARTICLE 4 – DURATION
        A. This Agreement takes effect on its ratification and remains in effect until midnight on September 30, 2029.
        """

    @Test func editedMergeKeepsBothOldArticles() throws {
        let new = """
            ARTICLE 1 – RECOGNITION
            A. The University recognizes the Union as the exclusive representative of all academic student employees in the unit.
            ARTICLE 2 – HEALTH, SAFETY, AND BREAKS
            A. The University will provide a workplace free of recognized hazards and will supply protective equipment at no charge.
            B. An employee may refuse work that presents an imminent danger of death or serious injury, with no loss of pay.
            C. Each employee who works four hours or more in a day gets a paid rest break of fifteen minutes in each half shift.
            D. Laboratory assistants on shifts over six hours also get an unpaid meal period of thirty minutes.
            ARTICLE 3 – DURATION
            A. This Agreement takes effect on its ratification and remains in effect until midnight on September 30, 2032.
            """
        let diff = try compare(Self.old, new)
        let merged = try #require(diff.alignments.first { $0.kind == .merged })
        #expect(merged.old.map(\.id) == ["art_2", "art_3"])
        #expect(merged.new.map(\.id) == ["art_2"])
        #expect(diff.alignments.allSatisfy { $0.kind != .added && $0.kind != .removed })
        let duration = try #require(diff.alignments.first { $0.new.first?.id == "art_3" })
        #expect(duration.kind == .renumbered && duration.old.first?.id == "art_4")
    }

    @Test func editedSplitNamesBothNewArticles() throws {
        let new = """
            ARTICLE I – RECOGNITION
            A. The University recognizes the Union as the exclusive representative of all academic student employees in the unit.
            ARTICLE II – HEALTH AND SAFETY
            A. The University will provide a workplace free of recognized hazards and will supply protective equipment at no charge.
            B. An employee may refuse work that presents an imminent danger of death or serious injury, with no loss of pay.
            C. Each employee who works four hours or more in a day gets a paid rest break of fifteen minutes in each half shift.
            D. Laboratory assistants on shifts over six hours also get an unpaid meal period of thirty minutes.
            ARTICLE III – DURATION
            A. This Agreement takes effect on its ratification and remains in effect until midnight on September 30, 2032.
            """
        // Read the other way round: one article in the old edition became two in the new.
        let diff = try compare(new, Self.old)
        let split = try #require(diff.alignments.first { $0.kind == .split })
        #expect(split.old.map(\.id) == ["art_2"])
        #expect(split.new.map(\.id) == ["art_2", "art_3"])
        #expect(diff.alignments.allSatisfy { $0.kind != .added && $0.kind != .removed })
    }
}
