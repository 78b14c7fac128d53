import Foundation
import RedlineModel
import RedlineReaders

/// Parses text as a document named `name`.
func parse(_ text: String, name: String = "test.html") throws -> ContractDocument {
    try ContractReader().read(bytes: Array(text.utf8), name: name)
}

/// The numbers (as written) of a node's numbered children.
func numbers(_ node: ClauseNode) -> [String] {
    node.children.compactMap { $0.number?.written }
}

/// The node with `id`, or a test failure.
func node(_ document: ContractDocument, _ id: String) -> ClauseNode? {
    document.node(withID: id)
}

/// Outline of ids for quick comparisons.
func ids(_ document: ContractDocument) -> [String] {
    document.allNodes.map(\.id)
}
