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

    /// A key is used when the sources spell it as a string literal (a plural's base key for `.one`/`.other`).
    @Test func everyKeyIsUsed() throws {
        let english = try Catalog.load(.english)
        let text = Self.sources.joined(separator: "\n")
        #expect(!Self.sources.isEmpty)
        var unused: [String] = []
        for key in english.messages.keys.sorted() {
            var base = key
            for suffix in [".one", ".other"] where key.hasSuffix(suffix) { base = String(key.dropLast(suffix.count)) }
            if !text.contains("\"\(key)\"") && !text.contains("\"\(base)\"") { unused.append(key) }
        }
        #expect(unused.isEmpty, "keys no source uses: \(unused)")
    }

    /// Every key the sources look up exists in the English catalog (a typo in a key fails here).
    @Test func everyKeyLookedUpExists() throws {
        let english = try Catalog.load(.english)
        let pattern = try Regex(#"(?:\b[Tt]ext\.string|\bMessage)\(\s*"([A-Za-z0-9_.-]+)""#)
        let pluralPattern = try Regex(#"\b[Tt]ext\.plural\(\s*"([A-Za-z0-9_.-]+)""#)
        var missing: [String] = []
        for source in Self.sources {
            for match in source.matches(of: pattern) {
                guard let key = match.output[1].substring.map(String.init) else { continue }
                if english.messages[key] == nil { missing.append(key) }
            }
            for match in source.matches(of: pluralPattern) {
                guard let key = match.output[1].substring.map(String.init) else { continue }
                for form in [".one", ".other"] where english.messages[key + form] == nil { missing.append(key + form) }
            }
        }
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
