import Foundation
import ShopfloorModel
import ShopfloorText

/// Where a record sits in its collection; shops and shifts also name their workplace's position.
struct RecordKey: Hashable {
    var collection: Violation.Collection
    var index: Int
    var parent: Int?
}

/// The fields of one record: the record's mapping, or (for the short forms) fields named by position.
///
/// Looking a field up compares the keys' bytes in place: a record has a dozen keys at most, and a graph file a
/// million records, so no dictionary is built for each.
struct Fields {
    /// The mapping the fields come from.
    let mapping: YAMLNode?
    /// Fields given by name (short forms such as `[a, b, kind]`), looked up before the mapping.
    var named: [(String, YAMLNode)] = []

    init(mapping: YAMLNode?, named: [(String, YAMLNode)] = []) {
        self.mapping = mapping
        self.named = named
    }

    subscript(field: String) -> YAMLNode? {
        for (name, node) in named where name == field { return node }
        return mapping?[field]
    }
}

/// The record a violation can point back to, and its fields.
struct RecordPlace {
    var node: YAMLNode
    var fields: Fields
}

/// Walks a YAML/JSON document into an ``OrganizingGraph``, collecting every problem with its position.
///
/// The reader never stops at the first problem: it records a ``Diagnostic`` and goes on, so that a user sees
/// all that is wrong with a file at once. Records and their fields are remembered (as nodes, whose positions are
/// looked up only when needed) so that the model's own ``OrganizingGraph/violations()`` can be reported at the
/// line that caused them.
struct GraphFileReader {
    let file: String
    var diagnostics: [Diagnostic] = []
    /// The records of each collection by position; shops and shifts (numbered within their workplace) apart.
    var records: [Violation.Collection: [RecordPlace?]] = [:]
    var nestedRecords: [RecordKey: RecordPlace] = [:]
    /// Ids of records that could not be read; references to them are not reported again as missing.
    var brokenIDs: Set<String> = []
    /// The file's own alias secret (top-level `alias-secret`), if it carries one.
    var aliasSecret: String?

    init(file: String) { self.file = file }

    // MARK: Reporting

    mutating func report(_ node: YAMLNode?, field: String? = nil, id: String? = nil, _ message: String, hint: String? = nil) {
        let mark = node?.mark
        diagnostics.append(Diagnostic(file: file, line: mark?.line, column: mark?.column, field: field, id: id,
            message: message, hint: hint))
    }

    mutating func remember(_ key: RecordKey, node: YAMLNode, fields: Fields) {
        let place = RecordPlace(node: node, fields: fields)
        guard key.parent == nil else {
            nestedRecords[key] = place
            return
        }
        // One hash lookup, the list changed in place (records come in order, so this is almost always an append).
        Self.put(place, at: key.index, in: &records[key.collection, default: []])
    }

    private static func put(_ place: RecordPlace, at index: Int, in list: inout [RecordPlace?]) {
        if index >= list.count { list.append(contentsOf: repeatElement(nil, count: index - list.count + 1)) }
        list[index] = place
    }

    /// Turns a model violation into a diagnostic at the line of the field (or record) it names.
    func diagnostic(for violation: Violation) -> Diagnostic {
        let key = RecordKey(collection: violation.collection, index: violation.index, parent: violation.parentIndex)
        let place = key.parent == nil
            ? records[key.collection].flatMap { key.index < $0.count ? $0[key.index] : nil } : nestedRecords[key]
        let mark = (place?.fields[violation.field] ?? place?.node)?.mark
        return Diagnostic(file: file, line: mark?.line, column: mark?.column, field: violation.field,
            id: violation.id, message: violation.message, hint: violation.hint)
    }

    // MARK: Shapes

    /// The fields of a mapping node, reporting unknown keys (with the nearest known key as hint).
    /// `what` (a catalog lookup) is only made when a problem is reported: a graph file has a million records.
    mutating func fields(of node: YAMLNode, allowed: [String], what: @autoclosure () -> String, id: String? = nil) -> Fields? {
        guard node.kind == .mapping else {
            report(node, id: id, Text.string("store4.expectedAsAMapping", ["what": "\(what())", "shape": "\(shape(of: node))"]),
                hint: Text.string("store.seeDocsGraphFile2", ["what": "\(what())"]))
            return nil
        }
        // Keys mostly come in the order of `allowed` (as Shopfloor writes them): each search starts after the
        // last key found, so that a record's keys cost a comparison or two each rather than a scan.
        var next = 0
        for i in 0..<node.count {
            let keyNode = node.pair(i).key
            guard keyNode.isScalar else {
                report(keyNode, id: id, Text.string("store4.aKeyInMust", ["what": "\(what())"]))
                continue
            }
            if let found = Self.position(of: keyNode, in: allowed, from: next) {
                next = found + 1
                continue
            }
            let key = keyNode.string ?? ""
            report(keyNode, field: key, id: id ?? node["id"]?.string,
                Text.string("graphfile.unknownField", ["key": "\(key)", "what": "\(what())"]),
                hint: Suggestion.hint(for: key, among: allowed, noun: "field"))
        }
        return Fields(mapping: node)
    }

    /// The position of the key's text in `names`, searched from `start` round to `start - 1`; nil when absent.
    static func position(of key: YAMLNode, in names: [String], from start: Int) -> Int? {
        let count = names.count
        var k = 0
        while k < count {
            let i = (start + k) % count
            if key.equals(names[i]) { return i }
            k += 1
        }
        return nil
    }

    /// The items of a sequence node; a single scalar reads as a list of one.
    mutating func items(of node: YAMLNode, field: String, id: String?) -> [YAMLNode] {
        switch node.kind {
        case .sequence: return node.items
        case .scalar where node.isNull: return []
        case .scalar: return [node]
        case .mapping:
            report(node, field: field, id: id, Text.string("store4.expectedAListFound", ["shape": "\(shape(of: node))"]),
                hint: Text.string("store.writeAListAs"))
            return []
        }
    }

    func shape(of node: YAMLNode) -> String {
        switch node.kind {
        case .scalar: Text.string("graphfile.shape.value", ["value": "\(node.string ?? "")"])
        case .mapping: Text.string("graphfile.shape.mapping")
        case .sequence: Text.string("graphfile.shape.list")
        }
    }

    // MARK: Scalars

    /// A scalar's text, or nil (with a diagnostic) when the node is a list or a mapping; null reads as nil.
    /// `id` is only made when a problem is reported (a tie's label, say, would cost a string per record).
    mutating func string(_ node: YAMLNode?, field: String, id: @autoclosure () -> String?) -> String? {
        guard let node else { return nil }
        guard node.isScalar else {
            report(node, field: field, id: id(), Text.string("store4.expectedASingleValue", ["shape": "\(shape(of: node))"]))
            return nil
        }
        if node.isNull { return nil }
        return node.string
    }

    /// A required scalar; reports its absence at the record.
    mutating func required(_ fields: Fields, _ field: String, record: YAMLNode, what: @autoclosure () -> String, id: String?)
        -> String?
    {
        guard let node = fields[field] else {
            report(record, field: field, id: id, Text.string("store4.hasNo", ["what": "\(what())", "field": "\(field)"]), hint: Text.string("store.add", ["field": "\(field)"]))
            return nil
        }
        guard let text = string(node, field: field, id: id), !text.isEmpty else {
            report(node, field: field, id: id, Text.string("store4.isEmpty", ["field": "\(field)"]), hint: Text.string("store.writeAValueFor", ["field": "\(field)"]))
            return nil
        }
        return text
    }

    /// An identifier: a single word of letters, digits, `-`, `_` or `.`.
    mutating func identifier(_ node: YAMLNode?, field: String, id: String?) -> String? {
        guard let node, let text = string(node, field: field, id: id) else { return nil }
        return singleWord(text, at: node, field: field, id: id)
    }

    /// A required identifier: ``required(_:_:record:what:id:)`` then ``identifier(_:field:id:)``, with the same
    /// diagnostics, looking the field up and making its text once (a tie's two ends, a million times).
    mutating func requiredIdentifier(_ fields: Fields, _ field: String, record: YAMLNode, what: @autoclosure () -> String,
        id: String?) -> String?
    {
        guard let text = required(fields, field, record: record, what: what(), id: id), let node = fields[field] else {
            return nil
        }
        return singleWord(text, at: node, field: field, id: id)
    }

    /// `text` (the scalar at `node`) when it is a single word; nil with a diagnostic otherwise.
    private mutating func singleWord(_ text: String, at node: YAMLNode, field: String, id: String?) -> String? {
        guard Self.isWord(text) else {
            report(node, field: field, id: id, Text.string("store4.isNotAValid", ["text": "\(text)"]),
                hint: Text.string("store.idsAreSingleWords", ["slug": "\(Self.slug(text))"]))
            return nil
        }
        return text
    }

    static func isWord(_ text: String) -> Bool {
        // ASCII (every generated id, most hand-written ones): bytes are characters, no Unicode tables.
        var ascii = true, word = true
        for byte in text.utf8 {
            guard byte < 0x80 else {
                ascii = false
                break
            }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                continue
            default:
                word = false
            }
        }
        if ascii { return word && !text.isEmpty && text.utf8.count <= 128 }
        return !text.isEmpty && text.count <= 128
            && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }

    static func slug(_ text: String) -> String {
        let mapped = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        let joined = String(mapped).split(separator: "-").joined(separator: "-")
        return joined.isEmpty ? "my-id" : joined
    }

    mutating func identifiers(_ node: YAMLNode?, field: String, id: String?) -> [String] {
        guard let node else { return [] }
        return items(of: node, field: field, id: id).compactMap { identifier($0, field: field, id: id) }
    }

    /// A whole number within `range`.
    mutating func integer(
        _ node: YAMLNode?, field: String, id: @autoclosure () -> String?, range: ClosedRange<Int>,
        meaning: @autoclosure () -> String
    ) -> Int? {
        guard let node, let text = string(node, field: field, id: id()) else { return nil }
        // Digits as they are (every number Shopfloor writes); `1_200` as YAML writes thousands.
        let cleaned = text.utf8.contains(UInt8(ascii: "_")) ? text.replacingOccurrences(of: "_", with: "") : text
        guard let value = Int(cleaned) else {
            report(node, field: field, id: id(), Text.string("store4.isNotAWhole", ["text": "\(text)"]), hint: meaning())
            return nil
        }
        guard range.contains(value) else {
            report(node, field: field, id: id(), Text.string("store4.isOutOfRange", ["value": "\(value)", "lowerBound": "\(range.lowerBound)", "upperBound": "\(range.upperBound)"]),
                hint: meaning())
            return nil
        }
        return value
    }

    /// A yes/no value.
    mutating func boolean(_ node: YAMLNode?, field: String, id: String?) -> Bool? {
        guard let node, let text = string(node, field: field, id: id) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "y", "on", "1", "evet": return true
        case "false", "no", "n", "off", "0", "hayır", "hayir": return false
        default:
            report(node, field: field, id: id, Text.string("store4.isNotYesOr", ["text": "\(text)"]), hint: Text.string("store.writeTrueOrFalse"))
            return nil
        }
    }

    /// A word of a closed vocabulary, with the nearest valid word as a hint.
    mutating func word<V: Vocabulary>(_ node: YAMLNode?, _ type: V.Type, field: String, id: @autoclosure () -> String?) -> V? {
        guard let node, let text = string(node, field: field, id: id()) else { return nil }
        if let value = V(word: text) { return value }
        let words = V.words.joined(separator: ", ")
        let hint = Suggestion.nearest(to: text, in: V.self).map { Text.string("vocabulary.didYouMean", ["word": "\($0)", "words": "\(words)"]) }
            ?? Text.string("vocabulary.validWords", ["words": "\(words)"])
        report(node, field: field, id: id(), Text.string("vocabulary.unknown", ["value": "\(text)", "field": "\(field)"]), hint: hint)
        return nil
    }

    /// A time of day `HH:MM`.
    mutating func time(_ node: YAMLNode?, field: String, id: String?) -> TimeOfDay? {
        guard let node, let text = string(node, field: field, id: id) else { return nil }
        guard let time = TimeOfDay(parsing: text.trimmingCharacters(in: .whitespaces)) else {
            report(node, field: field, id: id, Text.string("store4.isNotATime", ["text": "\(text)"]), hint: Text.string("store.writeAHourTime3"))
            return nil
        }
        return time
    }

    /// A calendar day `YYYY-MM-DD`.
    mutating func day(_ node: YAMLNode?, field: String, id: String?) -> Day? {
        guard let node, let text = string(node, field: field, id: id) else { return nil }
        guard let day = Day(parsing: text) else {
            report(node, field: field, id: id, Text.string("store4.isNotADate", ["text": "\(text)"]), hint: Text.string("store.writeADateLike3"))
            return nil
        }
        return day
    }

    /// Coordinates as `[lat, lon]` or `{lat: .., lon: ..}`, within the valid ranges.
    mutating func coordinates(_ node: YAMLNode?, field: String, id: String?) -> Coordinates? {
        guard let node else { return nil }
        var pair: [YAMLNode] = []
        switch node.kind {
        case .sequence: pair = node.items
        case .mapping:
            guard let f = fields(of: node, allowed: ["lat", "lon", "latitude", "longitude"], what: Text.string("store3.aLocation"), id: id)
            else { return nil }
            pair = [f["lat"] ?? f["latitude"], f["lon"] ?? f["longitude"]].compactMap { $0 }
        case .scalar: break
        }
        let numbers = pair.compactMap { $0.string.flatMap { Double($0) } }
        guard pair.count == 2, numbers.count == 2 else {
            report(node, field: field, id: id, Text.string("store4.expectedALocationAs"), hint: Text.string("store.eG"))
            return nil
        }
        guard (-90...90).contains(numbers[0]), (-180...180).contains(numbers[1]) else {
            report(node, field: field, id: id, Text.string("store4.isNotALocation", ["numbers": "\(numbers[0])", "numbers2": "\(numbers[1])"]),
                hint: Text.string("store.latitudeIsLongitudeCheck"))
            return nil
        }
        return Coordinates(latitude: numbers[0], longitude: numbers[1])
    }
}
