import Foundation
import RedlineDiff
import RedlineModel

/// What a ``DocumentDiff`` changes in substance: ``ClauseChangeAnalyzer`` on every aligned clause
/// pair whose words changed, protection deleted for removed clauses, what added clauses add, and
/// moves from one article to another (flagged again when the clause lands in, or leaves, an article
/// that excludes grievances or reserves management rights).
///
/// ```swift
/// let diff = DocumentComparer.compare(old: current, new: proposal)
/// for finding in DiffAnalyzer.findings(diff, old: current, new: proposal) { print(finding.summary) }
/// ```
public enum DiffAnalyzer {
    /// The findings of `diff`, in the order of its alignments, each with its clause ids.
    ///
    /// - Complexity: O(*n*) to index both documents, then linear in the words of the changed clauses;
    ///   unchanged clauses are never read.
    public static func findings(_ diff: DocumentDiff, old: ContractDocument, new: ContractDocument) -> [ChangeFinding] {
        guard !diff.isEmpty else { return [] }
        var oldTops: [String: Int] = [:]
        var newTops: [String: Int] = [:]
        for (position, alignment) in diff.alignments.enumerated() {
            for ref in alignment.old { oldTops[ref.id] = position }
            for ref in alignment.new { newTops[ref.id] = position }
        }
        let (oldTop, newTop) = (oldTops, newTops)
        // Each top-level division on its own core; results are joined in the diff's order.
        let count = diff.alignments.count
        let results = ResultSlots(count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            // Each task indexes only its own division's clauses (a clause moved in from another
            // division is looked up in the whole document).
            let alignment = diff.alignments[index]
            let (oldNodes, oldParents) = Self.index(alignment.old.compactMap { ref in old.children.first { $0.id == ref.id } })
            let (newNodes, newParents) = Self.index(alignment.new.compactMap { ref in new.children.first { $0.id == ref.id } })
            var walker = Walker(
                old: old, new: new, oldNodes: oldNodes, newNodes: newNodes, oldParents: oldParents, newParents: newParents,
                oldTop: oldTop, newTop: newTop)
            walker.visit(diff.alignments[index])
            results.set(index, walker.findings)
        }
        return results.joined()
    }

    /// One slot per division, filled from several threads.
    private final class ResultSlots: @unchecked Sendable {
        private var slots: [[ChangeFinding]]
        private let lock = NSLock()

        init(_ count: Int) { slots = Array(repeating: [], count: count) }

        func set(_ index: Int, _ findings: [ChangeFinding]) {
            lock.lock()
            slots[index] = findings
            lock.unlock()
        }

        func joined() -> [ChangeFinding] { slots.flatMap { $0 } }
    }

    private static func index(_ roots: [ClauseNode]) -> (nodes: [String: ClauseNode], parents: [String: String]) {
        var nodes: [String: ClauseNode] = [:]
        var parents: [String: String] = [:]
        for root in roots {
            root.walk { node, _ in
                if nodes[node.id] == nil { nodes[node.id] = node }
                for child in node.children where parents[child.id] == nil { parents[child.id] = node.id }
                return .visitChildren
            }
        }
        return (nodes, parents)
    }

    /// The analysis of a clause; a list item ("hold the appointment open …") is read after the
    /// end of its parent's text when that ends with a colon ("the University shall:").
    static func analysis(_ node: ClauseNode, parent: ClauseNode?, window: Range<Int>? = nil) -> ClauseAnalysis {
        let text = ClauseText.own(node)
        func plain() -> ClauseAnalysis {
            guard let window else { return ClauseAnalysis(text) }
            return ClauseAnalysis(text, window: window, leadIn: nil)
        }
        guard let parent, let first = text.unicodeScalars.first, first.properties.isLowercase else { return plain() }
        let parentText = parent.text.plainText
        var trimmed = parentText
        while trimmed.last == " " { trimmed.removeLast() }
        guard trimmed.hasSuffix(":") else { return plain() }
        // The last sentence of the parent: after its last full stop.
        let scalars = Array(trimmed.unicodeScalars)
        var start = scalars.count - 1
        while start > 0, !(scalars[start - 1] == "." && scalars[start] == " ") { start -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start...])
        guard let window else { return ClauseAnalysis(text, leadIn: String(view)) }
        return ClauseAnalysis(text, window: window, leadIn: String(view))
    }

    /// The scalar ranges of the old and new text that hold every change of `diff`, widened to
    /// whole sentences (from after the ". ", "; ", "? " or "! " before the first change to the one
    /// after the last); nil when nothing changed.
    ///
    /// - Complexity: O(*n*) in the length of the texts.
    static func changedSentences(_ diff: TextDiff) -> (old: Range<Int>, new: Range<Int>)? {
        var oldScalars: [Unicode.Scalar] = []
        var newScalars: [Unicode.Scalar] = []
        var oldChanged: Range<Int>?
        var newChanged: Range<Int>?
        func cover(_ range: inout Range<Int>?, _ from: Int, _ to: Int) {
            range = range.map { min($0.lowerBound, from)..<max($0.upperBound, to) } ?? from..<to
        }
        for operation in diff.operations {
            let (oldStart, newStart) = (oldScalars.count, newScalars.count)
            oldScalars.append(contentsOf: operation.sourceText.unicodeScalars)
            newScalars.append(contentsOf: operation.resultText.unicodeScalars)
            if operation.kind != .equal {
                cover(&oldChanged, oldStart, oldScalars.count)
                cover(&newChanged, newStart, newScalars.count)
            }
        }
        guard let oldChanged, let newChanged else { return nil }
        return (sentences(around: oldChanged, in: oldScalars), sentences(around: newChanged, in: newScalars))
    }

    private static func sentences(around range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        func isEnd(_ index: Int) -> Bool {
            index >= 0 && index + 1 < scalars.count && [".", ";", "?", "!"].contains(scalars[index])
                && (scalars[index + 1] == " " || scalars[index + 1] == "\n")
        }
        var start = range.lowerBound
        while start > 0, !isEnd(start - 2) && !isEnd(start - 1) { start -= 1 }
        var end = range.upperBound
        while end < scalars.count, !isEnd(end - 1) { end += 1 }
        return start..<min(end, scalars.count)
    }

    /// True when an article takes its clauses out of the grievance procedure: a management-rights
    /// heading, or a sentence excluding "this Article" from the procedure.
    static func excludesGrievances(_ article: ClauseNode) -> Bool {
        if headingExcludesGrievances(article.headingText) { return true }
        var excluded = false
        article.walk { node, _ in
            let text = ClauseText.own(node)
            guard text.contains("rticle") || text.contains("RTICLE") else { return .visitChildren }
            let analysed = AnalysedText(text)
            for marker in ClauseMarkers.scan(analysed) where marker.kind == .grievanceExcluded {
                let before = analysed.text(max(0, marker.span.start - 40), marker.span.start).lowercased()
                if before.contains("this article") || before.contains("this appendix") { excluded = true }
            }
            return excluded ? .stop : .visitChildren
        }
        return excluded
    }

    /// True when an article heading reserves management rights ("MANAGEMENT AND ACADEMIC RIGHTS",
    /// "Reserved Rights"), which the grievance procedure does not reach.
    public static func headingExcludesGrievances(_ heading: String) -> Bool {
        let heading = heading.lowercased()
        if heading.contains("management") && heading.contains("right") { return true }
        return heading.contains("reserved rights") || heading.contains("rights of the university")
            || heading.contains("employer rights") || heading.contains("non-grievable")
    }

    /// The findings of a clause moving from the article labelled `from` to the one labelled `to`:
    /// the move, and a grievability change when exactly one of them excludes grievances.
    public static func moveFindings(from: String, to: String, fromExcludes: Bool, toExcludes: Bool) -> [ChangeFinding] {
        var findings = [
            ChangeFinding(
                flag: .movedAcrossArticles, oldSpan: nil, newSpan: nil, before: from, after: to,
                summary: "moved from \(from) to \(to)")
        ]
        if fromExcludes != toExcludes {
            findings.append(
                ChangeFinding(
                    flag: toExcludes ? .grievabilityRemoved : .grievabilityAdded, oldSpan: nil, newSpan: nil, before: from,
                    after: to,
                    summary: toExcludes
                        ? "grievability removed: moved into \(to), which the grievance procedure does not reach"
                        : "grievability added: moved out of \(from) into \(to)"))
        }
        return findings
    }

    private struct Walker {
        let old: ContractDocument
        let new: ContractDocument
        let oldNodes: [String: ClauseNode]
        let newNodes: [String: ClauseNode]
        let oldParents: [String: String]
        let newParents: [String: String]
        let oldTop: [String: Int]
        let newTop: [String: Int]
        var findings: [ChangeFinding] = []
        var exclusion: [String: Bool] = [:]

        mutating func visit(_ alignment: NodeAlignment) {
            if alignment.kind == .same && !alignment.textChanged && !alignment.moved { return }
            if alignment.movedTo != nil { return }  // the `moved` pairing at the new place reports it
            // Front matter (a proposal's title page and dates) is not contract language.
            if (alignment.new.first ?? alignment.old.first)?.kind == .preamble { return }
            let oldNode = alignment.old.count == 1 ? oldClause(alignment.old[0].id) : nil
            let newNode = alignment.new.count == 1 ? newClause(alignment.new[0].id) : nil
            switch alignment.kind {
            case .removed:
                if let oldNode { add(ClauseChangeAnalyzer.compare(old: oldAnalysis(oldNode), new: nil), alignment) }
            case .added:
                if let newNode { add(ClauseChangeAnalyzer.compare(old: nil, new: newAnalysis(newNode)), alignment) }
            case .split, .merged:
                let before = alignment.old.compactMap { oldClause($0.id).map(ClauseText.own) }.joined(separator: "\n")
                let after = alignment.new.compactMap { newClause($0.id).map(ClauseText.own) }.joined(separator: "\n")
                add(ClauseChangeAnalyzer.compare(old: before, new: after), alignment)
            default:
                if let oldNode, let newNode, let diff = alignment.textDiff, !diff.isEmpty {
                    if !alignment.textDiffIncludesHeading, let (oldWindow, newWindow) = DiffAnalyzer.changedSentences(diff) {
                        // Only the sentences the diff touched: the rest is the same on both sides.
                        add(
                            ClauseChangeAnalyzer.compare(
                                old: oldAnalysis(oldNode, window: oldWindow), new: newAnalysis(newNode, window: newWindow)),
                            alignment)
                    } else {
                        add(ClauseChangeAnalyzer.compare(old: oldAnalysis(oldNode), new: newAnalysis(newNode)), alignment)
                    }
                }
                if alignment.moved, let oldNode, let newNode { move(oldNode, newNode, alignment) }
            }
            for child in alignment.children { visit(child) }
        }

        /// An old clause: from this division's index, else (a clause moved in) the whole document.
        func oldClause(_ id: String) -> ClauseNode? { oldNodes[id] ?? old.node(withID: id) }

        /// A new clause, likewise.
        func newClause(_ id: String) -> ClauseNode? { newNodes[id] ?? new.node(withID: id) }

        func oldAnalysis(_ node: ClauseNode, window: Range<Int>? = nil) -> ClauseAnalysis {
            DiffAnalyzer.analysis(node, parent: oldParents[node.id].flatMap { oldNodes[$0] }, window: window)
        }

        func newAnalysis(_ node: ClauseNode, window: Range<Int>? = nil) -> ClauseAnalysis {
            DiffAnalyzer.analysis(node, parent: newParents[node.id].flatMap { newNodes[$0] }, window: window)
        }

        private mutating func add(_ found: [ChangeFinding], _ alignment: NodeAlignment) {
            for var finding in found {
                finding.oldClause = alignment.old.first?.id
                finding.newClause = alignment.new.first?.id
                findings.append(finding)
            }
        }

        /// A clause that moved to another article: both places, and what the move does to grievability.
        private mutating func move(_ oldNode: ClauseNode, _ newNode: ClauseNode, _ alignment: NodeAlignment) {
            let oldArticleID = Self.topID(oldNode.id)
            let newArticleID = Self.topID(newNode.id)
            guard let from = oldTop[oldArticleID], let to = newTop[newArticleID], from != to,
                let oldArticle = oldClause(oldArticleID), let newArticle = newClause(newArticleID)
            else { return }
            let wasExcluded = excluded("old:" + oldArticleID, oldArticle)
            let isExcluded = excluded("new:" + newArticleID, newArticle)
            add(
                DiffAnalyzer.moveFindings(
                    from: Self.label(oldArticle), to: Self.label(newArticle), fromExcludes: wasExcluded, toExcludes: isExcluded),
                alignment)
        }

        private mutating func excluded(_ key: String, _ article: ClauseNode) -> Bool {
            if let known = exclusion[key] { return known }
            let value = DiffAnalyzer.excludesGrievances(article)
            exclusion[key] = value
            return value
        }

        static func topID(_ id: String) -> String {
            guard let range = id.firstRange(of: "__") else { return id }
            return String(id[..<range.lowerBound])
        }

        static func label(_ article: ClauseNode) -> String {
            [article.number?.written, article.heading?.plainText].compactMap { $0 }.joined(separator: " ")
        }
    }
}
