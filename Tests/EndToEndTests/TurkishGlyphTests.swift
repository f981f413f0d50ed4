import Foundation
import ShopfloorTestSupport
import Testing

/// Turkish letters (ğ ş ı İ ç ö ü and their capitals) survive into the maps' SVG and PDF: the words drawn are the
/// words in the graph, read back from the SVG's text and from the PDF by `pdftotext`.
@Suite struct TurkishGlyphTests {
    /// Names with every Turkish letter, each one a whole word to find again.
    static let words = ["Işıl", "Doğan", "Şükrü", "Çelik", "Gökçe", "Öztürk", "İlkay", "Üçüncü", "Ağaoğlu", "Şişecam"]

    static let graph = """
        name: Dilovası İğneada Şişecam
        workplaces:
          - id: fab
            name: Şişecam Dilovası Fabrikası
            kind: fabrika
            headcount: 120
            employer: Şişecam
            district: Dilovası
            shops: [{id: fab-cam, name: Çömlek ve Cam Ünitesi, headcount: 60}]
            shifts: [{id: fab-a, name: Sabah, start: "07:00", end: "15:00", gate: fab-kapi}]
            gates: [{id: fab-kapi, name: Güney Kapısı}]
        people:
          - {id: p-1, name: Işıl Doğan, workplace: fab, shop: fab-cam, shift: fab-a, affiliation: üye}
          - {id: p-2, name: Şükrü Çelik, workplace: fab, shop: fab-cam, shift: fab-a, affiliation: üye}
          - {id: p-3, name: Gökçe Öztürk, workplace: fab, shop: fab-cam, shift: fab-a, affiliation: sempatizan}
          - {id: p-4, name: İlkay Üçüncü, workplace: fab, shop: fab-cam, shift: fab-a, affiliation: partisiz}
          - {id: p-5, name: Mehmet Ağaoğlu, workplace: fab, shop: fab-cam, shift: fab-a, affiliation: partisiz}
        cells:
          - {id: fab-cell, kind: workplace, workplace: fab, members: [p-1, p-2]}
        ties:
          - {a: p-1, b: p-3, kind: arkadaş}
          - {a: p-2, b: p-4, kind: iş arkadaşı}
        """

    /// The words of `text`: runs of letters (PDF text comes back laid out, SVG text between tags).
    static func words(in text: String) -> Set<String> {
        Set(text.split(whereSeparator: { !$0.isLetter }).map(String.init))
    }

    @Test func namesKeepTheirLettersInSVG() throws {
        let file = try CLI.temporaryFile("glyphs.yaml", Self.graph)
        let r = try CLI.run(["map", "plant", file, "--workplace", "fab", "--reveal-names", "--lang", "tr", "-o", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = Self.words(in: r.stdout)
        for word in Self.words { #expect(svg.contains(word), "the SVG lacks '\(word)'") }
    }

    @Test(.enabled(if: Tool.path("pdftotext") != nil, "needs pdftotext (poppler-utils, make deps)"))
    func namesKeepTheirLettersInPDF() throws {
        let file = try CLI.temporaryFile("glyphs.yaml", Self.graph)
        let folder = try Scratch.folder("glyphs")
        let pdf = folder + "/map.pdf"
        let r = try CLI.run(["map", "plant", file, "--workplace", "fab", "--reveal-names", "--lang", "tr", "-o", pdf])
        #expect(r.status == 0, "\(r.stderr)")
        let pdftotext = try #require(Tool.path("pdftotext"))
        let text = try Subprocess.run(pdftotext, ["-enc", "UTF-8", pdf, "-"])
        #expect(text.status == 0, "\(text.stderr)")
        let found = Self.words(in: text.stdout)
        for word in Self.words { #expect(found.contains(word), "pdftotext does not read '\(word)' in the PDF: \(text.stdout.prefix(400))") }
        for letter in ["ğ", "ş", "ı", "İ", "ç", "ö", "ü", "Ş", "Ç", "Ö", "Ü"] {
            #expect(text.stdout.contains(letter), "no '\(letter)' in the PDF's text")
        }
    }
}
