import ArgumentParser
import ShopfloorText
import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore
import ShopfloorText

/// `shopfloor bundle out|back`: the sealed files a committee and its cells exchange.
struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: Text.string("bundle.Bundle.abstract"),
        discussion: Text.string("bundle.Bundle.discussion"),
        subcommands: [Out.self, Back.self]
    )

    struct Out: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Text.string("bundle.Out.abstract"),
            discussion: Text.string("bundle.Out.discussion"))
        @Argument(help: ArgumentHelp(Text.string("opt.bundle.workspace"))) var workspace: String
        @Option(help: ArgumentHelp(Text.string("opt.bundle.cell"))) var cell: String
        @Option(help: ArgumentHelp(Text.string("opt.bundle.key"))) var key: String
        @Option(name: .shortAndLong, help: ArgumentHelp(Text.string("opt.bundle.output"))) var output: String
        @Flag(help: ArgumentHelp(Text.string("opt.bundle.revealNames"))) var revealNames = false
        @Flag(help: ArgumentHelp(Text.string("opt.bundle.json"))) var json = false

        @OptionGroup var language: LanguageOption

        func run() throws {
            let opened = try Source.workspace(workspace)
            let graph = try opened.graph()
            let id = Cell.ID(cell)
            let part = try CellPart.of(graph, cell: id, planPeople: ExportCommand.planPeople(of: .cell(id), in: graph),
                revealNames: revealNames, aliasSecret: try opened.aliasSecret(), path: workspace)
            let pair = try Passphrase.key(at: key)
            let data = try opened.bundleOut(cell: id, part: part, namesRevealed: revealNames, key: pair)
            try BundleFile.write(data, to: output)
            let avoid = part.people.filter { $0.tags.contains(CellPart.avoidTag) }.count
            if json {
                return try JSONOutput.print(BundleOutReport(output: output, cell: cell, people: part.people.count, avoid: avoid,
                    workplaces: part.workplaces.count, places: part.places.count, ties: part.ties.count, contacts: part.contacts.count,
                    namesRevealed: revealNames))
            }
            Terminal.say(Text.string("bundle.out.wrote", CountWords.arguments(["people": part.people.count,
                "workplaces": part.workplaces.count, "places": part.places.count, "ties": part.ties.count,
                "contacts": part.contacts.count]).merging(["output": "\(output)", "cell": "\(cell)", "avoid": .integer(avoid)]) { $1 })
                + " " + Text.string(revealNames ? "bundle.out.namesRevealed" : "bundle.out.underAliases"))
        }
    }

    struct Back: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Text.string("bundle.Back.abstract"),
            discussion: Text.string("bundle.Back.discussion"))
        @Argument(help: ArgumentHelp(Text.string("opt.bundle.workspace2"))) var workspace: String
        @Option(help: ArgumentHelp(Text.string("opt.bundle.key2"))) var key: String
        @Option(name: .shortAndLong, help: ArgumentHelp(Text.string("opt.bundle.output"))) var output: String
        @Flag(help: ArgumentHelp(Text.string("opt.bundle.json"))) var json = false

        @OptionGroup var language: LanguageOption

        func run() throws {
            guard Workspace.isWorkspace(path: workspace) else { throw CLIError.input(Text.string("cli.notAWorkspace", ["path": "\(workspace)"])) }
            let opened = try Workspace.open(at: workspace, passphrase: { () throws(StoreError) in try Passphrase.existing(for: workspace) })
            let (data, summary) = try opened.bundleBack(key: try Passphrase.key(at: key))
            try BundleFile.write(data, to: output)
            if json { return try JSONOutput.print(summary) }
            Terminal.say(Text.string("bundle.back.wrote", ["output": "\(output)", "people": .integer(summary.newPeople),
                "fields": .integer(summary.changedFields), "ties": .integer(summary.ties), "contacts": .integer(summary.contacts)]))
        }
    }
}

/// The JSON form of `shopfloor bundle out`.
struct BundleOutReport: Encodable {
    var output, cell: String
    var people, avoid, workplaces, places, ties, contacts: Int
    var namesRevealed: Bool
}

/// `shopfloor merge`: a cell's report into the committee's workspace.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: Text.string("bundle.Merge.abstract"),
        discussion: Text.string("bundle.Merge.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("opt.bundle.workspace"))) var workspace: String
    @Argument(help: ArgumentHelp(Text.string("opt.bundle.bundle"))) var bundle: String
    @Option(help: ArgumentHelp(Text.string("opt.bundle.key"))) var key: String
    @Option(help: ArgumentHelp(Text.string("opt.bundle.prefer")))
    var prefer: MergePreference?
    @Flag(help: ArgumentHelp(Text.string("opt.bundle.json2"))) var json = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let bytes = try InputFile.read(path: bundle)
        let opened = try Source.workspace(workspace)
        let outcome = try opened.merge(bytes, bundlePath: bundle, key: try Passphrase.key(at: key), prefer: prefer)
        if json { return try JSONOutput.print(outcome) }
        if outcome.alreadyMerged {
            return Terminal.say(Text.string("merge.already", ["bundle": "\(bundle)", "cell": "\(outcome.cell)"]))
        }
        Terminal.say(Text.string("merge.merged", ["cell": "\(outcome.cell)", "people": .integer(outcome.newPeople.count),
            "fields": .integer(outcome.changedFields), "ties": .integer(outcome.ties), "contacts": .integer(outcome.contacts)])
            + " " + (outcome.change.map { Text.string("merge.change", ["change": "\($0)"]) } ?? Text.string("merge.nothingNew")))
        if !outcome.newPeople.isEmpty {
            Terminal.say(Text.string("merge.newPeople", ["ids": "\(outcome.newPeople.joined(separator: ", "))"]))
        }
        if !outcome.newPlaces.isEmpty {
            Terminal.say(Text.string("merge.newPlaces", ["places": "\(outcome.newPlaces.joined(separator: ", "))"]))
        }
        if !outcome.unknown.isEmpty {
            Terminal.say(Text.plural("merge.unknown", count: outcome.unknown.count, ["people": "\(outcome.unknown.joined(separator: ", "))"]))
        }
        guard !outcome.conflicts.isEmpty else { return }
        var table = TextTable([Text.string("merge.column.record"), Text.string("merge.column.field"),
            Text.string("merge.column.base"), Text.string("merge.column.committee"), Text.string("merge.column.cell"),
            Text.string("merge.column.kept")])
        for c in outcome.conflicts {
            table.add([c.record, c.field, c.base, c.committee, c.cell, c.decided ?? Text.string("merge.undecided")])
        }
        Terminal.say(Text.plural("merge.conflicts", count: outcome.conflicts.count))
        Terminal.print(table.render())
        if outcome.conflicts.contains(where: { $0.decided == nil }) {
            Terminal.say(Text.string("merge.decide", ["workspace": "\(workspace)", "bundle": "\(bundle)", "key": "\(key)"]))
        }
    }
}

extension MergePreference: ExpressibleByArgument {}
