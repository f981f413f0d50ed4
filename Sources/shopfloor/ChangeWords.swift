import Foundation
import ShopfloorText

/// A workspace's recorded changes as `history` and `undo` show them: the workspace stores each change's source
/// and summary in English words (`person add`, `contacts: 1 added`), and these are put into the process's
/// language when shown (`--json` keeps them as stored).
enum ChangeWords {
    /// The catalog key of each table's name, by the table.
    static let tables: [String: String] = [
        "people": "record.people", "workplaces": "record.workplaces", "places": "record.places", "cells": "record.cells",
        "ties": "import.ties", "contacts": "import.contacts", "shops": "change.table.shops", "shifts": "change.table.shifts",
        "cell_members": "change.table.cellMembers", "cell_targets": "change.table.cellTargets",
        "cell_committee": "change.table.cellCommittee", "person_frequents": "change.table.frequents",
        "meta": "change.table.meta", "known_keys": "change.table.keys", "gates": "change.table.gates",
    ]

    /// A summary (`contacts: 1 added; ties: 2 changed`, `workspace created`, …) in the process's language.
    static func summary(_ text: String) -> String {
        guard Text.current.language != .english else { return text }
        switch text {
        case "workspace created": return Text.string("change.created")
        case "encrypted workspace created": return Text.string("change.createdEncrypted")
        case "stored unencrypted": return Text.string("change.unencrypted")
        case "sealed with a new passphrase": return Text.string("change.sealed")
        default: break
        }
        if text.hasPrefix("whole graph written: ") {
            return Text.string("change.wholeGraph") + ": " + counts(String(text.dropFirst("whole graph written: ".count)))
        }
        return text.components(separatedBy: "; ").map { part in
            guard let colon = part.range(of: ": ") else { return part }
            let table = String(part[..<colon.lowerBound])
            return (tables[table].map { Text.string($0) } ?? table) + ": " + counts(String(part[colon.upperBound...]))
        }.joined(separator: "; ")
    }

    /// `1 added, 2 changed` or `12 people, 3 ties` with the words translated (a noun counted in the
    /// language's own way: Turkish keeps it singular after a number, `12 kişi`).
    static func counts(_ text: String) -> String {
        let words = ["added": "change.added", "changed": "change.changed", "removed": "change.removed"]
        let nouns = ["people": "change.count.people", "ties": "change.count.ties", "contacts": "change.count.contacts"]
        return text.components(separatedBy: ", ").map { item in
            let parts = item.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return item }
            if let key = nouns[parts[1]], let count = Int(parts[0]) { return Text.plural(key, count: count) }
            guard let key = words[parts[1]] else { return item }
            return parts[0] + " " + Text.string(key)
        }.joined(separator: ", ")
    }

    /// A change's source: a command (`person add`, kept as typed) or a sentence (`undo of change 4 (log)`).
    static func source(_ text: String) -> String {
        guard Text.current.language != .english else { return text }
        if text.hasPrefix("undo of change "), let space = text.dropFirst("undo of change ".count).firstIndex(of: " ") {
            let seq = text[text.index(text.startIndex, offsetBy: "undo of change ".count)..<space]
            return Text.string("change.undoOf", ["seq": "\(seq)", "source": "\(source(String(text[space...].dropFirst().dropFirst().dropLast())))"])
        }
        if text.hasPrefix("bundle out to cell ") {
            return Text.string("change.bundleOut", ["cell": "\(text.dropFirst("bundle out to cell ".count))"])
        }
        if text.hasPrefix("workbench: ") {
            return Text.string("change.workbench", ["command": "\(text.dropFirst("workbench: ".count))"])
        }
        if let match = text.wholeMatch(of: /merge of cell (.+)'s bundle \(bundle (\S+), change (\S+)\)/) {
            return Text.string("change.merge", ["cell": "\(match.1)", "bundle": "\(match.2)", "change": "\(match.3)"])
        }
        if let match = text.wholeMatch(of: /bundle (\S+) from the committee for cell (.+)/) {
            return Text.string("change.bundleIn", ["bundle": "\(match.1)", "cell": "\(match.2)"])
        }
        if text.hasPrefix("cell key ") { return Text.string("change.cellKey", ["cell": "\(text.dropFirst("cell key ".count))"]) }
        return text
    }
}
