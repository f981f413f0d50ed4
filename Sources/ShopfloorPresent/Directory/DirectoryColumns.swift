import ShopfloorText

extension RecordKind {
    /// A column's title in the process's language (`last-contact` → `son-görüşme`): lists show these above their
    /// columns, and `--sort` takes a title as well as the column's key.
    public static func columnTitle(_ key: String) -> String {
        columnKeys[key].map { Text.string($0) } ?? key
    }

    /// The catalog key of each column's title, by the column's key.
    static let columnKeys: [String: String] = [
        "id": "column.id", "alias": "column.alias", "name": "column.name", "workplace": "column.workplace",
        "shop": "column.shop", "shift": "column.shift", "affiliation": "column.affiliation",
        "assessment": "column.assessment", "ties": "column.ties", "contacts": "column.contacts",
        "last-contact": "column.last-contact", "kind": "column.kind", "sector": "column.sector",
        "district": "column.district", "headcount": "column.headcount", "mapped": "column.mapped",
        "members": "column.members", "committee": "column.committee", "cells": "column.cells", "cell": "column.cell",
        "neighbourhood": "column.neighbourhood", "targets": "column.targets", "strength": "column.strength",
        "with": "column.with", "by": "column.by", "date": "column.date", "channel": "column.channel",
        "place": "column.place", "outcome": "column.outcome", "notes": "column.notes", "from": "column.from",
        "to": "column.to", "gate": "column.gate", "days": "column.days",
    ]

    /// The column key a `--sort` value names: a key (`last-contact`) or a title in the process's language
    /// (`son-görüşme`, matched without regard to case or Turkish letters); nil when it names no column of this list.
    public func sortKey(named word: String) -> String? {
        if sortKeys.contains(word) { return word }
        let folded = TurkishCasing.folded(word)
        return sortKeys.first { TurkishCasing.folded(Self.columnTitle($0)) == folded || TurkishCasing.folded($0) == folded }
    }
}
