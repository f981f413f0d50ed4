import Foundation
import ShopfloorTestSupport
import Testing

/// Everything a command prints with `--lang tr` is Turkish: a representative run of every command on the samples
/// (output, progress lines, errors and `--help`) holds none of the English words Shopfloor's messages are made of.
/// Ids, file names, options, vocabulary words a person types and the samples' own data are left out of the check.
@Suite struct TurkishOutputTests {
    /// English words of Shopfloor's messages that no Turkish sentence contains.
    static let english: Set<String> = [
        "the", "and", "of", "with", "without", "for", "from", "into", "no", "nothing", "none", "never", "must",
        "cannot", "wrote", "written", "write", "workers", "members", "people", "cells", "cell", "ties", "contacts",
        "contact", "workplace", "workplaces", "shift", "shifts", "shop", "shops", "gate", "gates", "reached",
        "warning", "warnings", "diagnosis", "penetration", "mapped", "last", "days", "kind", "name", "names", "alias",
        "hidden", "shown", "example", "examples", "usage", "options", "show", "print", "error", "found", "file",
        "added", "removed", "changed", "saved", "logged", "applied", "proposed", "expanding", "covered", "why",
        "next", "step", "steps", "path", "paths", "via", "through", "member", "sympathizer", "sympathizers",
        "undecided", "supportive", "hostile", "opposed", "leader", "large", "small", "plant", "plants", "street",
        "committee", "union", "target", "targets", "district", "sector", "headcount", "affiliation", "assessment",
        "strength", "channel", "outcome", "notes", "date", "place", "places", "home", "address", "role", "employer",
        "is", "are", "was", "be", "this", "that", "these", "it", "its", "their", "they", "or", "to", "by",
        "if", "when", "which", "who", "what", "how", "only", "every", "each", "all", "one", "two",
        "exact", "greedy", "choice",
    ]

    /// The samples' own words (names in the graph files) and command-line words that stay as they are.
    static let data: [String] = [
        "automotive plant (fictional sample)", "(fictional sample)", "Gebze — Körfez Motor automotive plant",
        "body shop", "Kaynak ve gövde (body shop)", "Gebze – Dilovası – Çayırova industrial district",
        "Maslak office plaza — banks, insurance, IT",
    ]

    /// Words a person types as input (vocabulary, sheet and column names, option values): `--help` lists them as
    /// they are, in every language.
    static let inputWords: Set<String> = [
        "people", "workplaces", "shops", "shifts", "places", "cells", "ties", "contacts", "assessment", "member",
        "sympathizer", "tie", "coworker", "friend", "relative", "neighbour", "commute", "union", "gate", "pub", "home",
        "other", "positive", "committee", "cell", "workplace", "street", "district", "sector", "employer", "shift",
    ]

    /// The English words of `text` outside ids, options, paths, code, value lists, metavariables and the samples'
    /// data; `ignoring` words are left out too.
    static func englishWords(_ text: String, ignoring: Set<String> = []) -> [String] {
        var text = text
        for phrase in data { text = text.replacingOccurrences(of: phrase, with: " ") }
        // `code` (possibly wrapped over lines) and value lists keep their words.
        text = text.replacingOccurrences(of: "`[^`]*`", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "\\(değerler: [^)]*\\)", with: " ", options: .regularExpression)
        var found: [String] = []
        for line in text.split(separator: "\n") {
            // Command examples, usage lines, JSON and listed values keep their English words.
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("shopfloor ") || trimmed.hasPrefix("SHOPFLOOR_") || trimmed.hasPrefix("\"")
                || trimmed.hasPrefix("KULLANIM:") || trimmed.hasPrefix("Kullanım:") || trimmed.hasPrefix("- ") { continue }
            for token in line.split(whereSeparator: { $0.isWhitespace }) {
                // Ids, options, files, key=value, metavariables (CELL, FILE): not words of a sentence.
                if token.contains(where: { "-_./=`<>[]{}|:@0123456789".contains($0) }) && !token.hasSuffix(":") && !token.hasSuffix(".") {
                    continue
                }
                let letters = token.filter(\.isLetter)
                if !letters.isEmpty && letters == letters.uppercased() && letters.count > 1 { continue }
                let word = token.trimmingCharacters(in: .punctuationCharacters).lowercased()
                if english.contains(word) && !ignoring.contains(word) { found.append(String(line)) ; break }
            }
        }
        return found
    }

    /// The check itself finds English.
    @Test func theCheckFindsEnglish() {
        #expect(Self.englishWords("Wrote map.svg: 12 people, 3 cells") == ["Wrote map.svg: 12 people, 3 cells"])
        #expect(Self.englishWords("  p-0142  km-body  arapcesme-street --reveal-names").isEmpty)
        #expect(Self.englishWords("12 kişi, 3 hücre yazıldı").isEmpty)
    }

    static let plant = "Graphs/automotive-plant.yaml"
    static let district = "Graphs/district.yaml"

    /// Commands on the samples, read-only.
    static let readOnly: [[String]] = [
        ["check", plant], ["check", district],
        ["list", plant, "people", "--limit", "5"], ["list", plant, "workplaces"], ["list", plant, "cells"],
        ["list", plant, "places"], ["list", plant, "people", "--affiliation", "nobody-is-this"],
        ["list", plant, "people", "--sort", "nothing-like-this"],
        ["show", plant, "korfez-motor"], ["show", plant, "p-1172"], ["show", plant, "arapcesme-street"],
        ["find", plant, "korfez"], ["find", plant, "zzzz"],
        ["plan", "reach", plant, "--from", "arapcesme-street", "--into", "korfez-motor"],
        ["plan", "core", plant, "--from", "arapcesme-street", "--into", "korfez-motor"],
        ["plan", "gates", plant, "--from", "arapcesme-street", "--into", "korfez-motor", "--week", "2026-11-23"],
        ["plan", "attach", district],
        ["report", "penetration", district, "--today", "2026-11-29"],
        ["report", "penetration", district, "--today", "2026-11-29", "--by", "district"],
        ["plan", "expand", plant, "--cell", "km-cell"],
        ["plan", "reach", plant, "--from", "nobody-here", "--into", "korfez-motor"],
        ["list", plant, "people", "--sort", "son-görüşme", "--limit", "3"],
        ["check", "Graphs/office-plaza.yaml"],
        ["check", "no-such-file.yaml"],
        ["show", plant, "no-such-id"],
    ]

    @Test(arguments: readOnly) func readOnlyCommandsSpeakTurkish(arguments: [String]) throws {
        let r = try CLI.run(arguments + ["--lang", "tr"])
        #expect(r.status != 64 && !r.stderr.contains("--lang"), "\(arguments): \(r.stderr)")
        let english = Self.englishWords(r.stdout + "\n" + r.stderr)
        #expect(english.isEmpty, "\(arguments.joined(separator: " ")) printed English:\n\(english.joined(separator: "\n"))")
    }

    /// Every command's `--help` is Turkish, the parser's frame (`USAGE:`, `OPTIONS:`) included, and every
    /// command takes `--lang`.
    @Test func everyHelpSpeaksTurkish() throws {
        let root = try CLI.run(["--help", "--lang", "tr"])
        #expect(root.status == 0, "\(root.stderr)")
        var commands: [[String]] = []
        // The subcommands the root help lists (two levels), each asked for its help in Turkish.
        for name in ["check", "init", "import", "setting", "export", "generate", "log", "list", "show", "find", "history",
            "undo", "keys", "bundle", "merge", "serve", "person", "tie", "cell", "workplace", "map", "plan", "report"] {
            commands.append([name])
        }
        for (group, subs) in [("map", ["plant", "district", "cells"]), ("plan", ["reach", "core", "expand", "gates", "attach"]),
            ("report", ["penetration"]), ("person", ["add", "update", "remove"]), ("tie", ["add", "remove"]),
            ("cell", ["add", "remove", "key"]), ("workplace", ["add", "remove"]), ("keys", ["new", "show"]),
            ("bundle", ["out", "back"])] {
            for sub in subs { commands.append([group, sub]) }
        }
        var failures: [String] = []
        for command in commands {
            let r = try CLI.run(command + ["--help", "--lang", "tr"])
            if r.status != 0 { failures.append("\(command): exit \(r.status) \(r.stderr)"); continue }
            // A subcommand's name heads its line in a group's list.
            let text = r.stdout.split(separator: "\n").map { line in
                line.hasPrefix("  ") && !line.hasPrefix("   ") && !line.hasPrefix("  shopfloor ")
                    ? String(line.drop { $0 == " " }.drop { $0 != " " }) : String(line)
            }.joined(separator: "\n")
            let english = Self.englishWords(text, ignoring: Self.inputWords)
            if !english.isEmpty { failures.append("\(command.joined(separator: " ")) --help:\n" + english.joined(separator: "\n")) }
            if !r.stdout.contains("KULLANIM:") { failures.append("\(command): no KULLANIM:") }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// A workspace's life in Turkish: created, imported, edited, logged, listed, undone, exported, mapped.
    @Test func workspaceCommandsSpeakTurkish() throws {
        let folder = try Scratch.folder("turkish-output")
        let ws = folder + "/tr.shopfloor"
        let steps: [[String]] = [
            ["init", ws], ["import", ws, Self.plant],
            ["person", "add", ws, "p-9001", "--workplace", "korfez-motor", "--affiliation", "sempatizan"],
            ["person", "update", ws, "p-9001", "--assessment", "2"],
            ["tie", "add", ws, "p-9001", "p-1172", "--kind", "arkadaş"],
            ["log", ws, "--by", "p-1172", "--with", "p-9001", "--channel", "kapı", "--outcome", "olumlu", "--date", "2026-11-20"],
            ["history", ws, "--limit", "5"], ["undo", ws], ["person", "remove", ws, "p-9001"],
            ["tie", "remove", ws, "p-0000", "p-0001"],
            ["export", ws, "--format", "yaml", "-o", folder + "/out.yaml"], ["export", ws, "--format", "yaml", "-o", folder + "/out.yaml"],
            ["map", "plant", ws, "--workplace", "korfez-motor", "-o", folder + "/plant.svg"],
            ["map", "district", "Graphs/district.yaml", "-o", folder + "/district.svg"],
            ["report", "penetration", "Graphs/district.yaml", "--today", "2026-11-29", "--html", folder + "/report.html"],
            ["generate", "-o", folder + "/world.yaml", "--people", "300", "--seed", "4"],
            ["plan", "attach", ws], ["plan", "gates", ws, "--from", "arapcesme-street", "--into", "korfez-motor",
                "--week", "2026-11-23", "--ics", folder + "/gates.ics"],
            ["check", folder + "/missing.yaml"], ["list", ws, "people", "--limit", "-1"],
        ]
        var failures: [String] = []
        for step in steps {
            let r = try CLI.run(step + ["--lang", "tr"], environment: ["SHOPFLOOR_PASSPHRASE": ""])
            let english = Self.englishWords(r.stdout + "\n" + r.stderr)
            if !english.isEmpty { failures.append("\(step.joined(separator: " ")):\n" + english.joined(separator: "\n")) }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        // The report page itself is Turkish too.
        let html = (try? String(contentsOfFile: folder + "/report.html", encoding: .utf8)) ?? ""
        #expect(html.contains("lang=\"tr\"") || html.contains("Tanı"), "the report is not Turkish")
    }
}
