/// What every workbench page needs besides its content: the session's form token, whether names are shown,
/// where the page is (for the names switch to come back to) and a notice to show once.
public struct PageContext: Sendable, Hashable {
    /// The session's CSRF token, put in every form.
    public var csrf: String
    /// Whether this session shows people's names.
    public var revealNames: Bool
    /// The page's path and query, where the names switch returns to.
    public var path: String
    /// The workspace or graph file shown, as given on the command line.
    public var source: String
    /// A line shown at the top of the page (after a write, say).
    public var notice: String?

    /// A context for one page.
    public init(csrf: String, revealNames: Bool, path: String, source: String, notice: String? = nil) {
        self.csrf = csrf
        self.revealNames = revealNames
        self.path = path
        self.source = source
        self.notice = notice
    }
}
