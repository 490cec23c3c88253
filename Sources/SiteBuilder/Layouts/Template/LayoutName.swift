/// A name a template looks up in layout maps, measured once when the
/// template is compiled: its UTF-8 length settles nearly every comparison
/// with a map's names, and whether it is ASCII settles the rest without
/// reading its bytes again (that scan, on every match, was most of a
/// percent of a build).
struct LayoutName: Sendable, Hashable {
    let string: String
    /// The UTF-8 length.
    let count: Int
    let isASCII: Bool

    init(_ string: String) {
        self.string = string
        count = string.utf8.count
        isASCII = UTF8Search.isASCII(string)
    }

    static func == (left: LayoutName, right: LayoutName) -> Bool {
        left.string == right.string
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(string)
    }
}

/// Names written in code, such as a test's `value.child("title")`.
extension LayoutName: ExpressibleByStringLiteral {
    init(stringLiteral string: String) {
        self.init(string)
    }
}
