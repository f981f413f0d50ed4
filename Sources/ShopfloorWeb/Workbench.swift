import Foundation
import ShopfloorModel
import ShopfloorPresent
import ShopfloorStore
import ShopfloorText

/// The workbench: a workspace (or graph file) served as pages, forms and downloads to one person's browser.
///
/// It knows nothing of HTTP servers: ``handle(_:)`` takes a ``WebRequest`` and gives a ``WebResponse``, so the
/// same code answers Hummingbird (``WorkbenchServer``), the tests and the benchmark. Every response carries
/// the security headers; every request first passes the ``RequestGuard`` and the session check.
public final class Workbench: @unchecked Sendable {
    /// The workspace or graph file, as given.
    public let path: String
    /// Whether the source is a workspace (writable) rather than a graph file.
    public let isWorkspace: Bool
    let passphrase: String?
    private let lock = NSLock()
    var sessions = Sessions()
    var requestGuard: RequestGuard
    var loaded: LoadedGraph
    /// Plans drawn since the server started (newest last, at most 20), for the person pages.
    var drawnPlans: [DrawnPlan] = []

    /// Opens the source once (a sealed workspace with `passphrase`).
    public init(path: String, passphrase: String?, port: Int = 0) throws(WebError) {
        self.path = path
        self.passphrase = passphrase
        isWorkspace = Workspace.isWorkspace(path: path)
        requestGuard = RequestGuard(port: port)
        do { loaded = try Self.load(path: path, isWorkspace: isWorkspace, passphrase: passphrase) } catch { throw .source(error) }
    }

    /// The port requests must name in their `Host` (set once the server listens).
    public var port: Int {
        get { locked { requestGuard.port } }
        set { locked { requestGuard.port = newValue } }
    }

    /// The URL to print: it opens a session once.
    public var openingURL: String? {
        locked { sessions.openingToken.map { "http://127.0.0.1:\(requestGuard.port)/open?token=\($0)" } }
    }

    func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    static func load(path: String, isWorkspace: Bool, passphrase: String?) throws(StoreError) -> LoadedGraph {
        guard let stamp = FileStamp(path: path) else { throw .fileNotFound(path: path) }
        let graph: OrganizingGraph, secret: String?
        var settings: [WorkspaceSetting: String] = [:]
        if isWorkspace {
            let workspace = try Workspace.open(at: path, passphrase: { () throws(StoreError) in
                guard let passphrase else { throw .passphraseRequired(path: path) }
                return passphrase
            })
            (graph, secret) = (try workspace.graph(), try workspace.aliasSecret())
            settings = Dictionary(try workspace.settings(), uniquingKeysWith: { $1 })
        } else {
            (graph, secret) = try GraphFile.loadSource(path: path)
        }
        return LoadedGraph(graph: graph, aliasKey: AliasKey(secretIfAny: secret), stamp: stamp, settings: settings)
    }

    /// Reads the source again when it changed on disk since it was loaded (a write by the command line, say).
    func refreshIfChanged() throws(StoreError) {
        guard FileStamp(path: path) != loaded.stamp else { return }
        loaded = try Self.load(path: path, isWorkspace: isWorkspace, passphrase: passphrase)
        drawnPlans.removeAll()
    }

    /// The headers every response carries: nothing cached, nothing from elsewhere, no framing, no sniffing.
    static let securityHeaders: [(String, String)] = [
        ("Cache-Control", "no-store"),
        ("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
    ]

    /// Answers one request.
    public func handle(_ request: WebRequest) -> WebResponse {
        var response = locked { route(request) }
        response.headers.removeAll { name, _ in Self.securityHeaders.contains { $0.0 == name } }
        response.headers += Self.securityHeaders
        return response
    }

    private func route(_ request: WebRequest) -> WebResponse {
        if let refusal = requestGuard.refusal(request) {
            return .html(WorkbenchPage.message(title: Text.string("web.refused"), text: refusal), status: 403)
        }
        if request.method == "GET", request.path == "/open" {
            guard let id = sessions.open(token: request.query["token"] ?? "") else {
                return .html(WorkbenchPage.message(title: Text.string("web.linkUsed"), text: Text.string("web.linkUsed.text")),
                    status: 403)
            }
            return .redirect("/", headers: [("Set-Cookie",
                "\(Sessions.cookie)=\(id); Path=/; HttpOnly; SameSite=Strict")])
        }
        if request.method == "GET", request.path.hasPrefix("/assets/") {
            return Assets.response(for: request.path)
        }
        guard let sessionID = request.cookie(Sessions.cookie), let session = sessions.session(sessionID) else {
            return .html(WorkbenchPage.message(title: Text.string("web.noSession"), text: Text.string("web.noSession.text")), status: 403)
        }
        if request.method == "POST" {
            guard requestGuard.carriesToken(request, session: session) else {
                return .html(WorkbenchPage.message(title: Text.string("web.refused"), text: Text.string("web.refused.token")), status: 403)
            }
        } else if request.method != "GET" && request.method != "HEAD" {
            return .html(WorkbenchPage.message(title: Text.string("web.notAllowed"), text: Text.string("web.notAllowed.text")), status: 405)
        }
        do { try refreshIfChanged() } catch {
            return .html(WorkbenchPage.message(title: Text.string("web.unreadable"), text: "\(error)"), status: 500)
        }
        let context = PageContext(csrf: session.csrf, revealNames: session.revealNames, path: request.pathAndQuery,
            source: path, notice: request.query["saved"].map { "Saved: \($0)." })
        let directory = loaded.directory.revealing(session.revealNames)
        if request.method == "POST" {
            if request.path == "/names" {
                sessions.setRevealNames(request.form["show"] == "1", for: sessionID)
                let back = request.form["back"] ?? "/"
                return .redirect(back.hasPrefix("/") && !back.hasPrefix("//") ? back : "/")
            }
            return record(request, directory: directory, context: context)
        }
        return page(request, directory: directory, context: context)
    }
}

/// A plan drawn in this server's life: what it was, the people on it, and the link that draws it again.
struct DrawnPlan {
    var label: String
    var href: String
    var people: Set<Person.ID>
}
