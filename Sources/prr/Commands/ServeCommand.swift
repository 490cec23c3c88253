import ArgumentParser
import Foundation
import Hummingbird
import Readiness
import SiteBuilder

/// `prr serve`: build, serve on loopback, rebuild on every edit, reload the browser.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build it, serve it, and rebuild and reload on every edit.",
        discussion: """
            Loads and validates the site, serves it on http://127.0.0.1:8000/ and watches the \
            content and layouts folders for changes (with inotify on Linux; elsewhere, or past \
            the inotify watch limit, by polling every 300 ms, less often on very large sites). Pages are rendered when the \
            browser asks for them, and a rebuild parses only the files that changed, so a save \
            shows in moments even on a large site. The build-wide link check is left to \
            `prr build`; --full-build (or --output) writes and link-checks the whole site on \
            every change instead. Pages get a small live-reload script at serve time. While a \
            build fails, every page shows its diagnostics; the last good site comes back once \
            the problem is fixed. Ctrl-C stops.
            """)

    @OptionGroup var content: ContentOptions

    @Option(name: .long, help: "The folder of layouts that override the default theme (default: Layouts, if it exists).")
    var layouts: String?

    @Flag(name: .long, help: "Build the whole site on every change, as `prr build` does (link check included), instead of rendering pages as they are asked for.")
    var fullBuild = false

    @Option(name: .long, help: "Write every build into this folder (it is replaced as a whole); implies --full-build.")
    var output: String?

    @Flag(name: .long, help: "Replace the --output folder even if prr did not create it.")
    var force = false

    @Flag(name: .long, help: "Treat warnings and readiness findings as build failures too.")
    var strict = false

    @Option(name: .long, help: "The port to listen on; 0 picks a free one.")
    var port: Int = 8000

    @Option(name: .long, help: "The address to listen on. Only loopback by default; pass 0.0.0.0 to share the preview on your network.")
    var host: String = "127.0.0.1"

    @OptionGroup var outputOptions: OutputOptions

    static let pollInterval: UInt64 = 300_000_000

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, not \(port).") }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty.") }
        if let layouts, !FileManager.default.fileExists(atPath: layouts) {
            throw ValidationError("the layouts folder '\(layouts)' does not exist.")
        }
    }

    func run() async throws {
        var scratch: URL?
        let outputURL: URL
        let writesSite = fullBuild || output != nil
        if let output {
            outputURL = URL(fileURLWithPath: output)
        } else if !writesSite {
            // Never written: pages are served from memory.
            outputURL = FileManager.default.temporaryDirectory.appendingPathComponent("prr-serve-unused")
        } else {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prr-serve-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            scratch = folder
            outputURL = folder.appendingPathComponent("site")
        }
        defer { if let scratch { try? FileManager.default.removeItem(at: scratch) } }

        let layoutsPath = layouts ?? "Layouts"
        var loader = content.loaderOptions
        loader.strict = strict
        let options = SiteBuild.Options(
            content: content.contentFolder, layouts: URL(fileURLWithPath: layoutsPath),
            layoutsDisplay: ContentOptions.display(layoutsPath), output: outputURL, loader: loader,
            force: force, strict: strict, layoutsRequired: layouts != nil)
        let state = ServeState()
        let broadcaster = ReloadBroadcaster()
        let rebuild = Rebuilder(
            options: options, writesSite: writesSite, state: state, broadcaster: broadcaster, outputOptions: outputOptions)

        // Watched (or stamped) before the first build, so an edit made while it runs is not missed.
        let folders = [options.content.root, options.layouts.standardizedFileURL]
        let watcher = Watcher(folders: folders)
        let progress = ProgressLine("Building the site…", enabled: !outputOptions.quiet)
        await rebuild.run(first: true)
        progress.finish()

        if ProcessInfo.processInfo.environment["LOG_LEVEL"] == nil {
            setenv("LOG_LEVEL", outputOptions.verbose ? "info" : "error", 1)
        }
        let host = self.host
        let app = Application(
            responder: SiteResponder(root: writesSite ? outputURL : nil, state: state, broadcaster: broadcaster),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                Terminal.standardError("Serving http://\(shown):\(bound)/ — watching for changes (Ctrl-C to stop)")
            })
        let stopper = StopSignals(broadcaster: broadcaster, scratch: scratch)
        defer { stopper.cancel() }
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await app.runService() }
                group.addTask { try await Self.watch(folders, with: watcher, rebuild: rebuild) }
                try await group.next()
                group.cancelAll()
            }
        } catch is CancellationError {
            // The watcher stops by cancellation.
        } catch {
            Terminal.standardError("error: cannot serve on \(host):\(port): \(error)")
            throw ExitCode.failure
        }
        if !outputOptions.quiet { Terminal.standardError("Stopped.") }
    }

    /// How edits are noticed: inotify where it works, else polling.
    enum Watcher: Sendable {
        #if os(Linux) && canImport(Glibc)
        case inotify(FolderWatcher)
        #endif
        case polling(FolderSnapshot)

        /// Starts watching now; call before the first build. PRR_SERVE_POLL
        /// (any value) forces polling, so tests and benchmarks can reach the fallback.
        init(folders: [URL]) {
            #if os(Linux) && canImport(Glibc)
            if ProcessInfo.processInfo.environment["PRR_SERVE_POLL"] == nil, let watcher = FolderWatcher(folders: folders) {
                self = .inotify(watcher)
                return
            }
            #endif
            self = .polling(FolderSnapshot(folders: folders))
        }
    }

    /// Rebuilds after every settled change: told by inotify on Linux, else
    /// (or when inotify gives out, e.g. at the watch limit) by polling.
    static func watch(_ folders: [URL], with watcher: Watcher, rebuild: Rebuilder) async throws {
        switch watcher {
        #if os(Linux) && canImport(Glibc)
        case .inotify(let watcher):
            // Changes during a rebuild stay buffered in the stream, so they
            // give one more rebuild once it ends.
            for await change in watcher.changes() {
                switch change {
                case .changed:
                    await rebuild.run(first: false, changedFiles: watcher.takeChangedFiles())
                case .failed(let reason):
                    watcher.stop()
                    Terminal.standardError("warning: \(reason); checking for changes by polling instead")
                    // What happened before the watch broke is unknown: rebuild once.
                    let now = FolderSnapshot(folders: folders)
                    await rebuild.run(first: false)
                    try await poll(folders, from: now, rebuild: rebuild)
                }
            }
            // The stream ends when this task is cancelled.
            try Task.checkCancellation()
        #endif
        case .polling(let initial):
            try await poll(folders, from: initial, rebuild: rebuild)
        }
    }

    /// Polls the folders and rebuilds when a file's stamp changes since `initial`.
    ///
    /// A poll walks every file, so on a large site polls are spaced to ten
    /// times the walk (a 150 ms walk of 12,000 files is polled every 1.5 s),
    /// keeping an idle serve under a tenth of a core.
    static func poll(_ folders: [URL], from initial: FolderSnapshot, rebuild: Rebuilder) async throws {
        var last = initial
        var interval = pollInterval
        while true {
            try await Task.sleep(nanoseconds: interval)
            let started = DispatchTime.now().uptimeNanoseconds
            let now = FolderSnapshot(folders: folders)
            interval = max(pollInterval, (DispatchTime.now().uptimeNanoseconds - started) * 10)
            guard now != last else { continue }
            // Editors save in steps; let the change settle before building.
            try await Task.sleep(nanoseconds: pollInterval / 3)
            last = FolderSnapshot(folders: folders)
            await rebuild.run(first: false)
        }
    }
}
