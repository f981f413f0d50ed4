import Crypto
import Foundation
import ShopfloorModel

/// Writes a graph as a graph file (YAML or JSON) that ``GraphFile`` loads back into the same graph.
///
/// Gates are written as places of kind `gate` naming their workplace; every other record keeps the shape of
/// Docs/graph-file-format.md. Records keep their order and fields a fixed order, so exports diff cleanly.
public enum GraphFileWriter {
    /// A value of the document tree, rendered as YAML or JSON.
    indirect enum Value {
        case text(String)
        case int(Int)
        case number(Double)
        case bool(Bool)
        case list([Value])
        case map([(String, Value)])
    }

    /// A top-level entry of the file: one value, or a list of records made and written one at a time.
    enum Section {
        case value(Value)
        case records(count: Int, record: (Int) -> Value)
    }

    /// The graph as graph-file text in `format`.
    public static func text(of graph: OrganizingGraph, format: GraphFile.Format) throws(StoreError) -> String {
        var text = ""
        try stream(graph, format: format) { chunk throws(StoreError) in text += chunk }
        return text
    }

    /// Writes the graph as graph-file text in `format`, handing it to `emit` in chunks of about a megabyte.
    ///
    /// Records are turned into text one at a time, so a national map (a million people, ten million ties)
    /// never exists as a whole document tree or a whole string. YAML starts with ``GraphFileTrailer``'s header
    /// and ends with its trailer (the record counts and the digest of the text), so that a copy cut short is
    /// refused when it is read.
    public static func stream(
        _ graph: OrganizingGraph, format: GraphFile.Format, to emit: (String) throws(StoreError) -> Void
    ) throws(StoreError) {
        var out = ""
        var digest = SHA256()
        func flush(force: Bool = false) throws(StoreError) {
            guard force || out.utf8.count >= 1 << 20 else { return }
            if format == .yaml { out.withUTF8 { digest.update(bufferPointer: UnsafeRawBufferPointer($0)) } }
            try emit(out)
            out = ""
        }
        let entries = sections(graph)
        switch format {
        case .yaml:
            out += GraphFileTrailer.header
            for (key, section) in entries {
                switch section {
                case .value(let value):
                    out += key + ":"
                    yamlValue(value, indent: "", into: &out)
                case .records(let count, let record):
                    out += key + (count == 0 ? ": []\n" : ":\n")
                    for r in 0..<count {
                        yamlValue(.list([record(r)]), indent: "", into: &out, opened: true)
                        try flush()
                    }
                }
            }
            try flush(force: true)
            out = GraphFileTrailer.trailer(counts: .init(graph), digest: digest.finalize())
        case .json:
            out += "{\n"
            for (k, (key, section)) in entries.enumerated() {
                out += "  " + quoted(key) + ": "
                switch section {
                case .value(let value):
                    json(value, indent: "  ", into: &out)
                case .records(let count, let record):
                    out += count == 0 ? "[]" : "[\n"
                    for r in 0..<count {
                        out += "    "
                        json(record(r), indent: "    ", into: &out)
                        out += r == count - 1 ? "\n  ]" : ",\n"
                        try flush()
                    }
                }
                out += k == entries.count - 1 ? "\n" : ",\n"
            }
            out += "}\n"
        }
        try flush(force: true)
    }

    static func sections(_ g: OrganizingGraph) -> [(String, Section)] {
        var top: [(String, Section)] = [("shopfloor", .value(.int(1)))]
        if !g.name.isEmpty { top.append(("name", .value(.text(g.name)))) }
        top.append(("places", .records(count: g.places.count) { i in
            let p = g.places[i]
            return map([("id", .text(p.id.rawValue)), ("kind", .text(p.kind.rawValue)), ("name", .text(p.name)),
                ("neighbourhood", p.neighbourhood.map { .text($0.rawValue) }), ("workplace", p.workplace.map { .text($0.rawValue) }),
                ("district", p.district.map(Value.text)), ("location", p.location.map(location))])
        }))
        top.append(("workplaces", .records(count: g.workplaces.count) { workplace(g.workplaces[$0]) }))
        top.append(("people", .records(count: g.people.count) { i in
            let p = g.people[i]
            return map([("id", .text(p.id.rawValue)), ("name", .text(p.name)), ("workplace", p.workplace.map { .text($0.rawValue) }),
                ("shop", p.shop.map { .text($0.rawValue) }), ("shift", p.shift.map { .text($0.rawValue) }),
                ("home", p.home.map { .text($0.rawValue) }), ("address", p.address.map(Value.text)),
                ("role", .text(p.role.rawValue)), ("affiliation", .text(p.affiliation.rawValue)),
                ("assessment", .int(p.assessment.rawValue)), ("union", .bool(p.unionMember)),
                ("frequents", p.frequents.isEmpty ? nil : .list(p.frequents.map { .text($0.rawValue) })),
                ("tags", p.tags.isEmpty ? nil : .list(p.tags.map(Value.text))), ("notes", p.notes.map(Value.text))])
        }))
        top.append(("cells", .records(count: g.cells.count) { i in
            let c = g.cells[i]
            return map([("id", .text(c.id.rawValue)), ("kind", .text(c.kind.rawValue)), ("name", c.name.map(Value.text)),
                ("workplace", c.workplace.map { .text($0.rawValue) }), ("neighbourhood", c.neighbourhood.map { .text($0.rawValue) }),
                ("targets", .list(c.targets.map { .text($0.rawValue) })), ("members", .list(c.members.map { .text($0.rawValue) })),
                ("committee", .list(c.committee.map { .text($0.rawValue) }))])
        }))
        top.append(("ties", .records(count: g.ties.count) { i in
            let t = g.ties[i]
            return .map([("a", .text(t.a.rawValue)), ("b", .text(t.b.rawValue)), ("kind", .text(t.kind.rawValue)),
                ("strength", .int(t.strength))])
        }))
        top.append(("contacts", .records(count: g.contacts.count) { i in
            let c = g.contacts[i]
            return map([("date", .text(c.date.description)), ("by", .text(c.by.rawValue)), ("with", .text(c.with.rawValue)),
                ("channel", .text(c.channel.rawValue)), ("place", c.place.map { .text($0.rawValue) }),
                ("outcome", .text(c.outcome.rawValue)), ("assessment", c.assessment.map { .int($0.rawValue) }),
                ("notes", c.notes.map(Value.text))])
        }))
        return top
    }

    private static func workplace(_ w: Workplace) -> Value {
        map([("id", .text(w.id.rawValue)), ("name", .text(w.name)), ("kind", .text(w.kind.rawValue)),
            ("sector", w.sector.isEmpty ? nil : .text(w.sector)), ("employer", w.employer.map(Value.text)),
            ("headcount", .int(w.headcount)), ("district", w.district.map(Value.text)),
            ("neighbourhood", w.neighbourhood.map { .text($0.rawValue) }), ("location", w.location.map(location)),
            ("union", w.union.map { u in map([("name", u.name.map(Value.text)), ("character", .text(u.character.rawValue))]) }),
            ("shops", .list(w.shops.map { .map([("id", .text($0.id.rawValue)), ("name", .text($0.name)), ("headcount", .int($0.headcount))]) })),
            ("shifts", .list(w.shifts.map { s in
                map([("id", .text(s.id.rawValue)), ("name", .text(s.name)), ("start", .text(s.start.description)),
                    ("end", .text(s.end.description)), ("gate", s.gate.map { .text($0.rawValue) }),
                    ("days", .list(s.days.map { .text($0.rawValue) }))])
            })),
            ("notes", w.notes.map(Value.text))])
    }

    private static func location(_ c: Coordinates) -> Value { .list([.number(c.latitude), .number(c.longitude)]) }

    /// A mapping without its absent fields.
    private static func map(_ pairs: [(String, Value?)]) -> Value {
        .map(pairs.compactMap { key, value in value.map { (key, $0) } })
    }

    /// Writes a mapping in block style: the first key after `first`, the others after `indent`.
    ///
    /// Hand-written rather than Yams' emitter: Yams took 23 s for a 20,000-person world (and grows faster than
    /// linearly), this takes a fraction of a second. Strings are double-quoted with JSON's escapes, which YAML
    /// reads the same way, so no value can turn into another type or break the layout.
    private static func yamlMap(_ pairs: [(String, Value)], indent: String, first: String, into out: inout String) {
        for (i, pair) in pairs.enumerated() {
            out += i == 0 ? first : indent
            out += pair.0
            out += ":"
            yamlValue(pair.1, indent: indent, into: &out)
        }
    }

    /// Writes the value of a mapping entry, after its `key:`. `opened`: the list's line is already written
    /// (a list of records streamed item by item).
    private static func yamlValue(_ value: Value, indent: String, into out: inout String, opened: Bool = false) {
        switch value {
        case .list(let items) where items.contains(where: { if case .map = $0 { return true }; return false }):
            if !opened { out += "\n" }
            for item in items {
                if case .map(let pairs) = item, !pairs.isEmpty {
                    yamlMap(pairs, indent: indent + "    ", first: indent + "  - ", into: &out)
                } else {
                    out += indent + "  - "
                    flow(item, into: &out)
                    out += "\n"
                }
            }
        case .map(let pairs) where !pairs.isEmpty:
            out += "\n"
            yamlMap(pairs, indent: indent + "  ", first: indent + "  ", into: &out)
        default:
            out += " "
            flow(value, into: &out)
            out += "\n"
        }
    }

    /// Writes a value on one line (YAML flow style, which for these values is also JSON).
    private static func flow(_ value: Value, into out: inout String) {
        switch value {
        case .text, .int, .number, .bool: scalar(value, into: &out)
        case .list(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                flow(item, into: &out)
            }
            out += "]"
        case .map(let pairs):
            out += "{"
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out += ", " }
                out += quoted(pair.0) + ": "
                flow(pair.1, into: &out)
            }
            out += "}"
        }
    }

    private static func json(_ value: Value, indent: String, into out: inout String) {
        switch value {
        case .text, .int, .number, .bool: scalar(value, into: &out)
        case .list(let items):
            if items.isEmpty { out += "[]"; return }
            let inner = indent + "  "
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += inner
                json(item, indent: inner, into: &out)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .map(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            let inner = indent + "  "
            out += "{\n"
            for (i, pair) in pairs.enumerated() {
                out += inner + quoted(pair.0) + ": "
                json(pair.1, indent: inner, into: &out)
                out += i == pairs.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    /// Writes a text, number or truth value as both formats write it (a list or mapping writes nothing here).
    private static func scalar(_ value: Value, into out: inout String) {
        switch value {
        case .text(let s): out += quoted(s)
        case .int(let i): out += String(i)
        case .number(let d): out += d.description
        case .bool(let b): out += b ? "true" : "false"
        case .list, .map: break
        }
    }

    /// A JSON string literal.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
                || scalar.value == 0x2029 || scalar.value == 0xFEFF || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                // Control characters, and the ones YAML does not allow unescaped; both formats read \uXXXX.
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
