import ArgumentParser
import Foundation
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorText

/// `shopfloor plan core`: the three to five first contacts that cover the most shop × shift headcount.
struct PlanCoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "core",
        abstract: Text.string("cmd.plancore.planCore.abstract"),
        discussion: Text.string("cmd.plancore.planCore.discussion")
    )

    @OptionGroup var common: PlanCommonOptions
    @OptionGroup var danger: DangerOption

    @Option(help: ArgumentHelp(Text.string("opt.plancore.into"), valueName: "workplace"))
    var into: String

    @Option(help: ArgumentHelp(Text.string("opt.plancore.from"), valueName: "group"))
    var from: GroupArgument?

    @Option(help: ArgumentHelp(Text.string("opt.plancore.size"), valueName: "n|lo..hi"))
    var size = ContactCount(3...5)

    @OptionGroup var language: LanguageOption

    func run() throws {
        let (graph, costs, aliases) = try common.load()
        let plan = try common.planning({
            try Planning.core(graph, into: Workplace.ID(into), from: from?.group(in: graph, aliases: aliases),
                size: size.range, allowDanger: danger.allowDanger, costs: costs)
        }, graph: graph, aliases: aliases)
        if common.json { return try JSONOutput.print(plan, people: common.naming(aliases, graph: graph)) }
        let p = PlanPrinter(graph: graph, options: common, aliases: aliases)
        Terminal.printHeading(Text.string("core.heading", ["into": "\(plan.into)"]), Text.string("reach.from", ["group": "\(p.group(plan.from))"]))
        p.dropped(plan.from.dropped ?? [])
        let share = plan.totalHeadcount > 0
            ? Text.string("core.share", ["percent": .integer(plan.coveredHeadcount * 100 / plan.totalHeadcount)]) : ""
        // `plan.method` is the word `--json` prints; people read it in their language.
        let method = Text.string(plan.method == "exact" ? "core.method.exact" : "core.method.greedy")
        Terminal.printWrapped(Text.string("core.summary", ["count": .integer(plan.contacts.count), "covered": .integer(plan.coveredHeadcount),
            "total": .integer(plan.totalHeadcount), "share": "\(share)", "method": "\(method)", "candidates": .integer(plan.candidates)]), indent: "  ")
        Terminal.print()
        var table = TextTable([Text.string("core.column.stage"), Text.string("core.column.contact"), Text.string("core.column.segment"),
            Text.string("core.column.adds"), Text.string("plan.column.cost"), Text.string("plan.column.risk"), Text.string("core.column.score"),
            Text.string("plan.column.route")],
            alignments: [.right, .left, .left, .right, .right, .right, .right, .left])
        for c in plan.contacts {
            table.add(["\(c.stage)", p.label(c.target), c.segment?.description ?? "-", "+\(c.gain)", p.number(c.cost),
                p.percent(c.risk), p.number(c.score), p.route(c.steps)])
        }
        Terminal.print(table.render(indent: "  ", width: Terminal.width, wrapping: [7]))
        p.stages(plan.contacts.map(\.stage))
        p.legend([(Text.string("core.column.adds"), "core.legend.adds"), (Text.string("plan.column.cost"), "plan.legend.cost"),
            (Text.string("plan.column.risk"), "plan.legend.risk"), (Text.string("core.column.score"), "core.legend.score")])
        Terminal.print()
        Terminal.print(Terminal.styled(Text.string("core.why"), .bold))
        for c in plan.contacts { p.reason(c) }
        if !plan.uncovered.isEmpty {
            Terminal.print()
            let top = plan.uncovered.prefix(8).map { "\($0.segment) (\($0.headcount))" }.joined(separator: ", ")
            Terminal.printWrapped(Text.string("core.uncovered", ["count": .integer(plan.uncovered.count), "list": "\(top)\(plan.uncovered.count > 8 ? ", …" : "")"]))
            Terminal.say(Text.string("core.next"))
        }
        p.avoided(plan.avoided, into: plan.into)
    }
}
