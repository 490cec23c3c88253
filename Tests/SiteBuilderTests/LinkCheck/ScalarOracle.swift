/// The Unicode-scalar and Character readings the link check's byte-level
/// code replaced, kept as oracles: the tests feed both the same hostile
/// strings and require the same answers.
enum ScalarOracle {
    /// `SafeURL.isSafe` as it read unicode scalars.
    static func isSafe(_ url: String) -> Bool {
        let cleaned = url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let trimmed = cleaned.drop { $0.value <= 0x20 }
        var scheme = ""
        for scalar in trimmed {
            if scalar == ":" {
                return ["http", "https", "mailto"].contains(scheme.lowercased())
            }
            if scalar == "/" || scalar == "?" || scalar == "#" { return true }
            scheme.unicodeScalars.append(scalar)
        }
        return true
    }

    /// Strings built from `alphabet`, every one up to `length` pieces long
    /// when that is few enough, plus a fixed pseudo-random sample of longer ones.
    static func strings(from alphabet: [String], upTo length: Int, sampled count: Int, sampleLength: Int = 12) -> [String] {
        var all: [String] = [""]
        var frontier: [String] = [""]
        for _ in 0..<length {
            frontier = frontier.flatMap { prefix in alphabet.map { prefix + $0 } }
            all += frontier
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<count {
            var text = ""
            for _ in 0..<sampleLength {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += alphabet[Int(state >> 33) % alphabet.count]
            }
            all.append(text)
        }
        return all
    }
}
