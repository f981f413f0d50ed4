import Foundation
import ShopfloorTestSupport
import Testing

/// Human output fits the terminal it is read on (COLUMNS, else the terminal, else 80), and says what its numbers
/// mean; long lists are summarised.
@Suite("output fits the terminal, end to end")
struct TerminalWidthCommandTests {
    func run(_ arguments: [String], columns: Int) throws -> Subprocess.Result {
        let result = try CLI.run(arguments, environment: ["COLUMNS": "\(columns)"])
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    func widest(_ text: String) -> Int { text.split(separator: "\n").map(\.count).max() ?? 0 }

    /// The lines of `text` longer than `columns`.
    func over(_ columns: Int, _ text: String) -> [Substring] { text.split(separator: "\n").filter { $0.count > columns } }

    @Test("the penetration table leaves out columns at 80, shows all at 200, and prints blocks at 40")
    func penetrationTableByWidth() throws {
        let args = ["report", "penetration", "Graphs/district.yaml", "--today", "2026-11-24"]
        let narrow = try run(args, columns: 80)
        #expect(over(80, narrow.stdout).isEmpty, "lines over 80: \(over(80, narrow.stdout))")
        #expect(narrow.stdout.contains("Not shown at 80 columns: "))
        #expect(narrow.stdout.contains("per 10: members per ten workers"))
        // The findings' prose is wrapped, not cut: every word of a long finding is still there.
        #expect(narrow.stdout.contains("workplace cell") && narrow.stdout.contains("1930"))
        let wide = try run(args, columns: 200)
        #expect(!wide.stdout.contains("Not shown at"))
        #expect(wide.stdout.contains("contacts 1/2/3/4/5/0") && wide.stdout.contains("last contact"))
        #expect(widest(wide.stdout) > 80, "at 200 columns the table is laid out wide")
        let tiny = try run(args, columns: 40)
        let tableLines = tiny.stdout.split(separator: "\n").prefix { !$0.hasPrefix("  workers in large plants") }
        #expect(tableLines.allSatisfy { $0.count <= 40 || $0.contains(": ") }, "\(tableLines.filter { $0.count > 40 })")
    }

    @Test("in Turkish, whose words are longer, the penetration report still fits 80 columns",
        arguments: [80, 100])
    func penetrationInTurkishFits(columns: Int) throws {
        let result = try CLI.run(["report", "penetration", "Graphs/district.yaml", "--today", "2026-11-24"],
            environment: ["COLUMNS": "\(columns)", "LANG": "tr_TR.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Tanı: "), "not Turkish: \(result.stdout.prefix(200))")
        #expect(over(columns, result.stdout).isEmpty, "lines over \(columns): \(over(columns, result.stdout))")
    }

    static let plans: [[String]] = [
        ["plan", "reach", "Graphs/automotive-plant.yaml", "--from", "arapcesme-street", "--into", "korfez-motor"],
        ["plan", "reach", "Graphs/automotive-plant.yaml", "--from", "arapcesme-street", "--into", "korfez-motor",
         "--alternatives", "2"],
        ["plan", "core", "Graphs/automotive-plant.yaml", "--from", "arapcesme-street", "--into", "korfez-motor"],
        ["plan", "expand", "Graphs/district.yaml", "--cell", "ty-cell"],
        ["plan", "gates", "Graphs/automotive-plant.yaml", "--into", "korfez-motor", "--week", "2026-11-23"],
        ["plan", "attach", "Graphs/district.yaml"],
    ]

    /// The environment that asks for `language` (the locale decides; the tests' default is English).
    func locale(_ language: String, columns: Int) -> [String: String] {
        ["COLUMNS": "\(columns)", "LANG": language == "tr" ? "tr_TR.UTF-8" : "C.UTF-8"]
    }

    @Test("every plan's tables and prose fit 80 columns, in English and in Turkish, route, when and listening wrapped together",
        arguments: ["en", "tr"])
    func planTablesFit(language: String) throws {
        for arguments in Self.plans {
            let result = try CLI.run(arguments, environment: locale(language, columns: 80))
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(over(80, result.stdout).isEmpty, "\(arguments.prefix(2)) in \(language): \(over(80, result.stdout).prefix(4))")
            if arguments[1] == "reach" || arguments[1] == "core" {
                // Cost and risk are explained under the table, in the table's own words.
                let cost = language == "en" ? "  cost: " : "  maliyet: "
                #expect(result.stdout.contains(cost), "\(arguments.prefix(2)) in \(language) does not explain cost")
            }
        }
        // A narrow route column still carries every step: the aliases of the first path's route are all printed.
        let reach = try CLI.run(Self.plans[0], environment: locale(language, columns: 80))
        let wide = try CLI.run(Self.plans[0], environment: locale(language, columns: 250))
        #expect(widest(wide.stdout) > 80, "at 250 columns the table is not wrapped")
        let words = { (text: String) in Set(text.split(whereSeparator: \.isWhitespace).filter { !$0.hasPrefix("─") }.map { $0.trimmingCharacters(in: [":"]) }) }
        let lost = words(wide.stdout).subtracting(words(reach.stdout))
        #expect(lost.isEmpty, "at 80 columns these words of the wide table are missing: \(lost.sorted().prefix(10))")
        #expect(reach.stdout.contains("XKPJ —"), "\(reach.stdout.prefix(600))")
    }

    @Test("every command's --help fits 80 columns in English and in Turkish (KULLANIM: and varsayılan: are longer)",
        arguments: ["en", "tr"])
    func helpFits(language: String) throws {
        let commands = [[], ["plan"], ["plan", "reach"], ["plan", "core"], ["plan", "gates"], ["plan", "expand"],
            ["plan", "attach"], ["map"], ["map", "plant"], ["map", "district"], ["map", "cells"], ["report"],
            ["report", "penetration"], ["check"], ["import"], ["list"], ["show"]]
        for command in commands {
            let result = try CLI.run(command + ["--help"], environment: locale(language, columns: 80))
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stdout.contains(language == "tr" ? "KULLANIM:" : "USAGE:"), "\(command) in \(language)")
            #expect(over(80, result.stdout).isEmpty, "\(command) --help in \(language): \(over(80, result.stdout))")
        }
    }

    @Test("list, find, show and check fit 80 columns in English and Turkish and lose no word of the wide layout",
        arguments: ["en", "tr"])
    func lookupsFit(language: String) throws {
        let district = "Graphs/district.yaml"
        let commands = [["list", district, "workplaces"], ["list", district, "people", "--reveal-names"],
            ["list", district, "cells"], ["list", district, "places"], ["find", district, "dilovasi"],
            ["show", district, "dilovasi-motor"], ["check", district]]
        let words = { (text: String) in
            Set(text.split(whereSeparator: \.isWhitespace).filter { !$0.hasPrefix("─") }.map { $0.trimmingCharacters(in: [":"]) })
        }
        for command in commands {
            let narrow = try CLI.run(command, environment: locale(language, columns: 80))
            let wide = try CLI.run(command, environment: locale(language, columns: 300))
            #expect([0, 3].contains(narrow.status), "\(command): \(narrow.stderr)")
            #expect(over(80, narrow.stdout).isEmpty, "\(command) in \(language): \(over(80, narrow.stdout).prefix(3))")
            let lost = words(wide.stdout).subtracting(words(narrow.stdout))
            #expect(lost.isEmpty, "\(command) in \(language) at 80 columns lost \(lost.sorted().prefix(8))")
        }
    }

    @Test("a usage error fits 80 columns in English and Turkish: the usage wrapped between its parts, the command to see whole, exit 2",
        arguments: ["en", "tr"])
    func usageErrorsFit(language: String) throws {
        let errors = [["plan", "reach", "Graphs/district.yaml"],
            ["plan", "reach", "Graphs/district.yaml", "--from", "x", "--into", "y", "--bogus"],
            ["plan", "reach", "Graphs/district.yaml", "--from", "x", "--into", "y", "--alternatives", "abc"],
            ["list", "Graphs/district.yaml", "bogus"], ["map", "plant"], ["bogus"]]
        let words = { (text: String) in Set(text.split(whereSeparator: \.isWhitespace)) }
        for arguments in errors {
            let narrow = try CLI.run(arguments, environment: locale(language, columns: 80))
            let wide = try CLI.run(arguments, environment: locale(language, columns: 300))
            #expect(narrow.status == 2 && wide.status == 2, "\(arguments): \(narrow.status) \(narrow.stderr)")
            #expect(over(80, narrow.stderr).isEmpty, "\(arguments) in \(language): \(over(80, narrow.stderr))")
            #expect(words(wide.stderr) == words(narrow.stderr), "\(arguments) in \(language): \(narrow.stderr)")
            // Each bracketed part of the usage and the quoted command to run stay on one line.
            let lines = narrow.stderr.split(separator: "\n")
            for part in wide.stderr.matches(of: /\[--[a-z-]+(?: <[a-z-]+>)?\]|'shopfloor [^']*'/).map({ String($0.output) }) {
                #expect(lines.contains { $0.contains(part) }, "\(arguments) in \(language): \(part) is broken: \(narrow.stderr)")
            }
        }
    }

    @Test("what the workspace, key, bundle, history, calendar, report and map commands say fits 80 columns in English and Turkish",
        arguments: ["en", "tr"])
    func resultsFit(language: String) throws {
        let folder = try Scratch.folder("results-" + language)
        let district = PackageRoot.path("Graphs/district.yaml"), plant = PackageRoot.path("Graphs/automotive-plant.yaml")
        let steps: [[String]] = [
            ["keys", "new", "committee"], ["keys", "new", "mb"], ["keys", "show", "mb.pub"],
            ["init", "w.shopfloor"], ["import", "w.shopfloor", district],
            ["init", "p.shopfloor"], ["import", "p.shopfloor", plant],
            ["import", "p.shopfloor", PackageRoot.path("Examples/import/contacts-tij.dat"), "--kind", "ties", "--columns", "t,i,j",
             "--tie-kind", "coworker", "--add-missing-people"],
            ["cell", "key", "w.shopfloor", "mb-cell", "--set", "mb.pub"],
            ["person", "update", "w.shopfloor", "p-2157", "--assessment", "1"],
            ["log", "w.shopfloor", "--by", "p-2150", "--with", "p-2157", "--channel", "pub", "--date", "2026-11-02", "--outcome", "positive"],
            ["history", "w.shopfloor"], ["undo", "w.shopfloor"], ["history", "w.shopfloor"],
            ["bundle", "out", "w.shopfloor", "--cell", "mb-cell", "--key", "committee.key", "-o", "mb.bundle"],
            ["init", "mb.shopfloor", "--from-bundle", "mb.bundle", "--key", "mb.key", "--committee-key", "committee.pub"],
            ["bundle", "back", "mb.shopfloor", "--key", "mb.key", "-o", "back.bundle"],
            ["merge", "w.shopfloor", "back.bundle", "--key", "committee.key"],
            ["export", "w.shopfloor", "--format", "yaml", "--scope", "cell:mb-cell", "-o", "mb.yaml"],
            ["generate", "--people", "2000", "--workplaces", "8", "-o", "town.yaml"],
            ["plan", "gates", plant, "--into", "korfez-motor", "--week", "2026-11-23", "--ics", "gates.ics"],
            ["report", "penetration", district, "--html", "meeting.html"],
            ["map", "cells", district, "--paper", "a3", "-o", "cells.pdf"],
            ["map", "plant", plant, "--workplace", "korfez-motor", "--paper", "a3", "-o", "plant.pdf"],
        ]
        var environment = locale(language, columns: 80)
        environment["SHOPFLOOR_PASSPHRASE"] = "workspace passphrase"
        environment["SHOPFLOOR_KEY_PASSPHRASE"] = "key passphrase"
        for arguments in steps {
            let result = try CLI.run(arguments, environment: environment, in: URL(fileURLWithPath: folder))
            #expect(result.status == 0, "\(arguments.prefix(3)): \(result.stderr)")
            let wide = over(80, result.stdout) + over(80, result.stderr)
            #expect(wide.isEmpty, "\(arguments.prefix(3)) in \(language): \(wide.prefix(3))")
        }
    }

    @Test("the kept-away list names at most five people of the target plant and counts the rest")
    func keptAwayIsSummarised() throws {
        let result = try run(["plan", "reach", "Graphs/district.yaml", "--from", "dilovasi-street", "--into", "dilovasi-motor"],
            columns: 80)
        let lines = result.stdout.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Kept away from (") }) else {
            Issue.record("no kept-away list: \(result.stdout.suffix(600))")
            return
        }
        let rest = lines[(start + 1)...].prefix { !$0.isEmpty }
        #expect(lines[start].contains(" in dilovasi-motor):"))
        #expect(rest.count <= 5 + 2 + 3, "\(rest.count) lines: \(rest)")
        #expect(rest.last?.contains("--json lists every one") == true)
    }
}
