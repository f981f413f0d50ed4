import ArgumentParser
import Foundation
import ShopfloorStore
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
            ErrorOutput.fail(message: error.description, hint: nil,
                text: Terminal.fitted(Text.string("cli.error", ["message": "\(error.description)"])) + "\n",
                exitCode: error.exitCode)
        } catch let error as any UserFacingError {
            let hint = error.commandLineHint
            ErrorOutput.fail(message: error.description, hint: hint,
                text: Terminal.fitted(Text.string("cli.error", ["message": "\(error.description)"])
                    + (hint.map { "\n" + Text.string("cli.hint", ["hint": "\($0)"]) } ?? "")) + "\n",
                exitCode: 1, problems: (error as? StoreError)?.diagnostics)
        } catch {
            // A command that printed its result and then chose its exit code (`check` with a critical finding).
            if error is ExitCode { Source.printNote() }
            let code = Shopfloor.exitCode(for: error)
            if code == .validationFailure {
                let text = HelpText.fittedError(HelpWords.translated(Shopfloor.fullMessage(for: error)), width: Terminal.width)
                ErrorOutput.fail(message: HelpWords.translated(Shopfloor.message(for: error)), hint: nil,
                    text: text + "\n", exitCode: 2)
            }
            // `--help` and other clean exits print the parser's text, its usage line fitted to the terminal and
            // its frame in the chosen language.
            if code == .success, !(error is ExitCode) {
                let width = Terminal.width - HelpWords.growth
                let text = HelpWords.translated(HelpText.fitted(Shopfloor.fullMessage(for: error, columns: width), width: width))
                if !text.isEmpty { print(text) }
                exit(0)
            }
            let message = Shopfloor.message(for: error)
            if ErrorOutput.json, code != .success, !message.isEmpty {
                ErrorOutput.fail(message: message, hint: nil, text: message + "\n", exitCode: code.rawValue)
            }
            Shopfloor.exit(withError: error)
        }
    }
}
