import Foundation

/// What a spreadsheet holds, and the columns it may have with the headers people write for them.
public enum SpreadsheetKind: String, Sendable, CaseIterable, Codable {
    // In import order: what is referred to comes before what refers to it.
    case places, workplaces, shops, shifts, people, cells, ties, contacts

    /// The fields of this kind, with their accepted headers (already normalized, see ``normalize(_:)``).
    var columns: [(field: String, headers: [String])] {
        switch self {
        case .people:
            return [("id", ["id", "kimlik", "kod", "code", "key"]),
                ("name", ["name", "fullname", "adsoyad", "adisoyadi", "ad", "adi", "isim"]),
                ("workplace", ["workplace", "isyeri", "plant", "factory", "fabrika"]),
                ("shop", ["shop", "department", "dept", "bolum", "birim", "servis"]),
                ("shift", ["shift", "vardiya"]),
                ("home", ["home", "neighbourhood", "neighborhood", "mahalle", "semt"]),
                ("address", ["address", "adres", "evadresi"]),
                ("role", ["role", "job", "gorev", "pozisyon", "position"]),
                ("affiliation", ["affiliation", "colour", "color", "politics", "egilim", "siyasiegilim"]),
                ("assessment", ["assessment", "score", "rating", "degerlendirme", "puan"]),
                ("union", ["union", "unionmember", "sendika", "sendikali", "sendikauyesi"]),
                ("frequents", ["frequents", "haunts", "places", "mekanlar", "gittigiyerler"]),
                ("tags", ["tags", "tag", "group", "etiket", "etiketler", "grup"]),
                ("notes", ["notes", "note", "comment", "comments", "not", "notlar", "aciklama"])]
        case .workplaces:
            return [("id", ["id", "kimlik", "kod", "code", "key"]),
                ("name", ["name", "ad", "adi", "isim", "unvan"]),
                ("kind", ["kind", "type", "tur", "tip"]),
                ("sector", ["sector", "industry", "sektor"]),
                ("employer", ["employer", "company", "isveren", "sirket", "firma"]),
                ("headcount", ["headcount", "workers", "employees", "calisansayisi", "iscisayisi", "calisan"]),
                ("district", ["district", "town", "ilce", "bolge"]),
                ("neighbourhood", ["neighbourhood", "neighborhood", "mahalle", "semt"]),
                ("union", ["union", "unioncharacter", "sendika", "sendikaniteligi"]),
                ("union name", ["unionname", "sendikaadi"]),
                ("latitude", ["latitude", "lat", "enlem"]),
                ("longitude", ["longitude", "lon", "lng", "boylam"]),
                ("notes", ["notes", "note", "not", "notlar", "aciklama"])]
        case .shops:
            return [("workplace", ["workplace", "isyeri", "plant", "fabrika"]),
                ("id", ["id", "shop", "kod", "code", "kimlik"]),
                ("name", ["name", "ad", "adi", "isim", "bolum"]),
                ("headcount", ["headcount", "workers", "employees", "calisansayisi", "iscisayisi", "calisan"])]
        case .shifts:
            return [("workplace", ["workplace", "isyeri", "plant", "fabrika"]),
                ("id", ["id", "shift", "kod", "code", "kimlik"]),
                ("name", ["name", "ad", "adi", "isim", "vardiya"]),
                ("start", ["start", "starts", "from", "baslangic", "giris"]),
                ("end", ["end", "ends", "to", "bitis", "cikis"]),
                ("gate", ["gate", "kapi"]),
                ("days", ["days", "gunler", "gun"])]
        case .places:
            return [("id", ["id", "kimlik", "kod", "code"]),
                ("kind", ["kind", "type", "tur", "tip"]),
                ("name", ["name", "ad", "adi", "isim"]),
                ("neighbourhood", ["neighbourhood", "neighborhood", "mahalle", "semt"]),
                ("workplace", ["workplace", "isyeri", "fabrika"]),
                ("district", ["district", "ilce", "bolge"]),
                ("latitude", ["latitude", "lat", "enlem"]),
                ("longitude", ["longitude", "lon", "lng", "boylam"])]
        case .cells:
            return [("id", ["id", "kimlik", "kod", "code"]),
                ("kind", ["kind", "type", "tur", "tip"]),
                ("name", ["name", "ad", "adi", "isim"]),
                ("workplace", ["workplace", "isyeri", "fabrika"]),
                ("neighbourhood", ["neighbourhood", "neighborhood", "mahalle", "semt"]),
                ("targets", ["targets", "target", "hedef", "hedefler"]),
                ("members", ["members", "uyeler", "uye"]),
                ("committee", ["committee", "komite"])]
        case .ties:
            return [("a", ["a", "from", "person1", "persona", "kisi1", "kisia", "source", "src", "i", "node1", "u"]),
                ("b", ["b", "to", "person2", "personb", "kisi2", "kisib", "target", "dst", "j", "node2", "v"]),
                ("kind", ["kind", "type", "relation", "iliski", "tur"]),
                ("strength", ["strength", "guc", "yakinlik"]),
                ("weight", ["weight", "w", "agirlik", "count", "sayi"]),
                ("time", ["time", "t", "timestamp", "zaman"]),
                ("duration", ["duration", "dur", "sure"])]
        case .contacts:
            return [("date", ["date", "day", "tarih"]),
                ("by", ["by", "organizer", "who", "kim", "gorusen"]),
                ("with", ["with", "contact", "person", "kiminle", "gorusulen"]),
                ("channel", ["channel", "how", "kanal", "nasil"]),
                ("place", ["place", "where", "yer", "mekan"]),
                ("outcome", ["outcome", "result", "sonuc"]),
                ("assessment", ["assessment", "score", "rating", "degerlendirme", "puan"]),
                ("notes", ["notes", "note", "not", "notlar", "aciklama"])]
        }
    }

    /// Fields a file of this kind must have a column for.
    var requiredFields: [String] {
        switch self {
        case .people, .workplaces, .places, .cells: ["id"]
        case .shops: ["workplace", "id"]
        case .shifts: ["workplace", "id", "start", "end"]
        case .ties: ["a", "b"]
        case .contacts: ["date", "by", "with"]
        }
    }

    /// Guesses the kind from a file's name without extension (`people`, `kisiler`) or a sheet's name
    /// (`Kişiler`), then from the headers. A name whose kind the headers cannot fill (a `contacts.csv` of
    /// `time,i,j,duration` records) gives way to the kind the headers show.
    static func guess(name: String, header: [String]) -> SpreadsheetKind? {
        let stem = normalize(name)
        let names: [(SpreadsheetKind, [String])] = [
            (.contacts, ["contact", "log", "gorusme", "temas"]), (.workplaces, ["workplace", "isyer", "plant", "fabrika"]),
            (.shifts, ["shift", "vardiya"]), (.shops, ["shop", "department", "bolum"]), (.ties, ["tie", "relation", "iliski", "edge", "link", "tij"]),
            (.cells, ["cell", "hucre"]), (.places, ["place", "mekan", "yer"]),
            (.people, ["people", "person", "worker", "member", "kisi", "calisan", "isci", "uye"]),
        ]
        let headers = Set(header.map(normalize))
        let byName = names.first { $0.1.contains(where: { stem.contains($0) }) }?.0
        if let byName, byName.hasRequiredColumns(headers) { return byName }
        return guess(headers: headers) ?? byName
    }

    /// Whether headers (normalized) name every field this kind requires.
    func hasRequiredColumns(_ headers: Set<String>) -> Bool {
        requiredFields.allSatisfy { field in columns.first { $0.field == field }?.headers.contains { headers.contains($0) } ?? false }
    }

    /// The kind the headers (normalized) show, if any.
    private static func guess(headers: Set<String>) -> SpreadsheetKind? {
        if headers.contains("by") && headers.contains("with") { return .contacts }
        let workplace: Set<String> = ["workplace", "isyeri", "plant", "fabrika"]
        if workplace.isDisjoint(with: headers), SpreadsheetKind.ties.hasRequiredColumns(headers) { return .ties }
        if headers.contains("start") && headers.contains("end") { return .shifts }
        if headers.contains("members") { return .cells }
        if headers.contains("affiliation") || headers.contains("assessment") { return .people }
        return nil
    }

    /// Folds a header for matching: case, accents and Turkish dotted/dotless i ignored, only letters and digits.
    ///
    /// `Değerlendirme`, `DEĞERLENDİRME` and `degerlendirme` all become `degerlendirme`; `Çalışan Sayısı`
    /// becomes `calisansayisi`.
    public static func normalize(_ header: String) -> String {
        let dotted = header.replacingOccurrences(of: "İ", with: "i").replacingOccurrences(of: "ı", with: "i")
        let folded = dotted.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        return String(folded.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
    }
}
