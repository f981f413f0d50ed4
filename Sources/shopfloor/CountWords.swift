import ShopfloorText

/// Counts said with nouns that agree with them ("1 workplace", "2 workplaces"; Turkish keeps the singular), in
/// the process's language, for the "wrote …" lines of export, bundles, init and generate.
enum CountWords {
    /// The catalog's plural key of each counted thing.
    static let keys = ["people": "count.people", "workplaces": "count.workplaces", "places": "count.places",
        "ties": "count.ties", "contacts": "count.contacts", "cells": "count.cells"]

    /// Each count as its noun's plural form, keyed as given (people, workplaces, places, ties, contacts, cells).
    static func arguments(_ counts: [String: Int]) -> [String: TextArgument] {
        var out: [String: TextArgument] = [:]
        for (name, count) in counts {
            out[name] = keys[name].map { "\(Text.plural($0, count: count))" } ?? .integer(count)
        }
        return out
    }
}
