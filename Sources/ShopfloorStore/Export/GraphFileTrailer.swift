import Crypto
import Foundation
import ShopfloorModel
import ShopfloorText

/// The first and last lines Shopfloor writes around a YAML graph file, so that a file cut short is refused.
///
/// A YAML file that loses its end is often still valid YAML (the last records are simply missing, or the last
/// record loses a field and so reads a default: an informer becomes a non-party worker). So the writer starts
/// the file with a header comment and ends it with a trailer comment that names the record counts and the
/// SHA-256 digest of everything before it:
///
/// ```yaml
/// #@shopfloor written: a copy cut short is refused; to edit this file by hand, delete this line and the last
/// shopfloor: 1
/// …
/// #@shopfloor end: places 12, workplaces 3, people 2400, cells 4, ties 9000, contacts 12; sha256 6f1e…
/// ```
///
/// A file that starts with the header is loaded only if its last line is a trailer whose digest matches.
/// Hand-written files (no header) are read as before. JSON has no comments and needs none: a JSON file cut
/// anywhere before its closing brace is not valid JSON.
enum GraphFileTrailer {
    static let header = "#@shopfloor written: a copy cut short is refused; to edit this file by hand, delete this line and the last\n"
    static let trailerPrefix = "#@shopfloor end: "
    private static let headerPrefix = Array("#@shopfloor written".utf8)

    /// The record counts a trailer names, in the order it names them.
    struct Counts: Equatable {
        var places = 0, workplaces = 0, people = 0, cells = 0, ties = 0, contacts = 0

        init(places: Int, workplaces: Int, people: Int, cells: Int, ties: Int, contacts: Int) {
            (self.places, self.workplaces, self.people) = (places, workplaces, people)
            (self.cells, self.ties, self.contacts) = (cells, ties, contacts)
        }

        init(_ graph: OrganizingGraph) {
            self.init(places: graph.places.count, workplaces: graph.workplaces.count, people: graph.people.count,
                cells: graph.cells.count, ties: graph.ties.count, contacts: graph.contacts.count)
        }

        var text: String {
            "places \(places), workplaces \(workplaces), people \(people), cells \(cells), ties \(ties), contacts \(contacts)"
        }

        /// Reads `places 1, workplaces 2, …` exactly as ``text`` writes it.
        init?(text: Substring) {
            let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).split(separator: " ") }
            let names = ["places", "workplaces", "people", "cells", "ties", "contacts"]
            guard parts.count == names.count else { return nil }
            var values: [Int] = []
            for (part, name) in zip(parts, names) {
                guard part.count == 2, part[0] == name, let value = Int(part[1]), value >= 0 else { return nil }
                values.append(value)
            }
            self.init(places: values[0], workplaces: values[1], people: values[2], cells: values[3], ties: values[4],
                contacts: values[5])
        }
    }

    /// The trailer line (with its line break) for a graph whose text before it hashed to `digest`.
    static func trailer(counts: Counts, digest: SHA256.Digest) -> String {
        trailerPrefix + counts.text + "; sha256 " + digest.map { String(format: "%02x", $0) }.joined() + "\n"
    }

    /// Checks the trailer of a file that starts with the header; returns the counts it names, or nil for a
    /// file without the header (written by hand, or by an older Shopfloor).
    ///
    /// - Complexity: O(n) in the bytes (the digest).
    static func verify(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws(StoreError) -> Counts? {
        guard bytes.starts(with: headerPrefix) else { return nil }
        // The last line; a missing final line break is forgiven (everything else is there).
        var end = bytes.count
        if end > 0, bytes[end - 1] == 0x0A { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        let last = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        // The last line's number (a pass over the whole text) is only counted for a diagnostic.
        var lastLine: Int { TextBytes.mark(ofByte: start, in: bytes).line }
        guard last.hasPrefix(trailerPrefix), let semicolon = last.lastIndex(of: ";"),
            let counts = Counts(text: last[last.index(last.startIndex, offsetBy: trailerPrefix.count)..<semicolon]),
            case let hex = last[last.index(after: semicolon)...].trimmingCharacters(in: .whitespaces),
            hex.hasPrefix("sha256 "), hex.count == 7 + 64
        else {
            throw .invalid(path: path, diagnostics: [Diagnostic(file: path, line: lastLine, column: 1,
                message: Text.string("store2.theFileWasWritten", ["trimmingCharacters": "\(trailerPrefix.trimmingCharacters(in: .whitespaces))"]),
                hint: Text.string("store2.useAWholeCopy"))])
        }
        let digest = SHA256.hash(data: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[..<start]))
        guard digest.map({ String(format: "%02x", $0) }).joined() == hex.dropFirst(7) else {
            throw .invalid(path: path, diagnostics: [Diagnostic(file: path, line: lastLine, column: 1,
                message: Text.string("store2.theFileWasChanged"),
                hint: Text.string("store2.ifYouEditedIt"))])
        }
        return counts
    }

    /// The diagnostic when the records read are not the ones the trailer counts (a writer's mistake: the
    /// digest matched).
    static func mismatch(_ expected: Counts, _ read: Counts, path: String) -> Diagnostic {
        Diagnostic(file: path, message: Text.string("store.theFileSLast", ["text": "\(expected.text)", "text2": "\(read.text)"]),
            hint: Text.string("store.theFileIsNot"))
    }
}
