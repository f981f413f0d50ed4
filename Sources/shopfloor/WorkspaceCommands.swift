import ArgumentParser
import ShopfloorText
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

            With --from-bundle a cell opens its committee's bundle as its own workspace, always encrypted: \
            --key is the cell's private key (the bundle must be for it), --committee-key the committee's \
            public key (the bundle must be signed with it; check its words with the committee).

            Examples:
              shopfloor init committee.shopfloor
              SHOPFLOOR_PASSPHRASE=choose-a-long-one shopfloor init sealed.shopfloor \\
                --encrypt
            """
    )

    @Argument(help: ArgumentHelp(Text.string("opt.workspace.workspace")))
    var workspace: String

    @Flag(help: ArgumentHelp(Text.string("opt.workspace.encrypt")))
    var encrypt = false

    @Option(help: "A cell's bundle from its committee (`shopfloor bundle out`) to open as this workspace.")
    var fromBundle: String?

    @Option(help: "With --from-bundle: the cell's private key file.")
    var key: String?

    @Option(help: "With --from-bundle: the committee's public key file (.pub).")
    var committeeKey: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        if let fromBundle {
            guard let key, let committeeKey else {
                throw CLIError.usage("--from-bundle needs --key (the cell's .key file) and --committee-key (the committee's .pub file)")
            }
            guard !FileManager.default.fileExists(atPath: workspace) else { throw StoreError.alreadyExists(path: workspace) }
            let bytes = try InputFile.read(path: fromBundle)
            let committee = try PublicKey.load(path: committeeKey)
            let pair = try Passphrase.key(at: key)
            let passphrase = try Passphrase.new(for: workspace)
            let made = try Workspace.create(fromBundle: bytes, bundlePath: fromBundle, at: workspace, passphrase: passphrase,
                key: pair, committeeKey: committee)
            Terminal.print("Created encrypted workspace \(workspace) for cell \(made.cell): \(made.people) people "
                + "(committee key: \(committee.fingerprint))")
            return
        }
        let passphrase = encrypt ? try Passphrase.new(for: workspace) : nil
        let created = try Workspace.create(at: workspace, passphrase: passphrase)
        Terminal.print("Created \(created.isEncrypted ? "encrypted " : "")workspace \(workspace)")
    }
}

/// `shopfloor rekey`: changes a workspace's passphrase, or encrypts or decrypts it.
struct RekeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rekey",
        abstract: Text.string("cmd.workspace.rekey.abstract"),
        discussion: Text.string("cmd.workspace.rekey.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("opt.editrecords.workspace")))
    var workspace: String

    @Flag(help: ArgumentHelp(Text.string("opt.workspace.decrypt")))
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
        abstract: Text.string("cmd.workspace.import.abstract"),
        discussion: Text.string("cmd.workspace.import.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("opt.editrecords.workspace")))
    var workspace: String

    @Argument(help: ArgumentHelp(Text.string("opt.workspace.files")))
    var files: [String]

    @Option(help: ArgumentHelp(Text.string("opt.workspace.kind")))
    var kind: SpreadsheetKind?

    @Flag(help: ArgumentHelp(Text.string("opt.workspace.clearEmpty")))
    var clearEmpty = false

    @Option(help: ArgumentHelp(Text.string("opt.workspace.tieKind")))
    var tieKind: Tie.Kind?

    @Option(help: ArgumentHelp(Text.string("opt.workspace.strengthBins"),
        valueName: "A,B"))
    var strengthBins: StrengthBins?

    @Flag(help: ArgumentHelp(Text.string("opt.workspace.addMissingPeople")))
    var addMissingPeople = false

    @Option(help: ArgumentHelp(Text.string("opt.workspace.columns")))
    var columns: String?

    @Flag(help: ArgumentHelp(Text.string("opt.log.json")))
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
        // Only what changed is written (and recorded row by row); an import that changes nothing leaves the file alone.
        try opened.replaceGraph(with: outcome.graph, previous: before, action: "import")
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
