import RedlineModel
import RedlineXML

/// Shared helpers for the XML-based extractors (generic XML, Akoma Ntoso, USLM, DOCX,
/// pdftohtml): inline styles from element names, element paths, and a buffer that turns
/// collected runs into blocks.
enum XMLInline {
    /// The inline style an element adds, judged by its local name in any namespace
    /// (`b`, `strong`, `i`, `em`, `u`, `ins`, `del`, `s`, `strike`, `sup`, `sub`).
    static func style(of element: MarkupElement) -> InlineStyle {
        switch element.name.lowercased() {
        case "b", "strong": .bold
        case "i", "em": .italic
        case "u", "ins": .underline
        case "del", "s", "strike": .strikethrough
        case "sup": .superscript
        case "sub": .subscript
        default: []
        }
    }

    /// Proposal markup given by attributes: USLM `changed="added"` / `changed="deleted"`,
    /// Akoma Ntoso-style `status="inserted"` / `status="removed"`.
    static func changeStyle(of element: MarkupElement) -> InlineStyle {
        let changed = (element.attribute("changed") ?? element.attribute("status") ?? "").lowercased()
        switch changed {
        case "added", "inserted", "insert": return .underline
        case "deleted", "removed", "delete": return .strikethrough
        default: return []
        }
    }

    /// The text runs below `element`, styled by the inline elements on the way down.
    /// Elements for which `skip` is true are left out with their content.
    ///
    /// - Complexity: O(*n*) in the size of the subtree.
    static func runs(
        of element: MarkupElement, style: InlineStyle = [], skip: (MarkupElement) -> Bool = { _ in false }
    ) -> [InlineRun] {
        var result: [InlineRun] = []
        collect(element.children, style: style, skip: skip, into: &result)
        return result
    }

    private static func collect(
        _ nodes: [MarkupNode], style: InlineStyle, skip: (MarkupElement) -> Bool, into result: inout [InlineRun]
    ) {
        for node in nodes {
            switch node {
            case .text(let text, _): result.append(InlineRun(text, style: style))
            case .comment: break
            case .element(let child):
                if skip(child) { continue }
                let childStyle = style.union(Self.style(of: child)).union(changeStyle(of: child))
                let link = child.name.lowercased() == "a" || child.name.lowercased() == "ref" ? child.attribute("href") : nil
                if let link {
                    var inner: [InlineRun] = []
                    collect(child.children, style: childStyle, skip: skip, into: &inner)
                    result += inner.map { InlineRun($0.text, style: $0.style, link: $0.link ?? link) }
                } else {
                    collect(child.children, style: childStyle, skip: skip, into: &result)
                }
            }
        }
    }

    /// The first line number found in the element or its text, for locations.
    static func firstLine(of element: MarkupElement) -> Int {
        if element.line > 0 { return element.line }
        for child in element.children {
            switch child {
            case .text(_, let line) where line > 0: return line
            case .element(let inner):
                let line = firstLine(of: inner)
                if line > 0 { return line }
            default: continue
            }
        }
        return 0
    }

    /// Path segments for the children of an element: `name` when the name is unique among
    /// its siblings, `name[n]` otherwise, as in XPath.
    static func childSegments(_ element: MarkupElement, prefix: String = "") -> [String] {
        let children = element.childElements
        var totals: [String: Int] = [:]
        for child in children { totals[child.name, default: 0] += 1 }
        var seen: [String: Int] = [:]
        return children.map { child in
            seen[child.name, default: 0] += 1
            let name = prefix + child.name
            return totals[child.name]! > 1 ? "\(name)[\(seen[child.name]!)]" : name
        }
    }
}

/// Collects runs for the block being read and turns them into ``Block``s with collapsed
/// whitespace; empty blocks are dropped.
struct BlockBuffer {
    private(set) var blocks: [Block] = []
    private var runs: [InlineRun] = []
    private var location: SourceLocation?

    /// True when no text is waiting.
    var isEmpty: Bool { !runs.contains { $0.text.contains { !$0.isWhitespace } } }

    /// Adds runs to the pending block, which starts at `location` if it is new.
    mutating func append(_ newRuns: [InlineRun], at location: SourceLocation) {
        if self.location == nil, newRuns.contains(where: { $0.text.contains { !$0.isWhitespace } }) {
            self.location = location
        }
        runs += newRuns
    }

    /// Ends the pending block as `kind`; `override` replaces where it starts (a numbered element
    /// whose number and words are in different child elements).
    mutating func flush(
        _ kind: Block.Kind = .paragraph, listNumber: ClauseNumber? = nil, listDepth: Int = 0,
        location override: SourceLocation? = nil
    ) {
        defer {
            runs.removeAll(keepingCapacity: true)
            location = nil
        }
        let cleaned = normalizeWhitespace(runs)
        guard !cleaned.isEmpty else { return }
        blocks.append(
            Block(kind: kind, runs: cleaned, listNumber: listNumber, listDepth: listDepth,
                location: override ?? location ?? .unknown))
    }

    /// Adds a finished block (a table, or a block built elsewhere).
    mutating func add(_ block: Block) {
        blocks.append(block)
    }
}

extension BlockBuffer {
    /// Replaces the last finished block (to add reader-specific fields after ``flush(_:listNumber:listDepth:)``).
    mutating func replaceLast(_ block: Block) {
        guard !blocks.isEmpty else { return }
        blocks[blocks.count - 1] = block
    }
}
