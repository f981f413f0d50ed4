import ArgumentParser
import Foundation
import ShopfloorModel
import ShopfloorStore

/// `shopfloor log`: records a contact in a workspace and updates the person's assessment.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Record a contact: who met whom, how, where, when, the outcome and the new assessment.",
        discussion: """
            Channels: \(Contact.Channel.words.joined(separator: ", ")). Outcomes: \(Contact.Outcome.words.joined(separator: ", ")).
            The date defaults to today. With --assessment the person's assessment becomes that number.

            Example:
              shopfloor log committee.shopfloor --by p-0146 --with p-0142 --channel gate --place ao-north \\
                --date 2026-10-02 --outcome positive --assessment 2
            """
    )

    @Argument(help: "The workspace.") var workspace: String
    @Option(help: "The person who made the contact.") var by: String
    @Option(help: "The person contacted.") var with: String
    @Option(help: "How they met.") var channel: Contact.Channel
    @Option(help: "Where (a place id).") var place: String?
    @Option(help: "When, YYYY-MM-DD (default today).") var date: Day?
    @Option(help: "How it went.") var outcome: Contact.Outcome
    @Option(help: "The new assessment, 0–5 (1 leader … 5 hostile).") var assessment: Assessment?
    @Option(help: "Notes (hidden in exports unless revealed).") var notes: String?
    @Flag(help: "Print the result as JSON.") var json = false

    func run() throws {
        let day = date ?? .today
        let contact = Contact(by: .init(by), with: .init(with), date: day, channel: channel, place: place.map { .init($0) },
            outcome: outcome, assessment: assessment, notes: notes)
        // One contact is a few rows: they are checked on their own and appended to the workspace's journal.
        let logged = try Source.workspace(workspace, verifying: false).log(contact)
        if json {
            return try JSONOutput.print(LogReport(with: with, assessment: logged.assessment.rawValue,
                contacts: logged.contacts, lastContact: logged.lastContact?.description))
        }
        Terminal.print("Logged \(day) \(by) → \(with) (\(channel.rawValue), \(outcome.rawValue)); "
            + "\(with) now \(logged.assessment.description), \(logged.contacts) contact\(logged.contacts == 1 ? "" : "s"), "
            + "last \(logged.lastContact?.description ?? "never")")
    }
}

/// The JSON form of `shopfloor log`: the person's numbers after the contact.
struct LogReport: Encodable {
    var with: String
    var assessment: Int
    var contacts: Int
    var lastContact: String?
}
