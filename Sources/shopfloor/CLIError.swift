/// An error of the command line itself: bad flag values, ids that name nothing, files that cannot be written.
struct CLIError: Error, CustomStringConvertible {
    /// What went wrong, in plain words, ending with what to do.
    var description: String
    /// 1 for bad input or a failed operation, 2 for a usage error.
    var exitCode: Int32

    /// A problem with the input (a file, an id): exit code 1.
    static func input(_ message: String) -> CLIError { CLIError(description: message, exitCode: 1) }

    /// A problem with how the command was called: exit code 2.
    static func usage(_ message: String) -> CLIError { CLIError(description: message, exitCode: 2) }
}
