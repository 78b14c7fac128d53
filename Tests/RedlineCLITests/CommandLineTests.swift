import Foundation
import RedlineTestSupport
import Testing

/// The `redline` command as users run it: exit statuses like diff(1), messages on standard
/// error naming the file, data on standard output, inputs never overwritten.
/// The `redline` binary next to the test bundle (SwiftPM builds it because the tests depend on it).
let redlineBinary: URL? = {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [folder, folder.deletingLastPathComponent()] {
        let url = candidate.appendingPathComponent("redline")
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
}()

@Suite(.enabled(if: redlineBinary != nil, "the redline binary was not built"))
struct CommandLineTests {
    static var binary: URL? { redlineBinary }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary in `folder` (the package root by default; another folder for its `.redline.yml`),
    /// its standard output captured, or sent to `stdout` when given (then `Run.stdout` is empty).
    func run(
        _ arguments: [String], stdin: String? = nil, in folder: URL = Fixtures.packageRoot, stdout: FileHandle? = nil
    ) throws -> Run {
        let process = Process()
        process.executableURL = try #require(Self.binary)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = stdout ?? out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        if stdout != nil { try out.fileHandleForWriting.close() }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }

    static let contract = "corpora/contract/lsu-contract-2023-2026.plain.html"
    static let initial = "corpora/proposals/15-layoff/01-union-initial.word.html"
    static let counter = "corpora/proposals/15-layoff/02-management-counter.word.html"

    @Test func parsePrintsTheTree() throws {
        let result = try run(["parse", Self.contract])
        #expect(result.status == 0)
        #expect(result.stdout.contains("art_15  ARTICLE 15  LAYOFF"))
        #expect(result.stderr.isEmpty)
    }

    @Test func parseReadsStandardInput() throws {
        let result = try run(["parse", "-", "--format", "json"], stdin: "ARTICLE 3 – POSTING\nA. Jobs are posted.\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"id\" : \"art_3__sec_a\""))
    }

    @Test func troubleIsExitTwoWithTheFileNamed() throws {
        let missing = try run(["parse", "no-such-file.html"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "redline: no-such-file.html: cannot read the file: no such file\n")
        #expect(missing.stdout.isEmpty)
        let prose = try run(["parse", "-"], stdin: "some words without any article\n")
        #expect(prose.status == 2)
        #expect(prose.stderr.contains("-: no article found"))
    }

    @Test func usageErrorsAreExit64() throws {
        let result = try run(["parse", Self.contract, "--format", "pdf"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("'json', 'tree' or 'text'"))
    }

    @Test func diffExitStatusFollowsDiff() throws {
        let same = try run(["diff", Self.initial, Self.initial])
        #expect(same.status == 0)
        #expect(same.stdout.contains("0 of 2 divisions changed"))
        let different = try run(["diff", Self.initial, Self.counter])
        #expect(different.status == 1)
        #expect(different.stdout.contains("ARTICLE 15 LAYOFF"))
        let json = try run(["diff", Self.initial, Self.counter, "--format", "json"])
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["isEmpty"] as? Bool == false)
    }

    @Test func diffTwoFolders() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("redline-cli-\(UUID().uuidString)")
        let old = base.appendingPathComponent("old"), new = base.appendingPathComponent("new")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: new, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let text = "ARTICLE 1 – RECOGNITION\nA. The University recognizes the Union.\n"
        try Data(text.utf8).write(to: old.appendingPathComponent("a.txt"))
        try Data(text.utf8).write(to: new.appendingPathComponent("a.txt"))
        try Data(text.utf8).write(to: old.appendingPathComponent("gone.txt"))
        let result = try run(["diff", old.path, new.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Only in \(old.path): gone.txt"))
        try FileManager.default.removeItem(at: old.appendingPathComponent("gone.txt"))
        #expect(try run(["diff", old.path, new.path]).status == 0)
    }

    @Test func outputIsWrittenAtomicallyAndNeverOverAnInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redline-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.txt")
        let original = Data("ARTICLE 2 – POSTING\nA. Jobs are posted.\n".utf8)
        try original.write(to: input)
        let refused = try run(["parse", input.path, "--format", "json", "-o", input.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("refusing to overwrite an input file"))
        #expect(try Data(contentsOf: input) == original)
        let output = folder.appendingPathComponent("tree.json")
        #expect(try run(["parse", input.path, "--format", "json", "-o", output.path]).status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).contains("art_2__sec_a"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(leftovers == ["in.txt", "tree.json"])
    }
}
