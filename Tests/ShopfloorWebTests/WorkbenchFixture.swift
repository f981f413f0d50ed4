import Foundation
import ShopfloorStore
import ShopfloorTestSupport
import ShopfloorWeb
import Testing

/// A workbench over a fresh workspace made from a sample, with an opened session, and requests as a browser
/// on the same machine would send them.
struct WorkbenchFixture {
    let workbench: Workbench
    let workspace: String
    let port = 8731
    var cookie: String = ""
    var csrf: String = ""

    init(sample: String = "automotive-plant", openSession: Bool = true) throws {
        let folder = try Scratch.folder("workbench-\(UUID().uuidString)")
        workspace = folder + "/committee.shopfloor"
        let graph = try GraphFile.load(path: PackageRoot.path("Graphs/\(sample).yaml"))
        try Workspace.create(at: workspace, passphrase: nil).replaceGraph(with: graph, action: "import")
        workbench = try Workbench(path: workspace, passphrase: nil, port: port)
        guard openSession else { return }
        let token = try #require(workbench.openingURL?.split(separator: "=").last.map(String.init))
        let opened = workbench.handle(request("/open?token=\(token)", session: false))
        let setCookie = try #require(opened.header("Set-Cookie"))
        cookie = String(setCookie.split(separator: ";")[0])
        let page = body(workbench.handle(request("/record")))
        csrf = try #require(Self.csrf(in: page))
    }

    /// The CSRF token in a page's forms.
    static func csrf(in page: String) -> String? {
        guard let start = page.firstRange(of: "name=\"csrf\" value=\"") else { return nil }
        return String(page[start.upperBound...].prefix { $0 != "\"" })
    }

    /// A GET (or POST with `form`) as the browser sends it from the workbench's own page.
    func request(_ target: String, form: [String: String]? = nil, session: Bool = true, headers: [String: String] = [:])
        -> WebRequest
    {
        let parts = target.split(separator: "?", maxSplits: 1).map(String.init)
        var all = ["Host": "127.0.0.1:\(port)"]
        if session { all["Cookie"] = cookie }
        if form != nil { all["Origin"] = "http://127.0.0.1:\(port)" }
        for (k, v) in headers { all[k] = v }
        let body = form.map { fields in
            fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
        } ?? ""
        return WebRequest(method: form == nil ? "GET" : "POST", path: parts[0], rawQuery: parts.count > 1 ? parts[1] : nil,
            headers: all, body: Array(body.utf8))
    }

    func get(_ target: String) -> (status: Int, page: String) {
        let response = workbench.handle(request(target))
        return (response.status, body(response))
    }

    func post(_ target: String, _ form: [String: String]) -> WebResponse {
        workbench.handle(request(target, form: form.merging(["csrf": csrf]) { a, _ in a }))
    }

    func body(_ response: WebResponse) -> String { String(decoding: response.body, as: UTF8.self) }
}
