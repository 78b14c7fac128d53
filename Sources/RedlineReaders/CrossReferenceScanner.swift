import Foundation
import RedlineModel

/// Finds references to other parts of a contract in a piece of text: "Article 12",
/// "Articles 28 and 29", "Section 3.B of this Article", "Article 12, Section B.3",
/// "Appendix A", "Article 19 (Management and Academic Rights)".
enum CrossReferenceScanner {
    private static let keywords: [(String, CrossReference.TargetKind)] = [
        ("articles", .article), ("article", .article), ("sections", .section), ("section", .section),
        ("appendices", .appendix), ("appendix", .appendix), ("side letter", .sideLetter), ("§", .section),
    ]
    private static let connectors = ["and", "or", "through", "to"]

    /// The references in `text`.
    ///
    /// - Parameter article: the normalised number of the article holding the text, used
    ///   for "of this Article" and for section references that name no article.
    /// - Complexity: O(*n*) in the length of the text.
    static func scan(_ text: String, field: CrossReference.Field, article: String?) -> [CrossReference] {
        // Most clauses name no division; skip them without building arrays.
        guard ASCIISearch.containsAnyIgnoringCase(text, ["rticle", "ection", "ppendi", "letter", "\u{00A7}"])
        else { return [] }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 5 else { return [] }
        // ASCII case folding is enough for the keywords, and keeps offsets aligned with `scalars`.
        let lowered = scalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value | 0x20)! : $0 }
        var references: [CrossReference] = []
        var index = 0
        var lastArticle: (target: String, end: Int)?
        while index < scalars.count {
            let first = lowered[index]
            guard first == "a" || first == "s" || first == "§", index == 0 || !LabelParser.isLetter(scalars[index - 1]),
                let (keyword, kind) = keywords.first(where: { matches(lowered, at: index, $0.0) })
            else {
                index += 1
                continue
            }
            let start = index
            var cursor = index + keyword.unicodeScalars.count
            var targets: [(String, Int, Int)] = []  // target, start, end
            while true {
                let afterSpace = skipSpaces(scalars, from: cursor)
                guard afterSpace > cursor || keyword == "§" || !targets.isEmpty,
                    let (token, end) = numberToken(scalars, from: afterSpace, kind: kind)
                else { break }
                targets.append((token, afterSpace, end))
                cursor = end
                // ", 13", " and 13", ", and 13"
                var next = skipSpaces(scalars, from: cursor)
                if next < scalars.count, scalars[next] == "," { next = skipSpaces(scalars, from: next + 1) }
                if let connector = connectors.first(where: { matches(lowered, at: next, $0) && isBoundary(scalars, next + $0.count) }) {
                    next += connector.count
                }
                if next == cursor { break }
                if numberToken(scalars, from: skipSpaces(scalars, from: next), kind: kind) == nil { break }
                cursor = next
            }
            guard !targets.isEmpty else {
                index = cursor
                continue
            }
            var end = targets.last!.2
            // True when a name in parentheses would follow "of Article 12": it names the article.
            var namesArticle = false
            // "of this Article", "of Article 12"
            var containing = kind == .section ? article : nil
            if kind == .section, let lastArticle, start - lastArticle.end <= 2 {
                containing = lastArticle.target  // "Article 12, Section B.3"
            }
            let qualifier = skipSpaces(scalars, from: end)
            if matches(lowered, at: qualifier, "of this article") {
                containing = article
                end = qualifier + "of this article".count
            } else if matches(lowered, at: qualifier, "of article") {
                let numberStart = skipSpaces(scalars, from: qualifier + "of article".count)
                if let (token, tokenEnd) = numberToken(scalars, from: numberStart, kind: .article) {
                    containing = token
                    end = tokenEnd
                    namesArticle = true
                }
            }
            // "(Management and Academic Rights)"
            var name: String?
            let open = skipSpaces(scalars, from: end)
            if open < scalars.count, scalars[open] == "(", targets.count == 1,
                let close = scalars[(open + 1)...].prefix(80).firstIndex(of: ")"),
                close - open > 2, open + 1 < scalars.count, scalars[open + 1].properties.isUppercase
            {
                let candidate = String(scalars: scalars[(open + 1)..<close])
                if HeadingHeuristics.wordCount(candidate) <= 8, !candidate.contains(where: \.isNumber) {
                    name = candidate
                    end = close + 1
                }
            }
            for (offset, target) in targets.enumerated() {
                let referenceStart = offset == 0 ? start : target.1
                let referenceEnd = offset == targets.count - 1 ? end : target.2
                references.append(
                    CrossReference(
                        text: String(scalars: scalars[referenceStart..<referenceEnd]),
                        kind: kind == .section && keyword == "§" ? .section : kind,
                        target: normalize(target.0, kind: kind),
                        article: kind == .section ? containing.map { normalize($0, kind: .article) } : nil,
                        targetName: namesArticle ? nil : name, offset: referenceStart,
                        length: referenceEnd - referenceStart, field: field))
            }
            if kind == .article { lastArticle = (normalize(targets.last!.0, kind: .article), end) }
            index = end
        }
        return references
    }

    /// "the Leaves article", "the Management and Academic Rights Article": an article named by its
    /// heading. The target is left empty; resolution fills it in from the article headings.
    static func scanNamedArticles(_ text: String, field: CrossReference.Field) -> [CrossReference] {
        guard ASCIISearch.containsAnyIgnoringCase(text, ["rticle"]), hasCapitalisedWordBeforeArticle(text) else { return [] }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        var references: [CrossReference] = []
        var offsets: [Int] = []
        var position = 0
        for word in words {
            offsets.append(position)
            position += word.unicodeScalars.count + 1
        }
        for (index, word) in words.enumerated() where index >= 2 && isArticleWord(word) {
            let bare = word.trimmingCharacters(in: .punctuationCharacters)
            guard bare == "article" || bare == "Article" else { continue }
            // Walk back over capitalised words (and "and", "of", "&") to "the".
            var start = index - 1
            var nameWords: [Substring] = []
            while start >= 0, index - start <= 7 {
                let candidate = words[start]
                if candidate.lowercased() == "the" { break }
                let isName = candidate.first?.isUppercase == true || ["and", "of", "&"].contains(candidate)
                guard isName, !candidate.contains(where: { ",.;:()".contains($0) }) else { start = -1; break }
                nameWords.insert(candidate, at: 0)
                start -= 1
            }
            guard start >= 0, words[start].lowercased() == "the", let first = nameWords.first,
                first.first?.isUppercase == true, nameWords.last.map({ ["and", "of", "&"].contains($0) }) == false
            else { continue }
            let name = nameWords.joined(separator: " ")
            let offset = offsets[start]
            let lead = word.prefix { $0.isPunctuation }.unicodeScalars.count
            let length = offsets[index] + lead + bare.unicodeScalars.count - offset
            references.append(
                CrossReference(
                    text: String(scalars: Array(text.unicodeScalars)[offset..<(offset + length)]),
                    kind: .article, target: "", article: nil, targetName: name, offset: offset, length: length,
                    field: field))
        }
        return references
    }

    /// Cheap test on the bytes: is any "article" preceded by a word that starts with a capital
    /// ("the Leaves article")? Most texts only say "this Article" or "Article 12".
    private static func hasCapitalisedWordBeforeArticle(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            var index = 1
            while index + 6 <= count {
                // "rticle" at index, preceded by "a" or "A" at index - 1.
                if bytes[index] == 0x72, bytes[index + 1] == 0x74, bytes[index + 2] == 0x69, bytes[index + 3] == 0x63,
                    bytes[index + 4] == 0x6C, bytes[index + 5] == 0x65, bytes[index - 1] | 0x20 == 0x61
                {
                    var back = index - 2
                    while back >= 0, bytes[back] == 0x20 { back -= 1 }
                    if back < index - 2 {
                        var start = back
                        while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
                        if start >= 0, back >= 0, bytes[start] >= 0x41, bytes[start] <= 0x5A { return true }
                        if start >= 0, back >= 0, bytes[start] >= 0x80 { return true }  // non-ASCII: let the full scan decide
                    }
                }
                index += 1
            }
            return false
        }
    }

    /// "article", "Article" or "article," and the like, without allocating.
    private static func isArticleWord(_ word: Substring) -> Bool {
        var utf8 = word.utf8[...]
        while let last = utf8.last, last < 0x80, !(last >= 0x41 && last <= 0x5A) && !(last >= 0x61 && last <= 0x7A) {
            utf8 = utf8.dropLast()
        }
        guard utf8.count >= 7 else { return false }
        return zip(utf8.suffix(7), "article".utf8).allSatisfy { $0 | 0x20 == $1 }
    }

    private static func matches(_ lowered: [Unicode.Scalar], at index: Int, _ word: String) -> Bool {
        var position = index
        for scalar in word.unicodeScalars {
            guard position < lowered.count, lowered[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    private static func isBoundary(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        index >= scalars.count || !LabelParser.isAlphanumeric(scalars[index])
    }

    private static func skipSpaces(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var index = index
        while index < scalars.count, LabelParser.isSpace(scalars[index]) { index += 1 }
        return index
    }

    /// A reference number: "12", "XII", "32(A)", "3.B", "B.3", "3(a)", "A". Trailing sentence periods are not part of it.
    private static func numberToken(_ scalars: [Unicode.Scalar], from start: Int, kind: CrossReference.TargetKind)
        -> (String, Int)?
    {
        var index = start
        var token = ""
        func readAlnum() -> String {
            let begin = index
            while index < scalars.count, LabelParser.isAlphanumeric(scalars[index]) { index += 1 }
            return String(scalars: scalars[begin..<index])
        }
        if kind == .sideLetter || kind == .appendix {
            // "Side Letter No. 1", "Appendix Number 2": the word names the number that follows.
            let save = index
            let word = readAlnum().lowercased()
            if word == "no" || word == "number" {
                if index < scalars.count, scalars[index] == "." { index += 1 }
                while index < scalars.count, LabelParser.isSpace(scalars[index]) { index += 1 }
            } else {
                index = save
            }
        }
        let head = readAlnum()
        guard !head.isEmpty, head.count <= 6 else { return nil }
        let isNumber = head.first!.isNumber && head.allSatisfy { $0.isNumber || $0.isLetter }
            && head.filter(\.isLetter).count <= 1
        let isRoman = NumberStyle.romanValue(head) != nil && head == head.uppercased()
        let isLetter = head.count <= 2 && head.allSatisfy(\.isLetter) && head == head.uppercased()
        switch kind {
        case .article:
            guard isNumber || (isRoman && head.count > 1) || head == "I" || head == "V" || head == "X" else { return nil }
        case .appendix, .sideLetter:
            guard isNumber || isLetter || isRoman else { return nil }
        case .section:
            guard isNumber || isLetter || isRoman else { return nil }
        }
        token = head
        // Sub-parts: ".B", ".3", "(a)".
        while index < scalars.count {
            if scalars[index] == ".", index + 1 < scalars.count, LabelParser.isAlphanumeric(scalars[index + 1]) {
                let save = index
                index += 1
                let part = readAlnum()
                if part.count > 4 { index = save; break }
                token += "." + part
            } else if scalars[index] == "(", index + 2 < scalars.count, LabelParser.isAlphanumeric(scalars[index + 1]) {
                let save = index
                index += 1
                let part = readAlnum()
                guard index < scalars.count, scalars[index] == ")", part.count <= 4 else { index = save; break }
                index += 1
                token += "(" + part + ")"
            } else {
                break
            }
        }
        // "Article 12" must not run into a word: "Article 12th" is not a reference.
        if index < scalars.count, LabelParser.isLetter(scalars[index]) { return nil }
        return (token, index)
    }

    /// Normalises a target: articles to arabic numbers, sections to lowercase dotted paths ("3(a)" → "3.a").
    static func normalize(_ token: String, kind: CrossReference.TargetKind) -> String {
        var parts: [String] = []
        var current = ""
        for char in token {
            if char == "." || char == "(" || char == ")" {
                if !current.isEmpty { parts.append(current) }
                current = ""
            } else {
                current.append(char)
            }
        }
        if !current.isEmpty { parts.append(current) }
        if kind == .article || kind == .sideLetter, parts.count == 1, let roman = NumberStyle.romanValue(parts[0]),
            parts[0] == parts[0].uppercased()
        {
            return String(roman)
        }
        if kind == .article, parts.count == 2, Int(parts[0]) != nil, parts[1].count == 1 {
            return (parts[0] + parts[1]).lowercased()  // "32(A)" → "32a"
        }
        return parts.map { Int($0).map(String.init) ?? $0.lowercased() }.joined(separator: ".")
    }
}

/// Byte-level searches for ASCII needles, cheaper than Foundation's string search in hot paths.
enum ASCIISearch {
    /// True when `text` contains any of the lowercase ASCII `needles`, ignoring ASCII case.
    ///
    /// - Complexity: O(*n* · *k*) for *k* needles, reading the bytes in place (no copy).
    static func containsAnyIgnoringCase<S: StringProtocol>(_ text: S, _ needles: [StaticString]) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ containsAny($0, needles) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { containsAny($0, needles) }
    }

    private static func containsAny(_ utf8: UnsafeBufferPointer<UInt8>, _ needles: [StaticString]) -> Bool {
        @inline(__always) func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        for needle in needles {
            let bytes = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
            guard let first = bytes.first, utf8.count >= bytes.count else { continue }
            var index = 0
            let last = utf8.count - bytes.count
            while index <= last {
                if folded(utf8[index]) == first {
                    var offset = 1
                    while offset < bytes.count, folded(utf8[index + offset]) == bytes[offset] { offset += 1 }
                    if offset == bytes.count { return true }
                }
                index += 1
            }
        }
        return false
    }
}
