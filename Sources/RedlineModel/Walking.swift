/// What a walk does after visiting a node.
public enum WalkAction: Sendable {
    /// Visit the node's children next.
    case visitChildren
    /// Skip the node's children and continue with its next sibling.
    case skipChildren
    /// End the walk.
    case stop
}

/// A read-only traversal of the clause tree, in document order.
///
/// Conform a type to walk the tree with state, the way renderers and checks do:
///
/// ```swift
/// struct ArticleCounter: ClauseWalker {
///     var count = 0
///     mutating func visit(_ node: ClauseNode, depth: Int) -> WalkAction {
///         if node.kind == .article { count += 1 }
///         return .visitChildren
///     }
/// }
/// var counter = ArticleCounter()
/// counter.walk(document)
/// ```
public protocol ClauseWalker {
    /// Called for each node before its children; `depth` is 0 for top-level nodes.
    mutating func visit(_ node: ClauseNode, depth: Int) -> WalkAction
    /// Called after a node's children were visited (not called when the walk stopped).
    mutating func didVisit(_ node: ClauseNode, depth: Int)
}

extension ClauseWalker {
    /// Does nothing by default.
    public mutating func didVisit(_ node: ClauseNode, depth: Int) {}

    /// Walks every node of `document` in document order.
    ///
    /// - Complexity: O(*n*) in the number of nodes.
    public mutating func walk(_ document: ContractDocument) {
        for child in document.children where !walk(child, depth: 0) { return }
    }

    /// Walks `node` and its descendants. Returns false when the walk was stopped.
    ///
    /// - Complexity: O(*n*) in the size of the subtree.
    @discardableResult
    public mutating func walk(_ node: ClauseNode, depth: Int = 0) -> Bool {
        switch visit(node, depth: depth) {
        case .stop: return false
        case .skipChildren: break
        case .visitChildren:
            for child in node.children where !walk(child, depth: depth + 1) { return false }
        }
        didVisit(node, depth: depth)
        return true
    }
}

private struct ClosureWalker: ClauseWalker {
    let body: (ClauseNode, Int) -> WalkAction
    mutating func visit(_ node: ClauseNode, depth: Int) -> WalkAction { body(node, depth) }
}

extension ClauseNode {
    /// Calls `body` for this node and its descendants in document order.
    ///
    /// - Complexity: O(*n*) in the size of the subtree.
    public func walk(_ body: (ClauseNode, _ depth: Int) -> WalkAction) {
        withoutActuallyEscaping(body) { body in
            var walker = ClosureWalker(body: body)
            walker.walk(self)
        }
    }
}

extension ContractDocument {
    /// Calls `body` for every node in document order.
    ///
    /// - Complexity: O(*n*) in the number of nodes.
    public func walk(_ body: (ClauseNode, _ depth: Int) -> WalkAction) {
        withoutActuallyEscaping(body) { body in
            var walker = ClosureWalker(body: body)
            walker.walk(self)
        }
    }

    /// Every node in document order.
    public var allNodes: [ClauseNode] {
        var nodes: [ClauseNode] = []
        walk { node, _ in nodes.append(node); return .visitChildren }
        return nodes
    }
}
