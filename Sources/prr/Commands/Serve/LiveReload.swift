/// The live-reload script `prr serve` adds to every page it serves (never to
/// the built files): it listens on `/_prr/events` and reloads on `reload`.
enum LiveReload {
    static let eventsPath = "/_prr/events"

    static let script = """
        <script>(function(){if(!window.EventSource)return;\
        var s=new EventSource("\(eventsPath)");\
        s.addEventListener("reload",function(){location.reload();});})();</script>
        """

    /// `html` with the script before its last `</body>`, or at the end.
    static func inject(into html: String) -> String {
        guard let range = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) else {
            return html + script
        }
        var html = html
        html.insert(contentsOf: script + "\n", at: range.lowerBound)
        return html
    }
}
