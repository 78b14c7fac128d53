import Foundation
import RedlineTestSupport
import Testing

/// Hostile files given to the command: one bad file in a folder is skipped with its message, the
/// others are still read; on its own it is exit 2 with one line.
extension CommandLineTests {
    /// A ZIP signature, some bytes, and an end record whose central directory lies far past the end of the file.
    static let damagedDOCX: [UInt8] = {
        var bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0x41, count: 60)
        bytes += [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0]
        bytes += [0x2E, 0, 0, 0]  // central directory size: 46
        bytes += [0xFF, 0xFF, 0xFF, 0x7F]  // its offset: 2 GiB
        bytes += [0, 0]
        return bytes
    }()

    @Test func aDamagedDOCXInAFolderIsSkippedWithItsMessage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redline-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.damagedDOCX).write(to: folder.appendingPathComponent("damaged.docx"))
        try Data("ARTICLE 4 – LEAVES\n\nA. General\nLeave is granted within ten (10) days.\n".utf8)
            .write(to: folder.appendingPathComponent("leaves.txt"))
        let checked = try run(["check", folder.path])
        #expect(checked.status == 0)
        #expect(
            checked.stderr
                == "redline: skipping \(folder.path)/damaged.docx: not a document Redline can read: a ZIP archive that cannot be opened: it is damaged or incomplete (the central directory lies outside the file)\n"
        )
        let alone = try run(["parse", folder.appendingPathComponent("damaged.docx").path])
        #expect(alone.status == 2)
        #expect(alone.stderr.hasSuffix("(the central directory lies outside the file)\n"))
        #expect(alone.stderr.components(separatedBy: "\n").count == 2)
    }
}
