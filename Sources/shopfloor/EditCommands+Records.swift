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
            guard Tie.strengthRange.contains(strength) else { throw ValidationError(Text.string("tie.strengthRange", ["strength": .integer(strength)])) }
        }

        @OptionGroup var language: LanguageOption

        func run() throws {
            // As `person add`: an encrypted workspace checks the tie against its index, the image left sealed.
            let tie = Tie(.init(a), .init(b), kind: kind, strength: strength)
            try Source.smallEdit(workspace, appended: { passphrase in
                try Workspace.appendTieAdd(tie, at: workspace, passphrase: passphrase).map { ($0, ()) }
            }, whole: { try $0.addTie(tie) })
            Terminal.say(Text.string("tie.added", ["a": "\(a)", "b": "\(b)", "kind": "\(kind.label)", "strength": .integer(strength)]))
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
                guard n > 0 else { throw .notFound(path: workspace, what: "tie", id: "\(a)–\(b)", hint: Text.string("tie.listHint")) }
                return n
            }
            Terminal.say(Text.plural("tie.removed", count: removed, ["a": "\(a)", "b": "\(b)"]))
        }
    }
}

/// `shopfloor cell add|remove|key`.
struct CellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cell", abstract: Text.string("editCommands.Records.Cell.abstract"),
        discussion: Text.string("cell.Cell.discussion"),
        subcommands: [Add.self, Remove.self, Key.self])

    struct Key: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Text.string("editCommands.Records.Key.abstract"),
            discussion: Text.string("editCommands.Records.Key.discussion"))
        @Argument(help: ArgumentHelp(Text.string("opt.editCommands.Records.workspace"))) var workspace: String
        @Argument(help: ArgumentHelp(Text.string("opt.editCommands.Records.id"))) var id: String
        @Option(help: ArgumentHelp(Text.string("opt.editCommands.Records.set"))) var set: String?

        @OptionGroup var language: LanguageOption

        func run() throws {
            if let set {
                let key = try PublicKey.load(path: set)
                try Source.workspace(workspace).setCellKey(.init(id), to: key)
                return Terminal.say(Text.string("cell.key.stored", ["id": "\(id)", "words": "\(key.fingerprint)"]))
            }
            guard Workspace.isWorkspace(path: workspace) else { throw CLIError.input(Text.string("cli.notAWorkspace", ["path": "\(workspace)"])) }
            let opened = try Workspace.open(at: workspace, passphrase: { () throws(StoreError) in try Passphrase.existing(for: workspace) })
            guard let key = try opened.knownKey(id) else {
                throw CLIError.input(Text.string("cell.key.none", ["path": "\(workspace)", "id": "\(id)"]))
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
            Terminal.say(Text.plural("cell.saved", count: member.count, ["kind": "\(kind.label)", "id": "\(id)"]))
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
            Terminal.say(Text.string("cell.removed", ["id": "\(id)"]))
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
            if let headcount, headcount < 0 { throw ValidationError(Text.string("workplace.headcountNegative")) }
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
            Terminal.say(Text.string("workplace.saved", ["id": "\(id)"]))
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
                let refs = [(people, "workplace.refs.people"), (cells, "workplace.refs.cells"), (places, "workplace.refs.gates")]
                    .filter { $0.0 > 0 }
                guard refs.isEmpty else {
                    throw .rejected(path: workspace, action: "workplace remove", diagnostics: [Diagnostic(file: workspace,
                        id: id, message: Text.string("workplace.stillReferred", ["refs": "\(refs.map { Text.string($0.1, ["count": .integer($0.0)]) }.joined(separator: ", "))"]),
                        hint: Text.string("workplace.stillReferred.hint"))])
                }
                draft.workplaces[wid] = nil
            }
            Terminal.say(Text.string("workplace.removed", ["id": "\(id)"]))
        }
    }
}
