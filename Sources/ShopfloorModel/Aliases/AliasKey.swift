import Crypto
import Foundation
import ShopfloorText

/// The key every alias of one source is computed with: HMAC-SHA256 keyed by the source's secret.
///
/// A workspace keeps its secret in its `alias-secret` meta entry; a graph file may carry one as its top-level
/// `alias-secret`. A source without a secret gets a key drawn at random for the run (``isRandom``): its
/// aliases cannot be reproduced by anyone, not even by the next run, and every command says so. Without the
/// secret an alias cannot be computed from a guessed id, so a list of first names maps no alias back.
public struct AliasKey: Sendable, Hashable {
    /// The keyed MAC every digest starts from (a copy per text: the key is padded only once).
    private let keyed: KeyedMAC
    private var mac: HMAC<SHA256> { keyed.mac }
    /// Whether the key was drawn at random for this run (the source carries no secret).
    public let isRandom: Bool
    /// The key's digest of a fixed text: equal keys have equal fingerprints (it tells nothing of the secret).
    private let fingerprint: UInt64
    /// Digests read with one list of people (``knowing(_:of:)``).
    private var known: KnownDigests?

    /// The key of a source's secret.
    public init(secret: String) {
        let mac = HMAC<SHA256>(key: SymmetricKey(data: SHA256.hash(data: Data(("shopfloor-alias:" + secret).utf8))))
        keyed = KeyedMAC(mac: mac)
        isRandom = false
        fingerprint = Self.fingerprint(mac)
    }

    private init(random: Void) {
        let mac = HMAC<SHA256>(key: SymmetricKey(size: .bits256))
        keyed = KeyedMAC(mac: mac)
        isRandom = true
        fingerprint = Self.fingerprint(mac)
    }

    private static func fingerprint(_ mac: HMAC<SHA256>) -> UInt64 {
        var copy = mac
        copy.update(data: Data("shopfloor-alias-key-fingerprint".utf8))
        return copy.finalize().withUnsafeBytes { raw in raw.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.fingerprint == rhs.fingerprint }

    public func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

    /// A key for a source without a secret: random, so its aliases differ on every run.
    public static func random() -> AliasKey { AliasKey(random: ()) }

    /// The key of a secret if there is one (empty counts as none), else a random key.
    public init(secretIfAny secret: String?) {
        if let secret, !secret.isEmpty { self.init(secret: secret) } else { self = .random() }
    }

    /// A fresh secret for a new workspace or graph file: 32 hex digits from the system's random source.
    public static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// The first 64 bits of HMAC-SHA256(key, text), as the digest a code is written from.
    public func digest(_ text: String) -> UInt64 {
        var copy = mac
        var text = text
        text.withUTF8 { copy.update(data: UnsafeRawBufferPointer($0)) }
        return copy.finalize().withUnsafeBytes { raw in raw.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
    }

    /// The one line every command prints when its aliases are random for the run.
    public static func randomNote(source: String) -> String {
        Text.string("alias.randomNote", ["source": "\(source)", "secret": "\(newSecret())"])
    }
}

/// A keyed HMAC state that is only ever copied, never changed in place: copies of a value type whose storage
/// is copied on write (swift-crypto's digest contexts check `isKnownUniquelyReferenced`) may be made from any
/// thread, which is what `Sendable` asks.
/// The digests of one list of people's ids, known in advance.
private final class KnownDigests: Sendable {
    let people: [Person]
    let digests: [UInt64]

    init(people: [Person], digests: [UInt64]) {
        self.people = people
        self.digests = digests
    }
}

extension AliasKey {
    /// The same key, knowing the digests of the ids of `people` in advance (read with them, as a workspace's
    /// snapshot stores them): ``PersonAliases`` of that very list (the same array, not a changed copy) takes
    /// them instead of computing one HMAC per person.
    public func knowing(_ digests: [UInt64], of people: [Person]) -> AliasKey {
        guard digests.count == people.count else { return self }
        var copy = self
        copy.known = KnownDigests(people: people, digests: digests)
        return copy
    }

    /// The digests known for exactly this list of people (the same array storage), if any.
    func knownDigests(of people: [Person]) -> [UInt64]? {
        guard let known, known.people.count == people.count else { return nil }
        let same = people.withUnsafeBufferPointer { a in known.people.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
        return same ? known.digests : nil
    }
}

private struct KeyedMAC: @unchecked Sendable {
    let mac: HMAC<SHA256>
}
