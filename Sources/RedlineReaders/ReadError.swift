/// Why a file could not be read into a clause tree. Every message names the file and,
/// where it can, the line, and says what to do.
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of trouble.
    public enum Reason: Sendable, Equatable {
        /// The file does not exist or cannot be opened.
        case unreadable(String)
        /// The file is empty or holds only whitespace.
        case empty
        /// The file holds binary data Redline cannot read (control bytes, an image, a damaged
        /// archive, a scanned PDF); `what` says what it looks like.
        case binary(what: String)
        /// The bytes are not valid in the detected or declared encoding.
        case encoding(String, line: Int)
        /// The markup could not be parsed.
        case markup(String, line: Int)
        /// The file is larger than the limit, or nested too deeply.
        case limit(String)
        /// No article, appendix or heading could be recognised.
        case noArticle
    }

    /// The file name as the user gave it (`-` for standard input).
    public let file: String
    /// What went wrong.
    public let reason: Reason

    /// Creates an error.
    public init(file: String, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    /// "contract.html:12: the XML is not well formed: …" style message.
    public var description: String {
        switch reason {
        case .unreadable(let detail): "\(file): cannot read the file: \(detail)"
        case .empty: "\(file): the file is empty"
        case .binary(let what):
            "\(file): not a document Redline can read: \(what)"
        case .encoding(let detail, let line): "\(file):\(line): \(detail)"
        case .markup(let detail, let line): line > 0 ? "\(file):\(line): \(detail)" : "\(file): \(detail)"
        case .limit(let detail): "\(file): \(detail)"
        case .noArticle:
            "\(file): no article found: expected headings such as \"ARTICLE 12 – GRIEVANCE AND ARBITRATION\", "
                + "\"Article XII. Grievance\" or \"12. Grievance Procedure\""
        }
    }
}
