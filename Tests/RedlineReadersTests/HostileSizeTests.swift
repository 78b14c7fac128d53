import Foundation
import RedlineModel
import RedlineReaders
import Testing

/// Inputs at and past the size and depth limits with the standard limits, each within a bound.
@Suite struct HostileSizeTests {
    @Test func aFileOver64MiBIsRefusedBeforeItIsRead() throws {
        // A sparse 200 MiB file: refused from its size, so it costs neither disk nor memory.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("redline-huge-\(UUID().uuidString).txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("ARTICLE 1 – WAGES\n".utf8)))
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        let start = ContinuousClock.now
        do {
            _ = try ContractReader().read(contentsOf: url, displayName: "huge.txt")
            Issue.record("a 200 MiB file was read")
        } catch let error as ReadError {
            #expect(error.description == "huge.txt: the file is \(200 << 20) bytes, more than the limit of \(64 << 20) bytes")
        }
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test(arguments: ["html", "xml"])
    func tenThousandDeepNestingIsOneError(_ format: String) throws {
        let open = format == "html" ? "<div>" : "<section>", close = format == "html" ? "</div>" : "</section>"
        let text = (format == "xml" ? "<?xml version=\"1.0\"?>\n" : "") + String(repeating: open, count: 10_000) + "ARTICLE 1 X"
            + String(repeating: close, count: 10_000)
        let start = ContinuousClock.now
        do {
            _ = try ContractReader().read(bytes: Array(text.utf8), name: "deep.\(format)")
            Issue.record("10,000 levels were read")
        } catch let error as ReadError {
            #expect(error.description.hasPrefix("deep.\(format)"))
            #expect(!error.description.contains("\n"))
        }
        #expect(ContinuousClock.now - start < .seconds(10))
    }
}
