import RedlineDiff
import RedlineModel

/// Compares what a marked-up proposal says the current contract is (its markup rejected) with
/// the current contract, and sorts each difference: text changed without marks, or marks on
/// text that did not change.
struct MarkupAudit {
    /// One difference at one clause of the proposal.
    struct Issue {
        enum Kind { case unmarked, markedUnchanged }
        let kind: Kind
        let message: String
        let node: ClauseNode
    }

    let issues: [Issue]

    /// Audits `checked` against `current`; no issues when the proposal has no markup or no rejected reading.
    init(_ checked: CheckedDocument, current: ContractDocument) {
        guard let marked = checked.marked, let readerRejected = checked.rejected else {
            issues = []
            return
        }
        // Headings underlined as a style would vanish from the reader's rejected reading.
        let rejected = MarkedRejection.hasStyledHeadings(marked)
            ? MarkedRejection.rejected(from: marked, numberedLike: readerRejected) : readerRejected
        // The marked reading's clauses by place in the source: the rejected reading of the same
        // block has the same line and element path, even when dropping underlined list items
        // renumbered it.
        var byLocation: [SourceLocation: [ClauseNode]] = [:]
        var byLine: [Int: [ClauseNode]] = [:]
        marked.walk { node, _ in
            byLocation[node.location, default: []].append(node)
            if node.location.line > 0 { byLine[node.location.line, default: []].append(node) }
            return .visitChildren
        }
        // Clauses with underlined words, for clauses the rejected reading lost entirely.
        var underlinedNodes: [(node: ClauseNode, underlined: String)] = []
        marked.walk { node, _ in
            let underlined = Self.normalized(Self.text(of: node, style: .underline))
            if !underlined.isEmpty { underlinedNodes.append((node, underlined)) }
            return .visitChildren
        }
        // Signature blocks ("For the University:", a blank line, a name and title) are not contract language.
        var signatureIDs: Set<String> = []
        rejected.walk { node, _ in
            let children = node.children
            for (index, child) in children.enumerated() where child.number == nil && child.text.plainText.contains("___") {
                for neighbour in children[max(0, index - 2)...min(children.count - 1, index + 2)]
                where neighbour.number == nil && Self.isSignatureLine(neighbour.fullText) {
                    signatureIDs.insert(neighbour.id)
                }
            }
            return .visitChildren
        }
        var markedFallback: ClauseNode?
        marked.walk { node, _ in
            if node.kind.isTopLevelDivision { markedFallback = node; return .stop }
            return .visitChildren
        }
        // Compare only the divisions the proposal holds, paired by number (a proposal for Article 12
        // answers for Article 12, not for whatever other article shares its words).
        // Pair each division of the proposal with the contract's: same number and a heading that
        // agrees, else the same heading under another number (a renumbered article).
        let currentDivisions = current.children.filter(\.kind.isTopLevelDivision)
        var pairedCurrent: [ClauseNode] = []
        var pairedProposal: [ClauseNode] = []
        for division in rejected.children where division.kind.isTopLevelDivision {
            let sameNumber = currentDivisions.first { $0.kind == division.kind && Self.key($0) == Self.key(division) }
            let agrees: (ClauseNode) -> Bool = { TextScan.namesAgree($0.headingText, division.headingText) }
            let match = sameNumber.flatMap { agrees($0) ? $0 : nil }
                ?? currentDivisions.first { $0.kind == division.kind && !division.headingText.isEmpty && agrees($0) }
                ?? sameNumber
            guard let match else { continue }
            if !pairedCurrent.contains(where: { $0.id == match.id }) { pairedCurrent.append(match) }
            pairedProposal.append(division)
        }
        let scopedCurrent = ContractDocument(title: current.title, sourceFormat: current.sourceFormat, children: pairedCurrent)
        let scopedRejected = ContractDocument(
            title: rejected.title, sourceFormat: rejected.sourceFormat,
            children: pairedProposal.isEmpty ? rejected.children.filter(\.kind.isTopLevelDivision) : pairedProposal)
        let diff = DocumentComparer.compare(
            old: scopedCurrent, new: scopedRejected, oldName: "current", newName: checked.name,
            options: CompareOptions(text: DiffOptions(ignoreWhitespace: true), scope: .all))
        var issues: [Issue] = []
        // Struck text immediately re-inserted unchanged ("~~ten~~ __ten__").
        marked.walk { node, _ in
            let runs = node.text.runs
            for (first, second) in zip(runs, runs.dropFirst())
            where first.style.contains(.strikethrough) && second.style.contains(.underline)
                && Self.normalized(first.text) == Self.normalized(second.text) && !Self.normalized(first.text).isEmpty
            {
                issues.append(
                    Issue(
                        kind: .markedUnchanged,
                        message: "“\(TextScan.excerpt(first.text, limit: 40))” is struck and underlined again unchanged; remove both marks",
                        node: node))
            }
            return .visitChildren
        }
        func markedNode(for ref: NodeRef?, parent: ClauseNode?) -> ClauseNode? {
            guard let ref else { return parent }
            let candidates = byLocation[ref.location] ?? (ref.location.path == nil ? byLine[ref.location.line] ?? [] : [])
            if candidates.count == 1 { return candidates[0] }
            // Several blocks on one line (a one-line HTML file): the same id, else the same words.
            if let node = candidates.first(where: { $0.id == ref.id }) { return node }
            let excerpt = Self.normalized(ref.excerpt ?? ref.heading ?? "").replacingOccurrences(of: "…", with: "")
            if !excerpt.isEmpty, let node = candidates.first(where: { Self.normalized($0.text.plainText).hasPrefix(excerpt.prefix(30)) }) {
                return node
            }
            return candidates.first ?? parent
        }
        func visit(_ alignment: NodeAlignment, parent: ClauseNode?) {
            let newRef = alignment.new.first
            let here = markedNode(for: newRef, parent: parent) ?? markedFallback
            switch alignment.kind {
            case .added:
                guard let node = here, !Self.isSignatureBlock(node.fullText), !(newRef.map { signatureIDs.contains($0.id) } ?? false)
                else { return }
                let struck = Self.text(of: node, style: .strikethrough)
                let all = Self.normalized(node.fullText)
                if !all.isEmpty, Self.normalized(struck).contains(all) || Self.normalized(node.text.plainText) == Self.normalized(struck) && !struck.isEmpty {
                    issues.append(
                        Issue(
                            kind: .markedUnchanged,
                            message: "“\(TextScan.excerpt(node.fullText, limit: 40))” is struck through but the current contract does not have it; remove the strike-through or the text",
                            node: node))
                } else {
                    issues.append(
                        Issue(
                            kind: .unmarked,
                            message: "“\(TextScan.excerpt(node.fullText, limit: 40))” is not in the current contract but is not underlined; underline it as added",
                            node: node))
                }
                return
            case .removed:
                guard let node = here, let old = alignment.old.first else { return }
                let oldText = Self.normalized([old.heading, old.excerpt].compactMap { $0 }.joined(separator: " "))
                let oldWords = oldText.replacingOccurrences(of: "…", with: "").trimmingCharacters(in: .whitespaces)
                // A whole clause underlined as new although the contract has it: find it in the marked reading.
                let underlinedClause = oldWords.isEmpty ? nil : underlinedNodes.first { $0.underlined.contains(oldWords) }?.node
                if let underlinedClause {
                    issues.append(
                        Issue(
                            kind: .markedUnchanged,
                            message: "underlined text “\(TextScan.excerpt(oldWords, limit: 40))” is already in the current contract (\(old.number ?? old.id)); remove the underline",
                            node: underlinedClause))
                } else {
                    issues.append(
                        Issue(
                            kind: .unmarked,
                            message: "the current contract's \(old.number.map { "clause \($0)" } ?? "clause") “\(TextScan.excerpt(oldWords, limit: 40))” is missing here without strike-through; strike it through or restore it",
                            node: node))
                }
                return
            default:
                break
            }
            if let node = here {
                if alignment.renumbered, let oldNumber = alignment.old.first?.number, let newNumber = newRef?.number {
                    issues.append(
                        Issue(
                            kind: .unmarked,
                            message: "renumbered from “\(oldNumber)” to “\(newNumber)” without marking; strike the old number and underline the new one",
                            node: node))
                }
                let underlined = Self.normalized(Self.text(of: node, style: .underline))
                let struck = Self.normalized(Self.text(of: node, style: .strikethrough))
                var unmarked: [String] = []
                var spurious: [String] = []
                // A heading underlined from end to end is usually the document's heading style
                // ("A. <u>Definitions</u>"), not added text; its words are not judged as markup.
                let headingRuns = node.heading?.runs.filter { !$0.text.allSatisfy(\.isWhitespace) } ?? []
                let styledHeading = !headingRuns.isEmpty && headingRuns.allSatisfy { $0.style.contains(.underline) }
                let diffs = styledHeading && !alignment.textDiffIncludesHeading
                    ? [alignment.textDiff] : [alignment.headingDiff, alignment.textDiff]
                for diff in diffs.compactMap({ $0 }) {
                    for operation in diff.operations where operation.kind != .equal {
                        let words = Self.normalized(operation.text)
                        guard !words.isEmpty, words.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
                        switch operation.kind {
                        case .insert:
                            // In the proposal's "current" text but not in the contract.
                            if struck.contains(words) { spurious.append("struck “\(TextScan.excerpt(operation.text, limit: 30))” is not in the current contract") }
                            else { unmarked.append("added “\(TextScan.excerpt(operation.text, limit: 30))”") }
                        case .delete:
                            // In the contract but not in the proposal's "current" text.
                            if underlined.contains(words) { spurious.append("underlined “\(TextScan.excerpt(operation.text, limit: 30))” is already in the current contract") }
                            else { unmarked.append("deleted “\(TextScan.excerpt(operation.text, limit: 30))”") }
                        case .equal:
                            break
                        }
                    }
                }
                if !unmarked.isEmpty {
                    issues.append(
                        Issue(
                            kind: .unmarked,
                            message: "changed from the current contract without underline or strike-through (\(Self.summarize(unmarked))); mark the change or restore the current text",
                            node: node))
                }
                if !spurious.isEmpty {
                    issues.append(
                        Issue(
                            kind: .markedUnchanged,
                            message: "marked as changed but the current contract reads the same (\(Self.summarize(spurious))); remove the marks",
                            node: node))
                }
            }
            for child in alignment.children { visit(child, parent: here) }
        }
        for alignment in diff.alignments { visit(alignment, parent: markedFallback) }
        self.issues = issues
    }

    /// "For the University: ________ Date: ______": a signature block, not contract language.
    static func isSignatureBlock(_ text: String) -> Bool {
        guard text.contains("___") else { return false }
        let lowered = text.lowercased()
        return lowered.hasPrefix("for ") || lowered.hasPrefix("on behalf of") || lowered.contains("date")
            || lowered.contains("signature") || lowered.trimmingCharacters(in: .whitespaces).hasPrefix("_")
    }

    /// A line of a signature block: blanks, or a short line without a closing period
    /// ("For Lakeshore State University:", "Dev Ramanathan, Bargaining Chair").
    static func isSignatureLine(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.contains("___") { return true }
        guard let last = trimmed.last, !trimmed.contains("\n") else { return false }
        return trimmed.split(separator: " ").count <= 10 && last != "." && last != ";"
    }

    private static func key(_ node: ClauseNode) -> String {
        node.kind.rawValue + " " + (node.number?.normalized ?? node.headingText.lowercased())
    }

    private static func summarize(_ items: [String]) -> String {
        items.count <= 2 ? items.joined(separator: "; ") : items.prefix(2).joined(separator: "; ") + "; and \(items.count - 2) more"
    }

    /// The text of `node`'s runs (heading and text) with `style`, joined by spaces.
    static func text(of node: ClauseNode, style: InlineStyle) -> String {
        let runs = (node.heading?.runs ?? []) + node.text.runs
        return runs.filter { $0.style.contains(style) }.map(\.text).joined(separator: " ")
    }

    /// Lowercased words separated by single spaces, punctuation at word edges dropped.
    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace)
            .map { $0.trimmingCharacters(in: .punctuationCharacters) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }
}
