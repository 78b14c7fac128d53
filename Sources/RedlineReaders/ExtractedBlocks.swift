import RedlineModel

/// What a block extractor hands to the structure builder: the blocks, plus the title and
/// metadata the source states, and the format it recognised.
struct ExtractedBlocks: Sendable {
    /// The document's blocks in reading order.
    var blocks: [Block]
    /// A title the source states (USLM official title, DOCX `Title` paragraph, PDF metadata), if any.
    var title: String?
    /// Metadata found in the source; `reader` names the reader that produced the blocks.
    var metadata: [String: String]
    /// The source format for ``ContractDocument/sourceFormat``.
    var format: SourceFormat
}
