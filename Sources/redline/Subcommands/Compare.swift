import ArgumentParser
import Foundation
import RedlineAnalysis
import RedlineDiff
import RedlineModel
import RedlineReaders
import RedlineRender

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `redline compare OLD NEW --format html|docx|md|term|json`: a redline people can read and send.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a redline of two versions: HTML, Word with tracked changes, Markdown, terminal or JSON.",
        discussion: """
            html: one self-contained page with a change summary, printable. docx: Word tracked changes \
            (Review > Accept All gives NEW, Reject All gives OLD); needs -o FILE.docx. md: Markdown with \
            CriticMarkup. term: coloured words for a terminal (plain [+ +]/[- -] marks when not a terminal \
            or NO_COLOR is set). json: the diff itself. Without --format the format follows the -o \
            extension, else term. Exit status: 0 no differences, 1 differences, 2 trouble.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, docx, md, term, json
    }

    @Argument(help: "The old version (`-` for standard input).")
    var old: String

    @Argument(help: "The new version.")
    var new: String

    @Option(name: .shortAndLong, help: "Output format (default: from the -o extension, else term).")
    var format: Format?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (written atomically; never an input).")
    var output: String?

    @Flag(help: "With -o: replace the file even if it is read-only.")
    var force = false

    @Option(name: .customLong("old-label"), help: "How to name OLD in the redline (default: its title).")
    var oldLabel: String?

    @Option(name: .customLong("new-label"), help: "How to name NEW in the redline (default: its title).")
    var newLabel: String?

    @Option(help: "Author of the tracked changes.")
    var author: String = "Redline"

    @Flag(help: "DOCX: add a first page naming the versions and summarising the changes (not a tracked change: Accept All and Reject All keep it). Without it the labels and summary go only into the document properties.")
    var cover = false

    @OptionGroup var comparison: ComparisonOptions

    /// The format asked for, or the one the output file's extension names.
    var resolvedFormat: Format {
        if let format { return format }
        switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "html", "htm": return .html
        case "docx": return .docx
        case "md", "markdown": return .md
        case "json": return .json
        default: return .term
        }
    }

    func run() throws {
        let format = resolvedFormat
        let differs = try withTroubleExit { () throws -> Bool in
            if format == .docx && (output == nil || output == "-") {
                throw OutputError(description: "DOCX output needs -o FILE.docx (a Word file is not written to standard output)")
            }
            let reader = comparison.reader
            // Both sides are read in parallel.
            let paths = [old, new]
            let documents = try parallelMap(2) { try reader.readInput(paths[$0]) }
            let (oldDocument, newDocument) = (documents[0], documents[1])
            let diff = DocumentComparer.compare(
                old: oldDocument, new: newDocument, oldName: old, newName: new,
                options: comparison.compareOptions(old: oldDocument, new: newDocument))
            let toTerminal = (output == nil || output == "-") && isatty(STDOUT_FILENO) != 0
            // Titles name the versions unless both have the same one; then the file names do.
            let sameTitle = oldDocument.title == newDocument.title
            var context = RenderContext(
                old: oldDocument, new: newDocument,
                oldLabel: oldLabel ?? (sameTitle ? Self.fileName(old) : nil),
                newLabel: newLabel ?? (sameTitle ? Self.fileName(new) : nil), author: author,
                date: Self.renderDate(), colour: toTerminal && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty)
            // DOCX comments for findings are not written yet (the DOCX writer is being rewritten).
            context.findings = DiffAnalyzer.findings(diff, old: oldDocument, new: newDocument)
            let data: Data
            do {
                data = try renderer(format, toTerminal: toTerminal).render(diff, context: context)
            } catch let error as RenderError {
                throw OutputError(description: "cannot render the redline: \(error.description)")
            } catch {
                throw OutputError(description: "cannot render the redline: \(error.localizedDescription)")
            }
            try OutputTarget(path: output, inputs: [old, new], force: force).write(data)
            return !diff.isEmpty
        }
        if differs { throw ExitCode(1) }
    }

    func renderer(_ format: Format, toTerminal: Bool) throws -> any RedlineRenderer {
        switch format {
        case .html: HTMLRedlineRenderer()
        case .docx:
            // A Word NEW is the redline itself: its package with tracked changes written in.
            if let newPackage = try Self.wordPackage(new) {
                SourceDOCXRedlineRenderer(
                    newPackage: newPackage, oldPackage: try Self.wordPackage(old), trackedChanges: trackedChanges, cover: cover)
            } else {
                DOCXRedlineRenderer(cover: cover)
            }
        case .md: MarkdownRedlineRenderer()
        case .term: TerminalRedlineRenderer(width: toTerminal ? Self.terminalWidth() : nil)
        case .json: JSONRedlineRenderer()
        }
    }

    /// How tracked changes in Word inputs are carried into a Word redline: as `--markup` says.
    var trackedChanges: TrackedChangeHandling {
        switch comparison.markup {
        case .accept: .accept
        case .reject: .reject
        case .keep: .keep
        }
    }

    /// The bytes of the file at `path` when it is a Word package (a ZIP archive), else nil.
    /// Standard input has already been read, so it is never one.
    static func wordPackage(_ path: String) throws -> Data? {
        guard path != "-", let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let magic = try? handle.read(upToCount: 4), magic == Data([0x50, 0x4B, 0x03, 0x04]) else { return nil }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw OutputError(description: "\(path): cannot read the file again to write the Word redline")
        }
    }

    /// The last path component ("standard input" for `-`).
    static func fileName(_ path: String) -> String {
        path == "-" ? "standard input" : URL(fileURLWithPath: path).lastPathComponent
    }

    /// Now, or `SOURCE_DATE_EPOCH` when set (for reproducible output).
    static func renderDate() -> Date {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
            return Date(timeIntervalSince1970: epoch)
        }
        return Date()
    }

    /// The terminal's width in columns, if standard output is one.
    static func terminalWidth() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
