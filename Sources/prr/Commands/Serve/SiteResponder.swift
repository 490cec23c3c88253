import Dispatch
import Foundation
import Hummingbird
import SiteBuilder

/// Answers every request of `prr serve`: the events stream, the diagnostics
/// page while the build is broken, and otherwise the files of the site, from
/// memory or from the output folder.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    /// The output folder builds are written to; nil when the site is
    /// previewed from memory.
    let root: URL?
    let state: ServeState
    let broadcaster: ReloadBroadcaster

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return text(.methodNotAllowed, "Only GET and HEAD are served.\n")
        }
        let path = request.uri.path
        if path == LiveReload.eventsPath { return await events() }
        if ServePath.isPage(path), let failure = await state.failure {
            let page = DiagnosticsPage.html(diagnostics: failure.diagnostics, failure: failure.message)
            return html(.internalServerError, LiveReload.inject(into: page))
        }
        if let preview = await state.preview {
            return await file(path, in: preview)
        }
        guard let root else { return notFound() }
        switch ServePath.resolve(path, root: root) {
        case .forbidden:
            return forbidden()
        case .notFound:
            return notFound()
        case .file(let url):
            guard let data = try? Data(contentsOf: url) else { return text(.notFound, "Not found.\n") }
            return file(data, type: ServePath.contentType(of: url.path))
        }
    }

    /// A file of a site previewed from memory, rendered off the server's threads.
    private func file(_ rawPath: String, in preview: SitePreview) async -> Response {
        switch ServePath.relative(rawPath) {
        case .forbidden:
            return forbidden()
        case .notFound:
            return notFound()
        case .path(let path):
            guard let resolved = preview.resolve(path) else { return notFound() }
            let data = await withCheckedContinuation { continuation in
                DispatchQueue.global(qos: .userInitiated).async {
                    continuation.resume(returning: preview.file(at: resolved))
                }
            }
            guard let data else { return notFound() }
            return file(data, type: ServePath.contentType(of: resolved))
        }
    }

    private func file(_ data: Data, type: String) -> Response {
        var body = data
        if type.hasPrefix("text/html") {
            body = Data(LiveReload.inject(into: String(decoding: data, as: UTF8.self)).utf8)
        }
        return Response(
            status: .ok,
            headers: [.contentType: type, .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    private func forbidden() -> Response {
        text(.forbidden, "Forbidden: the path leaves the site.\n")
    }

    private func notFound() -> Response {
        html(.notFound, LiveReload.inject(
            into: "<!DOCTYPE html><title>Not found</title><h1>Not found</h1><p><a href=\"/\">Home</a></p>"))
    }

    /// A server-sent event stream: `reload` after every build.
    private func events() async -> Response {
        let stream = await broadcaster.subscribe()
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 1000\n: connected\n\n"))
            for await generation in stream {
                try await writer.write(ByteBuffer(string: "event: reload\ndata: \(generation)\n\n"))
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
            body: body)
    }

    private func html(_ status: HTTPResponse.Status, _ page: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    }

    private func text(_ status: HTTPResponse.Status, _ message: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
    }
}
