import Foundation
import RedlineChecks
import RedlineModel
import RedlineTestSupport
import Testing

/// Number rules: words against digits, units of time limits, table totals.
@Suite struct NumbersRulesTests {
    @Test(arguments: CheckHarness.ids("numbers/"))
    func examples(_ id: String) throws {
        try CheckHarness.verifyExamples(try #require(RuleCatalog.rule(withID: id)))
    }

    @Test func theCorpusContractIsClean() throws {
        for path in [Corpus.contractText, Corpus.contractWord] {
            let text = try CheckHarness.corpus(path)
            for rule in CheckHarness.rules("numbers/") {
                let findings = try CheckHarness.findings(rule, on: text)
                #expect(findings.isEmpty, "\(path) \(rule.id): \(findings.map(\.message))")
            }
        }
    }

    @Test func plantedNumberWordMismatch() throws {
        let text = try CheckHarness.corpus(Corpus.contractText)
        var planted = text
        let first = try #require(text.range(of: "at least ten (10) working days"))
        planted.replaceSubrange(first, with: "at least ten (11) working days")
        let findings = try CheckHarness.findings(NumberWordMismatchRule.self, on: planted)
        #expect(findings.count == 1)
        #expect(findings.first?.clauseID == "art_3__sec_3.3")
        #expect(findings.first?.severity == .error)
    }

    @Test func numberWordForms() {
        #expect(NumberWordsProbe.value("one hundred twenty") == 120)
        #expect(NumberWordsProbe.value("twenty-five") == 25)
        #expect(NumberWordsProbe.value("one thousand five hundred") == 1500)
        // "one thirty (30) minute orientation" is one orientation of thirty minutes.
        #expect(NumberWordsProbe.value("one thirty") == 30)
    }

    @Test func plantedDayUnit() throws {
        let html = try CheckHarness.corpus("proposals/12-grievance-and-arbitration/02-management-counter.word.html")
        let planted = html.replacingOccurrences(of: "working days", with: "business days", options: [], range: nil)
        // Only the first occurrence becomes "business days".
        var once = html
        if let range = html.range(of: "working days") { once.replaceSubrange(range, with: "business days") }
        try #require(once != html && planted != html)
        let findings = try CheckHarness.findings(DayUnitsRule.self, on: once)
        #expect(findings.count == 1)
        #expect(try CheckHarness.findings(DayUnitsRule.self, on: planted).isEmpty)
    }

    @Test func plantedWrongTotalInTheContract() throws {
        // A breakdown table planted in Article 22 of the contract: its shares add up to 90%, not the stated 100%.
        let text = try CheckHarness.corpus(Corpus.contractText)
        let anchor = try #require(text.range(of: "C. STEP PLACEMENT AND ADVANCEMENT"))
        let table = "Table 2 – Allocation of the Increase Pool\nItem                                    Share\n"
            + "Salary                                    60%\nBenefits                                  30%\n"
            + "Total                                    100%\n\n"
        var planted = text
        planted.insert(contentsOf: table, at: anchor.lowerBound)
        let findings = try CheckHarness.findings(TableTotalRule.self, on: planted)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("gives 100% but the rows above add up to 90%") == true)
        #expect(findings.first?.clauseID?.hasPrefix("art_22") == true)
        let fixed = planted.replacingOccurrences(of: "Benefits                                  30%", with: "Benefits                                  40%")
        #expect(try CheckHarness.findings(TableTotalRule.self, on: fixed).isEmpty)
        // The contract's own "Total (cumulative …)" row compounds increases; it is not a sum.
        #expect(try CheckHarness.findings(TableTotalRule.self, on: text).isEmpty)
    }

    @Test func plantedWrongTotal() throws {
        let html = """
            <html><body><h1>ARTICLE 22</h1><h2>WAGES</h2><p>A. The increases are:</p><table>
            <tr><th>Year</th><th>Increase</th><th>Amount</th></tr>
            <tr><td>2026</td><td>3.5%</td><td>$1,000.00</td></tr>
            <tr><td>2027</td><td>3.0%</td><td>$1,250.00</td></tr>
            <tr><td>2028</td><td>3.0%</td><td>$1,250.00</td></tr>
            <tr><td>Total</td><td>9.5%</td><td>$3,500.00</td></tr>
            </table></body></html>
            """
        #expect(try CheckHarness.findings(TableTotalRule.self, on: html).isEmpty)
        let planted = html.replacingOccurrences(of: "<td>$3,500.00</td>", with: "<td>$3,600.00</td>")
        let findings = try CheckHarness.findings(TableTotalRule.self, on: planted)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("3500") == true)
    }
}

/// Reads number words through the rule, as the rule does.
enum NumberWordsProbe {
    static func value(_ words: String) -> Int? {
        let text = "ARTICLE 1\nX\n\nA. Within \(words) (0) days.\n"
        guard let finding = try? CheckHarness.findings(NumberWordMismatchRule.self, on: text).first else { return nil }
        // "“… (0)” says N in words but 0 in digits"
        let scanner = finding.message.components(separatedBy: " says ").last?.components(separatedBy: " in words").first
        return scanner.flatMap { Int($0) }
    }
}
