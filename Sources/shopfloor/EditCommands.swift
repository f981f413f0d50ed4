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

        func apply(to person: inout Person, graph: GraphDraft) throws {
            if let name { person.name = name }
            if let shop {
                person.shop = .init(shop)
                if workplace == nil, let owner = graph.workplaces.values.first(where: { $0.shops.contains { $0.id.rawValue == shop } }) {
                    person.workplace = owner.id
                }
            }
            if let workplace { person.workplace = .init(workplace) }
            if let shift { person.shift = .init(shift) }
            if let home { person.home = .init(home) }
            if let role { person.role = role }
            if let affiliation { person.affiliation = affiliation }
            if let assessment { person.assessment = assessment }
            if let notes { person.notes = notes }
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

        @OptionGroup var language: LanguageOption

        func run() throws {
            try Source.workspace(workspace).edit(action: "person add") { draft in
                guard draft.people[.init(id)] == nil else {
                    throw CLIError.input("\(workspace): a person with id '\(id)' exists already; use `shopfloor person update`")
                }
                var person = Person(id: .init(id), name: fields.name ?? "")
                try fields.apply(to: &person, graph: draft)
                draft.people[person.id] = person
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

        @OptionGroup var language: LanguageOption

        func run() throws {
            try Source.workspace(workspace).edit(action: "person update") { draft in
                guard var person = draft.people[.init(id)] else { throw missing(workspace, "person", id, draft.people.keys.map(\.rawValue)) }
                try fields.apply(to: &person, graph: draft)
                draft.people[person.id] = person
            }
            Terminal.print("Updated \(id)")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a person, their ties, cell seats and contact-log entries.",
            discussion: "Example:\n  shopfloor person remove committee.shopfloor p-0142")
        @Argument(help: "The workspace.") var workspace: String
        @Argument(help: "The person's id.") var id: String

        @OptionGroup var language: LanguageOption

        func run() throws {
            let entries = try Source.workspace(workspace).edit(action: "person remove") { draft in
                guard draft.people[.init(id)] != nil else { throw missing(workspace, "person", id, draft.people.keys.map(\.rawValue)) }
                return draft.removePerson(.init(id))
            }
            Terminal.print("Removed \(id)" + (entries > 0 ? " and \(entries) contact-log entr\(entries == 1 ? "y" : "ies")" : ""))
        }
    }
}

/// A "no such record" error with the nearest id as a hint.
func missing(_ workspace: String, _ what: String, _ id: String, _ ids: [String]) -> StoreError {
    .notFound(path: workspace, what: what, id: id, hint: Suggestion.hint(for: id, among: ids, noun: what))
}
