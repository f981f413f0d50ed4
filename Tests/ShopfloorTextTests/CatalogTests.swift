import Foundation
import ShopfloorTestSupport
import Testing
@testable import ShopfloorText

/// The catalogs: every language has every key, every key is used, placeholders agree, and languages are the
/// catalog files there are.
@Suite struct CatalogTests {
    static let catalogs: [(Language, Catalog)] = Language.all.compactMap { l in (try? Catalog.load(l)).map { (l, $0) } }

    /// Every Swift source of the package, as bytes (scanned byte by byte: `Character` walks and `Regex` over
    /// the whole package took minutes in a debug build under load).
    static let sources: [[UInt8]] = {
        let root = PackageRoot.url("Sources")
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
            .compactMap { try? Data(contentsOf: $0) }.map { [UInt8]($0) }
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

    /// Whether a byte may be part of a key: ASCII letters and digits, `.`, `_`, `-`.
    static func isKeyByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x5F || b == 0x2D
    }

    /// Every string literal of the sources that looks like a key (key bytes between two quotes), found in one
    /// pass over each file's bytes: no state to lose on escaped quotes.
    static let literals: Set<String> = sources.reduce(into: []) { $0.formUnion(literals(in: $1)) }

    /// The key-like string literals of one file's bytes.
    static func literals(in bytes: [UInt8]) -> Set<String> {
        var found: Set<String> = []
        var i = 0
        while i < bytes.count {
            guard bytes[i] == 0x22 else { i += 1; continue }
            var j = i + 1
            while j < bytes.count, isKeyByte(bytes[j]) { j += 1 }
            if j < bytes.count, bytes[j] == 0x22, j > i + 1 {
                found.insert(String(decoding: bytes[(i + 1)..<j], as: UTF8.self))
            }
            // Bytes between i and j are key bytes, none a quote; the one at j may open the next literal.
            i = j
        }
        return found
    }

    /// The keys the sources look up: the first argument of `Text.string`, `text.string`, `Text.plural` and
    /// `Message` (plurals as their `.one` and `.other` keys), found in one pass over each file's bytes.
    static let lookedUp: [String] = sources.flatMap { lookedUp(in: $0) }

    /// The keys one file's bytes look up.
    static func lookedUp(in bytes: [UInt8]) -> [String] {
        let calls: [([UInt8], Bool)] = [("Text.string(\"", false), ("text.string(\"", false), ("Message(\"", false),
            ("Text.plural(\"", true), ("text.plural(\"", true)].map { (Array($0.0.utf8), $0.1) }
        var keys: [String] = []
        var i = 0
        while i < bytes.count {
            // Every call spelling ends in `("`: look for that pair, then at what precedes it.
            guard bytes[i] == 0x28, i + 1 < bytes.count, bytes[i + 1] == 0x22 else { i += 1; continue }
            let end = i + 2
            for (call, plural) in calls where end >= call.count && bytes[(end - call.count)..<end].elementsEqual(call) {
                var j = end
                while j < bytes.count, bytes[j] != 0x22 { j += 1 }
                let key = String(decoding: bytes[end..<min(j, bytes.count)], as: UTF8.self)
                keys += plural ? [key + ".one", key + ".other"] : [key]
            }
            i = end
        }
        return keys
    }

    /// The scanners find what they must and nothing else, so the two tests above can fail.
    @Test func theScannersFindKeysAndLookUps() {
        let source = Array(#"let a = Text.string("x.y", ["n": 1]) + text.plural("p.q", count: 2); f("not a key", "k-1")"#.utf8)
        #expect(Self.literals(in: source) == ["x.y", "n", "p.q", "k-1"])
        #expect(Self.lookedUp(in: source) == ["x.y", "p.q.one", "p.q.other"])
        #expect(Self.lookedUp(in: Array(#"Message("m.k") f("z")"#.utf8)) == ["m.k"])
        #expect(Self.literals.contains("check.valid") && Self.lookedUp.contains("check.valid"))
    }

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
