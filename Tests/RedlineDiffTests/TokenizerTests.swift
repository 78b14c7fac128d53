import Testing
@testable import RedlineDiff

@Suite("Tokenizer")
struct TokenizerTests {
    private func tokens(_ text: String) -> [(String, TokenKind)] {
        let t = TokenizedText(text)
        return (0..<t.count).map { (t[$0], t.kinds[$0]) }
    }

    private func texts(_ text: String) -> [String] { tokens(text).map(\.0) }

    @Test func wordsKeepInternalApostrophesAndHyphens() {
        #expect(texts("the employee's non-grievable claim") == ["the", " ", "employee's", " ", "non-grievable", " ", "claim"])
        #expect(texts("employee’s") == ["employee’s"])
        #expect(texts("employees' rights") == ["employees", "'", " ", "rights"])
        #expect(texts("well- known -- x") == ["well", "-", " ", "known", " ", "-", "-", " ", "x"])
        #expect(texts("COVID-19 3rd") == ["COVID-19", " ", "3rd"])
        #expect(tokens("3rd")[0].1 == .word)
    }

    @Test func numbersKeepSeparators() {
        #expect(tokens("3.5") .map(\.1) == [.number])
        #expect(texts("$2,500.00 and 50%") == ["$", "2,500.00", " ", "and", " ", "50", "%"])
        #expect(texts("Section 12.3.1.") == ["Section", " ", "12.3.1", "."])
        #expect(texts("(30) days, 2024-2025") == ["(", "30", ")", " ", "days", ",", " ", "2024-2025"])
        #expect(tokens("2,500")[0].1 == .number)
        #expect(texts("A.B") == ["A", ".", "B"])
        #expect(texts("1,a") == ["1", ",", "a"])
    }

    @Test func punctuationIsOneTokenPerCharacterAndWhitespaceIsARun() {
        #expect(texts("a, b;\n\n  c.") == ["a", ",", " ", "b", ";", "\n\n  ", "c", "."])
        #expect(tokens("...").map(\.1) == [.punctuation, .punctuation, .punctuation])
        #expect(tokens(" \t\n").map(\.1) == [.whitespace])
    }

    @Test func unicodeRoundTrips() {
        let samples = [
            "ARTICLE 7 – HOURS “quoted” ‘single’ café naïve résumé",
            "e\u{301}te\u{301} — ok",  // decomposed accents stay inside the word
            "non\u{AD}grievable",  // soft hyphen
            "a\u{00A0}b\u{2009}c",  // NBSP and thin space are whitespace
            "👍🏽 family: 👨‍👩‍👧 flag 🇫🇷 ok",
            "日本語のテキスト and 中文",
            "\u{301}leading combining mark",
            "",
            "tab\tand\r\nCRLF\r\n",
        ]
        for sample in samples {
            let t = TokenizedText(sample)
            #expect(t.text == sample)
            #expect((0..<t.count).map { t[$0] }.joined() == sample)
            #expect(t.bounds.first == 0 && Int(t.bounds.last!) == sample.utf8.count)
        }
        #expect(texts("café naïve") == ["café", " ", "naïve"])
        #expect(texts("e\u{301}te\u{301}") == ["e\u{301}te\u{301}"])
        #expect(texts("a\u{00A0}b").map { $0.unicodeScalars.count } == [1, 1, 1])
        #expect(tokens("a\u{00A0}b")[1].1 == .whitespace)
        #expect(tokens("–")[0].1 == .punctuation)
        #expect(texts("日本") == ["日", "本"])
    }

    @Test func randomBytesRoundTrip() {
        var rng = SeededGenerator(seed: 7)
        let alphabet: [String] = ["a", "Z", "9", " ", "\n", ",", ".", "-", "'", "’", "é", "\u{301}", "–", "$", "%", "😀", "\u{200D}", "日"]
        for _ in 0..<500 {
            let length = Int(rng.next() % 40)
            let text = (0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }.joined()
            let t = TokenizedText(text)
            #expect((0..<t.count).map { t[$0] }.joined() == text)
            // No empty tokens; whitespace runs are maximal.
            for i in 0..<t.count {
                #expect(t.bounds[i] < t.bounds[i + 1])
                if i > 0 { #expect(!(t.kinds[i] == .whitespace && t.kinds[i - 1] == .whitespace)) }
            }
        }
    }
}

@Suite("TokenInterner")
struct TokenInternerTests {
    @Test func sharedIdsAcrossTexts() {
        var interner = TokenInterner()
        let a = TokenizedText("The Union shall, the Union may.")
        let b = TokenizedText("the Union may")
        let ia = interner.ids(for: a), ib = interner.ids(for: b)
        #expect(ia[2] == ib[2])  // "Union"
        #expect(ia[0] != ib[0])  // "The" vs "the"
        #expect(ia[1] == ia[3] || a[3] != " ")
        for (index, id) in ia.enumerated() { #expect(interner.string(of: id) == a[index]) }
        #expect(interner.count == Set(ia + ib).count)
        #expect(Set(ia + ib).allSatisfy { $0 >= 0 && Int($0) < interner.count })
    }

    @Test func normalisation() {
        var interner = TokenInterner(normalization: .init(foldCase: true, unifyWhitespace: true))
        let a = TokenizedText("Shall  ÉTÉ\nX")
        let b = TokenizedText("shall été x")
        #expect(interner.ids(for: a) == interner.ids(for: b))
        #expect(interner.intern("SHALL") == interner.intern("shall"))
    }

    @Test func manyDistinctTokensGrowTheTable() {
        var interner = TokenInterner(expectedCount: 1)
        var ids: [Int32] = []
        for i in 0..<20_000 { ids.append(interner.intern("token\(i)")) }
        #expect(ids == (0..<20_000).map { Int32($0) })
        for i in stride(from: 0, to: 20_000, by: 97) { #expect(interner.intern("token\(i)") == Int32(i)) }
        #expect(interner.count == 20_000)
    }
}
