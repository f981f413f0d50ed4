import Crypto
import Foundation
import ShopfloorText

/// The public half of a committee's or a cell's keys: X25519 to encrypt bundles to it, Ed25519 to check what
/// it signed.
///
/// Its file (`NAME.pub`) is three lines: `shopfloor public key 1`, the 64 key bytes in base64 (X25519, then
/// Ed25519), and the fingerprint words.
public struct PublicKey: Hashable, Sendable {
    /// The 32 bytes of the X25519 key followed by the 32 bytes of the Ed25519 key.
    public let raw: Data

    static let firstLine = "shopfloor public key 1"

    init(raw: Data) throws(StoreError) {
        guard raw.count == 64, (try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: raw.prefix(32))) != nil,
              (try? Curve25519.Signing.PublicKey(rawRepresentation: raw.suffix(32))) != nil else {
            throw .bundleRefused(path: "", reason: Text.string("store.notAValidPublic"))
        }
        self.raw = raw
    }

    /// The key as base64, as stored in a workspace.
    public var base64: String { raw.base64EncodedString() }

    /// Six words two people read to each other to check they hold the same key.
    public var fingerprint: String { FingerprintWords.of(raw) }

    /// The text of a `.pub` file.
    public var fileText: String { "\(Self.firstLine)\n\(base64)\nfingerprint: \(fingerprint)\n" }

    var agreement: Curve25519.KeyAgreement.PublicKey {
        // The bytes were checked when the key was made.
        (try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: raw.prefix(32)))!
    }

    var signing: Curve25519.Signing.PublicKey {
        (try? Curve25519.Signing.PublicKey(rawRepresentation: raw.suffix(32)))!
    }

    /// A key from its base64 form (as a workspace stores it).
    public init(base64: String, path: String) throws(StoreError) {
        guard let raw = Data(base64Encoded: base64.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw .bundleRefused(path: path, reason: Text.string("store.thePublicKeyIs"))
        }
        do { try self.init(raw: raw) } catch { throw .bundleRefused(path: path, reason: Text.string("store.notAValidPublic")) }
    }

    /// Reads a `.pub` file written by `shopfloor keys new`.
    public static func load(path: String) throws(StoreError) -> PublicKey {
        let text = String(decoding: try InputFile.read(path: path), as: UTF8.self)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.count >= 2, lines[0] == firstLine else {
            throw .bundleRefused(path: path, reason: Text.string("store2.notAShopfloorPublic", ["firstLine": "\(firstLine)"]))
        }
        return try PublicKey(base64: lines[1], path: path)
    }
}

/// A committee's or a cell's key pair; the private half is kept in a file sealed under a passphrase (scrypt and
/// ChaCha20-Poly1305, as a sealed workspace).
public struct KeyPair {
    let agreement: Curve25519.KeyAgreement.PrivateKey
    let signing: Curve25519.Signing.PrivateKey

    /// The first 16 bytes of a private key file.
    static let magic = Array("SHOPFLOOR-KEY1\u{0}\u{0}".utf8)

    /// A new random key pair.
    public static func generate() -> KeyPair {
        KeyPair(agreement: .init(), signing: .init())
    }

    /// The public half.
    public var publicKey: PublicKey {
        // Both halves come from CryptoKit's own key types: always valid.
        (try? PublicKey(raw: agreement.publicKey.rawRepresentation + signing.publicKey.rawRepresentation))!
    }

    /// The bytes of the private key file, sealed under `passphrase`.
    public func sealed(passphrase: String) throws(StoreError) -> Data {
        try sealed(passphrase: passphrase, parameters: .standard)
    }

    func sealed(passphrase: String, parameters: SealedImage.Parameters) throws(StoreError) -> Data {
        let sealing = try SealedImage.new(passphrase: passphrase, parameters: parameters)
        return Data(Self.magic) + (try sealing.seal(agreement.rawRepresentation + signing.rawRepresentation))
    }

    /// Opens a private key file with its passphrase.
    public static func open(path: String, passphrase: () throws(StoreError) -> String) throws(StoreError) -> KeyPair {
        let bytes = try InputFile.read(path: path)
        guard bytes.count > magic.count, Array(bytes.prefix(magic.count)) == magic else {
            throw .bundleRefused(path: path, reason: Text.string("store2.notAShopfloorPrivate"))
        }
        let (_, raw, _) = try SealedImage.open(bytes.dropFirst(magic.count), path: path, passphrase: try passphrase())
        guard raw.count == 64, let agreement = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: raw.prefix(32)),
              let signing = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw.suffix(32)) else {
            throw .bundleRefused(path: path, reason: Text.string("store.theKeyFileIs"))
        }
        return KeyPair(agreement: agreement, signing: signing)
    }
}
