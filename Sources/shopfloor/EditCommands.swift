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
            try Source.workspace(workspace).edit(action: "person add") { (draft: inout GraphDraft) throws(StoreError) in
                try draft.addPerson(.init(id), fields.change, path: workspace)
            }
            Terminal.print("Added \(id)")
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Text.string("cmd.edit.person.Update.abstract"), discussion: Text.string("cmd.edit.person.Update.discussion"))
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.workspace"))) var workspace: String
        @Argument(help: ArgumentHelp(Text.string("opt.edit.Update.id"))) var id: String
        @OptionGroup var fields: Fields

        @OptionGroup var language: LanguageOption

        func run() throws {
            try Source.workspace(workspace).edit(action: "person update") { (draft: inout GraphDraft) throws(StoreError) in
                try draft.updatePerson(.init(id), fields.change, path: workspace)
            }
            Terminal.print("Updated \(id)")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a person, their ties, cell seats and contact-log entries.",
            discussion: """
                A removal that would drop contact-log entries says how many and changes nothing unless --yes is \
                given. `shopfloor undo` brings the person back with everything removed.

                Examples:
                  shopfloor init committee.shopfloor
                  shopfloor import committee.shopfloor Graphs/automotive-plant.yaml
                  shopfloor person remove committee.shopfloor p-1008 --yes
                """)
        @Argument(help: "The workspace.") var workspace: String
        @Argument(help: "The person's id.") var id: String
        @Flag(help: "Remove the person even though contact-log entries go with them.") var yes = false

        @OptionGroup var language: LanguageOption

        func run() throws {
            let entries = try Source.workspace(workspace).edit(action: "person remove \(id)") { draft in
                guard draft.people[.init(id)] != nil else { throw missing(workspace, "person", id, draft.people.keys.map(\.rawValue)) }
                let dropped = draft.contacts.count { $0.by.rawValue == id || $0.with.rawValue == id }
                guard dropped == 0 || yes else {
                    throw CLIError.input("\(workspace): removing '\(id)' drops \(dropped) contact-log entr\(dropped == 1 ? "y" : "ies") "
                        + "(the log cannot name someone who no longer exists); nothing was changed. "
                        + "Run again with --yes to remove them too (`shopfloor undo` brings them back)")
                }
                return draft.removePerson(.init(id))
            }
            Terminal.print("Removed \(id)" + (entries > 0 ? " and \(entries) contact-log entr\(entries == 1 ? "y" : "ies")" : ""))
        }
    }
}

/// A "no such record" error with the nearest id as a hint.
func missing(_ workspace: String, _ what: String, _ id: String, _ ids: [String]) -> StoreError {
    .missing(path: workspace, what: what, id: id, among: ids)
}
