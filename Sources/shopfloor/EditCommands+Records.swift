import ArgumentParser
import ShopfloorText
import Foundation
import ShopfloorModel
import ShopfloorStore

/// `shopfloor tie add|remove`.
struct TieCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tie", abstract: Text.string("cmd.editrecords.tie.abstract"),
        discussion: Text.string("cmd.editrecords.tie.discussion"),
        subcommands: [Add.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Text.string("cmd.editrecords.tie.Add.abstract"),
            discussion: Text.string("cmd.editrecords.tie.discussion"))
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.workspace"))) var workspace: String
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.a"))) var a: String
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.b"))) var b: String
        @Option(help: ArgumentHelp(Text.string("opt.editrecords.kind"))) var kind: Tie.Kind
        @Option(help: ArgumentHelp(Text.string("opt.editrecords.strength"))) var strength = 2

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
        static let configuration = CommandConfiguration(abstract: Text.string("cmd.editrecords.tie.Remove.abstract"),
            discussion: Text.string("cmd.editrecords.tie.Remove.discussion"))
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.workspace"))) var workspace: String
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.a"))) var a: String
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.b"))) var b: String
        @Option(help: ArgumentHelp(Text.string("opt.editrecords.Remove.kind"))) var kind: Tie.Kind?

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

/// `shopfloor cell add|remove|key`.
struct CellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cell", abstract: "Add (or replace) or remove a cell.",
        discussion: """
            Examples:
              shopfloor init committee.shopfloor
              shopfloor import committee.shopfloor Graphs/automotive-plant.yaml
              shopfloor cell add committee.shopfloor km-press --workplace korfez-motor \\
                --member p-1001 --member p-1002 --member p-1008 \\
                --committee p-1001 --committee p-1002 --committee p-1008
              shopfloor cell remove committee.shopfloor km-press
            """,
        subcommands: [Add.self, Remove.self, Key.self])

    struct Key: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Store a cell's public key (or show the stored one's words).",
            discussion: """
                Check the six words with the cell before storing its key: bundles out are encrypted to it and \
                bundles back must be signed with it.

                Examples:
                  shopfloor init committee.shopfloor
                  shopfloor import committee.shopfloor Graphs/automotive-plant.yaml
                  SHOPFLOOR_KEY_PASSPHRASE=key-pass-1 shopfloor keys new arapcesme
                  shopfloor cell key committee.shopfloor arapcesme-street --set arapcesme.pub
                """)
        @Argument(help: "The committee's workspace.") var workspace: String
        @Argument(help: "The cell's id.") var id: String
        @Option(help: "The cell's public key file (.pub), made by `shopfloor keys new`.") var set: String?

        func run() throws {
            if let set {
                let key = try PublicKey.load(path: set)
                try Source.workspace(workspace).setCellKey(.init(id), to: key)
                return Terminal.print("Stored cell \(id)'s key: \(key.fingerprint)")
            }
            guard Workspace.isWorkspace(path: workspace) else { throw CLIError.input("\(workspace): not a workspace") }
            let opened = try Workspace.open(at: workspace, passphrase: { () throws(StoreError) in try Passphrase.existing(for: workspace) })
            guard let key = try opened.knownKey(id) else {
                throw CLIError.input("\(workspace): no key stored for cell '\(id)'; store one with --set FILE.pub")
            }
            Terminal.print(key.fingerprint)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Text.string("cmd.editrecords.cell.Add.abstract"), discussion: Text.string("cmd.editrecords.cell.Add.discussion"))
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.workspace"))) var workspace: String
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.id"))) var id: String
        @Option(help: ArgumentHelp(Text.string("opt.editrecords.Add.kind"))) var kind: Cell.Kind?
        @Option(help: ArgumentHelp(Text.string("opt.editrecords.name"))) var name: String?
        @Option(help: ArgumentHelp(Text.string("opt.editrecords.workplace"))) var workplace: String?
        @Option(help: ArgumentHelp(Text.string("opt.editrecords.neighbourhood"))) var neighbourhood: String?
        @Option(help: ArgumentHelp(Text.string("opt.editrecords.target"))) var target: [String] = []
        @Option(help: ArgumentHelp(Text.string("opt.editrecords.member"))) var member: [String] = []
        @Option(help: ArgumentHelp(Text.string("opt.editrecords.committee"))) var committee: [String] = []

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
        static let configuration = CommandConfiguration(abstract: Text.string("cmd.editrecords.cell.Remove.abstract"),
            discussion: Text.string("cmd.editrecords.cell.Remove.discussion"))
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.workspace"))) var workspace: String
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.id"))) var id: String

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
    static let configuration = CommandConfiguration(commandName: "workplace", abstract: Text.string("cmd.editrecords.workplace.abstract"),
        discussion: Text.string("cmd.editrecords.workplace.discussion"),
        subcommands: [Add.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Text.string("cmd.editrecords.workplace.Add.abstract"),
            discussion: Text.string("cmd.editrecords.workplace.Add.discussion"))
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.workspace"))) var workspace: String
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.Add.id"))) var id: String
        @Option(help: ArgumentHelp(Text.string("opt.editrecords.Add.name"))) var name: String?
        @Option(help: ArgumentHelp(Text.string("opt.editrecords.Add.kindX"))) var kind: Workplace.Kind?
        @Option(help: ArgumentHelp(Text.string("opt.editrecords.sector"))) var sector: String?
        @Option(help: ArgumentHelp(Text.string("opt.editrecords.employer"))) var employer: String?
        @Option(help: ArgumentHelp(Text.string("opt.editrecords.headcount"))) var headcount: Int?
        @Option(help: ArgumentHelp(Text.string("opt.editrecords.district"))) var district: String?

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
        static let configuration = CommandConfiguration(abstract: Text.string("cmd.editrecords.workplace.Remove.abstract"),
            discussion: Text.string("cmd.editrecords.workplace.Remove.discussion"))
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.workspace"))) var workspace: String
        @Argument(help: ArgumentHelp(Text.string("opt.editrecords.Add.id"))) var id: String

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
