import Foundation
import ShopfloorTestSupport
import Testing
@testable import ShopfloorText

/// The catalogs: every language has every key, every key is used, placeholders agree, and languages are the
/// catalog files there are.
@Suite struct CatalogTests {
    static let catalogs: [(Language, Catalog)] = Language.all.compactMap { l in (try? Catalog.load(l)).map { (l, $0) } }

    /// Every Swift source of the package, as text.
    static let sources: [String] = {
        let root = PackageRoot.url("Sources")
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
    }()

    @Test func theLanguagesAreTheCatalogFilesInTheResources() throws {
        let folder = PackageRoot.url("Sources/ShopfloorText/Resources")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
        #expect(Language.all.map(\.code) == files)
        #expect(files.contains("en") && files.contains("tr"))
        // Every catalog file loads: a third language is one more file and nothing else.
        #expect(Self.catalogs.count == files.count)
    }

    @Test func everyLanguageHasEveryKey() throws {
        let english = try Catalog.load(.english)
        for (language, catalog) in Self.catalogs {
            let missing = Set(english.messages.keys).subtracting(catalog.messages.keys).sorted()
            let extra = Set(catalog.messages.keys).subtracting(english.messages.keys).sorted()
            #expect(missing.isEmpty, "\(language).json lacks \(missing)")
            #expect(extra.isEmpty, "\(language).json has keys en.json lacks: \(extra)")
        }
    }

    @Test func translationsUseTheSourcePlaceholders() throws {
        let english = try Catalog.load(.english)
        for (language, catalog) in Self.catalogs {
            for (key, source) in english.messages {
                guard let translation = catalog.messages[key] else { continue }
                #expect(Set(Catalog.placeholders(in: translation)) == Set(Catalog.placeholders(in: source)),
                    "\(language).json: '\(key)' has placeholders \(Catalog.placeholders(in: translation)), en.json \(Catalog.placeholders(in: source))")
            }
        }
    }

    @Test func noEmptyMessages() {
        for (language, catalog) in Self.catalogs {
            let empty = catalog.messages.filter { $0.value.isEmpty }.keys.sorted()
            #expect(empty.isEmpty, "\(language).json has empty messages: \(empty)")
        }
    }

    /// Every string literal of the sources that looks like a key (letters, digits, `.`, `_`, `-`), found by a plain
    /// scan (a `Regex` over the whole package takes minutes in a debug build).
    static let literals: Set<String> = {
        var found: Set<String> = []
        for source in sources {
            // Each quote followed by key characters and another quote: no state to lose on escaped quotes.
            let characters = Array(source)
            var i = 0
            while i < characters.count {
                defer { i += 1 }
                guard characters[i] == "\"" else { continue }
                var j = i + 1
                while j < characters.count, characters[j].isLetter || characters[j].isNumber || "._-".contains(characters[j]) { j += 1 }
                if j < characters.count, characters[j] == "\"", j > i + 1 { found.insert(String(characters[(i + 1)..<j])) }
            }
        }
        return found
    }()

    /// The keys the sources look up: the first argument of `Text.string`, `text.string`, `Text.plural` and
    /// `Message` (plurals as their `.one` and `.other` keys).
    static let lookedUp: [String] = {
        var keys: [String] = []
        for source in sources {
            for (call, plural) in [("Text.string(\"", false), ("text.string(\"", false), ("Message(\"", false),
                ("Text.plural(\"", true), ("text.plural(\"", true)] {
                var rest = Substring(source)
                while let range = rest.range(of: call) {
                    rest = rest[range.upperBound...]
                    guard let end = rest.firstIndex(of: "\"") else { break }
                    let key = String(rest[..<end])
                    keys += plural ? [key + ".one", key + ".other"] : [key]
                }
            }
        }
        return keys
    }()

    /// A key is used when the sources spell it as a string literal (a plural's base key for `.one`/`.other`).
    @Test func everyKeyIsUsed() throws {
        let english = try Catalog.load(.english)
        #expect(!Self.sources.isEmpty)
        var unused: [String] = []
        for key in english.messages.keys.sorted() {
            var base = key
            for suffix in [".one", ".other"] where key.hasSuffix(suffix) { base = String(key.dropLast(suffix.count)) }
            if !Self.literals.contains(key) && !Self.literals.contains(base) { unused.append(key) }
        }
        #expect(unused.isEmpty, "keys no source uses: \(unused)")
    }

    /// Every key the sources look up exists in the English catalog (a typo in a key fails here).
    @Test func everyKeyLookedUpExists() throws {
        let english = try Catalog.load(.english)
        #expect(Self.lookedUp.count > 100)
        let missing = Self.lookedUp.filter { english.messages[$0] == nil }
        #expect(missing.isEmpty, "keys the sources use that en.json lacks: \(missing)")
    }

    @Test func placeholdersAreFilledAndMissingOnesShow() throws {
        let english = try Text(.english)
        let turkish = try Text(.turkish)
        #expect(english.plural("check.rules.warnings", count: 1) == "1 warning")
        #expect(english.plural("check.rules.warnings", count: 2) == "2 warnings")
        #expect(turkish.plural("check.rules.warnings", count: 2) == "2 uyarı")
        #expect(turkish.string("cli.error", ["message": "x"]) == "hata: x")
        #expect(english.string("cli.error") == "error: {message}")
        #expect(english.string("no.such.key") == "no.such.key")
    }
}
