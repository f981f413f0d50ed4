import Foundation
import ShopfloorTestSupport
import Testing

/// The "wrote …" lines of export, bundle out, init --from-bundle, generate and a paged map say "1 workplace" and
/// "1 page", never "1 workplaces" or "1 pages"; a Turkish usage error suggests the option it guesses in Turkish.
@Suite("counts agree with their nouns; a Turkish usage error's suggestion is Turkish")
struct CountWordsCommandTests {
    static let env = ["SHOPFLOOR_PASSPHRASE": "workspace passphrase", "SHOPFLOOR_KEY_PASSPHRASE": "key passphrase"]

    /// Each "N noun" in `text` whose noun does not agree with N (`1 workplaces`, `3 person`).
    static func disagreements(_ text: String) throws -> [String] {
        var wrong: [String] = []
        for (one, other) in [("person", "people"), ("workplace", "workplaces"), ("place", "places"), ("tie", "ties"),
            ("contact", "contacts"), ("cell", "cells"), ("page", "pages")] {
            for match in text.matches(of: try Regex("\\b(\\d+) (\(one)|\(other))\\b")) {
                let count = Int(match.output[1].substring ?? "") ?? -1
                let noun = String(match.output[2].substring ?? "")
                if (count == 1) != (noun == one) { wrong.append(String(match.output[0].substring ?? "")) }
            }
        }
        return wrong
    }

    @Test("the agreement check itself finds '1 workplaces' and '2 person', and passes '1 tie, 0 contacts'")
    func checkFindsDisagreement() throws {
        #expect(Set(try Self.disagreements("Wrote x: 1 workplaces, 2 person, 1 tie, 0 contacts")) == ["1 workplaces", "2 person"])
    }

    @Test("export of a cell's scope says '1 workplace'")
    func exportSaysOneWorkplace() throws {
        let out = try Scratch.folder("count-export") + "/arapcesme.yaml"
        let result = try CLI.run(["export", "Graphs/automotive-plant.yaml", "--format", "yaml", "--scope", "cell:arapcesme-street",
            "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 workplace,"), "\(result.stdout)")
        #expect(try Self.disagreements(result.stdout).isEmpty, "\(result.stdout)")
        let turkish = try CLI.run(["export", "Graphs/automotive-plant.yaml", "--format", "yaml", "--scope", "cell:arapcesme-street",
            "-o", out], environment: ["LANG": "tr_TR.UTF-8"])
        #expect(turkish.stdout.contains("1 işyeri,") && !turkish.stdout.contains("{"), "\(turkish.stdout)")
    }

    @Test("bundle out says '1 workplace' and init --from-bundle counts its people in agreement")
    func bundleSaysOneWorkplace() throws {
        let dir = try Scratch.folder("count-bundle")
        func run(_ arguments: [String]) throws -> Subprocess.Result {
            try CLI.run(arguments, environment: Self.env, in: URL(fileURLWithPath: dir))
        }
        #expect(try run(["keys", "new", "committee"]).status == 0)
        #expect(try run(["keys", "new", "arap"]).status == 0)
        #expect(try run(["init", "c.shopfloor"]).status == 0)
        #expect(try run(["import", "c.shopfloor", PackageRoot.path("Graphs/automotive-plant.yaml")]).status == 0)
        #expect(try run(["cell", "key", "c.shopfloor", "arapcesme-street", "--set", "arap.pub"]).status == 0)
        let out = try run(["bundle", "out", "c.shopfloor", "--cell", "arapcesme-street", "--key", "committee.key", "-o", "a.bundle"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("1 workplace,"), "\(out.stdout)")
        #expect(try Self.disagreements(out.stdout).isEmpty, "\(out.stdout)")
        let made = try run(["init", "a.shopfloor", "--from-bundle", "a.bundle", "--key", "arap.key", "--committee-key", "committee.pub"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains(/: \d+ (person|people) \(committee key/), "\(made.stdout)")
        #expect(try Self.disagreements(made.stdout).isEmpty, "\(made.stdout)")
    }

    @Test("generate with one workplace says '1 workplace'")
    func generateSaysOneWorkplace() throws {
        let out = try Scratch.folder("count-generate") + "/one.yaml"
        let result = try CLI.run(["generate", "--people", "30", "--workplaces", "1", "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 workplace,"), "\(result.stdout)")
        #expect(try Self.disagreements(result.stdout).isEmpty, "\(result.stdout)")
    }

    @Test("a plant map on A4 says '1 page of a4' for one page and '7 pages of a4' for seven")
    func mapSaysOnePage() throws {
        let folder = try Scratch.folder("count-pages")
        let one = try CLI.run(["map", "plant", "Graphs/district.yaml", "--workplace", "ucuzcu-arapcesme", "--paper", "a4",
            "-o", folder + "/one.pdf"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stderr.contains("1 page of a4"), "\(one.stderr)")
        #expect(try Self.disagreements(one.stderr).isEmpty, "\(one.stderr)")
        let many = try CLI.run(["map", "plant", "Graphs/automotive-plant.yaml", "--workplace", "korfez-motor", "--paper", "a4",
            "-o", folder + "/many.pdf"])
        #expect(many.status == 0, "\(many.stderr)")
        #expect(many.stderr.contains(/\b([2-9]|\d\d+) pages of a4/), "\(many.stderr)")
        #expect(try Self.disagreements(many.stderr).isEmpty, "\(many.stderr)")
        let turkish = try CLI.run(["map", "plant", "Graphs/district.yaml", "--workplace", "ucuzcu-arapcesme", "--paper", "a4",
            "-o", folder + "/bir.pdf"], environment: ["LANG": "tr_TR.UTF-8"])
        #expect(turkish.stderr.contains("1 sayfa a4") && !turkish.stderr.contains("{"), "\(turkish.stderr)")
    }

    @Test("in Turkish, a mistyped option's 'Did you mean' is Turkish, the suggested option kept")
    func turkishSuggestion() throws {
        let result = try CLI.run(["plan", "reach", "Graphs/automotive-plant.yaml", "--into", "korfez-motor",
            "--from", "arapcesme-street", "--cost", "x.yaml"], environment: ["LANG": "tr_TR.UTF-8"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("'--costs' mı demek istediniz?"), "\(result.stderr)")
        #expect(!result.stderr.contains("Did you mean"), "\(result.stderr)")
        let english = try CLI.run(["plan", "reach", "Graphs/automotive-plant.yaml", "--into", "korfez-motor",
            "--from", "arapcesme-street", "--cost", "x.yaml"])
        #expect(english.stderr.contains("Did you mean '--costs'?"), "\(english.stderr)")
    }
}
