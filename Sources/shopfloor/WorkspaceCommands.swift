import ArgumentParser
import Foundation
import ShopfloorModel
import ShopfloorStore

/// `shopfloor init`: creates an empty workspace, plain or encrypted.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace: one SQLite file holding the organization's map, optionally encrypted.",
        discussion: """
            With --encrypt the whole database is sealed with a key derived from a passphrase (scrypt, \
            ChaCha20-Poly1305); the passphrase comes from SHOPFLOOR_PASSPHRASE or is asked for without echo. \
            Every write keeps the previous version as <workspace>.bak.

            Examples:
              shopfloor init committee.shopfloor
              SHOPFLOOR_PASSPHRASE=… shopfloor init committee.shopfloor --encrypt
            """
    )

    @Argument(help: "The workspace file to create (e.g. committee.shopfloor).")
    var workspace: String

    @Flag(help: "Encrypt the workspace with a passphrase.")
    var encrypt = false

    func run() throws {
        let passphrase = encrypt ? try Passphrase.new(for: workspace) : nil
        let created = try Workspace.create(at: workspace, passphrase: passphrase)
        Terminal.print("Created \(created.isEncrypted ? "encrypted " : "")workspace \(workspace)")
    }
}

/// `shopfloor rekey`: changes a workspace's passphrase, or encrypts or decrypts it.
struct RekeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rekey",
        abstract: "Change a workspace's passphrase (or encrypt a plain one, or --decrypt it).",
        discussion: """
            The current passphrase comes from SHOPFLOOR_PASSPHRASE (or a prompt), the new one from \
            SHOPFLOOR_NEW_PASSPHRASE (or a prompt, typed twice). The old file is kept as <workspace>.bak: \
            delete it once you have checked the new passphrase, since it opens with the old one.

            Example:
              shopfloor rekey committee.shopfloor
            """
    )

    @Argument(help: "The workspace.")
    var workspace: String

    @Flag(help: "Store the workspace unencrypted.")
    var decrypt = false

    func run() throws {
        let opened = try Source.workspace(workspace)
        let passphrase = decrypt ? nil : try Passphrase.new(for: workspace, variable: "SHOPFLOOR_NEW_PASSPHRASE")
        let removedPlainBackup = try opened.rekey(to: passphrase)
        Terminal.print(decrypt ? "\(workspace) is now stored unencrypted" : "\(workspace) is sealed with the new passphrase")
        if removedPlainBackup {
            Terminal.print("The unencrypted previous version was deleted. Its blocks may remain on the disk: "
                + "on a laptop that may be seized, start from an encrypted workspace on an encrypted disk.")
        } else {
            Terminal.print("The previous version is \(workspace).bak\(decrypt ? "" : " (it opens with the old passphrase)"); "
                + "remove it when you no longer need it.")
        }
    }
}

/// `shopfloor import`: merges graph files and spreadsheets into a workspace, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import graph files (.yaml/.json) and spreadsheets (.csv) into a workspace, all or nothing.",
        discussion: """
            A CSV file holds one kind of record, told by its name (people.csv, workplaces.csv, shops.csv, \
            shifts.csv, places.csv, cells.csv, ties.csv, contacts.csv, or Turkish names such as kisiler.csv) \
            or by --kind. Columns are matched by header, ignoring case and accents (Değerlendirme = \
            degerlendirme = assessment); the mapping is printed. Comma, semicolon and tab are recognized; \
            UTF-8 with or without BOM. Records are upserted by id: importing the same files again changes \
            nothing. One bad row and nothing is imported; every problem is listed with file, row and column.

            Exit codes: 0 imported, 1 a problem in the files (nothing changed), 2 usage error.

            Examples:
              shopfloor import committee.shopfloor Graphs/district.yaml
              shopfloor import committee.shopfloor workplaces.csv shops.csv people.csv ties.csv
            """
    )

    @Argument(help: "The workspace.")
    var workspace: String

    @Argument(help: "Graph files and CSV files.")
    var files: [String]

    @Option(help: "The kind of every CSV file (default: told by each file's name or header).")
    var kind: SpreadsheetKind?

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() throws {
        let opened = try Source.workspace(workspace)
        let before = try opened.graph()
        var bar = ProgressBar(title: "importing")
        let outcome = try SpreadsheetImport.run(paths: files, into: before, kind: kind) { done, total in
            if total >= 1000 { bar.update(done, of: total) }
        }
        try opened.replaceGraph(with: outcome.graph, action: "import")
        let after = outcome.graph
        let counts = [("people", before.people.count, after.people.count), ("workplaces", before.workplaces.count, after.workplaces.count),
            ("places", before.places.count, after.places.count), ("cells", before.cells.count, after.cells.count),
            ("ties", before.ties.count, after.ties.count), ("contacts", before.contacts.count, after.contacts.count)]
        if json {
            try JSONOutput.print(ImportReport(workspace: workspace, files: outcome.files,
                counts: Dictionary(uniqueKeysWithValues: counts.map { ($0.0, $0.2) })))
            return
        }
        for file in outcome.files {
            Terminal.print(Terminal.styled(file.file, .bold) + ": \(file.kind), \(file.rows) \(file.kind == "graph" ? "records" : "rows")"
                + (file.delimiter.map { ", delimiter '\($0)'" } ?? ""))
            guard !file.columns.isEmpty else { continue }
            var table = TextTable(["column", "header", "field"])
            for c in file.columns { table.add([c.column, c.header, c.field ?? Terminal.styled("ignored", .yellow)]) }
            Terminal.print(table.render(indent: "  "))
        }
        var table = TextTable(["records", "before", "after"], alignments: [.left, .right, .right])
        for (name, old, new) in counts { table.add([name, "\(old)", "\(new)"]) }
        Terminal.print(table.render())
    }
}

/// The JSON form of `shopfloor import`.
struct ImportReport: Encodable {
    var workspace: String
    var files: [SpreadsheetImport.FileReport]
    var counts: [String: Int]
}
