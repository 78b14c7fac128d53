import ArgumentParser
import Foundation
import RedlineModel
import RedlineReaders

/// `redline parse FILE`: prints the clause tree of one document.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a contract or proposal and print its clause tree.",
        discussion: """
            FILE may be HTML (Word, Google Docs, LibreOffice, pandoc, hand-written), Word .docx, PDF (needs poppler's \
            pdftohtml), legal XML (USLM, Akoma Ntoso, or any article/section XML) or plain text; \
            `-` reads standard input. The input is never modified.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, tree, text
    }

    @Argument(help: "The document to read (`-` for standard input).")
    var file: String

    @Option(name: .shortAndLong, help: "Output format: json (the full tree), tree (an outline) or text (plain text).")
    var format: Format = .tree

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (written atomically).")
    var output: String?

    @Flag(help: "With -o: replace the file even if it is read-only.")
    var force = false

    func run() throws {
        try withTroubleExit {
            let reader = ContractReader()
            let document =
                file == "-"
                ? try reader.readStandardInput() : try reader.read(contentsOf: URL(fileURLWithPath: file), displayName: file)
            let target = OutputTarget(path: output, inputs: [file], force: force)
            switch format {
            case .json:
                var data = try document.jsonData()
                data.append(0x0A)
                try target.write(data)
            case .tree:
                try target.write(TreeDumper.dump(document))
            case .text:
                try target.write(document.children.map(\.fullText).joined(separator: "\n\n") + "\n")
            }
        }
    }
}
