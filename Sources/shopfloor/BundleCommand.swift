import ArgumentParser
import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore
import ShopfloorText

/// `shopfloor bundle out|back`: the sealed files a committee and its cells exchange.
struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Make a cell's bundle (committee → cell) or a cell's report (cell → committee), encrypted and signed.",
        discussion: BundleExamples.out,
        subcommands: [Out.self, Back.self]
    )

    struct Out: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write one cell's part, encrypted to the cell and signed by the committee.",
            discussion: """
                The part: the cell's members (named), its target workplaces with shops, shifts, gates and \
                times, the places it uses, the workers on its reach plans and the people its members are tied \
                to there (under aliases unless --reveal-names), and the suspected informers and management of \
                its targets, tagged 'avoid'. Nothing of any other cell or workplace. The cell's key must be \
                stored first (`shopfloor cell key`).


                """ + BundleExamples.out)
        @Argument(help: "The committee's workspace.") var workspace: String
        @Option(help: "The cell.") var cell: String
        @Option(help: "The committee's private key file.") var key: String
        @Option(name: .shortAndLong, help: "The bundle file to write.") var output: String
        @Flag(help: "Give the cell the names of the workers (by default they appear under aliases).") var revealNames = false
        @Flag(help: "Print what was written as JSON.") var json = false

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
            Terminal.print("Wrote \(output) for cell \(cell): \(part.people.count) people (\(avoid) marked avoid), "
                + "\(part.workplaces.count) workplaces, \(part.places.count) places, \(part.ties.count) ties, "
                + "\(part.contacts.count) contacts" + (revealNames ? " (names revealed)" : " (workers under aliases)"))
        }
    }

    struct Back: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write what the cell recorded since its bundle, for the committee.",
            discussion: """
                Contacts logged, people met, assessments and other fields changed, ties found: encrypted to the \
                committee's key and signed with the cell's. The committee runs `shopfloor merge`.


                """ + BundleExamples.back)
        @Argument(help: "The cell's workspace.") var workspace: String
        @Option(help: "The cell's private key file.") var key: String
        @Option(name: .shortAndLong, help: "The bundle file to write.") var output: String
        @Flag(help: "Print what was written as JSON.") var json = false

        func run() throws {
            guard Workspace.isWorkspace(path: workspace) else { throw CLIError.input("\(workspace): not a workspace") }
            let opened = try Workspace.open(at: workspace, passphrase: { () throws(StoreError) in try Passphrase.existing(for: workspace) })
            let (data, summary) = try opened.bundleBack(key: try Passphrase.key(at: key))
            try BundleFile.write(data, to: output)
            if json { return try JSONOutput.print(summary) }
            Terminal.print("Wrote \(output) for the committee: \(summary.newPeople) new people, \(summary.changedFields) changed fields, "
                + "\(summary.ties) ties, \(summary.contacts) contacts")
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
        abstract: "Merge a cell's bundle back into the committee's workspace, listing conflicts side by side.",
        discussion: """
            The bundle must be for the committee's key, signed with a cell key stored in the workspace, unaltered, \
            made from this workspace's bundle, and not older than one merged already from that cell. What does not \
            conflict is applied in one recorded change (`shopfloor undo` reverts it). A field both sides changed \
            since the bundle is listed; without --prefer the committee's value stays and the bundle can be merged \
            again with --prefer. Merging the same bundle twice changes nothing. New people get the cell's id as \
            a prefix.


            """ + BundleExamples.merge
    )

    @Argument(help: "The committee's workspace.") var workspace: String
    @Argument(help: "The cell's bundle.") var bundle: String
    @Option(help: "The committee's private key file.") var key: String
    @Option(help: "Who wins a field both changed: committee or cell (default: list and keep the committee's).")
    var prefer: MergePreference?
    @Flag(help: "Print the outcome as JSON.") var json = false

    func run() throws {
        let bytes = try InputFile.read(path: bundle)
        let opened = try Source.workspace(workspace)
        let outcome = try opened.merge(bytes, bundlePath: bundle, key: try Passphrase.key(at: key), prefer: prefer)
        if json { return try JSONOutput.print(outcome) }
        if outcome.alreadyMerged {
            return Terminal.print("\(bundle): already merged from cell \(outcome.cell); nothing changed")
        }
        Terminal.print("Merged cell \(outcome.cell)'s bundle: \(outcome.newPeople.count) new people, "
            + "\(outcome.changedFields) fields, \(outcome.ties) ties, \(outcome.contacts) contacts"
            + (outcome.change.map { " (change \($0))" } ?? " (nothing new)"))
        if !outcome.newPeople.isEmpty { Terminal.print("New people: " + outcome.newPeople.joined(separator: ", ")) }
        if !outcome.newPlaces.isEmpty {
            Terminal.print(Text.string("merge.newPlaces", ["places": "\(outcome.newPlaces.joined(separator: ", "))"]))
        }
        if !outcome.unknown.isEmpty {
            Terminal.print(Text.plural("merge.unknown", count: outcome.unknown.count, ["people": "\(outcome.unknown.joined(separator: ", "))"]))
        }
        guard !outcome.conflicts.isEmpty else { return }
        var table = TextTable(["record", "field", "in the bundle", "committee", "cell", "kept"])
        for c in outcome.conflicts {
            table.add([c.record, c.field, c.base, c.committee, c.cell, c.decided ?? "committee (undecided)"])
        }
        Terminal.print("\(outcome.conflicts.count) conflict\(outcome.conflicts.count == 1 ? "" : "s") (both changed since the bundle):")
        Terminal.print(table.render())
        if outcome.conflicts.contains(where: { $0.decided == nil }) {
            Terminal.print("Decide with `shopfloor merge \(workspace) \(bundle) --key \(key) --prefer committee` or `--prefer cell`.")
        }
    }
}

extension MergePreference: ExpressibleByArgument {}
