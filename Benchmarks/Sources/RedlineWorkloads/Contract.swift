/// A generated contract: numbered articles of paragraphs, each paragraph a
/// list of whitespace-separated words (punctuation attached, as in the
/// rendered text).
public struct Contract: Sendable, Hashable {
    public struct Article: Sendable, Hashable {
        public var number: Int
        public var title: String
        /// Paragraphs; a paragraph's first word may be its label ("12.3").
        public var paragraphs: [[String]]

        public init(number: Int, title: String, paragraphs: [[String]]) {
            self.number = number
            self.title = title
            self.paragraphs = paragraphs
        }

        /// The words of the article's paragraphs.
        public var wordCount: Int { paragraphs.reduce(0) { $0 + $1.count } }

        /// Plain text: a heading line, then one line per paragraph, separated by blank lines.
        public func render() -> String {
            var out = "ARTICLE \(number) – \(title)"
            for paragraph in paragraphs {
                out += "\n\n"
                out += paragraph.joined(separator: " ")
            }
            return out
        }
    }

    public var articles: [Article]

    public init(articles: [Article]) { self.articles = articles }

    public var wordCount: Int { articles.reduce(0) { $0 + $1.wordCount } }

    /// Plain text of the whole contract, ending with a newline.
    public func render() -> String {
        articles.map { $0.render() }.joined(separator: "\n\n") + "\n"
    }
}
