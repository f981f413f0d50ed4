import Foundation
import ShopfloorTestSupport
import Testing

/// Option values are typed on the command line: vocabulary words are listed in `--help` and the shell
/// completions and refused before a command runs (exit 2); `--from` and `--scope` are read by the command line;
/// library errors give their flag hints through it.
@Suite("Option values, end to end")
struct OptionValueTests {
    static let graph = """
        workplaces:
          - {id: plant, name: Plant, headcount: 40, shops: [{id: shop, name: Shop}],
             shifts: [{id: day, time: 08:00-16:00}]}
          - {id: depot, name: Depot, headcount: 10}
        places:
          - {id: hood, kind: neighbourhood, name: Hood}
        people:
          - {id: s1, name: One, home: hood, affiliation: member}
          - {id: s2, name: Two, home: hood, affiliation: member}
          - {id: s3, name: Three, home: hood, affiliation: member}
          - {id: w1, name: Four, shop: shop, shift: day, home: hood}
        cells:
          - {id: street, kind: street, neighbourhood: hood, targets: [plant], members: [s1, s2, s3]}
        ties:
          - [s1, w1, friend, 3]
        """

    @Test("--help lists the words of every vocabulary option", arguments: [
        (["person", "add", "--help"], ["social-democrat", "reformist-union", "security"]),
        (["tie", "add", "--help"], ["relative", "neighbour"]),
        (["log", "--help"], ["no-show", "commute"]),
        (["map", "plant", "--help"], ["values: core, reach", "values: svg, png, pdf, dot", "twopi"]),
        (["map", "district", "--help"], ["values: district, sector"]),
        (["report", "penetration", "--help"], ["values: workplace, employer, sector, district"]),
        (["export", "--help"], ["values: yaml, json, csv, graphml"]),
        (["import", "--help"], ["values: places, workplaces, shops", "values: coworker, friend, relative"]),
    ])
    func helpListsValues(arguments: [String], words: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 0)
        let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for word in words { #expect(help.contains(word), "\(arguments): \(word) missing") }
    }

    @Test("the bash completion script offers the vocabulary words")
    func completions() throws {
        let result = try CLI.run(["--generate-completion-script", "bash"])
        #expect(result.status == 0)
        for word in ["reformist-union", "no-show", "graphml", "sfdp", "workplace:"] {
            #expect(result.stdout.contains(word), "\(word) missing from the completion script")
        }
    }

    @Test("a word outside the vocabulary is a usage error (exit 2) naming the option and the valid words", arguments: [
        (["plan", "core", "Graphs/automotive-plant.yaml", "--into", "korfez-motor", "--size", "0..9"], "'--size <n|lo..hi>'"),
        (["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor", "--planner", "fast", "-o", "/dev/null/x.svg"],
         "Please provide one of 'core' and 'reach'"),
        (["report", "penetration", "Graphs/district.yaml", "--by", "colour"], "'--by <grouping>'"),
        (["export", "Graphs/district.yaml", "--format", "docx", "-o", "/dev/null/x"], "  - graphml"),
        (["export", "Graphs/district.yaml", "--format", "yaml", "--scope", "street", "-o", "/dev/null/x"], "'--scope <cell:id|workplace:id>'"),
        (["plan", "gates", "Graphs/automotive-plant.yaml", "--into", "korfez-motor", "--week", "23.11.2026"], "'--week <date>'"),
        (["plan", "reach", "Graphs/automotive-plant.yaml", "--into", "korfez-motor", "--from", " , "], "'--from <group>'"),
        (["import", "w.shopfloor", "edges.csv", "--strength-bins", "5,2"], "'--strength-bins <A,B>'"),
        (["import", "w.shopfloor", "edges.csv", "--tie-kind", "lover"], "'--tie-kind <tie-kind>'"),
    ])
    func refused(arguments: [String], message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        // A usage error is wrapped to the terminal: the message may run over a line break.
        let flowing = result.stderr.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(result.stderr.contains(message) || flowing.contains(message), "\(result.stderr)")
    }

    @Test("vocabulary words are read as in graph files: any case, spaces or underscores, aliases")
    func wordsAsInFiles() throws {
        let dir = try Scratch.folder("words")
        let workspace = dir + "/w.shopfloor"
        #expect(try CLI.run(["init", workspace]).status == 0)
        #expect(try CLI.run(["import", workspace, try CLI.temporaryFile("g.yaml", Self.graph)]).status == 0)
        let update = try CLI.run(["person", "update", workspace, "w1", "--affiliation", "Social Democrat", "--role", "WORKER"])
        #expect(update.status == 0, "\(update.stderr)")
        let tie = try CLI.run(["tie", "add", workspace, "s2", "w1", "--kind", "neighbour"])
        #expect(tie.status == 0, "\(tie.stderr)")
        let export = try CLI.run(["export", workspace, "--format", "JSON", "-o", dir + "/out.json", "--reveal-names"])
        #expect(export.status == 0, "\(export.stderr)")
        let text = try String(contentsOfFile: dir + "/out.json", encoding: .utf8)
        #expect(text.contains("social-democrat"))
    }

    @Test("--from takes a cell or comma-separated people, spaces allowed; the scope is read by the command line")
    func groupsAndScopes() throws {
        let graph = try CLI.temporaryFile("g.yaml", Self.graph)
        let people = try CLI.run(["plan", "reach", graph, "--from", "s1, s2", "--into", "plant", "--json", "--reveal-names"])
        #expect(people.status == 0, "\(people.stderr)")
        #expect(people.stdout.contains("\"s1\"") && !people.stdout.contains("\"cell\""))
        let cell = try CLI.run(["plan", "reach", graph, "--from", "street", "--into", "plant", "--json", "--reveal-names"])
        #expect(cell.status == 0 && cell.stdout.contains("\"cell\" : \"street\""), "\(cell.stdout)")
        let out = try Scratch.folder("scope") + "/cell.yaml"
        let scoped = try CLI.run(["export", graph, "--format", "yaml", "--scope", "Cell:street", "-o", out])
        #expect(scoped.status == 0, "\(scoped.stderr)")
    }

    @Test("a library error gets the command line's flag as a hint; the error itself names none")
    func hints() throws {
        let graph = try CLI.temporaryFile("g.yaml", Self.graph)
        let result = try CLI.run(["plan", "core", graph, "--into", "depot"])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.first?.hasPrefix("error: no street cell targets 'depot'") == true, "\(result.stderr)")
        #expect(lines.first?.contains("--") == false, "\(result.stderr)")
        #expect(lines.last == "hint: give the group with --from CELL or --from ID,ID,…", "\(result.stderr)")
        let csv = try CLI.temporaryFile("things.csv", "id,colour\nx,red\n")
        let dir = try Scratch.folder("hint")
        #expect(try CLI.run(["init", dir + "/w.shopfloor"]).status == 0)
        let imported = try CLI.run(["import", dir + "/w.shopfloor", csv])
        #expect(imported.status == 1)
        #expect(imported.stderr.contains("hint: give the kind with --kind (places, workplaces"), "\(imported.stderr)")
    }
}
