import Foundation

/// One browser's session: its form token and whether it shows names.
struct Session: Sendable {
    /// The token every form of this session carries (CSRF).
    var csrf: String
    /// Whether this session shows people's names (off until the person switches it on).
    var revealNames = false
}

/// The one-time opening token and the sessions it opened. Not thread-safe: the workbench holds it under its lock.
struct Sessions {
    /// The name of the session cookie.
    static let cookie = "shopfloor-session"
    /// The token of the printed URL, nil once used.
    private(set) var openingToken: String?
    private var sessions: [String: Session] = [:]

    init() { openingToken = Self.randomToken() }

    /// 32 random bytes as hex (256 bits from the system's generator).
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// Opens a session for the printed token, once; any other token (or a second use) opens nothing.
    mutating func open(token: String) -> String? {
        guard let expected = openingToken, Self.same(token, expected) else { return nil }
        openingToken = nil
        let id = Self.randomToken()
        sessions[id] = Session(csrf: Self.randomToken())
        return id
    }

    /// The session a cookie names.
    func session(_ id: String?) -> Session? {
        guard let id else { return nil }
        return sessions[id]
    }

    /// Switches names on or off for a session.
    mutating func setRevealNames(_ reveal: Bool, for id: String) {
        sessions[id]?.revealNames = reveal
    }

    /// Compares two tokens in time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}
