import ArgumentParser
import ShopfloorText
import Foundation
import ShopfloorModel
import ShopfloorStore

/// `shopfloor log`: records a contact in a workspace and updates the person's assessment.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: Text.string("cmd.log.log.abstract"),
        discussion: Text.string("log.discussion", ["channels": "\(Contact.Channel.words.joined(separator: ", "))",
            "outcomes": "\(Contact.Outcome.words.joined(separator: ", "))"])
    )

    @Argument(help: ArgumentHelp(Text.string("opt.editrecords.workspace"))) var workspace: String
    @Option(help: ArgumentHelp(Text.string("opt.log.by"))) var by: String
    @Option(help: ArgumentHelp(Text.string("opt.log.with"))) var with: String
    @Option(help: ArgumentHelp(Text.string("opt.log.channel"))) var channel: Contact.Channel
    @Option(help: ArgumentHelp(Text.string("opt.log.place"))) var place: String?
    @Option(help: ArgumentHelp(Text.string("opt.log.date"))) var date: Day?
    @Option(help: ArgumentHelp(Text.string("opt.log.outcome"))) var outcome: Contact.Outcome
    @Option(help: ArgumentHelp(Text.string("opt.log.assessment"))) var assessment: Assessment?
    @Option(help: ArgumentHelp(Text.string("opt.edit.notes"))) var notes: String?
    @Flag(help: ArgumentHelp(Text.string("opt.log.json"))) var json = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let day = date ?? .today
        let contact = Contact(by: .init(by), with: .init(with), date: day, channel: channel, place: place.map { .init($0) },
            outcome: outcome, assessment: assessment, notes: notes)
        // One contact is a few rows: they are checked on their own and appended to the workspace's journal; an
        // encrypted workspace checks them against its index without decrypting the image, when it can.
        let logged = try Source.smallEdit(workspace, appended: { passphrase in
            try Workspace.appendLog(contact, at: workspace, passphrase: passphrase).map { ($0.settings, $0.logged) }
        }, whole: { try $0.log(contact) })
        if json {
            return try JSONOutput.print(LogReport(with: with, assessment: logged.assessment.rawValue,
                contacts: logged.contacts, lastContact: logged.lastContact?.description))
        }
        Terminal.say(Text.plural("log.logged", count: logged.contacts, ["day": .date(year: day.year, month: day.month, day: day.day),
            "by": "\(by)", "with": "\(with)", "channel": "\(channel.label)", "outcome": "\(outcome.label)",
            "assessment": "\(logged.assessment.label)",
            "last": logged.lastContact.map { .date(year: $0.year, month: $0.month, day: $0.day) } ?? "\(Text.string("report.table.never"))"]))
    }
}

/// The JSON form of `shopfloor log`: the person's numbers after the contact.
struct LogReport: Encodable {
    var with: String
    var assessment: Int
    var contacts: Int
    var lastContact: String?
}
