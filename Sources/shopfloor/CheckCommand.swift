import ArgumentParser
import Foundation
import ShopfloorModel
import ShopfloorStore

/// `shopfloor check`: loads a graph, reports what is in it and what the cell rules find.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a graph and report its summary and the findings of the cell rules.",
        discussion: """
            Loading checks every id, reference, range, time and word, and lists every problem with its file, \
            line, column, field and id. People in findings are named by their aliases (the same as on the \
            source's maps, plans and exports); --reveal-names names them. The cell rules (at least three members a cell, a committee of three to \
            five, every member in their workplace's cell, one or two members attached to the nearest cell) are \
            findings: they are printed as warnings and do not fail the check. One finding is critical and comes \
            first: a suspected informer or management person who is a member of a cell [res. 15, 16].

            Exit codes: 0 valid (warnings and notes or none), 1 invalid file, 2 usage error, 3 valid but with a \
            critical finding (the report is printed in full, --json too).

            Examples:
              shopfloor check Graphs/district.yaml
              shopfloor check Graphs/district.yaml --json | jq '.findings[].rule'
            """
    )

    @Argument(help: "A graph file (.yaml, .yml or .json) or a workspace (.shopfloor).")
    var source: String

    @Flag(help: "Print the result as JSON (errors too).")
    var json = false

    @Flag(help: "Name people in findings by name and id instead of their aliases.")
    var revealNames = false

    func run() throws {
        let graph: OrganizingGraph, key: AliasKey
        do {
            (graph, key) = try Source.open(source, revealNames: revealNames)
        } catch let error as StoreError where json && !error.diagnostics.isEmpty {
            try JSONOutput.print(CheckReport(file: source, valid: false, errors: error.diagnostics))
            throw ExitCode(1)
        }
        let aliases = PersonAliases(graph: graph, key: key)
        let summary = graph.summary()
        let findings = graph.cellRuleFindings(naming: { id in
            guard revealNames else { return aliases.alias(id) }
            return graph.person(id).map { "\($0.name) (\(id))" } ?? id.rawValue
        })
        if json {
            try JSONOutput.print(CheckReport(file: source, valid: true, name: graph.name, summary: summary,
                findings: findings), people: Source.naming(aliases, revealNames: revealNames, graph: graph))
        } else {
            printHuman(graph: graph, summary: summary, findings: findings)
        }
        if findings.contains(where: { $0.severity == .critical }) { throw ExitCode(Self.criticalExitCode) }
    }

    /// The exit code of a valid graph with a critical finding, so that scripts stop on it.
    static let criticalExitCode: Int32 = 3

    private func printHuman(graph: OrganizingGraph, summary: GraphSummary, findings: [Finding]) {
        let title = (graph.name.isEmpty ? source : "\(graph.name) (\(source))").echoed()
        Terminal.print(Terminal.styled(title, .bold) + " — " + Terminal.styled("valid", .green))
        Terminal.print()
        var counts = TextTable(["what", "count"], alignments: [.left, .right])
        counts.add(["workplaces", "\(summary.workplaces)"])
        counts.add(["  headcount", "\(summary.headcount)"])
        counts.add(["  shops", "\(summary.shops)"])
        counts.add(["  shifts", "\(summary.shifts)"])
        counts.add(["places", "\(summary.places)"])
        counts.add(["people", "\(summary.people)"])
        for affiliation in Affiliation.allCases {
            counts.add(["  \(affiliation.label)", "\(summary.peopleByAffiliation[affiliation.rawValue] ?? 0)"])
        }
        counts.add(["  management side", "\(summary.management)"])
        counts.add(["workplace cells", "\(summary.workplaceCells)"])
        counts.add(["street cells", "\(summary.streetCells)"])
        counts.add(["ties", "\(summary.ties)"])
        counts.add(["contacts logged", "\(summary.contacts)"])
        Terminal.print(counts.render(indent: "  "))
        Terminal.print()
        if findings.isEmpty {
            Terminal.print("Cell rules: " + Terminal.styled("no findings", .green))
            return
        }
        let critical = findings.filter { $0.severity == .critical }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        let notes = findings.count - critical - warnings
        Terminal.print(Terminal.styled("Cell rules: " + (critical > 0 ? "\(critical) critical, " : "")
            + "\(warnings) warning\(warnings == 1 ? "" : "s"), \(notes) note\(notes == 1 ? "" : "s")", .bold))
        for finding in findings {
            let mark = switch finding.severity {
            case .critical: Terminal.styled("CRITICAL", .red)
            case .warning: Terminal.styled("warning", .yellow)
            case .info: Terminal.styled("note", .cyan)
            }
            Terminal.print("  \(mark): \(finding.message) " + Terminal.styled("[\(finding.rule.reference)]", .dim))
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
    var errors: [Diagnostic]?
}
