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

    @OptionGroup var language: LanguageOption

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

    @OptionGroup var language: LanguageOption

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

/// `shopfloor import`: merges graph files, workbooks and spreadsheets into a workspace, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import graph files (.yaml/.json), workbooks (.xlsx/.ods) and spreadsheets (.csv) into a workspace, all or nothing.",
        discussion: """
            A workbook's sheets are read when their name or headers tell what they hold (People, Workplaces, \
            Shops, Shifts, Places, Cells, Ties, Contacts, or Turkish names such as Kişiler); other sheets are \
            listed as skipped. Numbers, dates, times and yes/no stored as spreadsheet types are read as such. \
            A CSV file holds one kind of record, told by its name (people.csv, kisiler.csv, …), its headers \
            or --kind. Columns are matched by header, ignoring case and accents (Değerlendirme = \
            degerlendirme = assessment); the mapping is printed. Records are upserted by id: an empty cell \
            keeps the field, the cell '-' clears it (--clear-empty: empty cells clear too). An id twice in \
            one sheet, a fraction where a whole number belongs, a value outside the header: refused.

            A ties sheet may be an edge list (source,target[,weight][,kind]; from,to; i,j) or contact records \
            (t,i,j[,duration]): a pair written twice or both ways is one tie (weights and durations added), \
            weights become strengths 1-3 by thirds or by --strength-bins, and a missing kind is --tie-kind.

            One bad row and nothing is imported; every problem is listed with file (and sheet), row and column.
            Exit codes: 0 imported, 1 a problem in the files (nothing changed), 2 usage error.

            Examples:
              shopfloor import committee.shopfloor orgut.xlsx
              shopfloor import committee.shopfloor workplaces.csv shops.csv people.csv ties.csv
              shopfloor import committee.shopfloor edges.csv --tie-kind friend --strength-bins 2,5
              shopfloor import committee.shopfloor tij_workplace.dat --kind ties --columns t,i,j \\
                  --tie-kind coworker --add-missing-people
            """
    )

    @Argument(help: "The workspace.")
    var workspace: String

    @Argument(help: "Graph files, workbooks and CSV files.")
    var files: [String]

    @Option(help: "The kind of every CSV file (default: told by each file's name or header).")
    var kind: SpreadsheetKind?

    @Flag(help: "An empty cell clears its field (by default it keeps it; '-' always clears).")
    var clearEmpty = false

    @Option(help: "The kind of ties whose row has none.")
    var tieKind: Tie.Kind?

    @Option(help: ArgumentHelp("Weights up to A are strength 1, up to B strength 2, above 3 (e.g. 2,5); default: by thirds.",
        valueName: "A,B"))
    var strengthBins: StrengthBins?

    @Flag(help: "Create the people a ties sheet names who exist nowhere yet (id only).")
    var addMissingPeople = false

    @Option(help: "Column names of CSV files without a header row, e.g. t,i,j or source,target,weight.")
    var columns: String?

    @Flag(help: "Print the result as JSON.")
    var json = false

    func options() throws -> SpreadsheetImport.Options {
        var options = SpreadsheetImport.Options(blankClears: clearEmpty, addMissingPeople: addMissingPeople)
        options.kind = kind
        options.tieKind = tieKind
        options.strengthBins = strengthBins
        if let columns {
            let names = columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard !names.isEmpty, names.allSatisfy({ !$0.isEmpty }) else {
                throw CLIError.usage("--columns '\(columns)' must name the columns, e.g. --columns t,i,j")
            }
            options.columns = names
        }
        return options
    }

    @OptionGroup var language: LanguageOption

    func run() throws {
        let options = try options()
        let opened = try Source.workspace(workspace)
        let before = try opened.graph()
        var bar = ProgressBar(title: "importing")
        let outcome = try SpreadsheetImport.run(paths: files, into: before, options: options) { done, total in
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
            let name = file.file + (file.sheet.map { " [\($0)]" } ?? "")
            if file.kind == "skipped" {
                Terminal.print(Terminal.styled(name, .bold) + ": skipped, \(file.rows) row\(file.rows == 1 ? "" : "s") (no table matches its name or headers)")
                continue
            }
            Terminal.print(Terminal.styled(name, .bold) + ": \(file.kind), \(file.rows) \(file.kind == "graph" ? "records" : "rows")"
                + (file.delimiter.map { ", delimiter '\($0)'" } ?? ""))
            if let ties = file.ties, ties != file.rows || file.strengthRule != nil {
                Terminal.print("  \(file.rows) rows → \(ties) ties (\(file.rows - ties) merged: a pair written twice or both ways is one tie"
                    + (file.strengthRule == nil ? ", strongest kept)" : ", weights added)"))
            }
            if let rule = file.strengthRule { Terminal.print("  strength: \(rule)") }
            if let added = file.peopleAdded, added > 0 { Terminal.print("  \(added) people added (named by ties, id only)") }
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
