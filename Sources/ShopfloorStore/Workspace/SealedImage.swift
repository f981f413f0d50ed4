import Crypto
import Foundation
import _CryptoExtras
import ShopfloorText

/// The at-rest form of an encrypted workspace: a header with the scrypt parameters and salt, then the whole
/// database image sealed with ChaCha20-Poly1305.
///
/// Layout (big-endian): `SHOPFLOOR-SEALED` (16 bytes), format 2, cipher 1 (ChaChaPoly), kdf 1 (scrypt),
/// log2(N), r (4 bytes), p (4 bytes), salt length, salt, the sealed image's length (8 bytes), then nonce,
/// ciphertext and tag, then the journal of changes (``ChangeJournal``), each record sealed with the same key
/// and bound to the header and its own offset. The header is authenticated with the ciphertext, so changing any
/// byte of the file makes opening fail. Format 1 (no length, no journal) still opens.
struct SealedImage {
    /// The first bytes of every sealed workspace.
    static let magic = Array("SHOPFLOOR-SEALED".utf8)
    /// The first bytes of a plain SQLite database (an unencrypted workspace).
    static let sqliteMagic = Array("SQLite format 3\u{0}".utf8)

    /// The cost of deriving the key from a passphrase.
    struct Parameters: Hashable, Sendable {
        var logN: UInt8
        var r: UInt32
        var p: UInt32

        /// N = 2^15, r = 8, p = 1: 32 MiB and about a tenth of a second per derivation.
        static let standard = Parameters(logN: 15, r: 8, p: 1)
        /// Cheap parameters, for tests only.
        static let testing = Parameters(logN: 10, r: 8, p: 1)

        /// Whether a header's parameters are ones Shopfloor writes (``testing`` … ``standard``): a damaged or
        /// crafted header must not make scrypt take seconds and gigabytes before the passphrase is even tried
        /// (N = 2^22, r = 32, p = 16 would ask for 16 GiB).
        var isPlausible: Bool {
            (Self.testing.logN...Self.standard.logN).contains(logN) && r == Self.standard.r && p == Self.standard.p
        }
    }

    var parameters: Parameters
    var salt: [UInt8]
    /// The key derived from the passphrase with ``parameters`` and ``salt``.
    var key: SymmetricKey

    /// Derives a key for a new passphrase with a fresh random salt.
    static func new(passphrase: String, parameters: Parameters = .standard) throws(StoreError) -> SealedImage {
        let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max) }
        return SealedImage(parameters: parameters, salt: salt,
            key: try derive(passphrase: passphrase, salt: salt, parameters: parameters))
    }

    static func derive(passphrase: String, salt: [UInt8], parameters: Parameters) throws(StoreError) -> SymmetricKey {
        do {
            return try KDF.Scrypt.deriveKey(from: Array(passphrase.utf8), salt: salt, outputByteCount: 32,
                rounds: 1 << Int(parameters.logN), blockSize: Int(parameters.r), parallelism: Int(parameters.p))
        } catch {
            throw .database(path: "", reason: Text.string("store.cannotDeriveAKey", ["error": "\(error)"]))
        }
    }

    var header: [UInt8] {
        var out = Self.magic + [2, 1, 1, parameters.logN]
        for value in [parameters.r, parameters.p] {
            out += [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
        }
        return out + [UInt8(salt.count)] + salt
    }

    /// Encrypts a database image into the bytes of a sealed file (with no journal yet).
    func seal(_ image: Data) throws(StoreError) -> Data {
        let header: [UInt8] = self.header + Self.bigEndian(UInt64(image.count + 12 + 16))
        do {
            let box = try ChaChaPoly.seal(image, using: key, authenticating: header)
            return Data(header) + box.combined
        } catch {
            throw .database(path: "", reason: Text.string("store.encryptionFailed", ["error": "\(error)"]))
        }
    }

    /// Seals one journal record's payload, bound to this file's image (`image`: the tag that ends it) and the
    /// offset the record is written at, so that no record moves to another place or file.
    func sealRecord(_ payload: Data, at offset: Int, image: Data) throws(StoreError) -> Data {
        do {
            return try ChaChaPoly.seal(payload, using: key, authenticating: recordData(offset, image)).combined
        } catch {
            throw .database(path: "", reason: Text.string("store.encryptionFailed", ["error": "\(error)"]))
        }
    }

    /// Opens a journal record sealed by ``sealRecord(_:at:)``.
    func openRecord(_ sealed: Data, at offset: Int, image: Data, path: String) throws(StoreError) -> Data {
        do {
            return try ChaChaPoly.open(try ChaChaPoly.SealedBox(combined: sealed), using: key, authenticating: recordData(offset, image))
        } catch {
            throw .wrongPassphrase(path: path)
        }
    }

    private func recordData(_ offset: Int, _ image: Data) -> Data {
        var out = Data(header)
        out.append(image)
        out.append(contentsOf: Self.bigEndian(UInt64(offset)))
        return out
    }

    /// Eight bytes, most significant first.
    static func bigEndian(_ value: UInt64) -> [UInt8] {
        var out: [UInt8] = []
        for shift in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
        return out
    }

    /// What a sealed file's header says: the key's parameters and salt, and where the sealed image lies.
    struct Layout {
        var format: UInt8
        var parameters: Parameters
        var salt: [UInt8]
        /// Where the nonce, ciphertext and tag start (the header's length).
        var body: Int
        /// Where the sealed image ends (the journal starts): the file's end for format 1.
        var end: Int
    }

    /// Reads the header from the first bytes of a sealed file of `size` bytes (`data` may be just its first few
    /// hundred bytes: the header is at most 289).
    static func layout(_ data: [UInt8], size: Int, path: String) throws(StoreError) -> Layout {
        let fixed = magic.count + 4 + 8 + 1
        guard data.count > fixed, Array(data[0..<magic.count]) == magic else {
            throw .notAWorkspace(path: path, reason: Text.string("store.itDoesNotStart"))
        }
        var i = magic.count
        let format = data[i]
        guard format == 1 || format == 2, data[i + 1] == 1, data[i + 2] == 1 else {
            throw .corruptWorkspace(path: path, reason: Text.string("store.theHeaderNamesA"))
        }
        let logN = data[i + 3]
        i += 4
        func u32(_ at: Int) -> UInt32 { data[at..<at + 4].reduce(0) { $0 << 8 | UInt32($1) } }
        let parameters = Parameters(logN: logN, r: u32(i), p: u32(i + 4))
        i += 8
        let saltCount = Int(data[i])
        i += 1
        guard parameters.isPlausible else {
            throw .corruptWorkspace(path: path, reason: Text.string("store2.theHeaderAsksFor", ["logN": "\(logN)", "r": "\(parameters.r)", "p": "\(parameters.p)"]))
        }
        guard saltCount >= 8, data.count >= i + saltCount + (format == 2 ? 8 : 0), size >= i + saltCount + 12 + 16 else {
            throw .corruptWorkspace(path: path, reason: Text.string("store.theHeaderIsDamaged"))
        }
        let salt = Array(data[i..<i + saltCount])
        i += saltCount
        var end = size
        if format == 2 {
            let length = data[i..<i + 8].reduce(0) { $0 << 8 | UInt64($1) }
            i += 8
            guard length >= 28, length <= UInt64(size - i) else {
                throw .wrongPassphrase(path: path)
            }
            end = i + Int(length)
        }
        return Layout(format: format, parameters: parameters, salt: salt, body: i, end: end)
    }

    /// Reads a sealed file's header, derives the key from `passphrase` and decrypts the image; also returns
    /// where the image ends (the journal starts).
    ///
    /// A wrong passphrase and a changed byte both fail authentication: ``StoreError/wrongPassphrase(path:)``.
    static func open(_ bytes: Data, path: String, passphrase: String) throws(StoreError) -> (SealedImage, Data, Int) {
        let data = [UInt8](bytes)
        let layout = try layout(data, size: data.count, path: path)
        let key = try derive(passphrase: passphrase, salt: layout.salt, parameters: layout.parameters)
        let sealed = SealedImage(parameters: layout.parameters, salt: layout.salt, key: key)
        do {
            let box = try ChaChaPoly.SealedBox(combined: data[layout.body..<layout.end])
            let image = try ChaChaPoly.open(box, using: key, authenticating: Array(data[0..<layout.body]))
            return (sealed, image, layout.end)
        } catch {
            throw .wrongPassphrase(path: path)
        }
    }
}
