import ShopfloorModel

extension Workspace {
    /// Changes the stored graph through a draft: reads it, lets `change` edit it, checks and saves the result.
    ///
    /// Nothing is saved when `change` throws or the result breaks a rule of the graph.
    @discardableResult
    public func edit<T>(action: String, _ change: (inout GraphDraft) throws(StoreError) -> T) throws(StoreError) -> T {
        try edit(action, change, storeError: { $0 })
    }

    /// ``edit(action:_:)`` for changes that throw errors of their own (a command's usage error, say): the
    /// error passes through and nothing is saved.
    @discardableResult
    public func edit<T>(action: String, applying change: (inout GraphDraft) throws -> T) throws -> T {
        try edit(action, change, storeError: { $0 })
    }

    /// The one body of both: `change`'s own error type, the store's errors turned into it by `storeError`.
    private func edit<T, E: Error>(
        _ action: String, _ change: (inout GraphDraft) throws(E) -> T, storeError: (StoreError) -> E
    ) throws(E) -> T {
        let before: OrganizingGraph
        do { before = try storedGraph() } catch { throw storeError(error) }
        var draft = GraphDraft(before)
        let result = try change(&draft)
        do { try replaceGraph(with: draft.graph, previous: before, action: action) } catch { throw storeError(error) }
        return result
    }
}
