import ShopfloorModel

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
    /// An output path is an input of the same command (the file itself, its `.bak` or its lock, links resolved):
    /// writing there would replace the input, so nothing was written.
    case outputIsInput(path: String, input: String, what: String)
    /// The file is neither a plain nor a sealed workspace.
    case notAWorkspace(path: String, reason: String)
    /// A workspace's bytes or tables are damaged.
    case corruptWorkspace(path: String, reason: String)
    /// `init` was asked to create a workspace where a file already is.
    case alreadyExists(path: String)
    /// The passphrase does not open the sealed workspace, or a byte of it was changed.
    case wrongPassphrase(path: String)
    /// A sealed workspace needs a passphrase and none could be asked for.
    case passphraseRequired(path: String)
    /// Another Shopfloor process is writing the workspace.
    case locked(path: String)
    /// SQLite reported an error.
    case database(path: String, reason: String)
    /// An import or edit would break the graph; every problem is listed and nothing was changed.
    case rejected(path: String, action: String, diagnostics: [Diagnostic])
    /// An edit names a record that does not exist.
    case notFound(path: String, what: String, id: String, hint: String?)
    /// `undo` cannot revert the last change; nothing was changed.
    case undoRefused(path: String, reason: String)
    /// A key file, a bundle or a merge was refused; nothing was changed.
    case bundleRefused(path: String, reason: String)

    public var description: String {
        // Paths, reasons and ids may echo what a file or a user gave: no control character reaches a terminal.
        message.echoed(keepingLineBreaks: true)
    }

    private var message: String {
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
        case .outputIsInput(let path, let input, let what):
            return "\(path): this is \(what) the input '\(input)'; writing there would replace it, so nothing was "
                + "written (choose another output path)"
        case .notAWorkspace(let path, let reason):
            return "\(path): not a Shopfloor workspace: \(reason) (create one with `shopfloor init \(path)`)"
        case .corruptWorkspace(let path, let reason):
            return "\(path): the workspace is damaged: \(reason); nothing was changed "
                + "(the previous version is kept as '\(path).bak': copy it over the workspace to restore it)"
        case .alreadyExists(let path):
            return "\(path): a file is already there; choose another name or remove it first"
        case .wrongPassphrase(let path):
            return "\(path): wrong passphrase, or the file was altered; nothing was changed "
                + "(check SHOPFLOOR_PASSPHRASE, or restore '\(path).bak' if the file was damaged)"
        case .passphraseRequired(let path):
            return "\(path): the workspace is encrypted; set SHOPFLOOR_PASSPHRASE or run from a terminal to be asked"
        case .locked(let path):
            return "\(path): another shopfloor command is writing this workspace; wait for it to finish and retry"
        case .database(let path, let reason):
            return "\(path): database error: \(reason); nothing was changed"
        case .rejected(let path, let action, let diagnostics):
            let count = diagnostics.count
            let head = "\(path): \(action) refused, \(count) problem\(count == 1 ? "" : "s"); nothing was changed"
            return ([head] + diagnostics.map(\.description)).joined(separator: "\n")
        case .notFound(let path, let what, let id, let hint):
            return "\(path): no \(what) with id '\(id)'" + (hint.map { " (\($0))" } ?? "")
        case .undoRefused(let path, let reason):
            return "\(path): nothing undone: \(reason)"
        case .bundleRefused(let path, let reason):
            return "\(path): refused: \(reason); nothing was changed"
        }
    }

    /// The diagnostics an invalid file produced, or an empty list for other errors.
    public var diagnostics: [Diagnostic] {
        if case .invalid(_, let diagnostics) = self { return diagnostics }
        if case .rejected(_, _, let diagnostics) = self { return diagnostics }
        return []
    }
}
