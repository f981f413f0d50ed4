import ArgumentParser
import ShopfloorText
import ShopfloorModel
import ShopfloorPresent

extension RecordKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(word: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `shopfloor list`: the workplaces, people, cells or places of a graph or workspace, filtered and sorted.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: Text.string("list.List.abstract"),
        discussion: Text.string("list.List.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("opt.list.source"))) var source: String
    @Argument(help: ArgumentHelp(Text.string("opt.list.kind"))) var kind: RecordKind
    @OptionGroup var filters: LookupFilters
    @Option(help: ArgumentHelp(Text.string("opt.list.sort"))) var sort: String?
    @Flag(help: ArgumentHelp(Text.string("opt.list.descending"))) var descending = false
    @Option(help: ArgumentHelp(Text.string("opt.list.limit"))) var limit: Int?
    @Flag(help: ArgumentHelp(Text.string("opt.list.revealNames"))) var revealNames = false
    @Flag(help: ArgumentHelp(Text.string("opt.list.json"))) var json = false

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError(Text.string("list.limitNegative")) }
    }

    @OptionGroup var language: LanguageOption

    func run() throws {
        let (graph, aliasKey) = try Source.open(source, revealNames: revealNames)
        defer { Source.printNote() }
        let directory = Directory(graph: graph, revealNames: revealNames, aliasKey: aliasKey)
        var query = filters.query()
        query.sort = sort
        query.descending = descending
        query.limit = limit
        do {
            switch kind {
            case .people:
                let rows = try directory.people(query)
                if json { return try JSONOutput.print(rows) }
                var table = TextTable((["id", "alias"] + (revealNames ? ["name"] : []) + ["workplace", "shop", "shift",
                    "affiliation", "assessment", "ties", "contacts", "last-contact"]).map(RecordKind.columnTitle),
                    alignments: [.left, .left] + (revealNames ? [.left] : []) + [.left, .left, .left, .left, .right, .right, .right, .left])
                for r in rows {
                    table.add([r.id, r.alias] + (revealNames ? [r.name ?? ""] : []) + [r.workplace ?? "", r.shop ?? "",
                        r.shift ?? "", VocabularyWords.affiliation(r.affiliation), "\(r.assessment)", "\(r.ties)", "\(r.contacts)",
                        Self.day(r.lastContact)])
                }
                print(table, count: rows.count, kind: .people)
            case .workplaces:
                let rows = try directory.workplaces(query)
                if json { return try JSONOutput.print(rows) }
                var table = TextTable(["id", "name", "kind", "sector", "district", "headcount", "mapped", "members", "cells"]
                    .map(RecordKind.columnTitle),
                    alignments: [.left, .left, .left, .left, .left, .right, .right, .right, .left])
                for r in rows {
                    table.add([r.id, r.name, VocabularyWords.workplaceKind(r.kind), r.sector, r.district ?? "", "\(r.headcount)", "\(r.mapped)", "\(r.members)",
                        r.cells.joined(separator: ", ")])
                }
                print(table, count: rows.count, kind: .workplaces)
            case .cells:
                let rows = try directory.cells(query)
                if json { return try JSONOutput.print(rows) }
                var table = TextTable(["id", "kind", "workplace", "neighbourhood", "targets", "members", "committee", "last-contact"]
                    .map(RecordKind.columnTitle),
                    alignments: [.left, .left, .left, .left, .left, .right, .right, .left])
                for r in rows {
                    table.add([r.id, VocabularyWords.cellKind(r.kind), r.workplace ?? "", r.neighbourhood ?? "",
                        r.targets.joined(separator: ", "), "\(r.members)", "\(r.committee)", Self.day(r.lastContact)])
                }
                print(table, count: rows.count, kind: .cells)
            case .places:
                let rows = try directory.places(query)
                if json { return try JSONOutput.print(rows) }
                var table = TextTable(["id", "kind", "name", "workplace", "district"].map(RecordKind.columnTitle))
                for r in rows { table.add([r.id, VocabularyWords.placeKind(r.kind), r.name, r.workplace ?? "", r.district ?? ""]) }
                print(table, count: rows.count, kind: .places)
            }
        } catch let error as DirectoryQueryError {
            throw CLIError.usage("--sort: \(error)")
        }
    }

    private func print(_ table: TextTable, count: Int, kind: RecordKind) {
        guard count > 0 else { return Terminal.say(Text.string("list.noMatch", ["kind": "\(kind.label)"])) }
        Terminal.print(table.render())
    }

    /// A day (`yyyy-mm-dd`) as the language writes it, or the word for never.
    static func day(_ iso: String?) -> String {
        iso.map { Text.current.date(iso: $0) } ?? Text.string("report.table.never")
    }
}

/// The filters `list` takes (the workbench's list pages offer the same).
struct LookupFilters: ParsableArguments {
    @Option(help: ArgumentHelp(Text.string("opt.list.search"))) var search: String?
    @Option(help: ArgumentHelp(Text.string("opt.list.affiliation"))) var affiliation: Affiliation?
    @Option(help: ArgumentHelp(Text.string("opt.list.assessment"))) var assessment: Assessment?
    @Option(help: ArgumentHelp(Text.string("opt.list.workplace"))) var workplace: String?
    @Option(help: ArgumentHelp(Text.string("opt.list.shop"))) var shop: String?
    @Option(help: ArgumentHelp(Text.string("opt.list.shift"))) var shift: String?
    @Option(help: ArgumentHelp(Text.string("opt.list.cell"))) var cell: String?

    func query() -> DirectoryQuery {
        DirectoryQuery(text: search, affiliation: affiliation, assessment: assessment, workplace: workplace.map { .init($0) },
            shop: shop.map { .init($0) }, shift: shift.map { .init($0) }, cell: cell.map { .init($0) })
    }
}
