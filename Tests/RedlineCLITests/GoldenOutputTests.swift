import Foundation
import RedlineTestSupport
import Testing

/// The outputs of `redline parse`, `diff`, `check` and `classify` on the corpora, byte for byte as
/// recorded in `Tests/Golden/outputs` by `Tests/Golden/record.sh` with the main branch before the
/// performance work of issue 14. Faster code must not change a byte; an intended change of output
/// re-records the goldens in its own commit.
@Suite(.enabled(if: redlineBinary != nil, "the redline binary was not built"))
struct GoldenOutputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        let status: Int32
        var testDescription: String { name }
    }

    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/Golden")

    static let cases: [Case] = {
        let statuses = Dictionary(
            Fixtures.text(folder.appendingPathComponent("statuses.tsv")).split(separator: "\n").compactMap { line in
                let fields = line.split(separator: "\t")
                return fields.count == 2 ? (String(fields[0]), Int32(fields[1]) ?? -1) : nil
            }, uniquingKeysWith: { first, _ in first })
        return Fixtures.text(folder.appendingPathComponent("commands.tsv")).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }
            .map { line in
                let fields = line.split(separator: "\t").map(String.init)
                return Case(name: fields[0], arguments: Array(fields.dropFirst()), status: statuses[fields[0]] ?? -1)
            }
    }()

    @Test func everyCommandHasAGolden() {
        #expect(Self.cases.count >= 100)
        for golden in Self.cases {
            #expect(
                FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent("outputs/" + golden.name).path),
                "no golden output for \(golden.name)")
            #expect(golden.status >= 0, "no recorded exit status for \(golden.name)")
        }
    }

    @Test(arguments: cases) func outputIsByteIdentical(_ golden: Case) throws {
        let expected = try Data(contentsOf: Self.folder.appendingPathComponent("outputs/" + golden.name))
        let process = Process()
        process.executableURL = try #require(redlineBinary)
        process.arguments = golden.arguments
        process.currentDirectoryURL = Fixtures.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["SOURCE_DATE_EPOCH"] = "0"
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let actual = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == golden.status, "exit status of redline \(golden.arguments.joined(separator: " "))")
        guard actual != expected else { return }
        // Name the first line that differs, so a failure says where to look.
        let actualLines = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let first = (0..<min(actualLines.count, expectedLines.count)).first { actualLines[$0] != expectedLines[$0] }
            ?? min(actualLines.count, expectedLines.count)
        Issue.record(
            """
            redline \(golden.arguments.joined(separator: " ")) differs from Tests/Golden/outputs/\(golden.name) \
            at line \(first + 1): got “\(first < actualLines.count ? actualLines[first].prefix(200) : "<end>")”, \
            expected “\(first < expectedLines.count ? expectedLines[first].prefix(200) : "<end>")”
            """)
    }
}
