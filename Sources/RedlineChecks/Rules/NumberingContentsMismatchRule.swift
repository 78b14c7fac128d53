import Foundation
import RedlineModel

/// A table of contents that disagrees with the body: an entry whose article is missing or
/// whose heading differs, or an article the contents leave out.
public struct NumberingContentsMismatchRule: CheckRule {
    public static let id = "numbering/contents-mismatch"
    public static let defaultSeverity = Severity.warning
    public static let summary = "The table of contents and the body disagree on an article's number or heading."
    public static let help = "Regenerate the table of contents, or fix the heading that changed."
    public static let examples = [
        RuleExample(
            triggering: [
                "AGREEMENT\n\nTABLE OF CONTENTS\nARTICLE 1 RECOGNITION ........ 1\nARTICLE 2 DEFINITIONS ........ 2\nARTICLE 3 WAGES ........ 3\n\n"
                    + "ARTICLE 1\nRECOGNITION\n\nText.\n\nARTICLE 2\nDEFINITIONS\n\nText.\n\nARTICLE 3\nHOURS OF WORK\n\nText.\n",
            ],
            clean: [
                "AGREEMENT\n\nTABLE OF CONTENTS\nARTICLE 1 RECOGNITION ........ 1\nARTICLE 2 DEFINITIONS ........ 2\nARTICLE 3 WAGES ........ 3\n\n"
                    + "ARTICLE 1\nRECOGNITION\n\nText.\n\nARTICLE 2\nDEFINITIONS\n\nText.\n\nARTICLE 3\nWAGES\n\nText.\n",
            ]),
    ]

    public init() {}

    private static let entry = TextScan.regex(
        #"^\s*(ARTICLE|APPENDIX|SIDE LETTER)\s+([0-9]+[A-Z]?|[IVXLCDM]+|[A-Z])\b\s*[-–—:.]?\s*(.*?)\s*(?:(?:\.\s?){2,}|…+|\t|\s{2,})?\s*(\d+)?\s*$"#,
        caseInsensitive: true)

    struct Entry {
        let kind: ClauseKind
        let number: String
        let title: String
        let node: ClauseNode
    }

    public func check(_ context: CheckContext) -> [Finding] {
        let document = context.document
        let entries = Self.entries(document)
        guard entries.count >= 3 else { return [] }
        var findings: [Finding] = []
        var listed: Set<String> = []
        for entry in entries {
            listed.insert(entry.kind.rawValue + " " + entry.number)
            let kindName = entry.kind == .article ? "Article" : entry.kind == .appendix ? "Appendix" : "Side Letter"
            guard let body = document.children.first(where: { $0.kind == entry.kind && $0.number?.normalized == entry.number })
            else {
                findings.append(
                    finding(
                        "the table of contents lists \(kindName) \(entry.number.uppercased()) but the body has none; "
                            + "update the contents or restore the \(kindName.lowercased())",
                        at: entry.node, in: context))
                continue
            }
            let heading = body.headingText
            if !entry.title.isEmpty, !heading.isEmpty, TextScan.nameWords(entry.title) != TextScan.nameWords(heading) {
                findings.append(
                    finding(
                        "the table of contents calls \(kindName) \(entry.number.uppercased()) “\(TextScan.excerpt(entry.title))” "
                            + "but its heading is “\(TextScan.excerpt(heading))”; make them agree",
                        at: entry.node, in: context))
            }
        }
        if let first = entries.first {
            for division in document.children where division.kind == .article {
                guard let number = division.number?.normalized, !listed.contains("article " + number) else { continue }
                findings.append(
                    finding(
                        "Article \(number.uppercased()) (line \(division.location.line)) is missing from the table of contents; "
                            + "add it",
                        at: first.node, in: context))
            }
        }
        return findings
    }

    /// Table-of-contents entries: lines of the front matter that name a division.
    static func entries(_ document: ContractDocument) -> [Entry] {
        var lines: [(String, ClauseNode)] = []
        for node in document.children where node.kind == .preamble {
            node.walk { child, _ in
                for field in TextScan.fields(of: child) {
                    for line in field.split(whereSeparator: \.isNewline) { lines.append((String(line), child)) }
                }
                if let table = child.table {
                    for row in table.rows {
                        lines.append((row.cells.map(\.text.plainText).joined(separator: " "), child))
                    }
                }
                return .visitChildren
            }
        }
        var entries: [Entry] = []
        for (index, (line, node)) in lines.enumerated() {
            guard let match = TextScan.matches(entry, in: line).first else { continue }
            let word = match.groups[1].lowercased()
            let kind: ClauseKind = word == "article" ? .article : word == "appendix" ? .appendix : .sideLetter
            var number = match.groups[2]
            if kind != .appendix, let roman = NumberStyle.romanValue(number), number == number.uppercased(), number.count > 1 || "IVX".contains(number) {
                number = String(roman)
            }
            var title = match.groups[3]
            // "ARTICLE 1" on one line, "RECOGNITION" on the next.
            if title.isEmpty, index + 1 < lines.count, TextScan.matches(entry, in: lines[index + 1].0).isEmpty {
                title = lines[index + 1].0.trimmingCharacters(in: CharacterSet(charactersIn: " .…\t0123456789"))
            }
            entries.append(Entry(kind: kind, number: number.lowercased(), title: title, node: node))
        }
        return entries
    }
}
