import RedlineModel

/// Looks up top-level divisions (articles, appendices, side letters) by number across documents.
struct Divisions {
    private var byKey: [String: ClauseNode] = [:]

    /// Indexes the top-level divisions of `documents`, the first holder of a number winning.
    ///
    /// An unnumbered division (a form exported without its "APPENDIX D" label) is indexed under
    /// the appendix or side letter its file name gives, when `names` holds the documents' names.
    init(_ documents: [ContractDocument], names: [String] = []) {
        for (index, document) in documents.enumerated() {
            for node in document.children where node.kind.isTopLevelDivision {
                if let number = node.number?.normalized {
                    let key = Self.key(node.kind, number)
                    if byKey[key] == nil { byKey[key] = node }
                } else if index < names.count, let (kind, number) = Self.division(fromFileName: names[index]) {
                    let key = Self.key(kind, number)
                    if byKey[key] == nil { byKey[key] = node }
                }
            }
        }
    }

    private static let fileNamePattern = TextScan.regex(
        #"(?:^|[^a-z])(appendix|side[-_ ]?letter)[-_ ]?([a-z]{1,2}|\d{1,3})(?:[^a-z0-9]|$)"#, caseInsensitive: true)

    /// "bx_appendix-d_jlmc.md" → appendix d.
    static func division(fromFileName name: String) -> (ClauseKind, String)? {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        guard let match = TextScan.matches(fileNamePattern, in: base).first else { return nil }
        let kind: ClauseKind = match.groups[1].lowercased().hasPrefix("appendix") ? .appendix : .sideLetter
        return (kind, match.groups[2].lowercased())
    }

    /// The division a reference of `kind` to `target` names, if any document holds it.
    func division(_ kind: CrossReference.TargetKind, _ target: String) -> ClauseNode? {
        switch kind {
        case .article: article(target)
        case .appendix: byKey[Self.key(.appendix, target)]
        case .sideLetter: byKey[Self.key(.sideLetter, target)]
        case .section: nil
        }
    }

    /// Article `target`; "25.a.3" is Article 25; "32" is found as 32A when the contract splits it into 32A and 32B.
    private func article(_ target: String) -> ClauseNode? {
        if let node = byKey[Self.key(.article, target)] { return node }
        let head = target.split(separator: ".").first.map(String.init) ?? target
        if let node = byKey[Self.key(.article, head)] { return node }
        guard Int(head) != nil else { return nil }
        for suffix in ["a", "b", "(a)", ".a"] {
            if let node = byKey[Self.key(.article, head + suffix)] { return node }
        }
        return nil
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
