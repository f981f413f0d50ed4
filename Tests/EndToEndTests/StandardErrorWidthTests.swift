import Foundation
import ShopfloorTestSupport
import Testing

/// What a command says on standard error (notes, errors with their file:line:column and hints, "wrote …") fits
/// the terminal too: long lines are wrapped at spaces, no word is lost, and a span in backticks (a line to copy
/// into a file, a command) is never broken.
@Suite("standard error fits the terminal, end to end")
struct StandardErrorWidthTests {
    /// Lines of `text` longer than `columns`.
    func over(_ columns: Int, _ text: String) -> [Substring] { text.split(separator: "\n").filter { $0.count > columns } }

    /// The words of `text`, whatever the line breaks.
    func words(_ text: String) -> [Substring] { text.split(whereSeparator: { $0 == " " || $0 == "\n" }) }

    @Test("an invalid graph file's errors and hints wrap at 80 and keep every word", arguments: ["C.UTF-8", "tr_TR.UTF-8"])
    func invalidFileErrors(locale: String) throws {
        let narrow = try CLI.run(["check", "Examples/bad.yaml"], environment: ["COLUMNS": "80", "LANG": locale])
        let wide = try CLI.run(["check", "Examples/bad.yaml"], environment: ["COLUMNS": "300", "LANG": locale])
        #expect(narrow.status == 1 && wide.status == 1)
        #expect(over(80, wide.stderr).count > 0, "the wide layout has long lines, so this test can fail")
        #expect(over(80, narrow.stderr).isEmpty, "lines over 80: \(over(80, narrow.stderr))")
        #expect(words(narrow.stderr) == words(wide.stderr))
        // Without a terminal or COLUMNS (a log, a script) every message stays on one line.
        let piped = try CLI.run(["check", "Examples/bad.yaml"], environment: ["COLUMNS": "", "LANG": locale])
        #expect(piped.stderr == wide.stderr)
        // Every error still starts its own line with file:line:column.
        #expect(narrow.stderr.split(separator: "\n").filter { $0.hasPrefix("Examples/bad.yaml:") }.count == 6)
    }

    @Test("the random-aliases note wraps at 80 and keeps the line to copy whole")
    func aliasNote() throws {
        let arguments = ["plan", "reach", "Examples/gebze-sample.yaml", "--from", "kirazli-street", "--into", "anadolu-oto"]
        let narrow = try CLI.run(arguments, environment: ["COLUMNS": "80"])
        #expect(narrow.status == 0, "\(narrow.stderr)")
        #expect(narrow.stderr.contains("alias secret"), "\(narrow.stderr)")
        #expect(over(80, narrow.stderr).isEmpty, "lines over 80: \(over(80, narrow.stderr))")
        let copy = narrow.stderr.split(separator: "\n").filter { $0.contains("`alias-secret: ") }
        #expect(copy.count == 1 && copy.first.map { $0.split(separator: "`").count >= 2 } == true,
            "the backticked line is on one line: \(narrow.stderr)")
        #expect(copy.first?.range(of: #"`alias-secret: [0-9a-f]{32}`"#, options: .regularExpression) != nil)
    }

    @Test("the map's 'wrote' line wraps at 60")
    func wroteLine() throws {
        let output = try Scratch.folder() + "/cells.pdf"
        let result = try CLI.run(["map", "cells", "Graphs/district.yaml", "--paper", "a3", "-o", output],
            environment: ["COLUMNS": "60"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains(output))
        #expect(over(60, result.stderr).isEmpty || over(60, result.stderr).allSatisfy { !$0.trimmingCharacters(in: .whitespaces).contains(" ") },
            "lines over 60: \(over(60, result.stderr))")
        #expect(words(result.stderr).contains("smallest") && words(result.stderr).contains("pt)"))
    }
}
