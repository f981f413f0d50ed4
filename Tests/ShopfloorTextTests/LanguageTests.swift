import Testing
@testable import ShopfloorText

/// The language choice, numbers and dates, and Turkish casing.
@Suite struct LanguageTests {
    @Test(arguments: [
        (["LANG": "tr_TR.UTF-8"], "tr"),
        (["LANG": "C"], "en"),
        ([:], "en"),
        (["LANG": "en_US.UTF-8"], "en"),
        (["LANG": "de_DE.UTF-8"], "en"),
        (["LC_ALL": "tr_TR.UTF-8", "LANG": "en_US.UTF-8"], "tr"),
        (["LC_ALL": "C", "LANG": "tr_TR.UTF-8"], "en"),
        (["LC_ALL": "", "LC_MESSAGES": "tr_TR", "LANG": "en_US.UTF-8"], "tr"),
        (["LC_MESSAGES": "en_GB.UTF-8", "LANG": "tr_TR.UTF-8"], "en"),
        (["LANG": "tr"], "tr"),
        (["LANG": "POSIX"], "en"),
    ])
    func environmentChoosesTheLanguage(environment: [String: String], code: String) {
        #expect(Language.fromEnvironment(environment).code == code)
    }

    @Test func unknownCodesAreNoLanguage() {
        #expect(Language(code: "xx") == nil)
        #expect(Language(code: "TR") == .turkish)
    }

    @Test func numbersAndDatesFollowTheLanguage() throws {
        let english = try Text(.english)
        let turkish = try Text(.turkish)
        #expect(english.decimal(0.42, places: 2) == "0.42")
        #expect(turkish.decimal(0.42, places: 2) == "0,42")
        #expect(turkish.decimal(-12.345, places: 1) == "-12,3")
        #expect(english.decimal(2.5, places: 0) == "3")
        #expect(english.date(year: 2026, month: 11, day: 29) == "2026-11-29")
        #expect(turkish.date(year: 2026, month: 11, day: 29) == "29.11.2026")
        #expect(turkish.date(iso: "2026-01-05") == "05.01.2026")
        #expect(turkish.date(iso: "not a date") == "not a date")
        #expect(english.csvSeparator == "," && turkish.csvSeparator == ";")
        #expect(turkish.string("check.rules.critical", ["count": .decimal(1.5, places: 1)]) == "1,5 kritik, ")
    }

    @Test func turkishCasingKeepsTheDotsApart() {
        #expect(TurkishCasing.uppercased("istanbul ılık") == "İSTANBUL ILIK")
        #expect(TurkishCasing.lowercased("İSTANBUL ILIK") == "istanbul ılık")
        #expect(TurkishCasing.uppercased("çağrı şüphe öğün") == "ÇAĞRI ŞÜPHE ÖĞÜN")
        #expect(TurkishCasing.lowercased("DİSK") == "disk")
        #expect(TurkishCasing.folded("İŞ ARKADAŞI") == "is arkadasi")
        #expect(TurkishCasing.folded("iş arkadaşı") == TurkishCasing.folded("IS ARKADASI"))
    }

    /// ASCII text takes a byte-by-byte path; it folds as the letter-by-letter path does (a text with one Turkish
    /// letter more goes that way), and the four Turkish i's still meet.
    @Test func foldingASCIIMatchesTheLetterPath() {
        #expect(TurkishCasing.folded("ISTANBUL Kaynak-3 p-0142") == "istanbul kaynak-3 p-0142")
        #expect(TurkishCasing.folded("already lower") == "already lower")
        #expect(TurkishCasing.folded("IıİiI") == "iiiii")
        #expect(TurkishCasing.folded("IŞIK") == TurkishCasing.folded("isik"))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let ascii = String((0..<Int.random(in: 0...24, using: &generator)).map { _ in
                Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &generator)))
            })
            #expect(TurkishCasing.folded(ascii) + "c" == TurkishCasing.folded(ascii + "Ç"), "\(ascii)")
        }
    }

    @Test func turkishSortingFollowsTheAlphabet() {
        let words = ["zeytin", "çay", "ılgaz", "cami", "İzmit", "ıhlamur", "hasan", "öğle", "ocak", "şişli", "sarı", "Üsküdar", "uşak"]
        let sorted = words.sorted(by: TurkishCasing.precedes)
        #expect(sorted == ["cami", "çay", "hasan", "ıhlamur", "ılgaz", "İzmit", "ocak", "öğle", "sarı", "şişli", "uşak", "Üsküdar", "zeytin"])
    }

    /// Lists shown to people follow the language's alphabet: ç after c, ğ after g, ı before i, ö, ş, ü; Turkish
    /// pairs I with ı and İ with i, English I with i.
    @Test func listsSortInTheLanguagesAlphabet() throws {
        let names = ["Zeytinburnu", "Çayırova", "Darıca", "Cami", "ılık", "İzmit", "Işık", "Irmak", "ilk", "Gebze", "Ğ",
            "Öztürk", "Ordu", "Şile", "Sakarya", "Ünye", "Uşak"]
        let turkish = try Text(.turkish)
        #expect(names.sorted(by: turkish.precedes) == ["Cami", "Çayırova", "Darıca", "Gebze", "Ğ", "ılık", "Irmak", "Işık",
            "ilk", "İzmit", "Ordu", "Öztürk", "Sakarya", "Şile", "Uşak", "Ünye", "Zeytinburnu"])
        let english = try Text(.english)
        #expect(names.sorted(by: english.precedes) == ["Cami", "Çayırova", "Darıca", "Gebze", "Ğ", "ılık", "ilk", "Irmak", "Işık",
            "İzmit", "Ordu", "Öztürk", "Sakarya", "Şile", "Uşak", "Ünye", "Zeytinburnu"])
        // Code-point order, which lists used before, puts every Turkish capital after Z.
        #expect(names.sorted().last == "Şile")
        // Sorting many rows computes each key once and keeps equal names in their order.
        let rows = [("Çelik", 1), ("celik", 2), ("Celal", 3), ("Çelik", 4)]
        let sorted = try Text.speaking(.turkish) { Text.sorted(rows) { $0.0 } }
        #expect(sorted.map(\.1) == [3, 2, 1, 4])
    }
}
