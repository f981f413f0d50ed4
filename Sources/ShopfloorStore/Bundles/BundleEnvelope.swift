import Crypto
import Foundation
import ShopfloorText

/// The outside of a bundle file: who sent it, for whom, the payload encrypted to the recipient with HPKE
/// (X25519, HKDF-SHA256, ChaCha20-Poly1305) and signed by the sender with Ed25519.
///
/// Layout: `SHOPFLOOR-BUNDLE` (16 bytes), the header's length (4 bytes, big-endian), the header (JSON: format,
/// kind, sender's and recipient's public keys, HPKE's encapsulated key), the ciphertext, then the 64-byte
/// signature over everything before it. The header is the ciphertext's associated data, so nothing of it can be
/// changed without the signature and the decryption both failing.
struct BundleEnvelope {
    static let magic = Array("SHOPFLOOR-BUNDLE".utf8)
    static var ciphersuite: HPKE.Ciphersuite { .Curve25519_SHA256_ChachaPoly }

    /// Which way a bundle goes.
    enum Kind: String, Codable {
        /// From the committee to a cell.
        case out
        /// From a cell back to its committee.
        case back
    }

    struct Header: Codable {
        var format = 1
        var kind: Kind
        var sender: String
        var recipient: String
        var encapsulatedKey: String
    }

    var header: Header
    var headerBytes: Data
    var ciphertext: Data
    var signature: Data
    var signed: Data

    /// Encrypts `payload` to `recipient` and signs it with `sender`'s key.
    static func seal(_ payload: Data, kind: Kind, from sender: KeyPair, to recipient: PublicKey) throws(StoreError) -> Data {
        do {
            let info = Data("shopfloor bundle \(kind.rawValue)".utf8)
            var hpke = try HPKE.Sender(recipientKey: recipient.agreement, ciphersuite: ciphersuite, info: info)
            let header = Header(kind: kind, sender: sender.publicKey.base64, recipient: recipient.base64,
                encapsulatedKey: hpke.encapsulatedKey.base64EncodedString())
            let headerBytes = try JSONEncoder.sorted.encode(header)
            let count = UInt32(headerBytes.count)
            var out = Data(magic) + Data([UInt8(count >> 24 & 0xFF), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)])
            out += headerBytes
            out += try hpke.seal(payload, authenticating: Data(magic) + headerBytes)
            out += try sender.signing.signature(for: out)
            return out
        } catch let error as StoreError {
            throw error
        } catch {
            throw .bundleRefused(path: "", reason: Text.string("store.cannotSealTheBundle", ["error": "\(error)"]))
        }
    }

    /// Splits a bundle file into its parts, without checking the signature yet.
    static func parse(_ bytes: Data, path: String) throws(StoreError) -> BundleEnvelope {
        let data = Data(bytes)
        guard data.count > magic.count + 4 + 64, Array(data.prefix(magic.count)) == magic else {
            throw .bundleRefused(path: path, reason: Text.string("store2.notAShopfloorBundle"))
        }
        let count = data[magic.count..<magic.count + 4].reduce(0) { $0 << 8 | Int($1) }
        let start = magic.count + 4
        guard count > 0, data.count >= start + count + 64 else {
            throw .bundleRefused(path: path, reason: Text.string("store.theBundleIsDamaged"))
        }
        let headerBytes = data[start..<start + count]
        guard let header = try? JSONDecoder().decode(Header.self, from: headerBytes), header.format == 1 else {
            throw .bundleRefused(path: path, reason: Text.string("store.theBundleIsDamaged2"))
        }
        return BundleEnvelope(header: header, headerBytes: Data(headerBytes),
            ciphertext: Data(data[(start + count)..<(data.count - 64)]), signature: Data(data.suffix(64)),
            signed: Data(data.prefix(data.count - 64)))
    }

    /// The sender's key as the header names it.
    func sender(path: String) throws(StoreError) -> PublicKey {
        do { return try PublicKey(base64: header.sender, path: path) } catch {
            throw .bundleRefused(path: path, reason: Text.string("store.theBundleIsDamaged3"))
        }
    }

    /// Checks that the bundle is for `me`, signed by `sender`, and unaltered; returns the decrypted payload.
    func open(kind: Kind, as me: KeyPair, from sender: PublicKey, path: String) throws(StoreError) -> Data {
        guard header.kind == kind else {
            throw .bundleRefused(path: path, reason: kind == .back
                ? Text.string("bundle.isOut") : Text.string("bundle.isBack"))
        }
        guard header.recipient == me.publicKey.base64 else {
            let fingerprint = (try? PublicKey(base64: header.recipient, path: path))?.fingerprint ?? "unreadable"
            throw .bundleRefused(path: path, reason: Text.string("store2.theBundleIsFor", ["fingerprint": "\(fingerprint)", "fingerprint2": "\(me.publicKey.fingerprint)"]))
        }
        guard header.sender == sender.base64 else {
            throw .bundleRefused(path: path, reason: Text.string("bundle.unknownSigner",
                ["fingerprint": "\((try? self.sender(path: path))?.fingerprint ?? "?")", "expected": "\(sender.fingerprint)"]))
        }
        guard sender.signing.isValidSignature(signature, for: signed) else {
            throw .bundleRefused(path: path, reason: Text.string("store.theSignatureDoesNot"))
        }
        do {
            let info = Data("shopfloor bundle \(kind.rawValue)".utf8)
            guard let encapsulated = Data(base64Encoded: header.encapsulatedKey) else { throw StoreError.bundleRefused(path: path, reason: "") }
            var recipient = try HPKE.Recipient(privateKey: me.agreement, ciphersuite: Self.ciphersuite, info: info,
                encapsulatedKey: encapsulated)
            return try recipient.open(ciphertext, authenticating: Data(Self.magic) + headerBytes)
        } catch {
            throw .bundleRefused(path: path, reason: Text.string("store.theBundleCannotBe"))
        }
    }
}
