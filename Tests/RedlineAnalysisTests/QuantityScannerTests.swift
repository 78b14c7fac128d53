import Testing

@testable import RedlineAnalysis

@Suite struct QuantityScannerTests {
    private func normalized(_ text: String) -> [String] { QuantityScanner.scan(text).map(\.normalized) }

    @Test func durationsInWordsAndDigits() {
        #expect(normalized("The Union may appeal within ten (10) working days of the answer.") == ["10 working days"])
        #expect(normalized("hold the appointment open for at least ninety (90) calendar days after the start date") == ["90 calendar days"])
        #expect(normalized("within 210 days of the event") == ["210 days"])
        #expect(normalized("Step 2 shall be filed within fifteen (15) business days.") == ["15 working days"])
        #expect(normalized("after six months of service and a 30-day notice") == ["6 months", "30 days"])
        #expect(normalized("twenty-five (25) days") == ["25 days"])
    }

    @Test func boundsAreKept() {
        let quantities = QuantityScanner.scan("no later than thirty (30) days, at least two (2) weeks, up to $500")
        #expect(quantities.map(\.bound) == ["at-most", "at-least", "at-most"])
        #expect(QuantityScanner.scan("within ten (10) working days").first?.bound == "within")
    }

    @Test func moneyRatesAndLumpSums() {
        #expect(normalized("a housing stipend of four hundred fifty dollars ($450) per month") == ["$450/month"])
        #expect(normalized("The minimum rate shall be $22.50 per hour.") == ["$22.50/hour"])
        #expect(normalized("a one-time lump sum payment of $1,250") == ["$1250 lump-sum"])
        #expect(normalized("reimbursed up to $224/month for transit") == ["$224/month"])
        #expect(normalized("an annual allowance of $2,000 annually") == ["$2000/year"])
    }

    @Test func percentagesFteHoursCountsDates() {
        #expect(normalized("a general increase of three percent (3%) on July 1, 2026") == ["3%", "2026-07-01"])
        #expect(normalized("increase of 2.5% effective 1 October 2025") == ["2.5%", "2025-10-01"])
        #expect(normalized("appointments of at least 0.25 FTE") == ["0.25 FTE"])
        #expect(normalized("no more than twenty (20) hours per week") == ["20 hours/week"])
        #expect(normalized("eight (8) hours per month of sick leave") == ["8 hours/month"])
        #expect(normalized("The Union may designate three (3) stewards and five alternates.") == ["3 steward", "5 alternate"])
    }

    @Test func namesAreNotQuantities() {
        #expect(normalized("as provided in Section 13.8 of Article 12, Step 2, and Appendix B") == [])
        #expect(normalized("The meeting starts at 5:00 p.m. in Room 210.") == [])
        #expect(normalized("One of the parties may request it in 2025.") == [])
        #expect(normalized("ASEs may be appointed as one of the titles.") == [])
    }

    @Test func spansPointAtTheWords() {
        let text = "within ninety (90) days"
        let quantity = QuantityScanner.scan(text)[0]
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[quantity.span.start..<(quantity.span.start + quantity.span.length)])
        #expect(String(view) == "ninety (90) days")
        #expect(quantity.text == "ninety (90) days")
    }
}
