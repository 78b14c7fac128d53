import Foundation
@testable import RedlineDiff

/// SplitMix64: a tiny deterministic generator so every test run sees the same inputs.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Contract-like paragraphs written for these tests.
enum SampleText {
    static let paragraphs: [String] = [
        "ARTICLE 7 – HOURS OF WORK\n\n7.1 The normal work week for a full-time employee shall be thirty-seven and one-half (37.5) hours, scheduled Monday through Friday, unless the employee’s supervisor and the employee agree otherwise in writing.",
        "7.2 An employee who is required to work more than eight (8) hours in a day shall be paid overtime at one and one-half (1.5) times the employee's regular hourly rate. Overtime must be authorized in advance by the supervisor; approval shall not be unreasonably withheld.",
        "7.3 The University shall provide each employee with an unpaid meal period of not less than thirty (30) minutes and two (2) paid rest periods of fifteen (15) minutes each, which shall, where practicable, be scheduled near the middle of each half shift.",
        "ARTICLE 12 – GRIEVANCE PROCEDURE\n\n12.1 A grievance is a written complaint by an employee, or by the Union on behalf of one or more employees, alleging a violation of a specific provision of this Agreement. Matters excluded under Article 4 are non-grievable.",
        "12.2 Step One. The grievant shall present the grievance to the department head within thirty (30) calendar days after the grievant knew, or reasonably should have known, of the action giving rise to the grievance. The department head shall respond in writing within fifteen (15) days.",
        "12.3 Step Two. If the grievance is not resolved at Step One, the Union may appeal to the Office of Labor Relations. A $2,500 cap on reimbursable expenses applies; fees above 50% of that amount require prior approval.",
        "ARTICLE 19 – WAGES\n\n19.1 Effective October 1, 2024, all salary rates shall be increased by 3.5%. Effective October 1, 2025, all salary rates shall be increased by a further 3.0%, provided that the State appropriation for that fiscal year is not reduced.",
        "19.2 Employees appointed at fifty percent (50%) time or more shall receive a monthly stipend of $1,250.00; employees appointed at less than 50% shall receive a pro-rated stipend. “Appointment percentage” means the percentage stated in the appointment letter.",
    ]

    static var document: String { paragraphs.joined(separator: "\n\n") }

    /// A vocabulary for random contract-like sentences.
    static let vocabulary: [String] = [
        "the", "University", "Union", "employee", "employees", "shall", "may", "not", "be", "provide", "notice",
        "within", "days", "of", "to", "and", "or", "in", "a", "any", "written", "request", "grievance", "Article",
        "Section", "agreement", "this", "such", "parties", "department", "supervisor", "appointment", "salary",
        "rate", "hours", "work", "leave", "with", "without", "pay", "benefits", "period", "calendar", "working",
        "arbitrator", "decision", "final", "binding", "except", "as", "provided", "herein", "non-grievable",
        "employee's", "thirty", "(30)", "fifteen", "(15)", "3.5%", "$2,500", "effective", "July", "1,", "2025.",
    ]

    /// Random text of `words` words, with sentence punctuation and paragraph breaks.
    static func random(words: Int, using rng: inout SeededGenerator) -> String {
        var out = ""
        var sentenceLength = 0
        for index in 0..<words {
            var word = vocabulary[Int(rng.next() % UInt64(vocabulary.count))]
            if sentenceLength == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            if index > 0 { out += " " }
            out += word
            sentenceLength += 1
            if sentenceLength > 6 && rng.next() % 8 == 0 {
                out += rng.next() % 3 == 0 ? ";" : "."
                sentenceLength = 0
                if rng.next() % 4 == 0 { out += "\n\n" }
            } else if rng.next() % 15 == 0 {
                out += ","
            }
        }
        return out + "."
    }

    /// Applies random word-level edits (replace / insert / delete) to roughly
    /// `rate` of the words of `text`, keeping whitespace as it is.
    static func mutate(_ text: String, rate: Double, using rng: inout SeededGenerator) -> String {
        let tokens = TokenizedText(text)
        var out = ""
        for index in 0..<tokens.count {
            let token = tokens[index]
            guard tokens.kinds[index].isWordLike,
                Double(rng.next() % 1_000_000) / 1_000_000 < rate
            else {
                out += token
                continue
            }
            switch rng.next() % 3 {
            case 0: out += vocabulary[Int(rng.next() % UInt64(vocabulary.count))]
            case 1: out += token + " " + vocabulary[Int(rng.next() % UInt64(vocabulary.count))]
            default: break  // delete the word, keep the whitespace around it
            }
        }
        return out
    }
}

/// Invariant checks shared by the tests.
enum Check {
    /// Whether `edits` is a valid script from `a` to `b`: runs tile both
    /// sequences in order and equal runs hold equal elements.
    static func isValid(_ edits: [IntDiff.Edit], _ a: [Int32], _ b: [Int32]) -> Bool {
        var i = 0, j = 0
        for edit in edits {
            guard edit.oldRange.lowerBound == i, edit.newRange.lowerBound == j else { return false }
            switch edit.kind {
            case .equal:
                guard edit.oldRange.count == edit.newRange.count, edit.oldRange.count > 0 else { return false }
                guard a[edit.oldRange].elementsEqual(b[edit.newRange]) else { return false }
            case .delete:
                guard edit.newRange.isEmpty, !edit.oldRange.isEmpty else { return false }
            case .insert:
                guard edit.oldRange.isEmpty, !edit.newRange.isEmpty else { return false }
            }
            i = edit.oldRange.upperBound
            j = edit.newRange.upperBound
        }
        return i == a.count && j == b.count
    }

    /// Insertions plus deletions.
    static func cost(_ edits: [IntDiff.Edit]) -> Int {
        edits.reduce(0) { $0 + ($1.kind == .equal ? 0 : $1.oldRange.count + $1.newRange.count) }
    }

    /// The minimal edit cost by dynamic programming (LCS).
    static func minimalCost(_ a: [Int32], _ b: [Int32]) -> Int {
        let n = a.count, m = b.count
        guard n > 0 && m > 0 else { return n + m }
        var previous = [Int](repeating: 0, count: m + 1)
        var current = previous
        for i in 1...n {
            for j in 1...m {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return n + m - 2 * previous[m]
    }

    /// Whether the operations of a text diff tile the token sequences,
    /// rebuild both texts, and carry the right texts.
    static func isConsistent(_ diff: TextDiff, old: String, new: String) -> Bool {
        let a = TokenizedText(old), b = TokenizedText(new)
        var i = 0, j = 0
        for op in diff.operations {
            guard op.oldRange.lowerBound == i, op.newRange.lowerBound == j else { return false }
            switch op.kind {
            case .equal:
                guard op.text == a.text(of: op.oldRange) else { return false }
                guard (op.newText ?? op.text) == b.text(of: op.newRange) else { return false }
            case .delete:
                guard op.newRange.isEmpty, op.text == a.text(of: op.oldRange) else { return false }
            case .insert:
                guard op.oldRange.isEmpty, op.text == b.text(of: op.newRange) else { return false }
            }
            i = op.oldRange.upperBound
            j = op.newRange.upperBound
        }
        return i == a.count && j == b.count && diff.reconstructOld() == old && diff.apply(to: old) == new
    }
}

/// Test inputs on disk, when present.
enum DiskCorpora {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// Every `.txt` file under `corpora/` (recursively), sorted.
    static func corporaTexts() -> [URL] {
        let root = packageRoot.appendingPathComponent("corpora")
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var files: [URL] = []
        for case let url as URL in walker where url.pathExtension == "txt" { files.append(url) }
        return files.sorted { $0.path < $1.path }
    }

    /// Whether `../shared/real/uc-uaw-2022` is present.
    static var hasRealContracts: Bool {
        FileManager.default.fileExists(atPath: realContractsFolder.path)
    }

    static var realContractsFolder: URL {
        (ProcessInfo.processInfo.environment["REDLINE_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared"))
            .appendingPathComponent("real/uc-uaw-2022")
    }

    /// Pairs of the same article from the two UC–UAW contracts in
    /// `../shared/real` (ASE vs GSR), when that folder is present.
    static func realArticlePairs() -> [(String, String)] {
        let base = realContractsFolder
        let ase = base.appendingPathComponent("ase/src"), gsr = base.appendingPathComponent("gsr/src")
        let fm = FileManager.default
        guard let aseNames = try? fm.contentsOfDirectory(atPath: ase.path),
            let gsrNames = try? fm.contentsOfDirectory(atPath: gsr.path)
        else { return [] }
        func topic(_ name: String) -> String {
            // "bx_12-grievance-and-arbitration_2022-2025.md" and
            // "br_11_grievance-and-arbitration_2022-2025.md" -> "grievance-and-arbitration"
            var rest = Substring(name)
            if rest.hasPrefix("bx_") || rest.hasPrefix("br_") { rest = rest.dropFirst(3) }
            if rest.first?.isNumber == true {
                rest = rest.drop(while: { $0.isNumber || $0.isLetter && $0.isLowercase && $0 != "_" && $0 != "-" })
                rest = rest.dropFirst()  // the "-" or "_" after the number
            }
            if let cut = rest.range(of: "_20") ?? rest.range(of: "_sl") { rest = rest[..<cut.lowerBound] }
            return String(rest)
        }
        var gsrByTopic: [String: String] = [:]
        for name in gsrNames where name.hasSuffix(".md") { gsrByTopic[topic(name)] = name }
        var pairs: [(String, String)] = []
        for name in aseNames.sorted() where name.hasSuffix(".md") {
            guard let other = gsrByTopic[topic(name)],
                let a = try? String(contentsOf: ase.appendingPathComponent(name), encoding: .utf8),
                let b = try? String(contentsOf: gsr.appendingPathComponent(other), encoding: .utf8)
            else { continue }
            pairs.append((a, b))
        }
        return pairs
    }
}
