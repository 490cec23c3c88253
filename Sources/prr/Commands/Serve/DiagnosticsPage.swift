import Readiness
import SiteBuilder

/// The page every HTML request gets while the last build failed: each
/// problem with its place, severity, message and hint, all escaped.
enum DiagnosticsPage {
    static func html(diagnostics: [Diagnostic], failure: String?) -> String {
        let shown = diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity != .error }
        var rows = ""
        for diagnostic in shown {
            let location = diagnostic.location
            var place = location.file
            if location.line > 0 { place += ":\(location.line)" }
            if location.column > 0 { place += ":\(location.column)" }
            rows += """
                <li class="\(diagnostic.severity.rawValue)"><code>\(HTMLEscaping.escape(place))</code> \
                <strong>\(diagnostic.severity.rawValue)</strong>: \(HTMLEscaping.escape(diagnostic.message)) \
                <small>[\(HTMLEscaping.escape(diagnostic.ruleID))]</small>\
                \(diagnostic.hint.map { "<br><em>\(HTMLEscaping.escape($0))</em>" } ?? "")</li>

                """
        }
        let failureText = failure.map { "<p><strong>error:</strong> \(HTMLEscaping.escape($0))</p>\n" } ?? ""
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Build failed — prr serve</title>
            <style>
            body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
            h1{color:#b00020}li{margin:.5rem 0}li.error strong{color:#b00020}li.warning strong{color:#8a5a00}
            code{background:#f4f4f4;padding:0 .25rem}
            </style>
            </head>
            <body>
            <h1>The site did not build</h1>
            <p>prr serve shows this page until the build succeeds again; the last good site is kept.
            Fix these and save: the page reloads by itself.</p>
            \(failureText)<ol id="diagnostics">
            \(rows)</ol>
            </body>
            </html>

            """
    }
}
