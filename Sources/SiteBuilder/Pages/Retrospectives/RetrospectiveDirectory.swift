import Readiness

/// Where every retrospective's page lives, and which review each one judges.
///
/// A service's latest retrospective (by date, then file, as
/// `RetrospectiveSchedule` orders them) has the plain page
/// `SiteURLs.retrospective(service)`; earlier ones are named with their date,
/// `retrospectives/<service>-<date>.html`. Names that would collide with the
/// index or the lessons page, or with each other, get a suffix, so every
/// retrospective has exactly one page and no page is overwritten.
struct RetrospectiveDirectory {
    /// Every retrospective, by service name, then date, then file.
    let documents: [RetrospectiveDocument]
    private var pathByFile: [String: String] = [:]
    private var latestByService: [String: String] = [:]
    private var groupByFile: [String: [RetrospectiveDocument]] = [:]
    /// The schedule entry of each launched review, by review file.
    private(set) var scheduleEntryByReviewFile: [String: RetrospectiveSchedule.Entry] = [:]
    private var scheduledReviewByRetrospectiveFile: [String: ReviewDocument] = [:]
    /// Retrospectives by the file of the review they judge, oldest first.
    private var retrospectivesByReviewFile: [String: [RetrospectiveDocument]] = [:]
    private let site: Site

    /// Built once per build (pages look things up in it; building it per page
    /// made rendering quadratic in the number of reviews).
    init(site: Site) {
        self.site = site
        for entry in site.schedule.entries where scheduleEntryByReviewFile[entry.review.file] == nil {
            scheduleEntryByReviewFile[entry.review.file] = entry
            for document in entry.retrospectives where scheduledReviewByRetrospectiveFile[document.file] == nil {
                scheduledReviewByRetrospectiveFile[document.file] = entry.review
            }
        }
        let groups = Dictionary(grouping: site.retrospectives, by: \.retrospective.serviceKey)
            .values.map { $0.sorted(by: Self.older) }
            .map { group in (key: (group.last?.retrospective.serviceName ?? "", group.last?.file ?? ""), group: group) }
            .sorted { $0.key < $1.key }
            .map(\.group)
        documents = groups.flatMap { $0 }
        for document in documents {
            let review = scheduledReviewByRetrospectiveFile[document.file]
                ?? site.review(named: document.retrospective.serviceName)
            if let review { retrospectivesByReviewFile[review.file, default: []].append(document) }
        }
        var used: Set<String> = [SiteURLs.retrospectives, SiteURLs.lessons]
        func claim(_ base: String) -> String {
            var candidate = SiteURLs.retrospective(base)
            var number = 2
            while used.contains(candidate) {
                candidate = SiteURLs.retrospective("\(base)-\(number)")
                number += 1
            }
            used.insert(candidate)
            return candidate
        }
        // Plain names first, so a dated name can never take a service's plain page.
        for group in groups {
            guard let latest = group.last else { continue }
            let path = claim(Self.slug(latest.retrospective.serviceName))
            pathByFile[latest.file] = path
            latestByService[latest.retrospective.serviceName.lowercased()] = path
            for document in group { groupByFile[document.file] = group }
        }
        for group in groups {
            for document in group.dropLast() {
                pathByFile[document.file] = claim("\(Self.slug(document.retrospective.serviceName))-\(document.retrospective.date)")
            }
        }
    }

    /// The page of a retrospective of this site.
    func path(of document: RetrospectiveDocument) -> String { path(ofFile: document.file) }

    /// The page of the retrospective in `file`.
    func path(ofFile file: String) -> String {
        pathByFile[file] ?? SiteURLs.retrospective(Self.slug(file))
    }

    /// The page of a service's latest retrospective, by its short service name.
    func latestPath(ofService name: String) -> String? { latestByService[name.lowercased()] }

    /// Every retrospective of the same service as `document`, oldest first.
    func siblings(of document: RetrospectiveDocument) -> [RetrospectiveDocument] {
        groupByFile[document.file] ?? [document]
    }

    /// The review a retrospective judges: the launch the schedule paired it
    /// with, else the review of the same service name.
    func review(of document: RetrospectiveDocument) -> ReviewDocument? {
        if let review = scheduledReviewByRetrospectiveFile[document.file] { return review }
        return site.review(named: document.retrospective.serviceName)
    }

    /// The retrospectives that judge a review, oldest first.
    func retrospectives(of review: ReviewDocument) -> [RetrospectiveDocument] {
        if let entry = scheduleEntryByReviewFile[review.file] { return entry.retrospectives }
        return retrospectivesByReviewFile[review.file] ?? []
    }

    /// Oldest first, as the schedule orders a service's retrospectives.
    static func older(_ a: RetrospectiveDocument, _ b: RetrospectiveDocument) -> Bool {
        (a.retrospective.date, a.file) < (b.retrospective.date, b.file)
    }

    /// A file-name-safe form of a service name: lowercased, anything outside
    /// `[a-z0-9._-]` replaced by `-`, never empty or dots alone.
    static func slug(_ name: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-")
        let slug = String(name.lowercased().map { allowed.contains($0) ? $0 : "-" })
        return slug.allSatisfy({ $0 == "." }) ? "retrospective" : slug
    }
}
