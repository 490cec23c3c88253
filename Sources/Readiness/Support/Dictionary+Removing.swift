extension Dictionary {
    /// Removes, in place, the entries whose key `isStale`. Unlike `filter`,
    /// which copies every kept value into a new dictionary, this touches only
    /// what goes: caches keep thousands of large values and drop a few.
    mutating func removeValues(forKeysWhere isStale: (Key) -> Bool) {
        for key in keys.filter(isStale) { removeValue(forKey: key) }
    }
}
