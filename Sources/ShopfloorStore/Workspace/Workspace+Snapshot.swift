import Foundation
import GRDB
import ShopfloorModel

/// What a workspace opened from a stamped image needs to read its graph from the ``ReadSnapshot`` saved beside
/// it: the image's digest, the sealed image's tag, the people the journal changed since, and how many rows the
/// connection had changed once the journal was applied (any later write makes the snapshot stale for this
/// process, and the tables are read again).
struct SnapshotBinding {
    var digest: Data
    var binding: Data
    var updatedPeople: [String]
    var changes: Int
}

extension Workspace {
    /// The key of this workspace's aliases (its ``aliasSecret()``), knowing the alias digests of the people
    /// last read from the snapshot when it carries them for this very secret (no HMAC per person then).
    public func aliasKey() throws(StoreError) -> AliasKey {
        let secret = try aliasSecret()
        let key = AliasKey(secretIfAny: secret)
        guard let known = knownAliases, !secret.isEmpty, known.secret == ImageDigest.of(Data(secret.utf8)) else { return key }
        return key.knowing(known.digests, of: known.people)
    }

    /// The snapshot binding of an image whose stamp matched (`digest`), followed by the journal `payloads`; nil
    /// when the journal added or removed people, changed their frequented places or any tie (the tables are
    /// then read as before).
    func snapshotBinding(digest: Data, binding: Data, journal payloads: [Data]) -> SnapshotBinding? {
        struct Change: Decodable { var ops: [RowChange]? }
        var updated: [String] = []
        let decoder = JSONDecoder()
        for payload in payloads {
            guard let ops = (try? decoder.decode(Change.self, from: payload))?.ops else { return nil }
            for op in ops {
                switch op.t {
                case "people":
                    guard op.o != nil, op.n != nil, let key = try? decoder.decode([String].self, from: Data(op.k.utf8)),
                        key.count == 1
                    else { return nil }
                    if !updated.contains(key[0]) { updated.append(key[0]) }
                case "ties", "person_frequents": return nil
                default: continue
                }
            }
        }
        guard let changes = try? database.read({ db in db.totalChangesCount }) else { return nil }
        return SnapshotBinding(digest: digest, binding: binding, updatedPeople: updated, changes: changes)
    }

    /// The graph the tables hold: from the snapshot beside the file when `useSnapshot` and it was made from this
    /// very image (and nothing was written since it was opened), from the tables otherwise.
    func readGraph(useSnapshot: Bool) throws(StoreError) -> OrganizingGraph {
        try perform {
            try database.read { db in
                var contents: ReadSnapshot.Contents?
                // Taken, not copied: a copy left behind would make the patch below copy every person.
                var early = prefetched.take()
                if useSnapshot, let snapshot, db.totalChangesCount == snapshot.changes,
                    var loaded = early.take() ?? ReadSnapshot.load(for: path, digest: snapshot.digest, sealing: sealing, binding: snapshot.binding),
                    try WorkspaceTables.patch(&loaded, updatedPeople: snapshot.updatedPeople, db, path: path) {
                    contents = loaded
                }
                readFromSnapshot = contents != nil
                let graph = try WorkspaceTables.read(from: db, path: path, snapshot: contents)
                knownAliases = contents?.aliases.map { ($0.secret, $0.digests, graph.people) }
                return graph
            }
        }
    }
}
