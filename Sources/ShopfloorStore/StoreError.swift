/// Everything that can go wrong reading or writing the user's files.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The file exists but cannot be read or decoded.
    case unreadable(path: String, reason: String)
    /// The file's extension names no format Shopfloor reads.
    case unsupportedFormat(path: String, hint: String)
    /// The file was read but its content is invalid; every problem found is listed.
    case invalid(path: String, diagnostics: [Diagnostic])
    /// Writing a file failed; nothing was left half-written.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): no such file (check the path, or run `ls` to see what is there)"
        case .unreadable(let path, let reason):
            return "\(path): cannot read the file: \(reason)"
        case .unsupportedFormat(let path, let hint):
            return "\(path): unsupported file type (\(hint))"
        case .invalid(let path, let diagnostics):
            let count = diagnostics.count
            let head = "\(path): \(count) error\(count == 1 ? "" : "s"); nothing was loaded"
            return ([head] + diagnostics.map(\.description)).joined(separator: "\n")
        case .writeFailed(let path, let reason):
            return "\(path): cannot write the file: \(reason); the previous version, if any, is unchanged"
        }
    }

    /// The diagnostics an invalid file produced, or an empty list for other errors.
    public var diagnostics: [Diagnostic] {
        if case .invalid(_, let diagnostics) = self { return diagnostics }
        return []
    }
}
