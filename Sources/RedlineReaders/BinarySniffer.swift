/// Tells container formats that have readers of their own (ZIP for Word .docx, PDF) by
/// their first bytes, whatever the file is called.
enum BinarySniffer {
    enum Container: Equatable {
        /// `PK\u{3}\u{4}` (or an empty archive's `PK\u{5}\u{6}`): a ZIP archive such as a .docx.
        case zip
        /// `%PDF`, possibly after a few bytes of junk, as PDF readers allow.
        case pdf
    }

    /// The container format of `bytes`, or nil for anything else (text, markup, other binaries).
    static func sniff(_ bytes: [UInt8]) -> Container? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        // PDF readers accept the header anywhere in the first kilobyte.
        let head = bytes.prefix(1024)
        if head.starts(with: [0x25, 0x50, 0x44, 0x46]) { return .pdf }
        if let index = head.firstIndex(of: 0x25), head[index...].starts(with: [0x25, 0x50, 0x44, 0x46, 0x2D]),
            head[..<index].contains(where: { $0 < 0x09 })  // binary junk before it, not a text that mentions "%PDF-"
        {
            return .pdf
        }
        return nil
    }
}
