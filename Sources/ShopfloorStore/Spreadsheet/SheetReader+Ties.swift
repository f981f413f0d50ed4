import Foundation
import ShopfloorModel
import ShopfloorText

/// A ties sheet: a list of ties (`a, b, kind, strength`), an edge list (`source, target, weight`; `from, to`;
/// `i, j`), or contact records (`time, i, j, duration`), merged per pair of people and kind.
///
/// Rules (Docs/workspace.md, "Ties, edge lists and contact records"):
/// - A row and its reverse (`a,b` and `b,a`), and a pair written twice, are one tie: ties are undirected.
/// - With a `strength` column the merged tie takes the highest strength of its rows.
/// - Otherwise each row weighs its `duration`, else its `weight`, else 1 (one contact record); the merged
///   tie's weight is the sum, and the weights become strengths by ``StrengthBins``.
/// - A missing kind is the import's default kind; `directed` and `undirected` (Gephi's `Type` column) are
///   not kinds but the edge's direction, and read as no kind.
struct PendingTie {
    var a: String
    var b: String
    var kind: Tie.Kind
    var strength: Int?
    var weight: Double
    var row: Int
}

/// What merging a ties sheet did, for the import's report.
struct TieMerge {
    var rows: Int
    var ties: Int
    var rule: String?
}

extension SheetReader {
    /// Whether the sheet's ties carry weights (an edge list or contact records) rather than strengths.
    var isWeighted: Bool { !has("strength") && (has("weight") || has("duration") || has("time")) }

    /// Reads one row of a ties sheet into ``pendingTies``.
    mutating func collectTie(_ r: SheetTable.Record, _ before: Int) {
        guard let a = requiredTieEnd(r, "a"), let b = requiredTieEnd(r, "b") else { return }
        let label = "\(a)–\(b)"
        var kind: Tie.Kind?
        if let written = text("kind", r), !["directed", "undirected"].contains(written.lowercased()) {
            kind = word("kind", r, Tie.Kind.self, id: label)
        } else {
            kind = options.tieKind
            if kind == nil {
                report(r, "kind", id: label, Text.string("store4.theTieHasNo"),
                    hint: Text.string("sheet.tieKindHint", ["words": "\(Tie.Kind.words.joined(separator: ", "))"]))
            }
        }
        let strength = integer("strength", r, id: label, range: Tie.strengthRange,
            meaning: Text.string("store3.weakAcquaintanceOrdinaryStrong"))
        let meaning = Text.string("sheet.nonNegative")
        let duration = decimal("duration", r, id: label, range: 0...Double.greatestFiniteMagnitude, hint: Text.string("sheet.duration"))
        let weight = decimal("weight", r, id: label, range: 0...Double.greatestFiniteMagnitude, hint: meaning)
        if let time = cell("time", r) {
            switch time {
            case .number(let t) where t.isFinite && t >= 0: break
            case .date, .dateTime, .time: break
            case .text(let s) where SheetNumber(s) != nil || Workbook.isoDate(s.trimmingCharacters(in: .whitespaces)) != nil: break
            default:
                report(r, "time", id: label, Text.string("store4.isNotATime4", ["excerpt": "\(Self.excerpt(time.text))"]),
                    hint: Text.string("store.writeTheContactRecord"))
            }
        }
        if a == b {
            report(r, "b", id: label, Text.string("store4.aTieFromTo", ["a": "\(a)"]), hint: Text.string("store.deleteTheRowA"))
        }
        guard rowDiagnostics.count == before, let kind else { return }
        pendingTies.append(PendingTie(a: a, b: b, kind: kind, strength: strength, weight: duration ?? weight ?? 1, row: r.row))
    }

    private mutating func requiredTieEnd(_ r: SheetTable.Record, _ field: String) -> String? {
        if text(field, r) == nil {
            report(r, field, id: nil, Text.string(field == "a" ? "sheet.noFirstPerson" : "sheet.noSecondPerson"),
                hint: Text.string("store.everyTieNeedsBoth"))
            return nil
        }
        return identifier(field, r, id: nil)
    }

    /// Merges the collected ties per pair and kind and upserts them; returns what was merged.
    /// - Complexity: O(n log n) in the rows of the sheet.
    mutating func mergeTies(into draft: inout GraphDraft, origins: inout Origins) -> TieMerge {
        struct Key: Hashable { var low: String, high: String, kind: Tie.Kind }
        var order: [Key] = []
        var groups: [Key: (strength: Int?, weight: Double, row: Int, a: String, b: String)] = [:]
        for t in pendingTies {
            let key = Key(low: min(t.a, t.b), high: max(t.a, t.b), kind: t.kind)
            if var g = groups[key] {
                g.weight += t.weight
                if let s = t.strength { g.strength = max(g.strength ?? s, s) }
                groups[key] = g
            } else {
                order.append(key)
                groups[key] = (t.strength, t.weight, t.row, t.a, t.b)
            }
        }
        var strengths: [Int?] = order.map { groups[$0]?.strength }
        var rule: String?
        if isWeighted {
            let bins = options.strengthBins ?? .thirds
            let weights = order.map { groups[$0]?.weight ?? 0 }
            let binned = bins.strengths(of: weights)
            strengths = binned.map(Optional.some)
            rule = bins.describe(weights: weights, strengths: binned)
        }
        for (key, strength) in zip(order, strengths) {
            guard let g = groups[key] else { continue }
            let existing = draft.tie(Person.ID(g.a), Person.ID(g.b), kind: key.kind)
            draft.upsert(Tie(.init(g.a), .init(g.b), kind: key.kind, strength: strength ?? existing?.strength ?? 2))
            origins.note(.ties, id: "\(g.a)–\(g.b)", at: location, row: g.row)
        }
        let merged = TieMerge(rows: pendingTies.count, ties: order.count, rule: rule)
        pendingTies = []
        return merged
    }
}
