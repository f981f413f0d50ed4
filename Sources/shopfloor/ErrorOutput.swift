import ArgumentParser
import Foundation
import ShopfloorStore

/// How a failed command tells the person (or the script) what went wrong: text on standard error, or, when the
/// command was called with `--json`, one JSON object on standard error so that a script reading JSON never has
/// to parse prose: `{"error": {"exitCode": 1, "message": "…", "hint": "…", "problems": [...]}}`.
enum ErrorOutput {
    /// Whether the command line asked for JSON (`--json` anywhere before a `--`).
    static let json: Bool = CommandLine.arguments.dropFirst().prefix { $0 != "--" }.contains("--json")

    /// The JSON form of an error.
    struct Report: Encodable {
        struct Body: Encodable {
            var exitCode: Int32
            var message: String
            var hint: String?
            /// Each problem of an invalid file (file, line, column, field, id, message, hint).
            var problems: [Diagnostic]?
        }
        var error: Body
    }

    /// Writes the error and ends the process with `exitCode`. `text` is the plain form (already prefixed).
    static func fail(message: String, hint: String?, text: String, exitCode code: Int32,
        problems: [Diagnostic]? = nil) -> Never {
        if json, let data = try? JSONOutput.encoder().encode(Report(error: .init(exitCode: code, message: message,
            hint: hint, problems: problems?.isEmpty == false ? problems : nil))) {
            Terminal.standardError.write(String(decoding: data, as: UTF8.self) + "\n")
        } else {
            Terminal.standardError.write(text)
        }
        exit(code)
    }
}
