import ArgumentParser
import Foundation
import ShopfloorGenerator
import ShopfloorGraphviz
import ShopfloorMaps
import ShopfloorModel
import ShopfloorPlanning
import ShopfloorStore

/// `shopfloor-bench`: times the main jobs on a synthetic world of a given size, in one process.
@main
struct ShopfloorBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shopfloor-bench",
        abstract: "Time generate, open, index, plan reach, plan core, report and a plant map on a synthetic world; influence on one plant of 10,000 and 20,000 workers; greedy's gap to the exact core.",
        discussion: """
            Every phase prints its wall time and the peak memory reached during it. With --export, the reach \
            problem (edges, sources) and Shopfloor's distances are written for Benchmarks/compare.py.

            Example:
              .build/release/shopfloor-bench --people 100000 --json out/bench-100k.json --export out/cmp-100k
            """
    )

    @Option(help: "People in the synthetic world.") var people: Int = 10_000
    @Option(help: "Workplaces (default: people / 250).") var workplaces: Int?
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(help: "Write the results as JSON here.") var json: String?
    @Option(help: "Write the reach problem and Shopfloor's distances into this folder.") var export: String?
    @Option(help: "Time the workbench's pages (`shopfloor serve`) instead and write their timings as JSON here.")
    var workbench: String?
    @Option(help: "Write the plant map's DOT text here (to reproduce a render outside the bench).") var dot: String?
    @Option(help: "Keep the saved workspace here (for timing whole commands on it, Benchmarks/commands.sh).")
    var workspace: String?
    @Option(help: "Run the multi-source search of --export this many times and report the fastest.")
    var searchRuns = 3
    @Option(help: "Only generate, then build the planning index this many times and plan reach after each (for profiling the index).")
    var indexOnly: Int?
    @Flag(help: "Only save the workspace, then time the writes (issue 16.6: log plain and sealed, scrypt alone, person add, person update, tie add).")
    var writesOnly = false
    @Option(help: "Runs of each timed write.") var writeRuns = 3
    @Flag(help: "Only generate, build the planning index and time the multi-source search of the comparison and its floor (writes --export when given; for profiling the search).")
    var searchOnly = false
    @Flag(help: "Skip the write phases (issue 16.6's table; at 1,000,000 people they take most of the run).")
    var skipWrites = false

    func run() throws {
        let spec = WorldSpec(people: people, workplaces: workplaces ?? max(1, people / 250), seed: seed)
        if let problem = spec.problem { throw ValidationError("\(problem)") }
        var results: [PhaseResult] = []
        FileHandle.standardError.write(Data("bench: \(spec.people) people, \(spec.workplaces) workplaces, seed \(spec.seed)\n".utf8))
        var generated: OrganizingGraph? = Measure.phase("generate", into: &results) { WorldGenerator.generate(spec) }
        if let rounds = indexOnly, let graph = generated {
            let (group, target) = try Self.task(in: graph)
            for round in 1...max(1, rounds) {
                let index = Measure.phase("index build \(round)", into: &results) { PlanningIndex(graph: graph) }
                _ = try Measure.phase("plan reach \(round)", into: &results) { try Planning.reach(index, from: group, into: target) }
            }
            Measure.printTable(results)
            return
        }
        if searchOnly, let graph = generated {
            let (group, target) = try Self.task(in: graph)
            let index = Measure.phase("index build", into: &results) { PlanningIndex(graph: graph) }
            let folder = export ?? FileManager.default.temporaryDirectory.appendingPathComponent("shopfloor-search-\(getpid())").path
            try Self.exportComparison(index: index, graph: graph, group: group, into: target, folder: folder,
                runs: max(1, searchRuns), results: &results)
            if export == nil { try? FileManager.default.removeItem(atPath: folder) }
            Measure.printTable(results)
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shopfloor-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = workspace ?? folder + "/world.shopfloor"
        if workspace != nil { try? FileManager.default.removeItem(atPath: path) }
        try Measure.phase("workspace save", into: &results) {
            let workspace = try Workspace.create(at: path, passphrase: nil)
            try workspace.replaceGraph(with: generated ?? OrganizingGraph(), action: "bench")
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        results[results.count - 1].note = "\(bytes / 1_048_576) MiB file"
        generated = nil
        if let workbench {
            let graph = try Workspace.open(at: path, passphrase: { () throws(StoreError) in "" }).graph()
            let (group, target) = try Self.task(in: graph)
            guard case .cell(let cell) = group else { return }
            let summary = try WorkbenchBench.run(workspace: path, graph: graph, cell: cell, target: target)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(summary).write(to: URL(fileURLWithPath: workbench))
            return
        }
        if writesOnly {
            let graph = try Workspace.open(at: path, passphrase: { () throws(StoreError) in "" }).graph()
            try Self.writePhases(path: path, graph: graph, runs: max(1, writeRuns), results: &results)
            Measure.printTable(results)
            if let json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                try encoder.encode(results).write(to: URL(fileURLWithPath: json))
            }
            return
        }
        // Everything after this works on the graph as loaded from the workspace, as the CLI does.
        let graph = try Measure.phase("workspace open", into: &results) {
            try Workspace.open(at: path, passphrase: { () throws(StoreError) in "" }).graph()
        }
        let (group, target) = try Self.task(in: graph)
        let index = Measure.phase("index build", into: &results,
            note: nil) { PlanningIndex(graph: graph) }
        results[results.count - 1].note = "\(index.vertexCount) vertices, \(index.edgeCount) edges"
        let reach = try Measure.phase("plan reach", into: &results) {
            try Planning.reach(index, from: group, into: target)
        }
        results[results.count - 1].note = "\(reach.paths.count) paths into \(target)"
        let core = try Measure.phase("plan core", into: &results) {
            try Planning.core(index, into: target, from: group)
        }
        results[results.count - 1].note = "\(core.contacts.count) contacts, \(core.method)"
        let today = Day(year: 2026, month: 11, day: 24) ?? Day(daysSinceEpoch: 0)
        let report = Measure.phase("report penetration", into: &results) {
            PenetrationReport(graph: graph, options: .init(today: today))
        }
        results[results.count - 1].note = "\(report.rows.count) rows"
        // Every grouping once (was a timed unit test, MetricsScaleTests, at 200,000 people).
        let members = Measure.phase("report, every grouping", into: &results) {
            PenetrationReport.Grouping.allCases.map { PenetrationReport(graph: graph, options: .init(grouping: $0, today: today)).totals.members }
        }
        results[results.count - 1].note = "members per grouping: " + members.map(String.init).joined(separator: ", ")
        let svg = try Measure.phase("plant map (LOD, SVG)", into: &results) { () throws -> Int in
            let document = try PlantMap.build(graph: graph, workplace: target, plan: .reach(reach), pathLimit: 8)
            let text = DOTEncoder().encode(document)
            if let dot { try Data(text.utf8).write(to: URL(fileURLWithPath: dot)) }
            return try Graphviz.instance().render(dot: text, engine: .dot, format: .svg).data.count
        }
        let headcount = graph.workplace(target)?.headcount ?? 0
        results[results.count - 1].note = "\(headcount) workers, \(svg / 1024) KB SVG"
        if !skipWrites { try Self.writePhases(path: path, graph: graph, runs: max(1, writeRuns), results: &results) }
        if let export {
            try Self.exportComparison(index: index, graph: graph, group: group, into: target, folder: export,
                runs: max(1, searchRuns), results: &results)
        }
        JudgementPhases.influence(into: &results)
        JudgementPhases.greedyGap(into: &results)
        let cell: String
        if case .cell(let id) = group { cell = id.rawValue } else { cell = "" }
        let summary = BenchSummary(people: graph.people.count, ties: graph.ties.count,
            workplaces: graph.workplaces.count, vertices: index.vertexCount, edges: index.edgeCount,
            task: BenchTask(cell: cell, workplace: target.rawValue), phases: results)
        Measure.printTable(results)
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(summary).write(to: URL(fileURLWithPath: json))
        }
    }

    /// Writes as the commands make them, each on a workspace opened for it (as a command opens it). Before: open
    /// with the whole-image check, read the graph, edit, check every rule, write the whole image (what every edit
    /// did before the journal). Now: `log` opens without the whole-image check, writes a few rows and appends one
    /// record; `person add`, `person update` and `tie add` check their rows by lookups and append too. Plain and
    /// sealed: the sealed copy pays scrypt once per command, as the CLI does, and `log`, `person add`, `person update`
    /// and `tie add` go through its index without decrypting the image (each noted with the path taken); scrypt alone is timed
    /// too. One more plain `log` after the others shows whether a write grows with the journal, and folding the
    /// journal into a new image (what a write pays when the journal passes its limits) is timed.
    static func writePhases(path: String, graph: OrganizingGraph, runs: Int, results: inout [PhaseResult]) throws {
        guard let a = graph.people.first?.id, let b = graph.people.dropFirst().first?.id,
              let c = graph.people.dropFirst(2).first?.id else { return }
        var day = 0
        func contact() -> Contact {
            day += 1
            return Contact(by: a, with: b, date: Day(daysSinceEpoch: 20_000 + day), channel: .pub, outcome: .positive,
                assessment: day % 2 == 0 ? .supportive : .undecided)
        }
        func writable(_ path: String, _ passphrase: String = "") throws -> Workspace {
            try Workspace.open(at: path, forWriting: true, verifying: false, passphrase: { () throws(StoreError) in passphrase })
        }
        try Measure.phase("write before: log, whole image", into: &results) {
            let workspace = try Workspace.open(at: path, forWriting: true, passphrase: { () throws(StoreError) in "" })
            let next = contact()
            try workspace.edit(action: "log") { (draft: inout GraphDraft) throws(StoreError) in draft.log(next) }
            try workspace.compact()
        }
        for round in 1...runs {
            _ = try Measure.phase("write now: log 1 contact \(round)", into: &results) { try writable(path).log(contact()) }
        }
        let shop = graph.people.first { $0.shop != nil }
        for round in 1...runs {
            try Measure.phase("write now: person add \(round)", into: &results) {
                try writable(path).addPerson(.init("bench-new-\(round)"), PersonChange(name: "Bench \(round)", shop: shop?.shop?.rawValue))
            }
        }
        for round in 1...runs {
            try Measure.phase("write now: person update \(round)", into: &results) {
                try writable(path).updatePerson(c, PersonChange(assessment: Assessment(rawValue: round % 5 + 1)))
            }
        }
        for round in 1...runs {
            try Measure.phase("write now: tie add \(round)", into: &results) {
                try writable(path).addTie(Tie(a, c, kind: .friend, strength: round % 3 + 1))
            }
        }
        // The journal now holds 4 × runs records: one more `log` shows whether a write still grows with it.
        _ = try Measure.phase("write now: log 1 contact, journal of \(4 * runs)", into: &results) { try writable(path).log(contact()) }
        // What a write pays when the journal passes its limits: the journal folded into a new image.
        try Measure.phase("write now: fold the journal into the image", into: &results) { try writable(path).compact() }
        let sealed = path + ".sealed.shopfloor"
        try FileManager.default.copyItem(atPath: path, toPath: sealed)
        try Workspace.open(at: sealed, forWriting: true, passphrase: { () throws(StoreError) in "" }).rekey(to: "bench passphrase")
        let key = { () throws(StoreError) in "bench passphrase" }
        /// Times `runs` writes as the command makes them: through the sealed index (`indexed` true when it took it),
        /// else the whole image opened (`whole`); each run noted with the path it took.
        func sealedPhase(_ name: String, indexed: (Int) throws -> Bool, whole: (Workspace, Int) throws -> Void) throws {
            for round in 1...runs {
                let how = try Measure.phase("write now: \(name), sealed \(round)", into: &results) { () throws -> String in
                    if try indexed(round) { return "index" }
                    try whole(try writable(sealed, "bench passphrase"), round)
                    return "whole image"
                }
                results[results.count - 1].note = how
            }
        }
        // As `shopfloor log`, `person add`, `person update` and `tie add` do: through the sealed workspace's index, the
        // image left sealed (or, when the index cannot take it, the whole image opened). Their scrypt key derivation is
        // timed on its own below.
        var next = contact()
        try sealedPhase("log 1 contact", indexed: { _ in
            next = contact()
            return try Workspace.appendLog(next, at: sealed, passphrase: key) != nil
        }, whole: { workspace, _ in try workspace.log(next) })
        func added(_ round: Int) -> (Person.ID, PersonChange) {
            (Person.ID("bench-sealed-\(round)"), PersonChange(name: "Bench \(round)", shop: shop?.shop?.rawValue))
        }
        try sealedPhase("person add", indexed: { round in try Workspace.appendPersonAdd(added(round).0, added(round).1, at: sealed,
            passphrase: key) != nil }, whole: { workspace, round in try workspace.addPerson(added(round).0, added(round).1) })
        func update(_ round: Int) -> PersonChange { PersonChange(assessment: Assessment(rawValue: round % 5 + 1)) }
        try sealedPhase("person update", indexed: { round in try Workspace.appendPersonUpdate(c, update(round), at: sealed,
            passphrase: key) != nil }, whole: { workspace, round in try workspace.updatePerson(c, update(round)) })
        func tie(_ round: Int) -> Tie { Tie(b, c, kind: .friend, strength: round % 3 + 1) }
        try sealedPhase("tie add", indexed: { round in try Workspace.appendTieAdd(tie(round), at: sealed, passphrase: key) != nil },
            whole: { workspace, round in try workspace.addTie(tie(round)) })
        if let size = try Workspace.sealedIndexSize(at: sealed) {
            results[results.count - 1].note = (results[results.count - 1].note ?? "")
                + String(format: "; sealed index %.1f MB, image %.1f MB", Double(size.index) / 1e6, Double(size.image) / 1e6)
        }
        for round in 1...runs {
            try Measure.phase("write now: scrypt key derivation \(round)", into: &results) {
                try Workspace.deriveKey(at: sealed, passphrase: "bench passphrase")
            }
        }
        try? FileManager.default.removeItem(atPath: sealed)
        try? FileManager.default.removeItem(atPath: sealed + ".bak")
    }

    /// The benchmark's task: the first street cell that targets a workplace without a cell, and that workplace.
    static func task(in graph: OrganizingGraph) throws -> (PlanningGroup, Workplace.ID) {
        for cell in graph.cells where cell.kind == .street {
            for target in cell.targets where graph.cells(at: target).isEmpty { return (.cell(cell.id), target) }
        }
        throw ValidationError("the synthetic world has no street cell with a target; try another --seed or more --people")
    }

    /// Writes the reach problem and the planner's own distances (timed) for compare.py.
    static func exportComparison(
        index: PlanningIndex, graph: OrganizingGraph, group: PlanningGroup, into target: Workplace.ID, folder: String,
        runs: Int, results: inout [PhaseResult]
    ) throws {
        guard case .cell(let cellID) = group, let cell = graph.cell(cellID) else { return }
        let problem = index.reachProblem(members: cell.members, into: target)
        // The fastest of `runs`, as compare.py takes the fastest of as many runs of each library.
        var laps: [PhaseResult] = []
        var distances: [Double] = []
        for _ in 0..<runs {
            distances = Measure.phase("multi-source search", into: &laps) {
                index.reachDistances(members: cell.members, into: target)
            }
        }
        guard var fastest = laps.min(by: { $0.seconds < $1.seconds }) else { return }
        // The search runs on one thread: its processor time is the process's during the phase.
        let cpu = laps.compactMap(\.cpuSeconds).min() ?? 0
        fastest.cpuSeconds = cpu
        fastest.note = "fastest of \(runs): " + laps.map { String(format: "%.4f", $0.seconds) }.joined(separator: " ")
            + String(format: " (CPU fastest %.4f)", cpu)
        results.append(fastest)
        SearchFloor.measure(index: index, distances: distances, into: &results)
        let seconds = fastest.seconds
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var edges = ""
        edges.reserveCapacity(problem.from.count * 24)
        for i in problem.from.indices {
            edges += "\(problem.from[i])\t\(problem.to[i])\t\(problem.weight[i])\n"
        }
        try Data(edges.utf8).write(to: URL(fileURLWithPath: folder + "/edges.tsv"))
        try Data(problem.sources.map { "\($0)\n" }.joined().utf8).write(to: URL(fileURLWithPath: folder + "/sources.txt"))
        var lines = ""
        for (v, d) in distances.enumerated() where d.isFinite { lines += "\(v)\t\(d)\n" }
        try Data(lines.utf8).write(to: URL(fileURLWithPath: folder + "/distances.tsv"))
        let meta: [String: Double] = ["vertices": Double(problem.vertexCount), "edges": Double(problem.from.count),
            "shopfloorSeconds": seconds, "shopfloorCPUSeconds": cpu, "runs": Double(runs)]
        try JSONSerialization.data(withJSONObject: meta, options: [.sortedKeys]).write(to: URL(fileURLWithPath: folder + "/meta.json"))
    }
}

/// What `--json` writes.
struct BenchSummary: Codable {
    var people: Int
    var ties: Int
    var workplaces: Int
    var vertices: Int
    var edges: Int
    /// The group and workplace every plan of the bench uses (the whole-command timings use them too).
    var task: BenchTask
    var phases: [PhaseResult]
}

/// The bench's planning task: a street cell and a workplace it targets that has no cell.
struct BenchTask: Codable {
    var cell: String
    var workplace: String
}
