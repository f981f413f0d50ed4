import ArgumentParser
import Foundation
import ShopfloorText

/// Runs the command line and turns every error into a message and a meaningful exit code.
///
/// Exit codes: 0 success, 1 invalid input or a failed operation, 2 a usage error (unknown flag, missing
/// argument, bad option value).
@main
enum Main {
    static func main() {
        LanguageOption.chooseAtStartup(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)
        do {
            var command = try Shopfloor.parseAsRoot()
            try command.run()
            Source.printNote()
        } catch let error as CLIError {
            Terminal.standardError.write(Text.string("cli.error", ["message": "\(error.description)"]) + "\n")
            exit(error.exitCode)
        } catch let error as any UserFacingError {
            Terminal.standardError.write(Text.string("cli.error", ["message": "\(error.description)"]) + "\n"
                + (error.commandLineHint.map { Text.string("cli.hint", ["hint": "\($0)"]) + "\n" } ?? ""))
            exit(1)
        } catch {
            // A command that printed its result and then chose its exit code (`check` with a critical finding).
            if error is ExitCode { Source.printNote() }
            let code = Shopfloor.exitCode(for: error)
            if code == .validationFailure {
                Terminal.standardError.write(HelpWords.translated(Shopfloor.fullMessage(for: error)) + "\n")
                exit(2)
            }
            // `--help` and other clean exits print the parser's text: its frame in the chosen language too.
            if code == .success, !(error is ExitCode) {
                let text = HelpWords.translated(Shopfloor.fullMessage(for: error))
                if !text.isEmpty { print(text) }
                exit(0)
            }
            Shopfloor.exit(withError: error)
        }
    }
}
