import ArgumentParser
import Foundation
import Readiness

/// `prr new review <service>`: a review skeleton with every category of the
/// effective policy and the tier's required items.
struct NewReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write Content/reviews/<service>.md: front matter to fill in and the policy's checklist, unchecked.",
        discussion: """
            The tier is the catalog Component's `prr.dev/tier` annotation when it has one, else \
            --tier, else 2. The owner is the Component's spec.owner when the catalog has the \
            service, else --owner. A catalog value wins over a flag that disagrees (with a \
            warning), because `prr check` holds the review to the catalog. An existing review \
            is never overwritten.
            """)

    @Argument(help: ArgumentHelp("The service: the catalog Component's name, such as payments-api.", valueName: "service"))
    var service: String

    @Option(name: .long, help: ArgumentHelp("The tier, 1 (critical) to 3 (low risk), when the catalog does not say.", valueName: "1|2|3"))
    var tier: Int?

    @Option(name: .long, help: ArgumentHelp("The owning team, such as group:payments, when the catalog does not say.", valueName: "ref"))
    var owner: String?

    @Option(name: .long, help: "The review's title (default: '<service> launch').")
    var title: String?

    @OptionGroup var content: ContentOptions
    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        guard ServiceName.isValid(service) else {
            throw ValidationError("'\(service)' is not a valid service name: use letters, digits and - _ . between them, at most 63 characters.")
        }
        if let tier, Tier(rawValue: tier) == nil { throw ValidationError("--tier must be 1, 2 or 3, not \(tier).") }
        if let owner, EntityRef(owner, defaultKind: "group") == nil {
            throw ValidationError("--owner must be a catalog reference such as group:payments, not '\(owner)'.")
        }
    }

    func run() throws {
        let folder = content.contentFolder
        let relative = "reviews/\(service).md"
        let display = folder.displayPath(relative)
        if FileManager.default.fileExists(atPath: folder.root.appendingPathComponent(relative).path) {
            Terminal.standardError("error: \(display) already exists; prr new never overwrites a review.")
            throw ExitCode.failure
        }
        let site = SiteLoader.load(content: folder, options: content.loaderOptions)
        if let existing = site.review(named: service) {
            Terminal.standardError("error: \(service) already has a review in \(existing.file).")
            throw ExitCode.failure
        }
        let component = site.catalog.entity(EntityRef(.component, name: service))
        let (tier, owner) = try resolve(component)
        let scaffold = ReviewScaffold(
            service: service, title: title, tier: tier, owner: owner, today: site.today, policy: site.policy)
        var files = NewFiles(root: folder.root, displayRoot: folder.displayRoot)
        try files.write(relative, scaffold.text)
        files.report(quiet: outputOptions.quiet)
        guard files.skipped.isEmpty else { throw ExitCode.failure }
        if !outputOptions.quiet {
            let required = site.policy.categories.flatMap(\.items).filter { $0.isRequired(for: tier) }.count
            Terminal.standardError("Tier \(tier.rawValue), owner \(owner): \(required) required items to check. Run `prr check \(display)` as you go.")
        }
    }

    /// Tier and owner: the catalog first, then the flags, then tier 2.
    private func resolve(_ component: CatalogEntity?) throws -> (Tier, String) {
        var tier = self.tier.flatMap(Tier.init(rawValue:)) ?? .two
        if let annotation = component?.annotation("prr.dev/tier") {
            if let catalogTier = Int(annotation.trimmingCharacters(in: .whitespaces)).flatMap(Tier.init(rawValue:)) {
                if let flag = self.tier, flag != catalogTier.rawValue {
                    Terminal.standardError("warning: the catalog says tier \(catalogTier.rawValue) (prr.dev/tier); --tier \(flag) is ignored.")
                }
                tier = catalogTier
            } else {
                Terminal.standardError("warning: the catalog's prr.dev/tier '\(annotation)' is not 1, 2 or 3; using tier \(tier.rawValue).")
            }
        }
        if let catalogOwner = component?.owner?.ref {
            let name = catalogOwner.displayName
            if let flag = self.owner, EntityRef(flag, defaultKind: "group") != catalogOwner {
                Terminal.standardError("warning: the catalog says the owner is \(name); --owner \(flag) is ignored.")
            }
            return (tier, name)
        }
        guard let owner else {
            throw ValidationError("the catalog has no Component '\(service)' with an owner: pass --owner, such as --owner group:payments.")
        }
        return (tier, owner)
    }
}
