import Foundation
import RedlineModel
import RedlineTestSupport
import Testing
@testable import RedlineTopics

@Suite("Topic classifier")
struct TopicClassifierTests {
    static let headings: [(String, String)] = [
        ("LEAVES OF ABSENCE", "leaves"), ("Grievance Procedure", "grievance-arbitration"),
        ("Retirement Benefits", "retirement"), ("Health and Safety", "health-safety"),
        ("Health and Welfare Benefits", "health-welfare"), ("No Strike / No Lockout", "no-strike"),
        ("Respectful Work Environment", "non-discrimination"), ("Reduction in Force", "layoff"),
        ("Management Rights", "management-rights"), ("International Employees", "immigration"),
        ("Salaries", "wages"), ("Pay Administration", "pay-administration"),
        ("Tuition and Fee Remission", "fee-remission"), ("Childcare", "childcare-family"),
        ("Overtime and Call-Back Pay", "overtime"), ("Parking and Transit", "workspace-transit"),
        ("Term of Agreement", "duration-general"), ("Reasonable Accommodation", "accommodations"),
        ("Posting of Vacancies", "posting-selection"), ("Personnel Files", "personnel-files"),
        ("Reclassification", "classification"), ("Dues Deduction", "union-security"), ("Stewards", "union-access"),
        ("Labor-Management Committee", "labor-management"), ("Appointment Letters", "appointments"),
        ("Appointment Security", "appointment-security"), ("Corrective Action and Dismissal", "discipline"),
        ("Professional Development", "training"), ("Holidays", "holidays-vacation"), ("Hours of Work", "workload-hours"),
        ("Definitions", "definitions"), ("Recognition", "recognition"),
    ]

    @Test("an article's heading decides its primary topic", arguments: headings)
    func headingDecides(heading: String, topic: String) throws {
        let document = try TopicFixtures.document(
            "ARTICLE 7 \(heading.uppercased())\n\nA. The parties agree to the terms of this Article.\n\nB. Questions go to the department chair.\n")
        let result = TopicClassifier().classify(document, level: .article)
        let article = try #require(result.articles.first)
        #expect(article.primary?.id == topic, "\(heading): \(article.topics.map(\.topic.id))")
        let evidence = try #require(article.topics.first?.evidence.first)
        #expect(evidence.kind == .heading)
        #expect(evidence.span?.field == .heading)
    }

    @Test("a grievability carve-out inside Management Rights is also grievance and arbitration")
    func carveOut() throws {
        let document = try TopicFixtures.document(
            """
            ARTICLE 19 MANAGEMENT RIGHTS

            A. Except as expressly limited by this Agreement, the University retains the exclusive right to direct \
            the work force, to decide the content of courses and to set standards of academic performance.

            B. Decisions made in the exercise of academic judgment under Section A are not subject to the grievance \
            and arbitration procedure of Article 12.

            C. The University shall notify the Union before it changes the methods by which work is assigned.
            """)
        let result = TopicClassifier().classify(document, level: .clause)
        let clauses = Dictionary(uniqueKeysWithValues: result.clauses.map { ($0.id, $0) })
        let carveOut = try #require(clauses["art_19__sec_b"])
        let topics = carveOut.topics.map(\.topic.id)
        #expect(topics.contains("management-rights"), "\(topics)")
        #expect(topics.contains("grievance-arbitration"), "\(topics)")
        #expect(clauses["art_19__sec_a"]?.primary?.id == "management-rights")
        #expect(clauses["art_19__sec_c"]?.topics.map(\.topic.id).contains("grievance-arbitration") == false)
    }

    @Test("a list item without topic words inherits its article's topic")
    func inheritance() throws {
        let document = try TopicFixtures.document(
            """
            ARTICLE 1 RECOGNITION

            A. The University recognizes the Union as the exclusive representative of employees in these titles:

            1. Teaching Assistant;

            2. Reader;

            3. Tutor.
            """)
        let result = TopicClassifier().classify(document, level: .clause)
        let item = try #require(result.clauses.first { $0.id == "art_1__sec_a__subsec_2" })
        #expect(item.primary?.id == "recognition")
        #expect(item.topics.first?.evidence.contains { $0.kind == .article && $0.detail == "art_1" } == true)
    }

    @Test("every evidence span quotes the clause text at its offset, on the whole corpus contract")
    func evidenceSpans() throws {
        let url = Fixtures.corpora.appendingPathComponent("contract/lsu-contract-2023-2026.plain.html")
        let document = try TopicFixtures.read(url)
        let result = TopicClassifier().classify(document, level: .clause)
        #expect(result.articles.count == 29)
        var checked = 0
        for entry in result.articles + result.clauses {
            #expect(!entry.topics.isEmpty, "\(entry.id)")
            for assignment in entry.topics {
                #expect(!assignment.evidence.isEmpty, "\(entry.id) \(assignment.topic)")
                for evidence in assignment.evidence {
                    guard let span = evidence.span else { continue }
                    let node = try #require(document.node(withID: span.clauseID))
                    var source = span.field == .heading ? node.headingText : node.text.plainText
                    if span.field == .text, let table = node.table {
                        source += (source.isEmpty ? "" : "\n") + table.plainText
                    }
                    let scalars = Array(source.unicodeScalars)
                    let quote = String(String.UnicodeScalarView(scalars[span.offset..<(span.offset + span.length)]))
                    #expect(quote == span.quote, "\(span.clauseID)")
                    checked += 1
                }
            }
        }
        #expect(checked > 1000)
    }

    @Test("classification is deterministic and encodes to JSON")
    func deterministic() throws {
        let url = Fixtures.corpora.appendingPathComponent("contract/lsu-contract-2023-2026.word.html")
        let document = try TopicFixtures.read(url)
        let first = TopicClassifier().classify(document, level: .clause)
        let second = TopicClassifier().classify(document, level: .clause)
        #expect(first == second)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(first) == encoder.encode(second))
        let text = TopicReport.text(first)
        #expect(text.contains("art_16  ARTICLE 16  IMMIGRATION"))
    }
}

