import ShopfloorStore
import ShopfloorText

/// Why the workbench could not start or serve: the source cannot be opened, or the address cannot be bound.
public enum WebError: Error, Sendable, CustomStringConvertible {
    /// The workspace or graph file could not be opened.
    case source(StoreError)
    /// The server could not listen on the loopback address.
    case cannotListen(port: Int, reason: String)

    public var description: String {
        switch self {
        case .source(let error): "\(error)"
        case .cannotListen(let port, let reason):
            Text.string("web.cannotListen", ["port": "\(port)", "reason": "\(reason)"])
        }
    }
}
