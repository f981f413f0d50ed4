import ArgumentParser
import ShopfloorText
import Foundation
import ShopfloorModel
import ShopfloorStore

/// `shopfloor person add|update|remove`: edits people in a workspace.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: Text.string("cmd.edit.person.abstract"),
        discussion: Text.string("cmd.edit.person.discussion"),
        subcommands: [Add.self, Update.self, Remove.self]
    )

    /// The fields of a person that can be set from the command line.
    struct Fields: ParsableArguments {
        @Option(help: ArgumentHelp(Text.string("opt.edit.name"))) var name: String?
        @Option(help: ArgumentHelp(Text.string("opt.edit.workplace"))) var workplace: String?
        @Option(help: ArgumentHelp(Text.string("opt.edit.shop"))) var shop: String?
        @Option(help: ArgumentHelp(Text.string("opt.edit.shift"))) var shift: String?
        @Option(help: ArgumentHelp(Text.string("opt.edit.home"))) var home: String?
        @Option(help: ArgumentHelp(Text.string("opt.edit.role"))) var role: Role?
        @Option(help: ArgumentHelp(Text.string("opt.edit.affiliation"))) var affiliation: Affiliation?
        @Option(help: ArgumentHelp(Text.string("opt.edit.assessment"))) var assessment: Assessment?
        @Option(help: ArgumentHelp(Text.string("opt.edit.notes"))) var notes: String?

        /// The change these options make (the workbench's person form makes the same).
        var change: PersonChange {
            PersonChange(name: name, workplace: workplace, shop: shop, shift: shift, home: home, role: role,
                affiliation: affiliation, assessment: assessment, notes: notes)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Text.string("cmd.edit.person.Add.abstract"), discussion: Text.string("cmd.edit.person.Add.discussion"))
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.workspace"))) var workspace: String
        @Argument(help: ArgumentHelp(Text.string("opt.edit.id"))) var id: String
        @OptionGroup var fields: Fields

        @OptionGroup var language: LanguageOption

        func run() throws {
            // A few rows, checked by lookups (the whole graph only when a rule is broken, to name the problem); an
            // encrypted workspace checks them against its index without decrypting the image, when it can.
            try Source.smallEdit(workspace, appended: { passphrase in
                try Workspace.appendPersonAdd(.init(id), fields.change, at: workspace, passphrase: passphrase).map { ($0, ()) }
            }, whole: { try $0.addPerson(.init(id), fields.change) })
            Terminal.say(Text.string("person.added", ["id": "\(id)"]))
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Text.string("cmd.edit.person.Update.abstract"), discussion: Text.string("cmd.edit.person.Update.discussion"))
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.workspace"))) var workspace: String
        @Argument(help: ArgumentHelp(Text.string("opt.edit.Update.id"))) var id: String
        @OptionGroup var fields: Fields

        @OptionGroup var language: LanguageOption

        func run() throws {
            // As `person add`: an encrypted workspace checks the change against its index, the image left sealed.
            try Source.smallEdit(workspace, appended: { passphrase in
                try Workspace.appendPersonUpdate(.init(id), fields.change, at: workspace, passphrase: passphrase).map { ($0, ()) }
            }, whole: { try $0.updatePerson(.init(id), fields.change) })
            Terminal.say(Text.string("person.updated", ["id": "\(id)"]))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Text.string("edit.Remove.abstract"),
            discussion: Text.string("edit.Remove.discussion"))
        @Argument(help: ArgumentHelp(Text.string("opt.edit.workspace"))) var workspace: String
        @Argument(help: ArgumentHelp(Text.string("opt.edit.id2"))) var id: String
        @Flag(help: ArgumentHelp(Text.string("opt.edit.yes"))) var yes = false

        @OptionGroup var language: LanguageOption

        func run() throws {
            let entries = try Source.workspace(workspace).edit(action: "person remove \(id)") { draft in
                guard draft.people[.init(id)] != nil else { throw missing(workspace, "person", id, draft.people.keys.map(\.rawValue)) }
                let dropped = draft.contacts.count { $0.by.rawValue == id || $0.with.rawValue == id }
                guard dropped == 0 || yes else {
                    throw CLIError.input(Text.plural("person.remove.drops", count: dropped, ["path": "\(workspace)", "id": "\(id)"]))
                }
                return draft.removePerson(.init(id))
            }
            Terminal.print(entries > 0 ? Text.plural("person.removedWithLog", count: entries, ["id": "\(id)"])
                : Text.string("person.removed", ["id": "\(id)"]))
        }
    }
}

/// A "no such record" error with the nearest id as a hint.
func missing(_ workspace: String, _ what: String, _ id: String, _ ids: [String]) -> StoreError {
    .missing(path: workspace, what: what, id: id, among: ids)
}
