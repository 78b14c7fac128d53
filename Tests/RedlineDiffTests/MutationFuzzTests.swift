import Foundation
import RedlineDiff
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

/// A small mutation fuzzer run in the suite: seeds from `corpora/` (one of each format), mutated by a
/// seeded generator (byte flips, deletions, duplications, truncation, hostile snippets spliced in),
/// each mutant read by every reader the sniffer picks, built into a tree and word-diffed and aligned
/// against the seed. Every mutant must give a document or a one-line `ReadError` within 10 s, and
/// every diff must rebuild both texts (`DiffInvariants`). `REDLINE_FUZZ_ITERATIONS` sets the mutants
/// per seed (default 40; CI's fuzz step runs more).
@Suite struct MutationFuzzTests {
    static let seeds = [
        "corpora/proposals/15-layoff/01-union-initial.word.html",
        "corpora/proposals/15-layoff/04-tentative-agreement.docx",
        "corpora/contract/ridgeview-researchers-2024-2028.txt",
    ]

    static let iterations = ProcessInfo.processInfo.environment["REDLINE_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 40

    /// Snippets that have broken parsers before.
    static let snippets: [[UInt8]] = [
        "<!DOCTYPE d [<!ENTITY a \"&b;&b;\"><!ENTITY b \"x\">]>", "&a;", "<li value=\"99999999999999\">",
        "<ol type=\"a\" start=\"9223372036854775807\">", "ARTICLE 99999999999999 – X\n", "(((((((((((", "ten (",
        "\u{0}", "<", "&", "]]>", "<w:start w:val=\"99999999999999\"/>", "\n\n\n", "Article 12, Section B.3 of Article 12",
    ].map { Array($0.utf8) } + [[0xFF, 0xFE], [0xC3], [0x50, 0x4B, 0x05, 0x06]]

    static func mutate(_ seed: [UInt8], _ rng: inout SeededGenerator) -> [UInt8] {
        var bytes = seed
        for _ in 0..<(1 + Int(rng.next() % 4)) where !bytes.isEmpty {
            let at = Int(rng.next() % UInt64(bytes.count))
            let length = min(bytes.count - at, 1 + Int(rng.next() % 64))
            switch rng.next() % 6 {
            case 0: bytes[at] ^= UInt8(1 << (rng.next() % 8))
            case 1: bytes[at] = UInt8(truncatingIfNeeded: rng.next())
            case 2: bytes.removeSubrange(at..<(at + length))
            case 3: bytes.insert(contentsOf: bytes[at..<(at + length)], at: at)
            case 4: bytes.insert(contentsOf: snippets[Int(rng.next() % UInt64(snippets.count))], at: at)
            default: bytes.removeSubrange(at...)
            }
        }
        return bytes
    }

    @Test(arguments: seeds)
    func mutantsAreReadOrRefusedAndDiffsRebuildBothTexts(_ path: String) throws {
        let seed = [UInt8](try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent(path)))
        let name = (path as NSString).lastPathComponent
        let original = try ContractReader().read(bytes: seed, name: name)
        var rng = SeededGenerator(seed: UInt64(seed.count) &+ UInt64(Self.iterations))
        var read = 0, refused = 0
        for index in 0..<Self.iterations {
            let mutant = Self.mutate(seed, &rng)
            let start = ContinuousClock.now
            do {
                let document = try ContractReader().read(bytes: mutant, name: name)
                read += 1
                let diff = DocumentComparer.compare(old: original, new: document)
                #expect(DiffInvariants.violations(diff, old: original, new: document).isEmpty, "\(name) mutant \(index)")
            } catch let error as ReadError {
                refused += 1
                #expect(error.description.hasPrefix(name + ":"))
                #expect(!error.description.contains("\n"), "\(error)")
            }
            #expect(ContinuousClock.now - start < .seconds(10), "\(name) mutant \(index) took too long")
        }
        #expect(read + refused == Self.iterations)
    }
}
