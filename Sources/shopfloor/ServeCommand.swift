import ArgumentParser
import ShopfloorText
import Foundation
import ShopfloorStore
import ShopfloorWeb

/// `shopfloor serve`: the workbench, a local web app over a workspace, for the people around the table.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: Text.string("serve.Serve.abstract"),
        discussion: Text.string("serve.Serve.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("opt.serve.source"))) var source: String
    @Option(help: ArgumentHelp(Text.string("opt.serve.port"))) var port: Int = 0

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError(Text.string("serve.port")) }
    }

    @OptionGroup var language: LanguageOption

    func run() throws {
        let workbench: Workbench
        do {
            workbench = try Workbench(path: source, passphrase: nil)
        } catch WebError.source(.passphraseRequired) {
            workbench = try Workbench(path: source, passphrase: try Passphrase.existing(for: source))
        } catch WebError.source(let error) {
            throw error
        }
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        let port = port
        Task.detached {
            do {
                try await WorkbenchServer.run(workbench, port: port) { url in
                    Terminal.say(Text.string("serve.open", ["path": "\(workbench.path)"]))
                    Terminal.print(url)
                    Terminal.say(Text.string("serve.serving"))
                }
            } catch {
                failure.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = failure.error {
            throw CLIError.input(Text.string("serve.cannot", ["port": "\(port)", "error": "\(error)"]))
        }
    }
}

/// The error the server task ended with, read after it ended.
private final class FailureBox: @unchecked Sendable {
    var error: (any Error)?
}
