import Foundation

extension String {
    /// Whether the two strings are the same UTF-8 bytes, compared with
    /// `memcmp`. `==` also takes canonically equivalent spellings (a
    /// decomposed `é` for a precomposed one) as equal.
    func hasSameUTF8(as other: String) -> Bool {
        var left = self, right = other
        return left.withUTF8 { left in
            right.withUTF8 { right in
                guard left.count == right.count, let first = left.baseAddress, let second = right.baseAddress else {
                    return left.count == right.count
                }
                return memcmp(first, second, left.count) == 0
            }
        }
    }
}
