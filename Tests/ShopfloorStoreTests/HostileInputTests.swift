import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing

@testable import ShopfloorStore

/// The errors a hostile file got, or a recorded issue when it loaded.
private func refusal(_ text: String, path: String = "hostile.yaml") -> [Diagnostic] {
    refusal(Data(text.utf8), path: path)
}

private func refusal(_ data: Data, path: String = "hostile.yaml", format: GraphFile.Format = .yaml) -> [Diagnostic] {
    do {
        _ = try GraphFile.parse(data: data, path: path, format: format)
        Issue.record("expected the file to be refused")
        return []
    } catch {
        return error.diagnostics
    }
}

/// An alias bomb: nine levels of anchors, each a list of nine aliases of the one before (9^9 values in 365
/// bytes), the last one used as a mapping key.
let aliasBomb: String = {
    var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
    var previous = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
        lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        previous = name
    }
    lines.append("people:\n  - {? *i : x}")
    return lines.joined(separator: "\n") + "\n"
}()

@Suite("Hostile input is refused fast and with its place")
struct HostileInputTests {
    @Test func aliasBombAsMappingKeyIsRefusedAtTheAliasThatCrossesTheLimit() {
        // Today's reader hashed the expanded key for Yams's duplicate-key check: 42 s (release) before an error.
        let d = refusal(aliasBomb)
        #expect(d.count == 1)
        #expect(d.first?.line == 6)
        #expect(d.first?.column == 8)
        #expect(d.first?.message.contains("repeat more than 100000 values") == true)
        #expect(d.first?.hint?.contains("Shopfloor files need no aliases") == true)
    }

    @Test func aFewAliasesStillRead() throws {
        let graph = try GraphFile.parse(text: """
            workplaces:
              - id: w
                shifts:
                  - {id: w-a, time: 06:00-14:00, days: &week [mon, tue, wed, thu, fri]}
                  - {id: w-b, time: 14:00-22:00, days: *week}
            people:
              - &someone {id: p, workplace: w, frequents: []}
            """, path: "aliases.yaml")
        #expect(graph.shift("w-b")?.shift.days == Weekday.workweek)
        #expect(graph.people.count == 1)
    }

    @Test func aliasBeforeItsAnchorIsAnError() {
        let d = refusal("name: *nothing\n")
        #expect(d.map(\.message) == ["not valid YAML: found undefined alias"])
        #expect(d.first?.line == 1)
        #expect(d.first?.column == 7)
    }

    @Test func controlCharacterIsReportedWithLineAndColumn() {
        let d = refusal("name: plant\npeople:\n  - {id: a, name: \"Ay\u{01}se\"}\n")
        #expect(d.count == 1)
        #expect(d.first?.line == 3)
        #expect(d.first?.column == 22)
        #expect(d.first?.message == "control characters are not allowed: U+0001 is one")
    }

    @Test func notUTF8IsReportedWithLineAndColumn() {
        var data = Data("name: plant\npeople:\n  - {id: a, name: \"Ayşe ".utf8)
        data.append(contentsOf: [0xFF, 0x22, 0x7D, 0x0A])
        let d = refusal(data)
        #expect(d.count == 1)
        #expect(d.first?.line == 3)
        #expect(d.first?.column == 25)  // in characters: 'ş' is one
        #expect(d.first?.description.contains("not UTF-8") == true)
        // A character cut short at the end of the file, and an overlong encoding, are not UTF-8 either.
        #expect(refusal(Data("name: a".utf8) + [0xC3]).first?.column == 8)
        #expect(refusal(Data([0x61, 0x3A, 0x20, 0xC0, 0xAF])).first?.column == 4)
    }

    @Test func csvNotUTF8IsReportedWithLineAndColumn() {
        var data = Data("id,name\na,Ay".utf8)
        data.append(contentsOf: [0xFE, 0x0A])
        do {
            _ = try CSVTable.parse(data: data, path: "people.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.line == 2)
            #expect(error.diagnostics.first?.column == 5)
            #expect(error.description.contains("not UTF-8"))
        }
    }

    @Test func valuesEchoedInErrorsCarryNoTerminalEscapes() {
        // A crafted affiliation that clears the screen and prints a fake verdict.
        let d = refusal("people:\n  - {id: x, affiliation: \"\\e[2J\\e[H\\rgraph valid\\u202E\"}\n")
        #expect(d.count == 1)
        let text = d.map(\.description).joined()
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        #expect(text.contains(#"'\u{1B}[2J\u{1B}[H\u{D}graph valid\u{202E}' is not a known affiliation"#))
        // The error as a whole, as the command line prints it.
        let error = StoreError.invalid(path: "x\u{1B}]0;t\u{07}.yaml", diagnostics: d)
        #expect(!error.description.contains("\u{1B}"))
    }

    @Test(arguments: ["fifo", "device"])
    func specialFilesAreRefusedWithoutBlocking(kind: String) throws {
        let folder = try Scratch.folder("special-\(kind)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let names = ["graph.yaml", "people.csv", "costs.yaml", "plan.json", "w.shopfloor"]
        var writers: [Thread] = []
        for name in names {
            let path = folder + "/" + name
            if kind == "fifo" {
                #expect(mkfifo(path, 0o600) == 0)
                writers.append(feed(fifo: path, with: name == "people.csv" ? "id\na\n" : "name: fed\n"))
            } else {
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/null")
            }
        }
        defer { for writer in writers { writer.cancel() } }
        let expected = kind == "fifo" ? "not a regular file but a named pipe (FIFO)" : "not a regular file but a character device"
        func expectRefused(_ name: String, _ read: (String) throws -> Void) {
            do {
                try read(folder + "/" + name)
                Issue.record("\(name): expected a refusal")
            } catch {
                #expect("\(error)".contains(expected), "\(name): \(error)")
            }
        }
        expectRefused("graph.yaml") { _ = try GraphFile.load(path: $0) }
        expectRefused("people.csv") { _ = try SpreadsheetImport.run(paths: [$0], into: OrganizingGraph()) }
        expectRefused("costs.yaml") { _ = try SettingsFile.decode([String: Double].self, path: $0) }
        expectRefused("plan.json") { _ = try InputFile.read(path: $0) }
        expectRefused("w.shopfloor") { _ = try Workspace.open(at: $0, passphrase: { () throws(StoreError) in "" }) }
        #expect(!Workspace.isWorkspace(path: folder + "/graph.yaml"))
    }

    /// A thread that, for a few seconds, offers `text` to whoever opens the FIFO for reading: a reader that
    /// waits on the FIFO (today's) gets a valid file and the test fails instead of hanging.
    private func feed(fifo path: String, with text: String) -> Thread {
        let thread = Thread {
            for _ in 0..<40 where !Thread.current.isCancelled {
                let fd = open(path, O_WRONLY | O_NONBLOCK)
                if fd >= 0 {
                    _ = text.withCString { write(fd, $0, strlen($0)) }
                    close(fd)
                    return
                }
                usleep(100_000)
            }
        }
        thread.start()
        return thread
    }
}
