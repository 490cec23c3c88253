import Foundation

/// Makes the example site large: copies of every example review under new
/// service names (`payments-api-k17` …), so a build runs long enough to be
/// interrupted anywhere, and a title that a test can change per build.
enum LargeSite {
    /// Adds `copies` renamed copies of each example review to the fixture's
    /// `Content/reviews/` (the example has 12 reviews, so 167 copies make ~2,000).
    static func grow(_ site: SiteFixture, copies: Int) throws {
        let reviews = site.url("Content/reviews")
        let originals = try FileManager.default.contentsOfDirectory(atPath: reviews.path)
            .filter { $0.hasSuffix(".md") }.sorted()
        for name in originals {
            let text = try site.read("Content/reviews/\(name)")
            let service = String(name.dropLast(3))
            for copy in 0..<copies {
                let renamed = "\(service)-k\(copy)"
                let body = text.replacingOccurrences(of: "service: \(service)\n", with: "service: \(renamed)\n")
                try Data(body.utf8).write(to: reviews.appendingPathComponent("\(renamed).md"))
            }
        }
    }

    /// Sets the site title (in `site.yaml`), which appears on every page.
    static func setTitle(_ site: SiteFixture, _ title: String) throws {
        let path = "Content/site.yaml"
        var lines = try site.read(path).components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix("title:") }) else { return }
        lines[index] = "title: \(title)"
        try site.write(path, lines.joined(separator: "\n"))
    }

    /// The snapshot with every occurrence of `old` replaced by `new` (same
    /// length, plain ASCII), i.e. the site that a build with that title makes.
    static func retitled(_ snapshot: [String: Data], from old: String, to new: String) -> [String: Data] {
        let oldBytes = Data(old.utf8)
        let newBytes = Data(new.utf8)
        return snapshot.mapValues { data in
            var data = data
            var searchRange = data.startIndex..<data.endIndex
            while let found = data.range(of: oldBytes, in: searchRange) {
                data.replaceSubrange(found, with: newBytes)
                searchRange = found.lowerBound + newBytes.count..<data.endIndex
            }
            return data
        }
    }

    /// Staging or half-swapped folders left beside `Output/` by builds.
    static func leftovers(_ site: SiteFixture) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: site.root.path)) ?? [])
            .filter { $0.contains(".prr-staging-") || $0.contains(".prr-old-") }.sorted()
    }
}
