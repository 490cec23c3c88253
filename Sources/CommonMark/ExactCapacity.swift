extension Array {
    /// The same elements in storage of exactly their count. An array built
    /// by appending keeps up to twice the room it needs, and every document
    /// keeps its headings and front-matter lists for a whole build: at
    /// 10,000 reviews the spare room was megabytes of the peak.
    package func withExactCapacity() -> [Element] {
        guard capacity > count else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: self)
        }
    }
}
