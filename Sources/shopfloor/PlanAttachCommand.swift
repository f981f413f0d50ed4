import ArgumentParser
import ShopfloorText
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore

/// `shopfloor plan attach`: proposed cells for isolated members, applied to a workspace with `--apply`.
struct PlanAttachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach",
        abstract: Text.string("cmd.planattach.planAttach.abstract"),
        discussion: Text.string("cmd.planattach.planAttach.discussion")
    )

    @OptionGroup var common: PlanCommonOptions

    @Flag(help: ArgumentHelp(Text.string("opt.planattach.apply")))
    var apply = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        if apply { return try applyToWorkspace() }
        let (graph, _, aliases) = try common.load()
        let plan = Planning.attach(graph)
        if common.json { return try JSONOutput.print(plan, people: common.naming(aliases, graph: graph)) }
        let p = PlanPrinter(graph: graph, options: common, aliases: aliases)
        p.dropped(plan.dropped ?? [])
        guard !plan.proposals.isEmpty else {
            Terminal.say(Text.string("attach.nothingToPropose"))
            return
        }
        Terminal.print(Terminal.styled(Text.string("attach.proposed", ["count": .integer(plan.proposals.count)]), .bold))
        var table = TextTable([Text.string("attach.column.member"), Text.string("attach.column.proposal"),
            Text.string("column.cell"), Text.string("plan.column.why")])
        for a in plan.proposals {
            let proposal = switch a.action {
            case .attach: Text.string("attach.action.attach")
            case .joinStreetCell: Text.string("attach.action.join")
            case .formStreetCell: Text.string("attach.action.form")
            }
            let km = a.distanceKm.map { " (\(p.number($0)) km)" } ?? ""
            table.add([p.label(a.person), proposal, a.cell?.rawValue ?? a.neighbourhood.map { Text.string("attach.inNeighbourhood", ["place": "\($0)"]) } ?? "-", a.reason + km])
        }
        Terminal.print(table.render(indent: "  ", width: Terminal.width))
    }
}

extension PlanAttachCommand {
    /// `--apply`: proposes on the workspace's graph and writes the changed cells, all or nothing.
    func applyToWorkspace() throws {
        guard Workspace.isWorkspace(path: common.source) else {
            throw CLIError.input(Text.string("attach.applyNeedsWorkspace", ["path": "\(common.source)"]))
        }
        let workspace = try Source.workspace(common.source)
        let graph = try workspace.graph()
        let aliases = PersonAliases(graph: graph, key: AliasKey(secretIfAny: try workspace.aliasSecret()))
        let application = Planning.attach(graph).application(to: graph)
        // Nothing to change: the file is not even rewritten.
        if !application.cells.isEmpty {
            try workspace.edit(action: "plan attach --apply") { (draft: inout GraphDraft) throws(StoreError) in
                for cell in application.cells { draft.cells[cell.id] = cell }
            }
        }
        if common.json {
            return try JSONOutput.print(AttachApplied(workspace: common.source, applied: application.applied,
                skipped: application.skipped, newCells: application.newCells.map(\.rawValue).sorted()),
                people: common.naming(aliases, graph: graph))
        }
        if application.applied.isEmpty && application.skipped.isEmpty {
            Terminal.say(Text.string("attach.nothingToApply", ["path": "\(common.source)"]))
            return
        }
        var table = TextTable([Text.string("attach.column.member"), Text.string("attach.column.nowIn"),
            Text.string("attach.column.change")])
        for a in application.applied {
            let cell = a.cell?.rawValue ?? application.cells.first { $0.members.contains(a.person) }?.id.rawValue ?? "-"
            let change = application.newCells.contains(Cell.ID(cell)) ? Text.string("attach.change.new")
                : a.action == .attach ? Text.string("attach.change.attached") : Text.string("attach.change.joined")
            table.add([common.label(a.person, in: graph, aliases: aliases), cell, change])
        }
        if !application.applied.isEmpty {
            Terminal.print(Terminal.styled(Text.plural("attach.applied", count: application.applied.count, ["path": "\(common.source)"]), .bold))
            Terminal.print(table.render(indent: "  ", width: Terminal.width))
        }
        for s in application.skipped {
            Terminal.say(Text.string("attach.notApplied", ["person": "\(common.label(s.proposal.person, in: graph, aliases: aliases))",
                "reason": "\(s.reason)"]))
        }
    }
}

/// The JSON form of `plan attach --apply`.
struct AttachApplied: Encodable {
    var kind = "attach-applied"
    var workspace: String
    var applied: [AttachProposal]
    var skipped: [AttachApplication.Skipped]
    var newCells: [String]
}
