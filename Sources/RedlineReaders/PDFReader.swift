import Foundation

/// Converts a PDF to poppler's XML (`pdftohtml -xml`), which ``PDFXMLBlockExtractor`` reads.
///
/// The tool runs as a child process with an argument list (never through a shell), its
/// output is read in full up to a size limit, and it is stopped after ``timeout`` seconds.
struct PDFReader: Sendable {
    /// Seconds the conversion may take.
    var timeout: Double

    /// What to install when the tool is missing.
    static let installHint = "PDF input needs poppler's pdftohtml: apt-get install poppler-utils"

    /// `pdftohtml` on `PATH`, if installed.
    static var executable: URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("pdftohtml")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// True when `pdftohtml` is installed.
    static var isAvailable: Bool { executable != nil }

    /// The XML pdftohtml prints for the PDF in `bytes` (read from `file` when given, else from
    /// a private temporary copy). Errors name the input `name`.
    func convert(bytes: [UInt8], file: URL?, name: String, maxOutput: Int) throws -> [UInt8] {
        guard let tool = Self.executable else {
            throw ReadError(file: name, reason: .binary(what: "a PDF; " + Self.installHint))
        }
        var input = file?.standardizedFileURL
        var temporaryFolder: URL?
        defer { if let temporaryFolder { try? FileManager.default.removeItem(at: temporaryFolder) } }
        if input == nil {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redline-pdf-\(UUID().uuidString)")
            do {
                try FileManager.default.createDirectory(
                    at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
                let copy = folder.appendingPathComponent("input.pdf")
                try Data(bytes).write(to: copy)
                temporaryFolder = folder
                input = copy
            } catch {
                throw ReadError(file: name, reason: .unreadable("cannot write a temporary copy of the PDF for pdftohtml"))
            }
        }
        let result: Output
        do {
            result = try run(tool, arguments: ["-xml", "-i", "-q", "-stdout", input!.path], maxOutput: maxOutput)
        } catch {
            throw ReadError(file: name, reason: .unreadable("pdftohtml could not be started: \(error.localizedDescription)"))
        }
        if result.timedOut {
            throw ReadError(file: name, reason: .limit("pdftohtml took longer than \(Int(timeout)) seconds on this PDF"))
        }
        if result.tooLarge {
            throw ReadError(file: name, reason: .limit("pdftohtml printed more than \(maxOutput) bytes for this PDF"))
        }
        // A damaged PDF that still gave text is read for that text (the XML repaired), not refused whole.
        let gaveText = result.output.count > 0 && String(decoding: result.output.prefix(maxOutput), as: UTF8.self).contains("<text ")
        if result.status != 0, !gaveText {
            let message = String(decoding: result.errors.prefix(400), as: UTF8.self)
                .split(separator: "\n").first.map(String.init) ?? "exit status \(result.status)"
            throw ReadError(file: name, reason: .binary(what: "a PDF that pdftohtml cannot read (\(message))"))
        }
        return PopplerXMLRepair.repair(result.output, truncated: result.status != 0)
    }

    private struct Output {
        var output: [UInt8]
        var errors: [UInt8]
        var status: Int32
        var timedOut: Bool
        var tooLarge: Bool
    }

    /// Flags shared with the watchdog and the stderr reader.
    private final class Flags: @unchecked Sendable {
        private let lock = NSLock()
        private var _timedOut = false
        private var _errors: [UInt8] = []
        var timedOut: Bool {
            get { lock.withLock { _timedOut } }
            set { lock.withLock { _timedOut = newValue } }
        }
        var errors: [UInt8] {
            get { lock.withLock { _errors } }
            set { lock.withLock { _errors = newValue } }
        }
    }

    private func run(_ tool: URL, arguments: [String], maxOutput: Int) throws -> Output {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let flags = Flags()
        let errorsRead = DispatchGroup()
        errorsRead.enter()
        let errorHandle = stderr.fileHandleForReading
        DispatchQueue.global().async {
            let data = (try? errorHandle.readToEnd()) ?? Data()
            flags.errors = [UInt8](data.prefix(4096))
            errorsRead.leave()
        }
        let processID = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
            if process.isRunning {
                flags.timedOut = true
                kill(processID, SIGKILL)
            }
        }
        var output: [UInt8] = []
        var tooLarge = false
        let handle = stdout.fileHandleForReading
        while let chunk = try? handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            output += chunk
            if output.count > maxOutput {
                tooLarge = true
                kill(processID, SIGKILL)
                break
            }
        }
        process.waitUntilExit()
        errorsRead.wait()
        return Output(
            output: output, errors: flags.errors, status: process.terminationStatus, timedOut: flags.timedOut,
            tooLarge: tooLarge)
    }
}
