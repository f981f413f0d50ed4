import Foundation
import GRDB
import ShopfloorModel
import ShopfloorText

/// What `bundle back` put in a cell's report.
public struct ReportSummary: Codable, Hashable, Sendable {
    public var cell: String
    public var newPeople: Int
    public var changedFields: Int
    public var ties: Int
    public var contacts: Int
    /// Places the cell added since its bundle.
    public var newPlaces: Int
}

extension Workspace {
    /// Writes a committee's bundle for one cell: its part (``CellPart``), encrypted to the cell's stored key and
    /// signed with the committee's `key`. Recorded as a change (the bundle's serial), so that bundles back can
    /// be matched to it.
    public func bundleOut(
        cell: Cell.ID, part: OrganizingGraph, namesRevealed: Bool, key: KeyPair
    ) throws(StoreError) -> Data {
        guard let cellKey = try knownKey(cell.rawValue) else {
            throw .bundleRefused(path: path, reason: Text.string("store2.noKeyIsStored", ["cell": "\(cell)", "path": "\(path)"]))
        }
        guard try meta("role") != "cell" else {
            throw .bundleRefused(path: path, reason: Text.string("store.thisIsACell"))
        }
        let text = try GraphFileWriter.text(of: part, format: .json)
        let committee = try workspaceID()
        let hidden = namesRevealed ? [:] : Self.hiddenIDs(in: part, of: try graph(), key: AliasKey(secret: try aliasSecret()))
        let hiddenText = String(decoding: try encode(hidden), as: UTF8.self)
        let serial = try record("bundle out to cell \(cell)", keepsRules: true) { db -> Int in
            let serial = (try Int.fetchOne(db, sql: "SELECT ifnull(max(seq), 0) + 1 FROM changes")) ?? 1
            try Workspace.setMeta("bundle-out:\(cell)", "\(serial)", db)
            try Workspace.setMeta(Self.hiddenIDsKey(cell: cell.rawValue, serial: serial), hiddenText, db)
            return serial
        }
        let bundle = CellBundle(committee: committee, cell: cell.rawValue, serial: serial, made: Workspace.timestamp(),
            namesRevealed: namesRevealed, graph: text)
        return try BundleEnvelope.seal(try encode(bundle), kind: .out, from: key, to: cellKey)
    }

    /// Creates a cell's sealed workspace from its committee's bundle: checks that the bundle is for `key` and
    /// signed by `committeeKey`, then stores the cell's part, the committee's key and what the bundle said
    /// (so that `bundle back` can send what changed since). Nothing is created when a check fails.
    public static func create(
        fromBundle bytes: Data, bundlePath: String, at path: String, passphrase: String, key: KeyPair, committeeKey: PublicKey
    ) throws(StoreError) -> (workspace: Workspace, cell: String, people: Int) {
        try create(fromBundle: bytes, bundlePath: bundlePath, at: path, passphrase: passphrase, key: key,
            committeeKey: committeeKey, parameters: .standard)
    }

    static func create(
        fromBundle bytes: Data, bundlePath: String, at path: String, passphrase: String, key: KeyPair, committeeKey: PublicKey,
        parameters: SealedImage.Parameters
    ) throws(StoreError) -> (workspace: Workspace, cell: String, people: Int) {
        let envelope = try BundleEnvelope.parse(bytes, path: bundlePath)
        let payload = try envelope.open(kind: .out, as: key, from: committeeKey, path: bundlePath)
        guard let bundle = try? JSONDecoder().decode(CellBundle.self, from: payload) else {
            throw .bundleRefused(path: bundlePath, reason: Text.string("store.theBundleSContent"))
        }
        let graph = try GraphFile.parse(data: Data(bundle.graph.utf8), path: bundlePath, format: .json)
        let workspace = try create(at: path, passphrase: passphrase, parameters: parameters)
        try workspace.replaceGraph(with: graph, previous: nil, action: "bundle \(bundle.serial) from the committee for cell \(bundle.cell)") { db in
            for (name, value) in [("role", "cell"), ("cell", bundle.cell), ("committee-workspace", bundle.committee),
                                  ("bundle-serial", "\(bundle.serial)"), ("bundle-base", bundle.graph),
                                  ("names-revealed", bundle.namesRevealed ? "yes" : "no")] {
                try Workspace.setMeta(name, value, db)
            }
            try db.execute(sql: "INSERT INTO known_keys (name, role, public_key) VALUES ('committee', 'committee', ?), (?, 'cell', ?)",
                arguments: [committeeKey.base64, bundle.cell, key.publicKey.base64])
        }
        return (workspace, bundle.cell, graph.people.count)
    }

    /// Writes a cell's report for its committee: the people, fields, ties and contacts that differ from the
    /// bundle the workspace was made from, encrypted to the committee and signed with the cell's `key`.
    public func bundleBack(key: KeyPair) throws(StoreError) -> (data: Data, summary: ReportSummary) {
        guard try meta("role") == "cell", let cell = try meta("cell"), let baseText = try meta("bundle-base"),
              let committee = try meta("committee-workspace"), let basedOn = Int(try meta("bundle-serial") ?? "") else {
            throw .bundleRefused(path: path, reason: Text.string("store2.thisIsNotA"))
        }
        guard let committeeKey = try knownKey("committee") else {
            throw .bundleRefused(path: path, reason: Text.string("store.theWorkspaceHoldsNo"))
        }
        if let own = try knownKey(cell), own != key.publicKey {
            throw .bundleRefused(path: path, reason: Text.string("store2.thisKeyIsNot", ["fingerprint": "\(key.publicKey.fingerprint)", "fingerprint2": "\(own.fingerprint)"]))
        }
        let base = try GraphFile.parse(data: Data(baseText.utf8), path: path, format: .json)
        let now = try graph()
        var report = CellReport(committee: committee, cell: cell, basedOn: basedOn,
            serial: try history(limit: 1).first?.seq ?? 0, made: Workspace.timestamp(),
            newPeople: [], changes: [], ties: [], contacts: [], newPlaces: now.places.filter { base.place($0.id) == nil })
        for person in now.people {
            if let old = base.person(person.id) {
                report.changes += PersonFields.changes(from: old, to: person)
            } else {
                report.newPeople.append(person)
            }
        }
        var baseTies: [String: Int] = [:]
        for tie in base.ties { baseTies[Self.tieKey(tie)] = tie.strength }
        for tie in now.ties where baseTies[Self.tieKey(tie)] != tie.strength {
            report.ties.append(TieChange(tie: tie, baseStrength: baseTies[Self.tieKey(tie)]))
        }
        let logged = Set(base.contacts)
        report.contacts = now.contacts.filter { !logged.contains($0) }
        let data = try BundleEnvelope.seal(try encode(report), kind: .back, from: key, to: committeeKey)
        return (data, ReportSummary(cell: cell, newPeople: report.newPeople.count, changedFields: report.changes.count,
            ties: report.ties.count, contacts: report.contacts.count, newPlaces: report.newPlaces?.count ?? 0))
    }

    /// The committee's id behind each alias a cell's part shows, as the bundle was made: a report back names
    /// people by these aliases, and the committee's own aliases may have moved since (a person added later can
    /// lengthen an alias whose first four letters it shares).
    static func hiddenIDs(in part: OrganizingGraph, of graph: OrganizingGraph, key: AliasKey) -> [String: String] {
        let shown = Set(part.people.map(\.id.rawValue))
        let aliases = PersonAliases(graph: graph, key: key)
        var ids: [String: String] = [:]
        for person in graph.people {
            let alias = aliases.alias(person.id)
            if alias != person.id.rawValue, shown.contains(alias) { ids[alias] = person.id.rawValue }
        }
        return ids
    }

    /// Where the committee keeps ``hiddenIDs(in:of:key:)`` of one bundle.
    static func hiddenIDsKey(cell: String, serial: Int) -> String { "bundle-aliases:\(cell):\(serial)" }

    static func tieKey(_ tie: Tie) -> String {
        "\(min(tie.a, tie.b))\u{0}\(max(tie.a, tie.b))\u{0}\(tie.kind.rawValue)"
    }

    func encode<T: Encodable>(_ value: T) throws(StoreError) -> Data {
        do { return try JSONEncoder.sorted.encode(value) } catch {
            throw .bundleRefused(path: path, reason: Text.string("store.cannotEncodeTheBundle", ["error": "\(error)"]))
        }
    }
}
