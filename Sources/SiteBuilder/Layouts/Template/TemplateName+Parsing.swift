extension TemplateName {
    /// Compiles a tag's name as written (whitespace already trimmed).
    ///
    /// Besides spec names (`a`, `a.b`, `.`) this reads swift-mustache's
    /// transform calls: `empty(list)`, `plusone(index())`, `last()`.
    /// Returns nil for malformed calls such as `a(b` or `a)b`.
    static func parse(_ source: String) -> TemplateName? {
        var transforms: [String] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "(") {
            let transform = rest[..<open]
            guard !transform.contains(")") else { return nil }
            transforms.append(String(transform))
            rest = rest[rest.index(after: open)...]
        }
        // What is left is the argument followed by one `)` per transform.
        let closers = rest.reversed().prefix { $0 == ")" }.count
        guard closers == transforms.count else { return nil }
        let argument = rest.dropLast(closers)
        guard !argument.contains(")") else { return nil }
        transforms.reverse()
        return TemplateName(path: path(of: argument, called: !transforms.isEmpty), transforms: transforms, source: source)
    }

    private static func path(of argument: Substring, called: Bool) -> Path {
        if argument == "." { return .current }
        // `index()`: the transform applies to the list position (swift-mustache).
        if argument.isEmpty { return called ? .sequence : .current }
        let components = argument.split(separator: ".").map { LayoutName(String($0)) }
        if components.isEmpty { return .current }
        return argument.first == "." ? .anchored(components) : .search(components)
    }
}
