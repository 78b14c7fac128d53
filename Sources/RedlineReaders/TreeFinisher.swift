import RedlineModel

/// Freezes drafts into immutable ``ClauseNode`` values: assigns stable ids, recognises
/// cross-references, then resolves them against the finished tree.
enum TreeFinisher {
    static func finish(_ drafts: [StructureBuilder.Draft]) -> [ClauseNode] {
        var siblings = IDAllocator()
        let nodes = drafts.map { draft in
            freeze(draft, parentID: nil, article: draft.kind == .article ? draft.number?.normalized : nil,
                siblings: &siblings)
        }
        return resolve(nodes)
    }

    private static func freeze(
        _ draft: StructureBuilder.Draft, parentID: String?, article: String?, siblings: inout IDAllocator
    ) -> ClauseNode {
        let local = siblings.allocate(kind: draft.kind, number: draft.number)
        let id = parentID.map { $0 + "__" + local } ?? local
        var childIDs = IDAllocator()
        let children = draft.children.map { freeze($0, parentID: id, article: article, siblings: &childIDs) }
        let heading = draft.heading.map { InlineText(runs: $0) }
        let text = InlineText(runs: draft.text)
        var references: [CrossReference] = []
        if let heading { references += CrossReferenceScanner.scan(heading.plainText, field: .heading, article: article) }
        if !text.isEmpty {
            let plain = text.plainText
            references += CrossReferenceScanner.scan(plain, field: .text, article: article)
            references += CrossReferenceScanner.scanNamedArticles(plain, field: .text)
            references.sort { $0.offset < $1.offset }
        }
        if let table = draft.table {
            for row in table.rows {
                for cell in row.cells {
                    references += CrossReferenceScanner.scan(cell.text.plainText, field: .text, article: article)
                }
            }
        }
        return ClauseNode(
            kind: draft.kind, id: id, number: draft.number, heading: heading, text: text, table: draft.table,
            references: references, location: draft.location, children: children)
    }

    /// Allocates the id segment of each child: `sec_a`, `p_2`, `hcontainer_1`, `sec_3_dup2`.
    struct IDAllocator {
        var counters: [String: Int] = [:]
        var used: Set<String> = []

        mutating func allocate(kind: ClauseKind, number: ClauseNumber?) -> String {
            var base: String
            if let number, !number.normalized.isEmpty {
                base = idPrefix(kind, number) + "_" + sanitize(number.normalized)
            } else {
                let prefix: String
                switch kind {
                case .section, .subsection, .paragraph, .subparagraph, .point: prefix = "hcontainer"
                case .article, .appendix, .sideLetter: prefix = kind.idPrefix + "_unnumbered"
                default: prefix = kind.idPrefix
                }
                counters[prefix, default: 0] += 1
                base = prefix + "_" + String(counters[prefix]!)
            }
            if kind == .preamble { base = "preface" }
            var candidate = base
            var duplicate = 1
            while used.contains(candidate) {
                duplicate += 1
                candidate = base + "_dup" + String(duplicate)
            }
            used.insert(candidate)
            return candidate
        }

        /// A group's id says what it is, as Akoma Ntoso does: `dvs_1`, `part_2`, `chp_3`.
        private func idPrefix(_ kind: ClauseKind, _ number: ClauseNumber) -> String {
            guard kind == .group else { return kind.idPrefix }
            switch number.prefix {
            case "Division": return "dvs"
            case "Part": return "part"
            case "Chapter": return "chp"
            default: return kind.idPrefix
            }
        }

        private func sanitize(_ value: String) -> String {
            String(value.lowercased().map { $0.isLetter || $0.isNumber || $0 == "." ? $0 : "-" })
        }
    }

    // MARK: Resolution

    private static func resolve(_ nodes: [ClauseNode]) -> [ClauseNode] {
        var articles: [String: ClauseNode] = [:]
        var appendices: [String: ClauseNode] = [:]
        var letters: [String: ClauseNode] = [:]
        for node in nodes {
            guard let number = node.number?.normalized else { continue }
            switch node.kind {
            case .article: articles[number] = articles[number] ?? node
            case .appendix: appendices[number] = appendices[number] ?? node
            case .sideLetter: letters[number] = letters[number] ?? node
            default: break
            }
        }
        var articlesByName: [String: ClauseNode] = [:]
        for node in nodes where node.kind == .article {
            articlesByName[node.headingText.lowercased()] = articlesByName[node.headingText.lowercased()] ?? node
        }
        func target(of reference: CrossReference) -> String? {
            switch reference.kind {
            case .article where reference.target.isEmpty:
                return reference.targetName.flatMap { articlesByName[$0.lowercased()]?.id }
            case .article: return articles[reference.target]?.id
            case .appendix: return appendices[reference.target]?.id
            case .sideLetter: return letters[reference.target]?.id
            case .section:
                // In an MOU whose articles are its "Section N" headings, "Section 4" is that article.
                let sectionArticle = articles[reference.target].flatMap { $0.number?.prefix == "Section" ? $0.id : nil }
                guard let article = reference.article.flatMap({ articles[$0] }) else { return sectionArticle }
                return findSection(reference.target.split(separator: ".").map(String.init), in: article.children)?.id
                    ?? sectionArticle
            }
        }
        func rewrite(_ node: ClauseNode) -> ClauseNode {
            let references = node.references.compactMap { reference -> CrossReference? in
                let id = target(of: reference)
                guard reference.kind == .article, reference.target.isEmpty else { return reference.resolved(to: id) }
                // A named article ("the Leaves article") counts only when an article has that name.
                guard let id, let number = nodes.first(where: { $0.id == id })?.number?.normalized else { return nil }
                return CrossReference(
                    text: reference.text, kind: .article, target: number, article: nil, targetName: reference.targetName,
                    offset: reference.offset, length: reference.length, field: reference.field, resolvedID: id)
            }
            return ClauseNode(
                kind: node.kind, id: node.id, number: node.number, heading: node.heading, text: node.text,
                table: node.table, references: references, location: node.location,
                children: node.children.map(rewrite))
        }
        return nodes.map(rewrite)
    }

    /// Finds the node whose number path matches `components` ("3.b": a node numbered 3,
    /// then a descendant numbered b; or a node numbered "3.b" outright).
    private static func findSection(_ components: [String], in nodes: [ClauseNode]) -> ClauseNode? {
        guard let first = components.first else { return nil }
        let whole = components.joined(separator: ".")
        var all = nodes
        var index = 0
        while index < all.count {
            let node = all[index]
            index += 1
            if let number = node.number?.normalized {
                if number == whole { return node }
                if number == first {
                    if components.count == 1 { return node }
                    if let found = findSection(Array(components.dropFirst()), in: node.children) { return found }
                }
            }
            all.append(contentsOf: node.children)
        }
        return nil
    }
}
