import Foundation
import ShopfloorTestSupport
import Testing

/// The bytes that drive a terminal: C0 controls other than line feed and tab, DEL and C1 controls.
private func hasTerminalControls(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" || (0x7F...0x9F).contains($0.value) }
}

@Suite("Hostile input at the command line")
struct HostileInputCommandTests {
    @Test func aCraftedAffiliationCannotClearTheScreenOrFakeAVerdict() throws {
        let path = try CLI.temporaryFile("crafted.yaml", """
            people:
              - {id: x, affiliation: "\\e[2J\\e[H\\e[32mgraph valid\\e[0m"}
            """)
        let result = try CLI.run(["check", path], environment: ["NO_COLOR": ""])
        #expect(result.status == 1)
        #expect(!hasTerminalControls(result.stderr), "\(result.stderr.debugDescription)")
        #expect(result.stderr.contains(#"'\u{1B}[2J\u{1B}[H\u{1B}[32mgraph valid\u{1B}[0m' is not a known affiliation"#))
    }

    @Test func aCraftedNameIsShownEscapedInHumanOutput() throws {
        let path = try CLI.temporaryFile("name.yaml", """
            name: "Plant\\e]0;pwned\\a\\r"
            people:
              - {id: x, name: "A\\e[8m", workplace: w}
            workplaces: [{id: w, name: "W\\u202Eorks"}]
            """)
        let result = try CLI.run(["check", path])
        #expect(result.status == 0)
        #expect(!hasTerminalControls(result.stdout), "\(result.stdout.debugDescription)")
        // The escaped name, then the file in brackets (on the next line when the heading is wrapped to 80 columns,
        // which depends on the length of the scratch folder's name).
        let escaped = #"Plant\u{1B}]0;pwned\u{7}\u{D}"#
        #expect(result.stdout.hasPrefix(escaped + " (") || result.stdout.hasPrefix(escaped + "\n  ("),
            "\(result.stdout.prefix(120).debugDescription)")
    }

    @Test func aFIFOGivenAsGraphFileIsRefusedNotWaitedOn() throws {
        let folder = try Scratch.folder("fifo")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/graph.yaml"
        #expect(mkfifo(path, 0o600) == 0)
        // Today's command waits for a writer; this one writes a valid file after a moment, so that the old
        // behaviour shows as a pass of `check` rather than as a hang.
        let feeder = Thread {
            for _ in 0..<50 where !Thread.current.isCancelled {
                let fd = open(path, O_WRONLY | O_NONBLOCK)
                if fd >= 0 {
                    _ = "name: fed\n".withCString { write(fd, $0, strlen($0)) }
                    close(fd)
                    return
                }
                usleep(100_000)
            }
        }
        feeder.start()
        defer { feeder.cancel() }
        let result = try CLI.run(["check", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("not a regular file but a named pipe (FIFO)"), "\(result.stderr)")
    }
}
