import ArgumentParser
import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorText

/// `shopfloor check`: loads a graph, reports what is in it and what the cell rules find.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Text.string("check.abstract"),
        discussion: Text.string("check.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("option.source.help")))
    var source: String

    @Flag(help: ArgumentHelp(Text.string("check.json.help")))
    var json = false

    @Flag(help: ArgumentHelp(Text.string("opt.check.revealNames")))
    var revealNames = false

    @Option(help: ArgumentHelp(Text.string("check.rule.help"), valueName: "rule"))
    var rule: [Finding.Rule] = []

    @Option(help: ArgumentHelp(Text.string("check.workplace.help"), valueName: "workplace"))
    var workplace: String?

    @Option(help: ArgumentHelp(Text.string("check.limit.help")))
    var limit: Int?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError(Text.string("check.limit.negative", ["limit": .integer(limit)])) }
    }

    /// The findings the filters keep, in the order the rules give them.
    private func chosen(_ findings: [Finding], in graph: OrganizingGraph) throws -> [Finding] {
        if let workplace, graph.workplace(Workplace.ID(workplace)) == nil {
            let hint = Suggestion.hint(for: workplace, among: graph.workplaces.map(\.id.rawValue).sorted(), noun: "workplace")
            throw CLIError.input(Text.string("check.workplace.unknown", ["workplace": "\(workplace)", "source": "\(source)",
                "hint": "\(hint)"]))
        }
        return findings.filter { finding in
            (rule.isEmpty || rule.contains(finding.rule))
                && (workplace.map { Self.finding(finding, isAbout: Workplace.ID($0), in: graph) } ?? true)
        }
    }

    /// Whether a finding is about a workplace: it names it, or its cell is that workplace's cell.
    static func finding(_ finding: Finding, isAbout workplace: Workplace.ID, in graph: OrganizingGraph) -> Bool {
        if finding.workplace == workplace { return true }
        guard let id = finding.cell, let cell = graph.cell(id) else { return false }
        return cell.workplace == workplace
    }

    func run() throws {
        let graph: OrganizingGraph, key: AliasKey
        do {
            // `check` runs every rule, whatever stamp the workspace carries.
            (graph, key) = try Source.open(source, revealNames: revealNames, recheck: true)
        } catch let error as StoreError where json && !error.diagnostics.isEmpty {
            try JSONOutput.print(CheckReport(file: source, valid: false, errors: error.diagnostics))
            throw ExitCode(1)
        }
        let aliases = PersonAliases(graph: graph, key: key)
        let summary = graph.summary()
        let all = graph.cellRuleFindings(naming: { id in
            guard revealNames else { return aliases.alias(id) }
            return graph.person(id).map { "\($0.name) (\(id))" } ?? id.rawValue
        })
        let matching = try chosen(all, in: graph)
        let shown = Array(matching.prefix(limit ?? matching.count))
        let filtered = !rule.isEmpty || workplace != nil || limit != nil
        if json {
            try JSONOutput.print(CheckReport(file: source, valid: true, name: graph.name, summary: summary,
                findings: shown, findingsTotal: filtered ? all.count : nil, findingsMatching: filtered ? matching.count : nil),
                people: Source.naming(aliases, revealNames: revealNames, graph: graph))
        } else {
            printHuman(graph: graph, summary: summary, findings: shown)
            printFiltered(all: all, matching: matching, shown: shown, filtered: filtered)
        }
        if all.contains(where: { $0.severity == .critical }) { throw ExitCode(Self.criticalExitCode) }
    }

    /// Under the findings a filter chose: how many more match, how many there are in all, and any critical
    /// finding the filter left out (a filter never hides that one silently).
    private func printFiltered(all: [Finding], matching: [Finding], shown: [Finding], filtered: Bool) {
        let more = matching.count - shown.count
        if more > 0 { Terminal.say("  " + Text.string("check.filter.more", ["count": .integer(more)])) }
        if filtered {
            Terminal.print(Terminal.styled("  " + Text.string("check.filter.shown",
                ["shown": .integer(shown.count), "total": .integer(all.count)]), .dim))
        }
        let critical = all.filter { $0.severity == .critical }.count - shown.filter { $0.severity == .critical }.count
        if critical > 0 {
            Terminal.print(Terminal.styled("  " + Text.plural("check.filter.criticalHidden", count: critical,
                ["source": "\(source)"]), .red))
        }
    }

    /// The exit code of a valid graph with a critical finding, so that scripts stop on it.
    static let criticalExitCode: Int32 = 3

    private func printHuman(graph: OrganizingGraph, summary: GraphSummary, findings: [Finding]) {
        let title = (graph.name.isEmpty ? source : "\(graph.name) (\(source))").echoed()
        let valid = Text.string("check.valid")
        if title.count + 3 + valid.count <= Terminal.width {
            Terminal.print(Terminal.styled(title, .bold) + " — " + Terminal.styled(valid, .green))
        } else {
            Terminal.printWrapped(title + " — " + valid, style: .bold)
        }
        Terminal.print()
        var counts = TextTable([Text.string("check.column.what"), Text.string("check.column.count")], alignments: [.left, .right])
        counts.add([Text.string("check.summary.workplaces"), "\(summary.workplaces)"])
        counts.add(["  " + Text.string("check.summary.headcount"), "\(summary.headcount)"])
        counts.add(["  " + Text.string("check.summary.shops"), "\(summary.shops)"])
        counts.add(["  " + Text.string("check.summary.shifts"), "\(summary.shifts)"])
        counts.add([Text.string("check.summary.places"), "\(summary.places)"])
        counts.add([Text.string("check.summary.people"), "\(summary.people)"])
        for affiliation in Affiliation.allCases {
            counts.add(["  " + affiliation.label, "\(summary.peopleByAffiliation[affiliation.rawValue] ?? 0)"])
        }
        counts.add(["  " + Text.string("check.summary.management"), "\(summary.management)"])
        counts.add([Text.string("check.summary.workplaceCells"), "\(summary.workplaceCells)"])
        counts.add([Text.string("check.summary.streetCells"), "\(summary.streetCells)"])
        counts.add([Text.string("check.summary.ties"), "\(summary.ties)"])
        counts.add([Text.string("check.summary.contacts"), "\(summary.contacts)"])
        Terminal.print(counts.render(indent: "  "))
        Terminal.print()
        if findings.isEmpty {
            Terminal.say(Text.string("check.rules.none", ["none": "\(Terminal.styled(Text.string("check.rules.noFindings"), .green))"]))
            return
        }
        let critical = findings.filter { $0.severity == .critical }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        let notes = findings.count - critical - warnings
        let counted = (critical > 0 ? Text.string("check.rules.critical", ["count": .integer(critical)]) : "")
            + Text.plural("check.rules.warnings", count: warnings) + ", " + Text.plural("check.rules.notes", count: notes)
        Terminal.print(Terminal.styled(Text.string("check.rules.heading", ["counts": "\(counted)"]), .bold))
        for finding in findings {
            let (word, colour): (String, Terminal.Style) = switch finding.severity {
            case .critical: (Text.string("finding.critical"), .red)
            case .warning: (Text.string("finding.warning"), .yellow)
            case .info: (Text.string("finding.note"), .cyan)
            }
            // The message's crafted characters escaped first, then wrapped to the terminal as plain text, then the
            // mark coloured (escapes are not columns).
            let plain = TextTable.wrapped("\(word): \(finding.message.echoed()) [\(finding.rule.reference)]",
                width: Terminal.width, indent: "  ")
            Terminal.print("  " + Terminal.styled(word, colour) + plain.dropFirst(2 + word.count))
        }
    }
}

/// The JSON form of `shopfloor check`.
struct CheckReport: Encodable {
    var file: String
    var valid: Bool
    var name: String?
    var summary: GraphSummary?
    var findings: [Finding]?
    /// With --rule, --workplace or --limit: every finding of the graph, and those the filters match (before
    /// --limit).
    var findingsTotal: Int?
    var findingsMatching: Int?
    var errors: [Diagnostic]?
}
