import Foundation

/// What loading a catalog produced.
public struct CatalogLoadResult: Sendable {
    public let catalog: Catalog
    /// Every problem found, sorted by place.
    public let diagnostics: [Diagnostic]
    /// The files read, as diagnostics name them, in the order they were read.
    public let files: [String]
    /// Names the catalog when a load cache keeps it (see `CatalogMemo`).
    let generation: CatalogGeneration?
}

/// Loads Backstage descriptor files into a `Catalog`.
///
/// Reads every `*.yaml` and `*.yml` under the catalog folder (sorted by path,
/// so the result does not depend on the file system's order), then any extra
/// paths, then the files `Location` entities point to. Each file is read once
/// however many ways it is reached, which also ends Location cycles. Nothing
/// outside the site root is read: `..` and symbolic links are resolved first.
public struct CatalogLoader: Sendable {
    private let paths: CatalogPaths

    /// - Parameters:
    ///   - root: the site root; no catalog file may lie outside it.
    ///   - displayPrefix: put before root-relative paths in diagnostics, for
    ///     when the working directory is not the root (for example `site/`).
    public init(root: URL, displayPrefix: String = "") {
        paths = CatalogPaths(root: root, displayPrefix: displayPrefix)
    }

    /// Loads the catalog folder (absent is fine: an empty catalog) and `extraPaths`
    /// (files, or folders read like the catalog folder). With a `cache` from
    /// an earlier load, descriptor files that have not changed are not parsed again.
    public func load(folder: URL, extraPaths: [URL] = [], cache: LoadCache? = nil) -> CatalogLoadResult {
        var run = LoadRun(paths: paths, cache: cache?.catalog)
        for file in paths.descriptorFiles(under: folder) {
            run.enqueue(file, reportedAt: nil, optional: false)
        }
        for extra in extraPaths {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: extra.path, isDirectory: &isFolder), isFolder.boolValue {
                for file in paths.descriptorFiles(under: extra) { run.enqueue(file, reportedAt: nil, optional: false) }
            } else {
                run.enqueue(CatalogPaths.lexical(extra.path), reportedAt: nil, optional: false)
            }
        }
        run.drain()
        cache?.catalog.keep(only: run.queued)
        // The entities and what is wrong between them (duplicates, dangling
        // references) are made only when the memo has no catalog of these files.
        let build = { [run] () -> (Catalog, [Diagnostic]) in
            let (entities, duplicates) = run.entities()
            let catalog = Catalog(entities: entities)
            return (catalog, duplicates + catalog.danglingReferences())
        }
        let (catalog, problems, generation) = cache?.catalogMemo.catalog(for: run.sources, build: build)
            ?? { let (catalog, problems) = build(); return (catalog, problems, nil) }()
        let diagnostics = (run.diagnostics + problems).sorted()
        return CatalogLoadResult(catalog: catalog, diagnostics: diagnostics, files: run.files, generation: generation)
    }
}

/// What one descriptor file holds.
struct ParsedCatalogFile: Sendable {
    var descriptors: [ParsedDescriptor]
    var problems: [Diagnostic]
}

/// The state of one load: a queue of files, read in order, each once.
private struct LoadRun {
    let paths: CatalogPaths
    var queue: [(real: String, lexical: String, display: String)] = []
    var queued: Set<String> = []
    /// The descriptors of each file read, in reading order.
    var descriptors: [[ParsedDescriptor]] = []
    var diagnostics: [Diagnostic] = []
    var files: [String] = []
    /// The files read with their kept parses, for `CatalogMemo`; nil without
    /// a cache or when some parse is not kept.
    var sources: [CatalogMemo.Source]?

    let cache: ParseCache<Result<ParsedCatalogFile, Diagnostic>>?

    init(paths: CatalogPaths, cache: ParseCache<Result<ParsedCatalogFile, Diagnostic>>?) {
        self.paths = paths
        self.cache = cache
        sources = cache == nil ? nil : []
    }

    /// Adds a file to read, unless it was already added. `reportedAt` is the
    /// Location target that named it (nil for the folder walk and extra paths).
    mutating func enqueue(_ path: String, reportedAt target: SourceLocation?, optional: Bool) {
        switch paths.resolve(path) {
        case .inside(let real, let lexical, let display):
            if queued.insert(real).inserted { queue.append((real, lexical, display)) }
        case .outside(let display):
            diagnostics.append(Diagnostic(
                .error, CatalogRules.locationOutside,
                "\(display) is outside the site, so the catalog does not read it",
                at: target ?? SourceLocation(file: display),
                hint: "Keep catalog files inside the site; `..` and symbolic links may not leave it."))
        case .missing(let display):
            diagnostics.append(Diagnostic(
                optional ? .note : .error, CatalogRules.locationMissing,
                "\(display) does not exist",
                at: target ?? SourceLocation(file: display),
                hint: target == nil
                    ? "Fix the path or create the file."
                    : "Fix the path (relative to this file) or set `spec.presence: optional`."))
        }
    }

    /// Reads every queued file, and every file their Locations queue.
    ///
    /// The files queued so far are parsed together on every core (parsing
    /// depends on nothing but the file), then taken in queue order: entities,
    /// duplicates and Location targets come out exactly as if each file were
    /// read in turn. Targets queued on the way make the next round.
    mutating func drain() {
        var next = 0
        while next < queue.count {
            let round = Array(queue[next...])
            let cache = self.cache
            let parsed = round.parallelMap { file -> (Result<ParsedCatalogFile, Diagnostic>, ParseToken?) in
                let parse = { Self.parse(real: file.real, display: file.display) }
                guard let cache else { return (parse(), nil) }
                let (value, token) = cache.lookup(ContentFile(url: URL(fileURLWithPath: file.real), path: file.display), parse: parse)
                return (value, token)
            }
            for (file, (result, token)) in zip(round, parsed) {
                if let token { sources?.append(CatalogMemo.Source(lexical: file.lexical, token: token)) } else { sources = nil }
                take(result, lexical: file.lexical, display: file.display)
            }
            next += round.count
        }
    }

    /// One file read and parsed, or why it could not be read.
    private static func parse(real: String, display: String) -> Result<ParsedCatalogFile, Diagnostic> {
        SourceText.read(URL(fileURLWithPath: real), path: display).map { source in
            let (descriptors, problems) = DescriptorParser.parse(source)
            return ParsedCatalogFile(descriptors: descriptors, problems: problems)
        }
    }

    private mutating func take(_ result: Result<ParsedCatalogFile, Diagnostic>, lexical: String, display: String) {
        files.append(display)
        let descriptors: [ParsedDescriptor]
        switch result {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return
        case .success(let file):
            descriptors = file.descriptors
            diagnostics += file.problems
        }
        // Relative targets are resolved from the folder the file was found in.
        let base = (lexical as NSString).deletingLastPathComponent
        self.descriptors.append(descriptors)
        for descriptor in descriptors {
            for target in descriptor.targets {
                follow(target, from: base, optional: descriptor.targetsOptional)
            }
        }
    }

    /// Every entity read, the first of each reference kept, and a
    /// diagnostic for each later one.
    func entities() -> (entities: [CatalogEntity], duplicates: [Diagnostic]) {
        var entities: [CatalogEntity] = []
        var firstPlace: [EntityRef: SourceLocation] = [:]
        var duplicates: [Diagnostic] = []
        for descriptor in descriptors.joined() {
            let entity = descriptor.entity
            if let other = firstPlace[entity.ref] {
                duplicates.append(Diagnostic(
                    .error, CatalogRules.duplicateEntity,
                    "\(entity.ref.displayName) is already declared at \(other)",
                    at: entity.nameLocation,
                    hint: "Keep one descriptor per entity; names are compared without regard to case."))
                continue
            }
            firstPlace[entity.ref] = entity.nameLocation
            entities.append(entity)
        }
        return (entities, duplicates)
    }

    private mutating func follow(_ target: LocationTarget, from base: String, optional: Bool) {
        let text = target.text.trimmingHorizontalWhitespace()
        if CatalogPaths.hasScheme(text) {
            diagnostics.append(Diagnostic(
                .note, CatalogRules.locationRemote,
                "skipped Location target `\(text)`: prr reads only files inside the site, not URLs",
                at: target.location, hint: "Copy the descriptors into the site to include them."))
            return
        }
        let path = text.hasPrefix("/") ? text : base + "/" + text
        guard CatalogPaths.isGlob(text) else {
            enqueue(path, reportedAt: target.location, optional: optional)
            return
        }
        // Expand only patterns inside the site: `/*/*/*` would walk the whole
        // machine and name every file it found in `outside` diagnostics.
        let pattern = CatalogPaths.lexical(path)
        let matches = CatalogPaths.isInside(pattern, paths.root) ? CatalogPaths.matches(of: pattern) : []
        if matches.isEmpty {
            enqueue(CatalogPaths.lexical(path), reportedAt: target.location, optional: optional)
        }
        for match in matches { enqueue(match, reportedAt: target.location, optional: optional) }
    }
}
