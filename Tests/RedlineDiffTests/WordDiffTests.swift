import Foundation
import Testing
@testable import RedlineDiff

@Suite("WordDiff")
struct WordDiffTests {
    static let allOptions: [DiffOptions] = {
        var all: [DiffOptions] = []
        for bits in 0..<16 {
            all.append(DiffOptions(
                ignoreCase: bits & 1 != 0, ignoreWhitespace: bits & 2 != 0,
                ignorePunctuation: bits & 4 != 0, semanticCleanup: bits & 8 != 0))
        }
        return all
    }()

    private func changes(_ diff: TextDiff) -> [String] {
        diff.operations.filter { $0.kind != .equal }.map { ($0.kind == .delete ? "-" : "+") + $0.text }
    }

    @Test func identicalTextsAreEmpty() {
        for text in SampleText.paragraphs + ["", " ", "\n\n", SampleText.document] {
            for options in Self.allOptions {
                let diff = WordDiff.diff(text, text, options: options)
                #expect(diff.isEmpty)
                #expect(diff.isMinimal)
                #expect(diff.wordsInserted == 0 && diff.wordsDeleted == 0)
                #expect(diff.apply(to: text) == text)
                #expect(diff.operations.count <= 1)
            }
        }
    }

    @Test func applyReproducesTheNewTextForHandWrittenEdits() {
        let pairs: [(String, String)] = [
            ("the University shall provide", "the Employer may provide"),
            ("", "New text."),
            ("Old text.", ""),
            ("a b c", "a c"),
            ("a b", "a"),
            ("b a", "a"),
            ("the cat", "the big cat"),
            ("Shall", "shall"),
            ("A, B", "A B"),
            ("A,B", "A, B"),
            ("x  y", "x\ny"),
            (".", "!"),
            (".", "word"),
            ("word", "."),
            ("  leading", "leading  "),
            ("$2,500 cap", "$3,000 cap"),
            ("employee’s “right”", "employee's \"right\""),
            (SampleText.paragraphs[1], SampleText.paragraphs[2]),
        ]
        for (old, new) in pairs {
            for options in Self.allOptions {
                let diff = WordDiff.diff(old, new, options: options)
                #expect(diff.apply(to: old) == new, "apply failed: \(old.debugDescription) -> \(new.debugDescription) \(options)")
                #expect(Check.isConsistent(diff, old: old, new: new))
                #expect(!diff.isEmpty || options.ignoresAnything || old == new)
            }
        }
    }

    @Test func randomEditsOnContractText() {
        var rng = SeededGenerator(seed: 2024)
        for round in 0..<150 {
            let base = round % 3 == 0 ? SampleText.document : SampleText.random(words: 50 + round * 7, using: &rng)
            let rate = [0.01, 0.05, 0.2, 0.6][round % 4]
            let new = SampleText.mutate(base, rate: rate, using: &rng)
            let options = Self.allOptions[round % Self.allOptions.count]
            let diff = WordDiff.diff(base, new, options: options)
            let consistent = Check.isConsistent(diff, old: base, new: new)
            #expect(consistent)
            // Light edits never need the cost bound; heavy rewrites of long texts may.
            let minimal = diff.isMinimal
            if rate <= 0.05 { #expect(minimal) }
            let emptyIffEqual = diff.isEmpty == (base == new)
            if !options.ignoresAnything { #expect(emptyIffEqual) }
        }
    }

    @Test func randomUnicodeNoise() {
        var rng = SeededGenerator(seed: 31)
        let alphabet: [String] = ["a", "B", "1", " ", "  ", "\n", ",", ".", "-", "'", "’", "é", "e\u{301}", "–", "$", "%", "😀", "“", "”", "the", "shall"]
        for round in 0..<600 {
            func noise() -> String {
                (0..<Int(rng.next() % 30)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }.joined()
            }
            let old = noise(), new = noise()
            let options = Self.allOptions[round % Self.allOptions.count]
            let diff = WordDiff.diff(old, new, options: options)
            #expect(Check.isConsistent(diff, old: old, new: new), "\(old.debugDescription) -> \(new.debugDescription) \(options)")
        }
    }

    @Test func ignoreCase() {
        let diff = WordDiff.diff("The Employer Shall provide", "the employer shall provide", options: .init(ignoreCase: true))
        #expect(diff.isEmpty)
        #expect(diff.operations.count == 1)
        #expect(diff.operations[0].newText == "the employer shall provide")
        #expect(diff.apply(to: "The Employer Shall provide") == "the employer shall provide")
        #expect(!WordDiff.diff("Shall", "shall").isEmpty)
        #expect(WordDiff.diff("ÉTÉ", "été", options: .init(ignoreCase: true)).isEmpty)
    }

    @Test func ignoreWhitespace() {
        let options = DiffOptions(ignoreWhitespace: true)
        #expect(WordDiff.diff("shall  provide\n notice", "shall provide notice", options: options).isEmpty)
        #expect(WordDiff.diff("a, b", "a,b", options: options).isEmpty)
        #expect(!WordDiff.diff("shall  provide", "shall provide").isEmpty)
        let diff = WordDiff.diff("shall  provide", "shall provide")
        #expect(changes(diff) == ["-  ", "+ "])
    }

    @Test func ignorePunctuation() {
        let options = DiffOptions(ignorePunctuation: true)
        #expect(WordDiff.diff("shall, provide", "shall provide", options: options).isEmpty)
        #expect(WordDiff.diff("Section 3.", "Section 3;", options: options).isEmpty)
        let diff = WordDiff.diff("the (old) rate.", "the new rate!", options: options)
        #expect(diff.wordsDeleted == 1 && diff.wordsInserted == 1)
        #expect(diff.apply(to: "the (old) rate.") == "the new rate!")
    }

    @Test func cleanupReadsLikeARedline() {
        let diff = WordDiff.diff("the University shall provide", "the Employer may provide")
        #expect(changes(diff) == ["-University shall", "+Employer may"])
        #expect(diff.operations.map(\.kind) == [.equal, .delete, .insert, .equal])
        #expect(diff.operations.first?.text == "the ")
        #expect(diff.operations.last?.text == " provide")
        // No equality between two changes is a lone space or a lone short word.
        let long = WordDiff.diff(SampleText.paragraphs[4], SampleText.paragraphs[4]
            .replacingOccurrences(of: "department head shall respond", with: "Dean may reply")
            .replacingOccurrences(of: "grievant knew", with: "employee learned"))
        let ops = long.operations
        for k in 1..<max(1, ops.count - 1) where ops[k].kind == .equal {
            if ops[k - 1].kind != .equal && ops[k + 1].kind != .equal {
                #expect(ops[k].text.trimmingCharacters(in: .whitespaces).split(separator: " ").count > 1,
                        "stranded equality \(ops[k].text.debugDescription)")
            }
        }
        #expect(Check.isConsistent(long, old: SampleText.paragraphs[4], new: long.apply(to: SampleText.paragraphs[4])))
    }

    @Test func insertionsAndDeletionsStartAtWords() {
        #expect(changes(WordDiff.diff("the cat", "the big cat")) == ["+big "])
        #expect(changes(WordDiff.diff("the big cat", "the cat")) == ["-big "])
        #expect(changes(WordDiff.diff("the cat sat.", "the cat sat down.")) == ["+ down"])
        #expect(changes(WordDiff.diff("Notice.", "Notice. Written notice.")) == ["+ Written notice."])
        // Repeated words: the insertion is placed at a word boundary, whole.
        let diff = WordDiff.diff("shall shall provide", "shall shall shall provide")
        #expect(changes(diff) == ["+shall "])
        #expect(Check.isConsistent(diff, old: "shall shall provide", new: "shall shall shall provide"))
    }

    @Test func cleanupOffKeepsFineGrainedChanges() {
        let diff = WordDiff.diff("A shall B", "C shall D", options: .init(semanticCleanup: false))
        #expect(changes(diff) == ["-A", "+C", "-B", "+D"])
        // A short connecting word between two changes is folded in; a longer word stays as found.
        let merged = WordDiff.diff("Union of Employees", "Council of Workers")
        #expect(changes(merged) == ["-Union of Employees", "+Council of Workers"])
        let kept = WordDiff.diff("A shall B", "C shall D")
        #expect(changes(kept) == ["-A", "+C", "-B", "+D"])
    }

    @Test func wordCounts() {
        let diff = WordDiff.diff("pay $2,500 within thirty (30) days.", "pay $3,000 within fifteen (15) days.",
                                 options: .init(semanticCleanup: false))
        #expect(diff.wordsDeleted == 3)  // 2,500 thirty 30
        #expect(diff.wordsInserted == 3)
        #expect(diff.wordsUnchanged == 3)  // pay within days
        #expect(abs(diff.similarity - 0.5) < 1e-12)
    }

    @Test func unrelatedTwentyThousandWordTextsHitTheBound() {
        var rng = SeededGenerator(seed: 8)
        let a = SampleText.random(words: 20_000, using: &rng)
        let b = SampleText.random(words: 20_000, using: &rng)
        let clock = ContinuousClock()
        let start = clock.now
        let diff = WordDiff.diff(a, b)
        let elapsed = clock.now - start
        let fired = !diff.isMinimal, applies = diff.apply(to: a) == b
        #expect(fired)
        #expect(applies)
        #expect(elapsed < .seconds(20))  // debug build; release takes milliseconds
        // The same texts with a tiny edit are minimal: the flag means the bound fired.
        let near = WordDiff.diff(a, SampleText.mutate(a, rate: 0.002, using: &rng))
        let nearIsMinimal = near.isMinimal
        #expect(nearIsMinimal)
        // And an unlimited bound never reports non-minimal.
        let small = WordDiff.diff(String(a.prefix(3_000)), String(b.prefix(3_000)), options: .init(costLimit: .max))
        let smallIsMinimal = small.isMinimal
        #expect(smallIsMinimal)
    }

    @Test func similarityMeasures() {
        let a = SampleText.paragraphs[2]
        #expect(WordDiff.similarity(a, a) == 1)
        #expect(WordDiff.quickSimilarity(a, a) == 1)
        let b = a.replacingOccurrences(of: "University", with: "Employer")
        let s = WordDiff.similarity(a, b), q = WordDiff.quickSimilarity(a, b)
        #expect(s > 0.9 && s < 1)
        #expect(q >= s - 0.05)  // bag-of-words ignores order, so it is (roughly) an upper bound
        #expect(WordDiff.similarity("", "") == 1)
        #expect(WordDiff.quickSimilarity("alpha beta", "gamma delta") == 0)
        // Order-insensitive: a shuffled text is bag-identical.
        #expect(WordDiff.quickSimilarity("one two three", "three two one") == 1)
        #expect(WordDiff.similarity("one two three", "three two one") < 1)
    }

    @Test func codableRoundTrip() throws {
        let diff = WordDiff.diff("The Union shall", "the Union may", options: .init(ignoreCase: true))
        let data = try JSONEncoder().encode(diff)
        #expect(try JSONDecoder().decode(TextDiff.self, from: data) == diff)
        let options = try JSONDecoder().decode(DiffOptions.self, from: Data(#"{"ignoreCase":true}"#.utf8))
        #expect(options == DiffOptions(ignoreCase: true))
    }

    @Test func sendableAcrossTasks() async {
        let texts = SampleText.paragraphs
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 1..<texts.count {
                group.addTask { WordDiff.diff(texts[index - 1], texts[index]).apply(to: texts[index - 1]) == texts[index] }
            }
            var all = true
            for await ok in group { all = all && ok }
            return all
        }
        #expect(results)
    }
}

@Suite("Corpora")
struct CorporaTests {
    @Test func corporaTextFilesRoundTrip() throws {
        let files = DiskCorpora.corporaTexts()
        try #require(!files.isEmpty || true)  // skipped (passes) when corpora/ has no .txt files yet
        var rng = SeededGenerator(seed: 11)
        for url in files.prefix(20) {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let edited = SampleText.mutate(text, rate: 0.03, using: &rng)
            let diff = WordDiff.diff(text, edited)
            let applies = diff.apply(to: text) == edited
            #expect(applies, "\(url.lastPathComponent)")
            let selfIsEmpty = WordDiff.diff(text, text).isEmpty
            #expect(selfIsEmpty)
            let roundTrips = TokenizedText(text).text == text
            #expect(roundTrips)
        }
    }

    /// ASE vs GSR versions of the same UC–UAW article (real text from
    /// ../shared/real, when present): the most realistic redlines we have.
    @Test func realArticlePairs() {
        let pairs = DiskCorpora.realArticlePairs()
        if DiskCorpora.hasRealContracts { #expect(pairs.count >= 15) }
        for (a, b) in pairs {
            for options in [DiffOptions(), DiffOptions(ignoreCase: true, ignoreWhitespace: true, ignorePunctuation: true)] {
                let diff = WordDiff.diff(a, b, options: options)
                let consistent = Check.isConsistent(diff, old: a, new: b)
                #expect(consistent)
                let back = WordDiff.diff(b, a, options: options)
                let backApplies = back.apply(to: b) == a
                #expect(backApplies)
            }
            let selfIsEmpty = WordDiff.diff(a, a).isEmpty
            #expect(selfIsEmpty)
        }
    }
}
