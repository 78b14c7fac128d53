import Foundation
import RedlineModel
import RedlineReaders
import Testing

/// Archives whose declared offsets and sizes point past the end of the file (they used to stop the
/// process with SIGILL inside ZIP reading): each must be one clear ``ReadError``.
extension DOCXReaderTests {
    /// Little-endian field access to a built archive.
    struct ZipBytes {
        var bytes: [UInt8]

        var endRecord: Int {
            var position = bytes.count - 22
            while position > 0, !(bytes[position] == 0x50 && bytes[position + 1] == 0x4B && bytes[position + 2] == 5 && bytes[position + 3] == 6) {
                position -= 1
            }
            return position
        }

        func u16(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }
        func u32(_ offset: Int) -> Int { u16(offset) | u16(offset + 2) << 16 }

        mutating func set16(_ offset: Int, _ value: Int) {
            bytes[offset] = UInt8(value & 0xFF)
            bytes[offset + 1] = UInt8(value >> 8 & 0xFF)
        }

        mutating func set32(_ offset: Int, _ value: Int) {
            set16(offset, value & 0xFFFF)
            set16(offset + 2, value >> 16 & 0xFFFF)
        }

        /// Offsets of the central-directory headers, in order.
        var centralHeaders: [Int] {
            var result: [Int] = []
            var position = u32(endRecord + 16)
            for _ in 0..<u16(endRecord + 10) {
                result.append(position)
                position += 46 + u16(position + 28) + u16(position + 30) + u16(position + 32)
            }
            return result
        }
    }

    /// The sample archive changed by `change`.
    func mutated(_ change: (inout ZipBytes) -> Void) throws -> [UInt8] {
        var zip = ZipBytes(bytes: try Self.sample)
        change(&zip)
        return zip.bytes
    }

    @Test("offsets and sizes past the end of the file are a clear error, not a crash")
    func offsetsPastTheEnd() throws {
        let cases: [(String, (inout ZipBytes) -> Void, String)] = [
            ("central directory offset", { $0.set32($0.endRecord + 16, $0.bytes.count + 1000) }, "the central directory lies outside the file"),
            ("central directory size", { $0.set32($0.endRecord + 12, 0xFF_FFFF) }, "the central directory lies outside the file"),
            ("local header offset", { zip in zip.set32(zip.centralHeaders[0] + 42, zip.bytes.count + 500) }, "local header lies outside the file"),
            ("local header offset near the end", { zip in zip.set32(zip.centralHeaders[0] + 42, zip.bytes.count - 10) }, "local header lies outside the file"),
            ("compressed size", { zip in zip.set32(zip.centralHeaders[0] + 20, 0x7FF_FFFF) }, "data runs past the end of the file"),
            ("name length", { zip in zip.set16(zip.centralHeaders[0] + 28, 0xFFFF) }, "runs past the directory"),
        ]
        for (what, change, message) in cases {
            let error = try #require(readError(try mutated(change)), "\(what)")
            #expect(error.description.contains("ZIP archive that cannot be opened: it is damaged or incomplete"), "\(what): \(error)")
            #expect(error.description.contains(message), "\(what): \(error)")
        }
    }

    @Test("a zip bomb by entry count is refused before any entry is read")
    func tooManyEntries() throws {
        let names = (0..<60).map { ("junk/\($0).txt", [UInt8]("x".utf8)) }
        let bytes = try Self.zip([("word/document.xml", Array("<w:document/>".utf8))] + names)
        let error = try #require(readError(bytes, zipLimits: ZipLimits(maxEntries: 50)))
        #expect(error.description == "bad.docx: the .docx holds 61 entries, more than the limit of 50; it may be a zip bomb")
    }

    @Test("every truncation and every damaged byte is an error or a reading, never a crash")
    func everyTruncationAndDirectoryByte() throws {
        let good = try Self.sample
        for length in stride(from: 0, to: good.count, by: 7) {
            #expect(readError(Array(good.prefix(length))) != nil, "truncated to \(length)")
        }
        let zip = ZipBytes(bytes: good)
        let directory = zip.u32(zip.endRecord + 16)
        for position in 0..<good.count {
            // Every value on the directory and end record; one elsewhere (the local headers and data).
            for value: UInt8 in position >= directory ? [0x00, 0xFF, 0x7F] : [0xFF] {
                var bytes = good
                bytes[position] = value
                // Either a clear error or a reading (a byte the reader does not depend on).
                do {
                    _ = try ContractReader().read(bytes: bytes, name: "bad.docx")
                } catch is ReadError {
                } catch {
                    Issue.record("byte \(position) = \(value): not a ReadError: \(error)")
                }
            }
        }
    }
}
