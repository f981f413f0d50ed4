import ArgumentParser
import ShopfloorText
import Foundation
import ShopfloorModel
import ShopfloorStore

/// `shopfloor init`: creates an empty workspace, plain or encrypted.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: Text.string("workspace.Init.abstract"),
        discussion: Text.string("workspace.Init.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("opt.workspace.workspace")))
    var workspace: String

    @Flag(help: ArgumentHelp(Text.string("opt.workspace.encrypt")))
    var encrypt = false

    @Option(help: ArgumentHelp(Text.string("opt.workspace.fromBundle")))
    var fromBundle: String?

    @Option(help: ArgumentHelp(Text.string("opt.workspace.key")))
    var key: String?

    @Option(help: ArgumentHelp(Text.string("opt.workspace.committeeKey")))
    var committeeKey: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        if let fromBundle {
            guard let key, let committeeKey else {
                throw CLIError.usage(Text.string("init.fromBundleNeedsKeys"))
            }
            guard !FileManager.default.fileExists(atPath: workspace) else { throw StoreError.alreadyExists(path: workspace) }
            let bytes = try InputFile.read(path: fromBundle)
            let committee = try PublicKey.load(path: committeeKey)
            let pair = try Passphrase.key(at: key)
            let passphrase = try Passphrase.new(for: workspace)
            let made = try Workspace.create(fromBundle: bytes, bundlePath: fromBundle, at: workspace, passphrase: passphrase,
                key: pair, committeeKey: committee)
            Terminal.say(Text.string("init.fromBundle", CountWords.arguments(["people": made.people])
                .merging(["path": "\(workspace)", "cell": "\(made.cell)", "words": "\(committee.fingerprint)"]) { $1 }))
            return
        }
        let passphrase = encrypt ? try Passphrase.new(for: workspace) : nil
        let created = try Workspace.create(at: workspace, passphrase: passphrase)
        Terminal.say(Text.string(created.isEncrypted ? "init.createdEncrypted" : "init.created", ["path": "\(workspace)"]))
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
        Terminal.say(Text.string(decrypt ? "rekey.decrypted" : "rekey.sealed", ["path": "\(workspace)"]))
        if removedPlainBackup {
            Terminal.say(Text.string("rekey.deleted"))
        } else {
            Terminal.say(Text.string(decrypt ? "rekey.previous" : "rekey.previousOldPassphrase", ["path": "\(workspace)"]))
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
                throw CLIError.usage(Text.string("import.columns", ["columns": "\(columns)"]))
            }
            options.columns = names
        }
        return options
    }

    @OptionGroup var language: LanguageOption


    /// A file's line: its name in bold, then what was read; wrapped as prose (all plain) when it is wider than
    /// the terminal or `COLUMNS`.
    static func printFileLine(_ name: String, _ rest: String) {
        if let width = Terminal.measuredWidth, name.count + rest.count > width {
            Terminal.say(name + rest)
        } else {
            Terminal.print(Terminal.styled(name, .bold) + rest)
        }
    }
    func run() throws {
        let options = try options()
        let opened = try Source.workspace(workspace)
        let before = try opened.graph()
        var bar = ProgressBar(title: Text.string("import.progress"))
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
                Self.printFileLine(name, ": " + Text.plural("import.skipped", count: file.rows))
                continue
            }
            Self.printFileLine(name, ": \(file.kind), "
                + Text.plural(file.kind == "graph" ? "import.records" : "import.rows", count: file.rows)
                + (file.delimiter.map { ", " + Text.string("import.delimiter", ["delimiter": "\($0)"]) } ?? ""))
            if let ties = file.ties, ties != file.rows || file.strengthRule != nil {
                Terminal.say("  " + Text.string(file.strengthRule == nil ? "import.tiesMerged.strongest" : "import.tiesMerged.added",
                    ["rows": .integer(file.rows), "ties": .integer(ties), "merged": .integer(file.rows - ties)]))
            }
            if let rule = file.strengthRule { Terminal.say("  " + Text.string("import.strength", ["rule": "\(rule)"])) }
            if let added = file.peopleAdded, added > 0 {
                Terminal.say("  " + Text.string("import.peopleAdded", ["count": .integer(added)]))
            }
            guard !file.columns.isEmpty else { continue }
            var table = TextTable([Text.string("import.column.column"), Text.string("import.column.header"),
                Text.string("import.column.field")])
            for c in file.columns { table.add([c.column, c.header, c.field ?? Terminal.styled(Text.string("import.ignored"), .yellow)]) }
            Terminal.print(table.render(indent: "  "))
        }
        var table = TextTable([Text.string("import.column.records"), Text.string("import.column.before"),
            Text.string("import.column.after")], alignments: [.left, .right, .right])
        let words = ["people": "record.people", "workplaces": "record.workplaces", "places": "record.places",
            "cells": "record.cells", "ties": "import.ties", "contacts": "import.contacts"]
        for (name, old, new) in counts { table.add([words[name].map { Text.string($0) } ?? name, "\(old)", "\(new)"]) }
        Terminal.print(table.render())
    }
}

/// The JSON form of `shopfloor import`.
struct ImportReport: Encodable {
    var workspace: String
    var files: [SpreadsheetImport.FileReport]
    var counts: [String: Int]
}
