/// The layout of a ZIP archive, checked against the file before ZIPFoundation reads it: every
/// offset and size the archive declares (end-of-central-directory record, ZIP64 records, each
/// central-directory entry, each local header and the data it announces) must lie inside the file.
/// A hostile or truncated archive then gets a message instead of an out-of-range slice.
struct ZipStructure {
    /// Why the layout is not acceptable.
    enum Problem: Error, Equatable {
        /// A record or range that does not fit in the file; the text says which.
        case damaged(String)
        /// More entries than ``ZipLimits/maxEntries``.
        case tooManyEntries(count: UInt64, allowed: Int)
    }

    /// The number of entries in the central directory.
    let entryCount: Int

    private static let endRecordSize = 22
    private static let centralHeaderSize = 46
    private static let localHeaderSize = 30

    /// Checks the layout of `bytes`.
    ///
    /// - Complexity: O(*e*) in the number of entries (at most `limits.maxEntries`), plus a scan of
    ///   at most 64 KiB from the end for the end record.
    static func validate(_ bytes: [UInt8], limits: ZipLimits) throws(Problem) -> ZipStructure {
        let reader = ByteReader(bytes: bytes)
        guard let end = findEndRecord(reader) else { throw .damaged("no end-of-central-directory record (truncated?)") }
        var count = UInt64(reader.u16(end + 10))
        var directorySize = UInt64(reader.u32(end + 12))
        var directoryOffset = UInt64(reader.u32(end + 16))
        // ZIP64: the real values are in a record that a locator just before the end record points to.
        let locator = end - 20
        if locator >= 0, reader.u32(locator) == 0x0706_4b50 {
            let record = reader.u64(locator + 8)
            guard bytes.count >= 56, record <= UInt64(bytes.count - 56), reader.u32(Int(record)) == 0x0606_4b50 else {
                throw .damaged("the ZIP64 end record lies outside the file")
            }
            count = reader.u64(Int(record) + 32)
            directorySize = reader.u64(Int(record) + 40)
            directoryOffset = reader.u64(Int(record) + 48)
        }
        if count > UInt64(limits.maxEntries) { throw .tooManyEntries(count: count, allowed: limits.maxEntries) }
        guard directoryOffset <= UInt64(bytes.count), directorySize <= UInt64(bytes.count) - directoryOffset else {
            throw .damaged("the central directory lies outside the file")
        }
        let directoryEnd = Int(directoryOffset + directorySize)
        var position = Int(directoryOffset)
        for index in 0..<Int(count) {
            guard position + centralHeaderSize <= directoryEnd, reader.u32(position) == 0x0201_4b50 else {
                throw .damaged("central-directory entry \(index + 1) lies outside the directory")
            }
            let nameLength = Int(reader.u16(position + 28))
            let extraLength = Int(reader.u16(position + 30))
            let commentLength = Int(reader.u16(position + 32))
            let next = position + centralHeaderSize + nameLength + extraLength + commentLength
            guard next <= directoryEnd else { throw .damaged("central-directory entry \(index + 1) runs past the directory") }
            var compressed = UInt64(reader.u32(position + 20))
            var uncompressed = UInt64(reader.u32(position + 24))
            var local = UInt64(reader.u32(position + 42))
            let extra = position + centralHeaderSize + nameLength
            readZIP64Extra(reader, from: extra, length: extraLength, compressed: &compressed, uncompressed: &uncompressed, local: &local)
            try checkLocalHeader(reader, at: local, compressed: compressed, entry: index + 1)
            position = next
        }
        return ZipStructure(entryCount: Int(count))
    }

    /// The end record: its signature, searched backwards over the last 64 KiB (the comment's most).
    private static func findEndRecord(_ reader: ByteReader) -> Int? {
        let size = reader.bytes.count
        guard size >= endRecordSize else { return nil }
        let lowest = max(0, size - endRecordSize - 0xFFFF)
        var position = size - endRecordSize
        while position >= lowest {
            if reader.u32(position) == 0x0605_4b50 { return position }
            position -= 1
        }
        return nil
    }

    /// Replaces 0xFFFFFFFF fields by the values of the ZIP64 extra field (id 1), in the order the format gives.
    private static func readZIP64Extra(
        _ reader: ByteReader, from start: Int, length: Int, compressed: inout UInt64, uncompressed: inout UInt64,
        local: inout UInt64
    ) {
        var position = start
        let end = start + length
        while position + 4 <= end {
            let id = reader.u16(position), size = Int(reader.u16(position + 2))
            let body = position + 4
            guard body + size <= end else { return }
            if id == 1 {
                var field = body
                if uncompressed == 0xFFFF_FFFF, field + 8 <= body + size {
                    uncompressed = reader.u64(field)
                    field += 8
                }
                if compressed == 0xFFFF_FFFF, field + 8 <= body + size {
                    compressed = reader.u64(field)
                    field += 8
                }
                if local == 0xFFFF_FFFF, field + 8 <= body + size { local = reader.u64(field) }
                return
            }
            position = body + size
        }
    }

    /// The local header at `offset`, its name and extra field, and `compressed` bytes of data must fit in the file.
    private static func checkLocalHeader(_ reader: ByteReader, at offset: UInt64, compressed: UInt64, entry: Int) throws(Problem) {
        let size = UInt64(reader.bytes.count)
        guard offset <= size, UInt64(localHeaderSize) <= size - offset, reader.u32(Int(offset)) == 0x0403_4b50 else {
            throw .damaged("entry \(entry)'s local header lies outside the file")
        }
        let header = Int(offset)
        let dataStart = offset + UInt64(localHeaderSize) + UInt64(reader.u16(header + 26)) + UInt64(reader.u16(header + 28))
        guard dataStart <= size, compressed <= size - dataStart else {
            throw .damaged("entry \(entry)'s data runs past the end of the file")
        }
    }
}

/// Little-endian reads that return 0 outside the bytes (callers check ranges themselves).
private struct ByteReader {
    let bytes: [UInt8]

    func u16(_ offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    func u32(_ offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return UInt32(u16(offset)) | UInt32(u16(offset + 2)) << 16
    }

    func u64(_ offset: Int) -> UInt64 {
        guard offset >= 0, offset + 8 <= bytes.count else { return 0 }
        return UInt64(u32(offset)) | UInt64(u32(offset + 4)) << 32
    }
}
