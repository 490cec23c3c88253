import Foundation
import Readiness

/// One catalog descriptor file through the real loader: bytes → a file in a
/// private temp site → CatalogLoader (SourceText.decode, every `---` document,
/// DescriptorParser, Location targets resolved inside the site, globs) →
/// Catalog indexes and dangling-reference checks.
///
/// The loader reads files, so each input overwrites one file in a folder made
/// once per process; Location targets may name it (read once) or anything
/// else inside the temp site (missing: a diagnostic).
private let site: URL = {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("prr-fuzz-catalog-\(getpid())", isDirectory: true)
    try? FileManager.default.removeItem(at: url)
    try! FileManager.default.createDirectory(
        at: url.appendingPathComponent("catalog/nested", isDirectory: true), withIntermediateDirectories: true)
    // A second file for Location targets and globs to find.
    try! Data("apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: {name: team-a}\nspec: {type: team}\n".utf8)
        .write(to: url.appendingPathComponent("catalog/nested/org.yaml"))
    atexit { try? FileManager.default.removeItem(at: site) }
    return url
}()
private let catalogFolder = site.appendingPathComponent("catalog", isDirectory: true)
private let input = catalogFolder.appendingPathComponent("fuzz.yaml")
private let today = Day(year: 2026, month: 3, day: 1)!

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    try! data.write(to: input)
    onSmallStack(load)
    return 0
}

private func load() {
    let result = CatalogLoader(root: site).load(folder: catalogFolder)
    let catalog = result.catalog
    for entity in catalog.entities {
        _ = catalog.dependents(of: entity.ref)
        _ = catalog.entitiesOwned(by: entity.ref)
        _ = catalog.childGroups(of: entity.ref, transitive: true)
        _ = catalog.parentGroups(of: entity.ref, transitive: true)
    }
    _ = ReviewValidator(policy: .default, catalog: catalog, today: today, reviews: [])
}

/// Runs `work` on a thread with a small stack, like the Dispatch workers that
/// parse content in prr (libFuzzer calls us on the 8 MB main thread, which
/// would hide recursion that overflows a worker). PRR_FUZZ_STACK_KB sets the
/// size (default 512, macOS's secondary-thread default); 0 runs inline.
private let stackKB: Int = Int(ProcessInfo.processInfo.environment["PRR_FUZZ_STACK_KB"] ?? "") ?? 512

private func onSmallStack(_ work: @escaping @Sendable () -> Void) {
    guard stackKB > 0 else { return work() }
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        work()
        done.signal()
    }
    thread.stackSize = stackKB * 1024
    thread.start()
    done.wait()
}

// SwiftPM links executables with `main` aliased to `FuzzCatalog_main`, so libFuzzer's
// own main is never pulled in: start its driver from here instead.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("FuzzCatalog_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return runDriver(&argc, &argv, fuzz)
}
