/// Tells every open `/_prr/events` stream that the site changed.
actor ReloadBroadcaster {
    private var subscribers: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextID = 0
    private var closed = false

    /// A stream of build generations, ending when the server stops.
    func subscribe() -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = nextID
        nextID += 1
        subscribers[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        return stream
    }

    func broadcast(_ generation: Int) {
        for continuation in subscribers.values { continuation.yield(generation) }
    }

    /// Ends every stream, so open connections do not hold up shutdown.
    func close() {
        closed = true
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
    }

    var count: Int { subscribers.count }

    private func remove(_ id: Int) { subscribers[id] = nil }
}
