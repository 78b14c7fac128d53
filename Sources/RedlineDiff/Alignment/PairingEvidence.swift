import Foundation
import RedlineModel

/// The evidence that two sibling clauses are one clause in two editions, weighed together: what
/// the sibling aligner falls back on for the clauses that number, heading and plain word overlap
/// did not pair (a contract reorganised between editions: every article renumbered, some
/// reordered, headings and half the text rewritten).
///
/// - **Content**: Dice over the two word bags, each word weighted by how rare it is among the
///   siblings (`log((N + 1) / df)`), so that "the", "shall" and "employee", which every article
///   holds, count for nothing and "arbitrator" or "visa" count for much.
/// - **Heading**: the headings' content words, case-folded and stemmed; one heading contained in
///   the other counts strongly ("Union Security" in "UNION SECURITY, DATA PRIVACY, AND DUES").
/// - **Children**: the clauses inside paired one to one by the same weighted similarity, so that an
///   article whose sections each find a counterpart scores above one that merely shares words.
/// - **Order**: whether the pair fits between the pairs already made (a clause between Article 6
///   and Article 8 of the old edition is more likely the one between their successors).
/// - **Number**: the same number, as a small tie-breaker.
struct PairingEvidence {
    /// Below this combined score a leftover pair is not made.
    static let threshold = 0.4
    /// Weights of the evidence (they sum to 1).
    static let contentWeight = 0.45, headingWeight = 0.2, childrenWeight = 0.2, orderWeight = 0.1, numberWeight = 0.05

    private var weights: [Int32: Double] = [:]

    /// Weights the words of the given sibling bags by their rarity among them.
    ///
    /// - Complexity: O(*w*) for *w* words in all bags, plus dictionary work per distinct word.
    init(bags: [WordBag]) {
        var documentFrequency: [Int32: Int] = [:]
        for bag in bags {
            var previous: Int32?
            for id in bag.sortedIDs where id != previous {
                documentFrequency[id, default: 0] += 1
                previous = id
            }
        }
        let total = Double(bags.count + 1)
        weights.reserveCapacity(documentFrequency.count)
        for (id, count) in documentFrequency { weights[id] = log(total / Double(count)) }
    }

    /// The weight of one word (0 for a word none of the bags holds).
    func weight(_ id: Int32) -> Double { weights[id] ?? 0 }

    /// The weighted size of a bag: Σ weight × count.
    ///
    /// - Complexity: O(*n*).
    func mass(_ bag: WordBag) -> Double {
        bag.sortedIDs.reduce(0) { $0 + weight($1) }
    }

    /// The weighted words two bags share (Σ weight × min(count₁, count₂)).
    ///
    /// - Complexity: O(*n* + *m*).
    func shared(_ a: WordBag, _ b: WordBag) -> Double {
        let x = a.sortedIDs, y = b.sortedIDs
        var i = 0, j = 0, total = 0.0
        while i < x.count && j < y.count {
            if x[i] == y[j] {
                total += weight(x[i]); i += 1; j += 1
            } else if x[i] < y[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return total
    }

    /// Weighted Dice of two bags, 0…1 (0 when neither holds a weighted word).
    func similarity(_ a: WordBag, _ b: WordBag, massA: Double? = nil, massB: Double? = nil) -> Double {
        let total = (massA ?? mass(a)) + (massB ?? mass(b))
        return total > 0 ? 2 * shared(a, b) / total : 0
    }

    /// How much of `part`'s weighted words `container` holds, 0…1.
    func containment(of part: WordBag, in container: WordBag) -> Double {
        let size = mass(part)
        return size > 0 ? shared(part, container) / size : 0
    }

    // MARK: Headings

    /// Words too common in headings to tell two apart.
    private static let headingStopWords: Set<String> = [
        "and", "or", "of", "the", "a", "an", "for", "to", "in", "on", "with", "by", "its", "this", "article",
        "section", "appendix", "general", "provisions",
    ]

    /// A heading's content words, case-folded and lightly stemmed ("Leaves" and "LEAVE" agree).
    static func headingWords(_ heading: String) -> Set<String> {
        var words = Set<String>()
        for raw in heading.lowercased().split(whereSeparator: { !$0.isLetter }) {
            var word = String(raw)
            guard word.count > 1, !headingStopWords.contains(word) else { continue }
            if word.count > 4, word.hasSuffix("ies") { word = String(word.dropLast(3)) + "y" }
            else if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { word = String(word.dropLast()) }
            words.insert(String(word.prefix(6)))
        }
        return words
    }

    /// Heading likeness 0…1, or nil when either heading has no content word. Containment of the
    /// shorter in the longer counts nearly as much as equality.
    ///
    /// - Complexity: O(*h*) in the headings' lengths.
    static func headingEvidence(_ a: Set<String>, _ b: Set<String>) -> Double? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        let common = Double(a.intersection(b).count)
        let dice = 2 * common / Double(a.count + b.count)
        let containment = common / Double(min(a.count, b.count))
        return max(dice, 0.9 * containment)
    }

    // MARK: Children

    /// How well the two clauses' children pair one to one: the sum of the similarities of a greedy
    /// one-to-one pairing (pairs below 0.2 not counted) over the larger number of children; nil when
    /// either side has fewer than two children.
    ///
    /// - Complexity: O(*p* · *q* · *w*) for *p* and *q* children of *w* words, plus sorting.
    func childrenEvidence(_ old: [Fingerprint], _ new: [Fingerprint]) -> Double? {
        guard old.count >= 2, new.count >= 2 else { return nil }
        let oldMass = old.map { mass($0.bag) }, newMass = new.map { mass($0.bag) }
        var candidates: [(Double, Int, Int)] = []
        for o in old.indices {
            for n in new.indices {
                let value = similarity(old[o].bag, new[n].bag, massA: oldMass[o], massB: newMass[n])
                if value >= 0.2 { candidates.append((value, o, n)) }
            }
        }
        candidates.sort { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) }
        var usedOld = Set<Int>(), usedNew = Set<Int>(), total = 0.0
        for (value, o, n) in candidates where !usedOld.contains(o) && !usedNew.contains(n) {
            usedOld.insert(o)
            usedNew.insert(n)
            total += value
        }
        return total / Double(max(old.count, new.count))
    }
}
