import RedlineModel

/// Looks up top-level divisions (articles, appendices, side letters) by number across documents.
struct Divisions {
    private var byKey: [String: ClauseNode] = [:]

    /// Indexes the top-level divisions of `documents`, the first holder of a number winning.
    init(_ documents: [ContractDocument]) {
        for document in documents {
            for node in document.children where node.kind.isTopLevelDivision {
                guard let number = node.number?.normalized else { continue }
                let key = Self.key(node.kind, number)
                if byKey[key] == nil { byKey[key] = node }
            }
        }
    }

    /// The division a reference of `kind` to `target` names, if any document holds it.
    func division(_ kind: CrossReference.TargetKind, _ target: String) -> ClauseNode? {
        switch kind {
        case .article: byKey[Self.key(.article, target)]
        case .appendix: byKey[Self.key(.appendix, target)]
        case .sideLetter: byKey[Self.key(.sideLetter, target)]
        case .section: nil
        }
    }

    private static func key(_ kind: ClauseKind, _ number: String) -> String { kind.rawValue + " " + number.lowercased() }

    /// True when `document` looks like a whole contract rather than a proposal for a few articles.
    static func isWholeContract(_ document: ContractDocument) -> Bool {
        document.children.filter { $0.kind == .article }.count >= 5
    }

    /// True when the document holds any division of the kind a reference names.
    static func holdsAny(_ kind: CrossReference.TargetKind, in document: ContractDocument) -> Bool {
        switch kind {
        case .article: document.children.contains { $0.kind == .article }
        case .appendix: document.children.contains { $0.kind == .appendix }
        case .sideLetter: document.children.contains { $0.kind == .sideLetter }
        case .section: true
        }
    }
}

extension ContractDocument {
    /// Every node with its references, in document order, with the number of its article.
    func referencingNodes() -> [(node: ClauseNode, article: ClauseNode?)] {
        var result: [(ClauseNode, ClauseNode?)] = []
        for top in children {
            let article = top.kind.isTopLevelDivision ? top : nil
            top.walk { node, _ in
                if !node.references.isEmpty { result.append((node, article)) }
                return .visitChildren
            }
        }
        return result
    }
}
