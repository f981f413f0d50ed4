import Foundation
import ShopfloorFormats
import ShopfloorModel

/// Writes a graph as a folder of spreadsheets (people.csv, workplaces.csv, …) that `shopfloor import` reads
/// back, written by the one CSV rule of ``CSVDocument``: UTF-8 with a byte-order mark (so that Excel reads the
/// accents), CRLF line ends, cells that a spreadsheet would run as formulas neutralised.
public enum CSVWriter {
    /// The files of the folder, in import order, each as (name, text).
    public static func files(of g: OrganizingGraph) -> [(name: String, text: String)] {
        var out: [(String, String)] = []
        out.append(("places.csv", table(["id", "kind", "name", "neighbourhood", "workplace", "district", "latitude", "longitude"],
            g.places.map { [$0.id.rawValue, $0.kind.rawValue, $0.name, $0.neighbourhood?.rawValue, $0.workplace?.rawValue,
                $0.district, $0.location.map { "\($0.latitude)" }, $0.location.map { "\($0.longitude)" }] })))
        out.append(("workplaces.csv", table(["id", "name", "kind", "sector", "employer", "headcount", "district",
            "neighbourhood", "union", "union name", "latitude", "longitude", "notes"], g.workplaces.map {
                [$0.id.rawValue, $0.name, $0.kind.rawValue, $0.sector, $0.employer, String($0.headcount), $0.district,
                    $0.neighbourhood?.rawValue, $0.union?.character.rawValue, $0.union?.name,
                    $0.location.map { "\($0.latitude)" }, $0.location.map { "\($0.longitude)" }, $0.notes]
            })))
        out.append(("shops.csv", table(["workplace", "id", "name", "headcount"], g.workplaces.flatMap { w in
            w.shops.map { [w.id.rawValue, $0.id.rawValue, $0.name, String($0.headcount)] }
        })))
        out.append(("shifts.csv", table(["workplace", "id", "name", "start", "end", "gate", "days"], g.workplaces.flatMap { w in
            w.shifts.map { [w.id.rawValue, $0.id.rawValue, $0.name, $0.start.description, $0.end.description,
                $0.gate?.rawValue, $0.days.map(\.rawValue).joined(separator: ",")] }
        })))
        out.append(("people.csv", table(["id", "name", "workplace", "shop", "shift", "home", "address", "role",
            "affiliation", "assessment", "union", "frequents", "tags", "notes"], g.people.map {
                [$0.id.rawValue, $0.name, $0.workplace?.rawValue, $0.shop?.rawValue, $0.shift?.rawValue,
                    $0.home?.rawValue, $0.address, $0.role.rawValue, $0.affiliation.rawValue,
                    String($0.assessment.rawValue), $0.unionMember ? "yes" : "no",
                    $0.frequents.map(\.rawValue).joined(separator: ", "), $0.tags.joined(separator: ", "), $0.notes]
            })))
        out.append(("cells.csv", table(["id", "kind", "name", "workplace", "neighbourhood", "targets", "members", "committee"],
            g.cells.map { [$0.id.rawValue, $0.kind.rawValue, $0.name, $0.workplace?.rawValue, $0.neighbourhood?.rawValue,
                $0.targets.map(\.rawValue).joined(separator: ", "), $0.members.map(\.rawValue).joined(separator: ", "),
                $0.committee.map(\.rawValue).joined(separator: ", ")] })))
        out.append(("ties.csv", table(["a", "b", "kind", "strength"],
            g.ties.map { [$0.a.rawValue, $0.b.rawValue, $0.kind.rawValue, String($0.strength)] })))
        out.append(("contacts.csv", table(["date", "by", "with", "channel", "place", "outcome", "assessment", "notes"],
            g.contacts.map { [$0.date.description, $0.by.rawValue, $0.with.rawValue, $0.channel.rawValue,
                $0.place?.rawValue, $0.outcome.rawValue, $0.assessment.map { String($0.rawValue) }, $0.notes] })))
        return out
    }

    /// One file's text by the one CSV rule of ``CSVDocument`` (byte-order mark, CRLF, quoting, formulas
    /// neutralised).
    private static func table(_ header: [String], _ rows: [[String?]]) -> String {
        CSVDocument.text([header] + rows.map { $0.map { $0 ?? "" } })
    }
}

/// The formats `shopfloor export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    case yaml, json, csv, graphml

    /// Writes `graph` to `path` in this format: a file, or for CSV a folder of files; each file atomically.
    public func write(_ graph: OrganizingGraph, to path: String) throws(StoreError) {
        switch self {
        case .yaml, .json:
            try AtomicFile.write(to: path, keepBackup: false) { chunk throws(StoreError) in
                try GraphFileWriter.stream(graph, format: self == .yaml ? .yaml : .json) { text throws(StoreError) in
                    try chunk(Data(text.utf8))
                }
            }
        case .graphml:
            try AtomicFile.write(Data(GraphMLWriter.text(of: graph).utf8), to: path, keepBackup: false)
        case .csv:
            do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
                throw .writeFailed(path: path, reason: "cannot create the folder: \(error.localizedDescription)")
            }
            for file in CSVWriter.files(of: graph) {
                try AtomicFile.write(Data(file.text.utf8), to: path + "/" + file.name, keepBackup: false)
            }
        }
    }
}
