import ArgumentParser
import Foundation
import ShopfloorModel
import ShopfloorStore

/// `shopfloor tie add|remove`.
struct TieCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tie", abstract: "Add or remove a tie between two people.",
        discussion: "Example:\n  shopfloor tie add committee.shopfloor p-0142 p-0143 --kind friend --strength 3",
        subcommands: [Add.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a tie (or set the strength of an existing one).",
            discussion: "Example:\n  shopfloor tie add committee.shopfloor p-0142 p-0143 --kind friend --strength 3")
        @Argument(help: "The workspace.") var workspace: String
        @Argument(help: "One person.") var a: String
        @Argument(help: "The other person.") var b: String
        @Option(help: "The kind of tie.") var kind: Tie.Kind
        @Option(help: "1 weak, 2 ordinary, 3 strong.") var strength = 2

        func validate() throws {
            guard Tie.strengthRange.contains(strength) else { throw ValidationError("--strength \(strength) is not within 1...3") }
        }

        @OptionGroup var language: LanguageOption

        func run() throws {
            try Source.workspace(workspace).edit(action: "tie add") { (draft: inout GraphDraft) throws(StoreError) in
                draft.upsert(Tie(.init(a), .init(b), kind: kind, strength: strength))
            }
            Terminal.print("Tied \(a) – \(b) (\(kind.rawValue), strength \(strength))")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove the ties between two people.",
            discussion: "Example:\n  shopfloor tie remove committee.shopfloor p-0142 p-0143 --kind friend")
        @Argument(help: "The workspace.") var workspace: String
        @Argument(help: "One person.") var a: String
        @Argument(help: "The other person.") var b: String
        @Option(help: "Only the tie of this kind (default: every kind).") var kind: Tie.Kind?

        @OptionGroup var language: LanguageOption

        func run() throws {
            let removed = try Source.workspace(workspace).edit(action: "tie remove") { (draft: inout GraphDraft) throws(StoreError) -> Int in
                let n = draft.removeTies(between: .init(a), and: .init(b), kind: kind)
                guard n > 0 else { throw .notFound(path: workspace, what: "tie", id: "\(a)–\(b)", hint: "list ties with `shopfloor export`") }
                return n
            }
            Terminal.print("Removed \(removed) tie\(removed == 1 ? "" : "s") between \(a) and \(b)")
        }
    }
}

/// `shopfloor cell add|remove`.
struct CellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cell", abstract: "Add (or replace) or remove a cell.",
        discussion: "Example:\n  shopfloor cell add committee.shopfloor ao-cell --workplace anadolu-oto --member p-0142 --member p-0144 --member p-0145",
        subcommands: [Add.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a cell, or replace the cell with that id.", discussion: """
            Example:
              shopfloor cell add committee.shopfloor ao-cell --workplace anadolu-oto --member p-0142 --member p-0144 \\
                --member p-0145 --committee p-0142 --committee p-0144 --committee p-0145
            """)
        @Argument(help: "The workspace.") var workspace: String
        @Argument(help: "The cell's id.") var id: String
        @Option(help: "The kind of cell (default: workplace when --workplace is given, else street).") var kind: Cell.Kind?
        @Option(help: "A name.") var name: String?
        @Option(help: "The workplace of a workplace cell.") var workplace: String?
        @Option(help: "The neighbourhood of a street cell.") var neighbourhood: String?
        @Option(help: "A workplace a street cell works toward (repeatable).") var target: [String] = []
        @Option(help: "A member (repeatable).") var member: [String] = []
        @Option(help: "A committee member (repeatable).") var committee: [String] = []

        @OptionGroup var language: LanguageOption

        func run() throws {
            let kind = kind ?? (workplace == nil ? .street : .workplace)
            let cell = Cell(id: .init(id), kind: kind, name: name, workplace: workplace.map { .init($0) },
                neighbourhood: neighbourhood.map { .init($0) }, targets: target.map { .init($0) },
                members: member.map { .init($0) }, committee: committee.map { .init($0) })
            try Source.workspace(workspace).edit(action: "cell add") { (draft: inout GraphDraft) throws(StoreError) in
                draft.cells[cell.id] = cell
            }
            Terminal.print("Saved \(kind.rawValue) cell \(id) with \(member.count) members")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a cell (its people stay).",
            discussion: "Example:\n  shopfloor cell remove committee.shopfloor ao-cell")
        @Argument(help: "The workspace.") var workspace: String
        @Argument(help: "The cell's id.") var id: String

        @OptionGroup var language: LanguageOption

        func run() throws {
            try Source.workspace(workspace).edit(action: "cell remove") { (draft: inout GraphDraft) throws(StoreError) in
                guard draft.cells.removeValue(forKey: .init(id)) != nil else {
                    throw missing(workspace, "cell", id, draft.cells.keys.map(\.rawValue))
                }
            }
            Terminal.print("Removed cell \(id)")
        }
    }
}

/// `shopfloor workplace add|remove`.
struct WorkplaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "workplace", abstract: "Add (or update) or remove a workplace.",
        discussion: "Example:\n  shopfloor workplace add committee.shopfloor yeni-depo --name \"Yeni Depo\" --kind depot --headcount 40",
        subcommands: [Add.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a workplace, or update the one with that id (shops and shifts kept).",
            discussion: "Example:\n  shopfloor workplace add committee.shopfloor anadolu-oto --name \"Anadolu Oto\" --kind factory --sector automotive --headcount 2400")
        @Argument(help: "The workspace.") var workspace: String
        @Argument(help: "The workplace's id.") var id: String
        @Option(help: "Its name.") var name: String?
        @Option(help: "The kind of workplace.") var kind: Workplace.Kind?
        @Option(help: "Sector, e.g. automotive.") var sector: String?
        @Option(help: "Employer.") var employer: String?
        @Option(help: "Number of workers.") var headcount: Int?
        @Option(help: "District.") var district: String?

        func validate() throws {
            if let headcount, headcount < 0 { throw ValidationError("--headcount must be 0 or more") }
        }

        @OptionGroup var language: LanguageOption

        func run() throws {
            try Source.workspace(workspace).edit(action: "workplace add") { (draft: inout GraphDraft) throws(StoreError) in
                var w = draft.workplaces[.init(id)] ?? Workplace(id: .init(id), name: name ?? id)
                if let name { w.name = name }
                if let kind { w.kind = kind }
                if let sector { w.sector = sector }
                if let employer { w.employer = employer }
                if let headcount { w.headcount = headcount }
                if let district { w.district = district }
                draft.workplaces[w.id] = w
            }
            Terminal.print("Saved workplace \(id)")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a workplace nobody refers to any more.",
            discussion: "Example:\n  shopfloor workplace remove committee.shopfloor old-depot")
        @Argument(help: "The workspace.") var workspace: String
        @Argument(help: "The workplace's id.") var id: String

        @OptionGroup var language: LanguageOption

        func run() throws {
            try Source.workspace(workspace).edit(action: "workplace remove") { (draft: inout GraphDraft) throws(StoreError) in
                let wid = Workplace.ID(id)
                guard draft.workplaces[wid] != nil else {
                    throw missing(workspace, "workplace", id, draft.workplaces.keys.map(\.rawValue))
                }
                // Name what still refers to the workplace in one line, rather than one problem per reference.
                let people = draft.people.values.filter { $0.workplace == wid }.count
                let cells = draft.cells.values.filter { $0.workplace == wid || $0.targets.contains(wid) }.count
                let places = draft.places.values.filter { $0.workplace == wid }.count
                let refs = [(people, "people"), (cells, "cells"), (places, "gates")].filter { $0.0 > 0 }
                guard refs.isEmpty else {
                    throw .rejected(path: workspace, action: "workplace remove", diagnostics: [Diagnostic(file: workspace,
                        id: id, message: "still referred to by " + refs.map { "\($0.0) \($0.1)" }.joined(separator: ", "),
                        hint: "move or remove them first (`shopfloor person update … --workplace`, `shopfloor cell remove …`)")])
                }
                draft.workplaces[wid] = nil
            }
            Terminal.print("Removed workplace \(id)")
        }
    }
}
