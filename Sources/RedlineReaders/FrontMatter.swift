/// YAML front matter (`---` … `---`) at the top of static-site files: simple
/// `key: value` lines become metadata; the block is blanked so line numbers stay true.
enum FrontMatter {
    static func split(_ text: String) -> (metadata: [String: String], body: String) {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return ([:], text) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingWhitespace() == "---" }) else {
            return ([:], text)
        }
        var metadata: [String: String] = [:]
        for line in lines[1..<end] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingWhitespace()
            var value = line[line.index(after: colon)...].trimmingWhitespace()
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            if !key.isEmpty, !key.contains(" ") { metadata[key] = value }
        }
        let blank = Array(repeating: "", count: end + 1)
        return (metadata, (blank + lines[(end + 1)...].map(String.init)).joined(separator: "\n"))
    }
}

extension Substring {
    func trimmingWhitespace() -> String { String(self).trimmingWhitespace() }
}
