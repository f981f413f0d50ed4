import ArgumentParser
import Foundation
import ShopfloorModel
import ShopfloorStore

/// `shopfloor person add|update|remove`: edits people in a workspace.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Add, update or remove a person in a workspace.",
        discussion: """
            Every edit is checked like an import (ids, references, ranges); a refused edit changes nothing.

            Examples:
              shopfloor person add committee.shopfloor p-0151 --name "Gül Aydın" --shop km-dokum --assessment 2
              shopfloor person update committee.shopfloor p-0151 --assessment 1
              shopfloor person remove committee.shopfloor p-0151
            """,
        subcommands: [Add.self, Update.self, Remove.self]
    )

    /// The fields of a person that can be set from the command line.
    struct Fields: ParsableArguments {
        @Option(help: "The person's name (hidden in exports unless revealed).") var name: String?
        @Option(help: "Workplace id.") var workplace: String?
        @Option(help: "Shop id (implies its workplace).") var shop: String?
        @Option(help: "Shift id.") var shift: String?
        @Option(help: "Home neighbourhood (a place id).") var home: String?
        @Option(help: "The role at work.") var role: Role?
        @Option(help: "The political colouring.") var affiliation: Affiliation?
        @Option(help: "0 not assessed, 1 leader … 5 hostile.") var assessment: Assessment?
        @Option(help: "Notes (hidden in exports unless revealed).") var notes: String?

        /// The change these options make (the workbench's person form makes the same).
        var change: PersonChange {
            PersonChange(name: name, workplace: workplace, shop: shop, shift: shift, home: home, role: role,
                affiliation: affiliation, assessment: assessment, notes: notes)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a person.", discussion: """
            Example:
              shopfloor person add committee.shopfloor p-0142 --name "Ayşe Kaya" --shop ao-body --shift ao-a --assessment 2
            """)
        @Argument(help: "The workspace.") var workspace: String
        @Argument(help: "The new person's id: a code such as p-0142, never a name or initials (plans and findings print ids).") var id: String
        @OptionGroup var fields: Fields

        func run() throws {
            try Source.workspace(workspace).edit(action: "person add") { (draft: inout GraphDraft) throws(StoreError) in
                try draft.addPerson(.init(id), fields.change, path: workspace)
            }
            Terminal.print("Added \(id)")
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change fields of a person.", discussion: """
            Example:
              shopfloor person update committee.shopfloor p-0142 --assessment 1 --affiliation member
            """)
        @Argument(help: "The workspace.") var workspace: String
        @Argument(help: "The person's id.") var id: String
        @OptionGroup var fields: Fields

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

                Example:
                  shopfloor person remove committee.shopfloor p-0142 --yes
                """)
        @Argument(help: "The workspace.") var workspace: String
        @Argument(help: "The person's id.") var id: String
        @Flag(help: "Remove the person even though contact-log entries go with them.") var yes = false

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
