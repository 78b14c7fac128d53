import Foundation
import RedlineTestSupport
import Testing

/// LibreOffice itself, when installed: it opens each redline headless, accepts or rejects all
/// tracked changes through the UNO dispatcher, and saves text that must equal its own text
/// export of the new and old documents (Word's list numbers included, as LibreOffice numbers them).
enum LibreOffice {
    static let python = "/usr/bin/python3"
    static let script = Fixtures.packageRoot.appendingPathComponent("Tests/RedlineRenderTests/Scripts/libreoffice_tracked_changes.py")

    /// True when `soffice` is on PATH and the system Python has the UNO bridge.
    static let available: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let office = path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") }
        guard office, FileManager.default.isExecutableFile(atPath: python) else { return false }
        return (try? run(python, ["-c", "import uno"])) == 0
    }()

    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

@Suite("LibreOffice accepts and rejects the Word redlines", .enabled(if: LibreOffice.available))
struct LibreOfficeTrackedChangesTests {
    @Test("Accept All gives the new document's text and Reject All the old one's, in LibreOffice")
    func acceptAndRejectAll() throws {
        // Each sequence's tentative agreement against the current article and against the union's last counter.
        let pairs = WordPair.all.filter { $0.new.lastPathComponent.hasPrefix("04-") }
        #expect(pairs.count >= 12)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redline-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var jobs: [String] = []
        for (index, pair) in pairs.enumerated() {
            let redline = folder.appendingPathComponent("\(index)-redline.docx")
            try pair.render().data.write(to: redline)
            jobs += ["accept", redline.path, folder.appendingPathComponent("\(index)-accepted.txt").path]
            jobs += ["reject", redline.path, folder.appendingPathComponent("\(index)-rejected.txt").path]
            jobs += ["none", pair.new.path, folder.appendingPathComponent("\(index)-new.txt").path]
            jobs += ["none", pair.old.path, folder.appendingPathComponent("\(index)-old.txt").path]
        }
        let status = try LibreOffice.run(LibreOffice.python, [LibreOffice.script.path] + jobs)
        try #require(status == 0, "the LibreOffice script failed")
        for (index, pair) in pairs.enumerated() {
            func text(_ name: String) throws -> String {
                try String(contentsOf: folder.appendingPathComponent("\(index)-\(name).txt"), encoding: .utf8)
            }
            let new = try text("new"), old = try text("old")
            #expect(new != old, "\(pair.testDescription): the versions differ")
            #expect(try text("accepted") == new, "\(pair.testDescription): Accept All")
            #expect(try text("rejected") == old, "\(pair.testDescription): Reject All")
        }
    }
}
