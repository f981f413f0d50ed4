import ShopfloorText

/// What every request must pass before the workbench looks at it: the right `Host` (no DNS rebinding), no
/// foreign `Origin` or cross-site fetch, and, for a change, the session's form token.
struct RequestGuard: Sendable {
    /// The port the server listens on.
    var port: Int

    /// The `Host` values that name this server: the loopback address and `localhost`, on its port.
    var allowedHosts: Set<String> { ["127.0.0.1:\(port)", "localhost:\(port)"] }
    /// The origins of this server's own pages.
    var allowedOrigins: Set<String> { Set(allowedHosts.map { "http://" + $0 }) }

    /// Why a request is refused before any session is looked at, or nil when it may go on.
    func refusal(_ request: WebRequest) -> String? {
        guard let host = request.headers["host"], allowedHosts.contains(host.lowercased()) else {
            return Text.string("web.wrongHost", ["port": "\(port)"])
        }
        if let origin = request.headers["origin"], !allowedOrigins.contains(origin.lowercased()) {
            return Text.string("web.otherOrigin", ["origin": "\(origin)"])
        }
        if request.headers["sec-fetch-site"] == "cross-site" {
            return Text.string("web.otherSite")
        }
        if request.method == "POST", request.headers["origin"] == nil, let referer = request.headers["referer"],
            !allowedOrigins.contains(where: { referer.lowercased().hasPrefix($0 + "/") })
        {
            return Text.string("web.otherReferer")
        }
        return nil
    }

    /// Whether a form carries the session's token.
    func carriesToken(_ request: WebRequest, session: Session) -> Bool {
        guard let token = request.form["csrf"] else { return false }
        return Sessions.same(token, session.csrf)
    }
}
