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
              shopfloor log committee.shopfloor --by mehmet-d --with ayse-k --channel gate --place ao-north \\
                --date 2026-10-02 --outcome positive --assessment 2
            """
    )

    @Argument(help: "The workspace.") var workspace: String
    @Option(help: "The person who made the contact.") var by: String
    @Option(help: "The person contacted.") var with: String
    @Option(help: "How: tie, coworker, gate, commute, pub, home, other.") var channel: String
    @Option(help: "Where (a place id).") var place: String?
    @Option(help: "When, YYYY-MM-DD (default today).") var date: String?
    @Option(help: "positive, neutral, negative or no-show.") var outcome: String
    @Option(help: "The new assessment, 0–5 (1 leader … 5 hostile).") var assessment: Int?
    @Option(help: "Notes (hidden in exports unless revealed).") var notes: String?
    @Flag(help: "Print the result as JSON.") var json = false

    func run() throws {
        let channel = try Words.parse(channel, Contact.Channel.self, option: "--channel")
        let outcome = try Words.parse(outcome, Contact.Outcome.self, option: "--outcome")
        var day = Day(daysSinceEpoch: Int(Date().timeIntervalSince1970 / 86_400))
        if let date {
            guard let parsed = Day(parsing: date) else { throw CLIError.usage("--date '\(date)' is not a date like 2026-10-02") }
            day = parsed
        }
        var newAssessment: Assessment?
        if let assessment {
            guard let a = Assessment(rawValue: assessment) else { throw CLIError.usage("--assessment \(assessment) is not within 0...5") }
            newAssessment = a
        }
        let contact = Contact(by: .init(by), with: .init(with), date: day, channel: channel, place: place.map { .init($0) },
            outcome: outcome, assessment: newAssessment, notes: notes)
        let opened = try Source.workspace(workspace)
        let graph = try opened.edit(action: "log") { (draft: inout GraphDraft) throws(StoreError) in
            draft.log(contact)
            return draft.graph
        }
        let log = graph.contacts.filter { $0.with == contact.with }
        let person = graph.person(contact.with)
        if json {
            return try JSONOutput.print(LogReport(with: with, assessment: person?.assessment.rawValue ?? 0,
                contacts: log.count, lastContact: log.map(\.date).max()?.description))
        }
        Terminal.print("Logged \(day) \(by) → \(with) (\(channel.rawValue), \(outcome.rawValue)); "
            + "\(with) now \(person?.assessment.description ?? "?"), \(log.count) contact\(log.count == 1 ? "" : "s"), "
            + "last \(log.map(\.date).max()?.description ?? "never")")
    }
}

/// The JSON form of `shopfloor log`: the person's numbers after the contact.
struct LogReport: Encodable {
    var with: String
    var assessment: Int
    var contacts: Int
    var lastContact: String?
}

/// Parsing vocabulary words given on the command line.
enum Words {
    /// A vocabulary word, or a usage error listing the valid words.
    static func parse<V: Vocabulary>(_ text: String, _ type: V.Type, option: String) throws -> V {
        guard let value = V(word: text) else {
            let near = Suggestion.nearest(to: V.normalize(text), in: V.words).map { " (did you mean '\($0)'?)" } ?? ""
            throw CLIError.usage("\(option) '\(text)' is not one of \(V.words.joined(separator: ", "))\(near)")
        }
        return value
    }
}
