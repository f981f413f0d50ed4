import Foundation

/// A request as the workbench sees it, whatever server carried it: method, path, query, headers, form body.
public struct WebRequest: Sendable {
    public var method: String
    public var path: String
    /// The query string's parameters (percent-decoded; the first value of a repeated name wins).
    public var query: [String: String]
    /// Header fields by lower-case name.
    public var headers: [String: String]
    /// The form fields of a POST body (`application/x-www-form-urlencoded`).
    public var form: [String: String]
    /// The raw query string, as sent (for links back to the same page).
    public var rawQuery: String?

    /// A request from its parts.
    public init(method: String, path: String, rawQuery: String? = nil, headers: [String: String] = [:], body: [UInt8] = []) {
        self.method = method.uppercased()
        self.path = path
        self.rawQuery = rawQuery
        self.query = Self.decodeForm(rawQuery ?? "")
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.form = Self.decodeForm(String(decoding: body, as: UTF8.self))
    }

    /// The path and query, as a link back to this page.
    public var pathAndQuery: String { path + (rawQuery.map { $0.isEmpty ? "" : "?" + $0 } ?? "") }

    /// The value of a cookie sent with the request.
    public func cookie(_ name: String) -> String? {
        guard let header = headers["cookie"] else { return nil }
        for part in header.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces) == name {
                return pair[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// `a=1&b=x+y` as a dictionary, `+` as space and `%XX` decoded; malformed escapes are kept as typed.
    static func decodeForm(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = decode(parts[0])
            let value = parts.count > 1 ? decode(parts[1]) : ""
            if fields[key] == nil { fields[key] = value }
        }
        return fields
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}

/// A response: status, headers and body. The security headers are added by the workbench to every response.
public struct WebResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]

    /// A response from its parts.
    public init(status: Int, headers: [(String, String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// An HTML page.
    public static func html(_ page: String, status: Int = 200) -> WebResponse {
        WebResponse(status: status, headers: [("Content-Type", "text/html; charset=utf-8")], body: Array(page.utf8))
    }

    /// A redirect to a path of this server (303: the browser follows with GET).
    public static func redirect(_ location: String, headers: [(String, String)] = []) -> WebResponse {
        WebResponse(status: 303, headers: [("Location", location)] + headers)
    }

    /// A file to download, named for the browser.
    public static func download(_ bytes: [UInt8], type: String, name: String) -> WebResponse {
        WebResponse(status: 200, headers: [("Content-Type", type), ("Content-Disposition", "attachment; filename=\"\(name)\"")],
            body: bytes)
    }

    /// The value of a header (first match, any case).
    public func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }
}
