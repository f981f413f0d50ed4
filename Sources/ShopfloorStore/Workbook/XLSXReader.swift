import Foundation
import ShopfloorText

/// Reads an Office Open XML workbook (`.xlsx`): the sheets listed in `xl/workbook.xml`, their cells typed by
/// `t` (shared or inline string, boolean, error, ISO date, number) and, for numbers, by their style's
/// number format (a date, a time or a plain number).
struct XLSXReader {
    let path: String
    let limits: WorkbookLimits
    private let package: ZipPackage

    init(path: String, limits: WorkbookLimits) throws(StoreError) {
        self.path = path
        self.limits = limits
        package = try ZipPackage(path: path, limits: limits)
    }

    /// A sheet listed in the workbook.
    private struct SheetEntry {
        var name: String
        var part: String
    }

    func sheets() throws(StoreError) -> [SheetTable] {
        let workbookPart = try relationshipTargets("_rels/.rels", base: "").first { $0.type.hasSuffix("/officeDocument") }?.target
            ?? "xl/workbook.xml"
        guard let workbook = try package.data(workbookPart) else {
            throw .unreadable(path: path, reason: Text.string("store.itHasNoWorkbook", ["workbookPart": "\(workbookPart)"]))
        }
        let part = PathParts(workbookPart)
        let folder = part.folder
        let rels = try relationshipTargets(folder + "/_rels/" + part.name + ".rels", base: folder)
        var in1904 = false
        var listed: [(name: String, id: String)] = []
        try XMLEvents.parse(workbook, part: workbookPart, path: path) { event throws(StoreError) in
            guard case .start(let name, let attributes) = event else { return }
            if name == "workbookPr", let value = attributes.attribute("date1904") { in1904 = value == "1" || value == "true" }
            if name == "sheet", let sheet = attributes.attribute("name"), let id = attributes.attribute("id", prefix: "r") {
                listed.append((sheet, id))
            }
        }
        let strings = try rels.first { $0.type.hasSuffix("/sharedStrings") }.map { r throws(StoreError) in try sharedStrings(r.target) } ?? []
        let styles = try rels.first { $0.type.hasSuffix("/styles") }.map { r throws(StoreError) in try XLSXStyles(part: r.target, package: package, path: path) }
        var count = 0
        var out: [SheetTable] = []
        for (name, id) in listed {
            guard let target = rels.first(where: { $0.id == id && $0.type.hasSuffix("/worksheet") })?.target else { continue }
            guard let data = try package.data(target) else {
                throw .unreadable(path: path, reason: Text.string("store.sheetIsListedBut", ["name": "\(name)", "target": "\(target)"]))
            }
            var sheet = XLSXSheet(builder: .init(path: path, sheet: name, limits: limits), strings: strings,
                styles: styles ?? XLSXStyles(), in1904: in1904)
            try XMLEvents.parse(data, part: target, path: path) { event throws(StoreError) in try sheet.handle(event, count: &count) }
            if let table = sheet.builder.table() { out.append(table) }
        }
        return out
    }

    /// The relationships of a `.rels` part: id, type and target resolved against `base`.
    private func relationshipTargets(_ part: String, base: String) throws(StoreError) -> [(id: String, type: String, target: String)] {
        guard let data = try package.data(part) else { return [] }
        var out: [(String, String, String)] = []
        try XMLEvents.parse(data, part: part, path: path) { event throws(StoreError) in
            guard case .start("Relationship", let a) = event, let id = a.attribute("Id"), let type = a.attribute("Type"),
                let target = a.attribute("Target"), a.attribute("TargetMode") != "External" else { return }
            out.append((id, type, Self.resolve(target, base: base)))
        }
        return out
    }

    /// A relationship target as a package path: absolute (`/xl/…`) or relative to the folder of its source.
    static func resolve(_ target: String, base: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = base.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    /// The shared strings, in order: each `si`'s text runs joined, phonetic runs (`rPh`) left out.
    private func sharedStrings(_ part: String) throws(StoreError) -> [String] {
        guard let data = try package.data(part) else { return [] }
        var out: [String] = []
        var current = "", inText = false, phonetic = 0
        try XMLEvents.parse(data, part: part, path: path) { event throws(StoreError) in
            switch event {
            case .start("si", _): current = ""
            case .start("rPh", _): phonetic += 1
            case .end("rPh"): phonetic -= 1
            case .start("t", _): inText = phonetic == 0
            case .end("t"): inText = false
            case .text(let s) where inText: current += s
            case .end("si"):
                out.append(Self.unescape(current))
                guard out.count <= limits.cells else {
                    throw .unreadable(path: path, reason: Text.string("store.itHasMoreThan", ["cells": "\(limits.cells)"]))
                }
            default: break
            }
        }
        return out
    }

    /// Undoes OOXML's escaping of characters XML cannot hold: `_x0007_` is U+0007, `_x005F_` a literal `_`.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: "_x") {
            out += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                out.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                out += "_x"
                rest = after
            }
        }
        return out + rest
    }
}

/// The number formats of an `.xlsx` workbook's cell styles: which style indexes show dates or times.
struct XLSXStyles {
    /// What a number formatted by a style means.
    enum Meaning { case number, date, dateTime, time }

    private var meanings: [Meaning] = []

    init() {}

    init(part: String, package: ZipPackage, path: String) throws(StoreError) {
        guard let data = try package.data(part) else { return }
        var custom: [Int: String] = [:]
        var formats: [Int] = []
        var inCellXfs = false
        try XMLEvents.parse(data, part: part, path: path) { event throws(StoreError) in
            switch event {
            case .start("numFmt", let a):
                if let id = a.attribute("numFmtId").flatMap({ Int($0) }), let code = a.attribute("formatCode") { custom[id] = code }
            case .start("cellXfs", _): inCellXfs = true
            case .end("cellXfs"): inCellXfs = false
            case .start("xf", let a) where inCellXfs: formats.append(a.attribute("numFmtId").flatMap { Int($0) } ?? 0)
            default: break
            }
        }
        meanings = formats.map { id in custom[id].map(Self.meaning(ofCode:)) ?? Self.meaning(ofBuiltIn: id) }
    }

    /// The meaning of style `index` (a missing style is a plain number).
    func meaning(_ index: Int) -> Meaning { index >= 0 && index < meanings.count ? meanings[index] : .number }

    /// Excel's built-in formats: 14–17 and 27–36, 50–58 (East Asian) dates, 22 a date and time, 18–21 and
    /// 45–47 times.
    static func meaning(ofBuiltIn id: Int) -> Meaning {
        switch id {
        case 14...17, 27...36, 50...58: .date
        case 22: .dateTime
        case 18...21, 45...47: .time
        default: .number
        }
    }

    /// A custom format code's meaning: quoted text, escaped characters and colour or locale brackets left
    /// out, `y`/`d` (or `m` alone) make a date, `h`/`s` a time, and both a date and time; `[h]` is elapsed time.
    static func meaning(ofCode code: String) -> Meaning {
        var plain = "", quoted = false, escaped = false, bracket = ""
        var inBracket = false
        for c in code.lowercased() {
            if escaped { escaped = false; continue }
            if quoted { if c == "\"" { quoted = false }; continue }
            if inBracket {
                if c == "]" {
                    inBracket = false
                    if ["h", "hh", "m", "mm", "s", "ss"].contains(bracket) { plain += "h" }
                } else { bracket.append(c) }
                continue
            }
            switch c {
            case "\"": quoted = true
            case "\\": escaped = true
            case "[": inBracket = true; bracket = ""
            case ";": break
            default: plain.append(c)
            }
            if c == ";" { break }
        }
        if plain.contains("general") || plain.contains("0") || plain.contains("#") { return .number }
        let date = plain.contains("y") || plain.contains("d") || (plain.contains("m") && !plain.contains("h") && !plain.contains("s"))
        let time = plain.contains("h") || plain.contains("s")
        return date && time ? .dateTime : date ? .date : time ? .time : .number
    }
}

/// The state of reading one `.xlsx` worksheet part.
struct XLSXSheet {
    var builder: Workbook.SheetBuilder
    let strings: [String]
    let styles: XLSXStyles
    let in1904: Bool
    private var row = 0, column = 0
    private var type = "n", style = 0, reference: (row: Int, column: Int)?
    private var value = "", inline = "", inValue = false, inInline = false, phonetic = 0, inCell = false

    init(builder: Workbook.SheetBuilder, strings: [String], styles: XLSXStyles, in1904: Bool) {
        self.builder = builder
        self.strings = strings
        self.styles = styles
        self.in1904 = in1904
    }

    mutating func handle(_ event: XMLEvents.Event, count: inout Int) throws(StoreError) {
        switch event {
        case .start("row", let a):
            row = a.attribute("r").flatMap { Int($0) } ?? row + 1
            column = 0
        case .end("row"):
            try builder.endRow(row)
        case .start("c", let a):
            inCell = true
            type = a.attribute("t") ?? "n"
            style = a.attribute("s").flatMap { Int($0) } ?? 0
            reference = a.attribute("r").flatMap(cellReference)
            column = reference?.column ?? column + 1
            if let r = reference?.row, r != row { row = r }
            value = ""
            inline = ""
        case .start("v", _) where inCell: inValue = true
        case .end("v"): inValue = false
        case .start("is", _): inInline = true
        case .end("is"): inInline = false
        case .start("rPh", _): phonetic += 1
        case .end("rPh"): phonetic -= 1
        case .text(let s):
            if inValue { value += s } else if inInline && phonetic == 0 { inline += s }
        case .end("c"):
            inCell = false
            try builder.set(try cell(), column: column, row: row, count: &count)
        default: break
        }
    }

    /// The cell just read, typed.
    private func cell() throws(StoreError) -> SheetCell {
        switch type {
        case "s":
            guard !value.isEmpty else { return .empty }
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), index >= 0, index < strings.count else {
                throw bad(Text.string("store4.refersToSharedString", ["value": "\(value)"]))
            }
            return .text(strings[index])
        case "inlineStr": return .text(XLSXReader.unescape(inline))
        case "str": return .text(XLSXReader.unescape(value))
        case "b": return value.isEmpty ? .empty : .boolean(value.trimmingCharacters(in: .whitespaces) == "1")
        case "e": return .error(value)
        case "d":
            guard !value.isEmpty else { return .empty }
            guard let date = Workbook.isoDate(value.trimmingCharacters(in: .whitespaces)) else { throw bad(Text.string("store4.holdsTheDateWhich", ["value": "\(value)"])) }
            return date
        default:
            let text = value.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return .empty }
            guard let number = Double(text), number.isFinite else { throw bad(Text.string("store4.holdsWhichIsNot", ["text": "\(text)"])) }
            switch styles.meaning(style) {
            case .number: return .number(number)
            case .time: return .time(days: number)
            case .date, .dateTime:
                guard let day = Workbook.day(serial: number, in1904: in1904) else { throw bad(Text.string("store4.holdsTheDateSerial", ["text": "\(text)"])) }
                let fraction = number - number.rounded(.down)
                if number < 1 && !in1904 { return .time(days: number) }
                return styles.meaning(style) == .dateTime && fraction > 0 ? .dateTime(day, dayFraction: fraction) : .date(day)
            }
        }
    }

    private func bad(_ what: String) -> StoreError {
        .invalid(path: builder.path, diagnostics: [Diagnostic(file: builder.path, sheet: builder.sheet, line: row, column: column,
            message: "the cell " + what, hint: Text.string("store.openTheWorkbookIn"))])
    }
}
