import Foundation
import ShopfloorModel
import ShopfloorTestSupport
import Testing
@testable import ShopfloorStore

/// A read of a plain stamped image takes the image's digest from the file through a small buffer and maps the
/// image instead of copying it into memory (issue 20.1: at a million people the copy was most of the peak
/// memory); any other image is read whole and checked as before.
@Suite("Mapped reads: a stamped plain image digested in pieces and mapped, never copied")
struct MappedReadTests {
    @Test("the digest taken through the buffer equals the digest of the bytes, at every length around its chunks")
    func digestInPiecesEqualsWhole() throws {
        let path = try Scratch.folder() + "/bytes"
        let chunk = 1 << 19
        var generator = SystemRandomNumberGenerator()
        let all = Data((0..<(3 * chunk + 100)).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        try all.write(to: URL(fileURLWithPath: path))
        let file = try ImageFile(path: path)
        for length in [0, 1, 31, 32, 33, 4096, chunk - 1, chunk, chunk + 1, chunk + 32, 2 * chunk + 31, 3 * chunk + 100] {
            #expect(ImageDigest.of(file, length: length) == ImageDigest.of(all.prefix(length)), "length \(length)")
        }
        #expect(ImageDigest.of(file, length: all.count + 1) == nil, "a file shorter than the length has no digest")
    }

    @Test("a stamped plain image is mapped and trusted; changed outside Shopfloor it is read whole and checked; sealed it is decrypted")
    func onlyTheStampedPlainImageIsMapped() throws {
        let path = try Scratch.folder() + "/w.shopfloor"
        _ = try Workspace.gebzeForTest(at: path)
        let expected = try Workspace.open(at: path, passphrase: { "" }).storedGraph()
        let mapped = try Workspace.open(at: path, passphrase: { "" })
        #expect(mapped.isMapped && mapped.checked)
        #expect(Workspace.same(try mapped.graph(), expected))
        #expect(try mapped.integrityProblems().isEmpty)

        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        // SQLite's user_version (header bytes 60-63): the database still opens and holds the same graph.
        bytes[bytes.startIndex + 63] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: path))
        let changed = try Workspace.open(at: path, passphrase: { "" })
        #expect(!changed.isMapped && !changed.checked, "an image changed outside Shopfloor is neither mapped nor trusted")
        #expect(Workspace.same(try changed.graph(), expected))
        #expect(!changed.readFromSnapshot, "the snapshot of another image is not used")

        let sealedPath = try Scratch.folder() + "/s.shopfloor"
        _ = try Workspace.gebzeForTest(at: sealedPath, passphrase: "mapped read passphrase")
        let sealed = try Workspace.open(at: sealedPath, passphrase: { "mapped read passphrase" })
        #expect(!sealed.isMapped && sealed.checked)
    }
}
