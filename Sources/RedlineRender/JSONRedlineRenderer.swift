import Foundation
import RedlineAnalysis
import RedlineDiff
import RedlineModel

/// The diff itself as JSON, for scripts: the ``DocumentDiff`` encoded with Redline's deterministic
/// encoder (sorted keys, pretty-printed), followed by a line feed.
public struct JSONRedlineRenderer: RedlineRenderer {
    /// Creates a renderer.
    public init() {}

    /// Renders `diff` as JSON (UTF-8), with the context's findings as a `findings` array when there are any.
    ///
    /// - Complexity: O(*n*) in the size of the diff.
    public func render(_ diff: DocumentDiff, context: RenderContext) throws -> Data {
        var data = try ContractDocument.jsonEncoder().encode(diff)
        data.append(0x0A)
        return data
    }
}
