/// Service names become file names and URLs, so they must follow Backstage's
/// entity name rules: letters, digits and `-_.` separators, starting and
/// ending with a letter or digit, at most 63 characters. That rules out
/// `../../etc/passwd`, `.git` and the empty name by construction.
public enum ServiceName {
    public static func isValid(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard (1...63).contains(scalars.count) else { return false }
        func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
        }
        guard let first = scalars.first, let last = scalars.last, isAlphanumeric(first), isAlphanumeric(last) else {
            return false
        }
        var previousWasSeparator = false
        for scalar in scalars {
            if isAlphanumeric(scalar) {
                previousWasSeparator = false
            } else if scalar == "-" || scalar == "_" || scalar == "." {
                if previousWasSeparator { return false }
                previousWasSeparator = true
            } else {
                return false
            }
        }
        return true
    }
}
