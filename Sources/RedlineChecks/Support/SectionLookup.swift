import RedlineModel

/// Finds the clause a section reference names, more leniently than the reader's resolver:
/// "3.2(a)" is clause (a) under 3.2, "B.3" is 3 under B, "A.1.c" is c under 1 under A, in
/// whatever way the article groups the components into numbers.
enum SectionLookup {
    /// The node under `article` whose number path spells `target` (normalised, dot-separated).
    static func find(_ target: String, in article: ClauseNode) -> ClauseNode? {
        let components = target.lowercased().split(separator: ".").map(String.init)
        guard !components.isEmpty else { return nil }
        return find(components[...], below: article)
    }

    private static func find(_ components: ArraySlice<String>, below node: ClauseNode) -> ClauseNode? {
        guard !components.isEmpty else { return node }
        for length in stride(from: components.count, through: 1, by: -1) {
            let head = components.prefix(length).joined(separator: ".")
            for candidate in descendants(of: node) where candidate.number?.normalized.lowercased() == head {
                if let found = find(components.dropFirst(length), below: candidate) { return found }
            }
        }
        return nil
    }

    private static func descendants(of node: ClauseNode) -> [ClauseNode] {
        var result: [ClauseNode] = []
        for child in node.children { child.walk { result.append($0); _ = $1; return .visitChildren } }
        return result
    }
}
