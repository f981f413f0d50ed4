import ArgumentParser
import Foundation
import ShopfloorStore
import ShopfloorWeb

/// `shopfloor serve`: the workbench, a local web app over a workspace, for the people around the table.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Open a workspace in the browser: browse, search, plan, record and prepare the meeting.",
        discussion: """
            Serves on 127.0.0.1 only (never on the network) and prints one link with a one-time token: open it in \
            this computer's browser. Names stay hidden until "Show names" is switched on in the page. A sealed \
            workspace's passphrase is asked here in the terminal (or read from SHOPFLOOR_PASSPHRASE), never in \
            the page. Changes made in the page are saved like the command line's (checked, locked, atomic, with \
            a .bak); a graph file is shown read-only. Stop with Ctrl-C.

            Examples:
              shopfloor serve Graphs/automotive-plant.yaml    # runs until Ctrl-C
              shopfloor init committee.shopfloor
              shopfloor serve committee.shopfloor --port 48731    # runs until Ctrl-C
            """
    )

    @Argument(help: "A workspace (.shopfloor) or a graph file (.yaml, .json, shown read-only).") var source: String
    @Option(help: "The port on 127.0.0.1 (default: a free one).") var port: Int = 0

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0–65535 (0: a free port)") }
    }

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
                    Terminal.print("Shopfloor workbench for \(workbench.path): open this link in your browser (it works once):")
                    Terminal.print(url)
                    Terminal.print("Serving on this computer only; stop with Ctrl-C.")
                }
            } catch {
                failure.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = failure.error {
            throw CLIError.input("cannot serve on 127.0.0.1:\(port): \(error); choose another --port or leave it out for a free one")
        }
    }
}

/// The error the server task ended with, read after it ended.
private final class FailureBox: @unchecked Sendable {
    var error: (any Error)?
}
