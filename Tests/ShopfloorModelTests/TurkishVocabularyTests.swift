import Foundation
import ShopfloorTestSupport
import Testing
@testable import ShopfloorModel

/// Turkish words are read wherever a vocabulary word is, each with one meaning, and the graph file reference
/// lists every alias.
@Suite struct TurkishVocabularyTests {
    @Test func affiliations() {
        let expected: [(String, Affiliation)] = [
            ("üye", .member), ("sempatizan", .sympathizer), ("partisiz", .nonParty), ("sarı sendika", .reformistUnion),
            ("reformist sendika", .reformistUnion), ("sosyal demokrat", .socialDemocrat), ("faşist", .fascist),
            ("muhbir", .informer), ("SARI SENDİKA", .reformistUnion), ("Faşist", .fascist), ("MUHBİR", .informer),
            ("sari sendika", .reformistUnion), ("fasist", .fascist), ("Sosyal_Demokrat", .socialDemocrat),
        ]
        for (word, meaning) in expected { #expect(Affiliation(word: word) == meaning, "\(word)") }
        #expect(Role(word: "yönetim") == .manager)
        #expect(Role(word: "İnsan Kaynakları") == .hr)
    }

    @Test func tiesChannelsOutcomesPlacesDays() {
        let ties: [(String, Tie.Kind)] = [("arkadaş", .friend), ("akraba", .relative), ("komşu", .neighbour),
            ("iş arkadaşı", .coworker), ("İŞ ARKADAŞI", .coworker), ("is arkadasi", .coworker), ("sendika", .union),
            ("servis", .commute)]
        for (word, meaning) in ties { #expect(Tie.Kind(word: word) == meaning, "\(word)") }
        let outcomes: [(String, Contact.Outcome)] = [("olumlu", .positive), ("olumsuz", .negative), ("nötr", .neutral),
            ("gelmedi", .noShow)]
        for (word, meaning) in outcomes { #expect(Contact.Outcome(word: word) == meaning, "\(word)") }
        let channels: [(String, Contact.Channel)] = [("kapı", .gate), ("kahvehane", .pub), ("servis", .commute),
            ("ev ziyareti", .home), ("çay ocağı", .pub)]
        for (word, meaning) in channels { #expect(Contact.Channel(word: word) == meaning, "\(word)") }
        let places: [(String, Place.Kind)] = [("kahvehane", .pub), ("çay ocağı", .pub), ("Çay Ocağı", .pub),
            ("durak", .stop), ("kapı", .gate), ("KAPI", .gate), ("mahalle", .neighbourhood)]
        for (word, meaning) in places { #expect(Place.Kind(word: word) == meaning, "\(word)") }
        let days: [(String, Weekday)] = [("Pzt", .monday), ("Sal", .tuesday), ("Çar", .wednesday), ("Per", .thursday),
            ("Cum", .friday), ("Cmt", .saturday), ("Paz", .sunday), ("ÇARŞAMBA", .wednesday), ("salı", .tuesday)]
        for (word, meaning) in days { #expect(Weekday(word: word) == meaning, "\(word)") }
    }

    @Test func assessmentsAsWords() {
        #expect(Assessment(word: "destekçi") == .supportive)
        #expect(Assessment(word: "KARARSIZ") == .undecided)
        #expect(Assessment(word: "düşman") == .hostile)
        #expect(Assessment(word: "leader") == .leader)
        #expect(Assessment(word: "3") == .undecided)
        #expect(Assessment(word: "7") == nil)
        #expect(Assessment(word: "belki") == nil)
    }

    /// Every spelling of every vocabulary means exactly one thing once normalized.
    @Test func everyWordHasOneMeaning() {
        #expect(VocabularyTable.ambiguities(of: Affiliation.self).isEmpty)
        #expect(VocabularyTable.ambiguities(of: Role.self).isEmpty)
        #expect(VocabularyTable.ambiguities(of: Tie.Kind.self).isEmpty)
        #expect(VocabularyTable.ambiguities(of: Contact.Channel.self).isEmpty)
        #expect(VocabularyTable.ambiguities(of: Contact.Outcome.self).isEmpty)
        #expect(VocabularyTable.ambiguities(of: Place.Kind.self).isEmpty)
        #expect(VocabularyTable.ambiguities(of: Workplace.Kind.self).isEmpty)
        #expect(VocabularyTable.ambiguities(of: Union.Character.self).isEmpty)
        #expect(VocabularyTable.ambiguities(of: Cell.Kind.self).isEmpty)
        #expect(VocabularyTable.ambiguities(of: Weekday.self).isEmpty)
        #expect(VocabularyTable.ambiguities(of: Assessment.Level.self).isEmpty)
    }

    @Test func didYouMeanFindsTurkishSpellings() {
        #expect(Affiliation.nearest(to: "sempatizn") == "sempatizan")
        #expect(Tie.Kind.nearest(to: "is arkadasi") == "iş arkadaşı")
        #expect(Affiliation.nearest(to: "sympathizr") == "sympathizer")
    }

    /// The graph file reference names every alias of every vocabulary a graph file or spreadsheet reads.
    @Test func theReferenceListsEveryAlias() throws {
        let doc = try String(contentsOf: PackageRoot.url("Docs/graph-file-format.md"), encoding: .utf8)
        func missing<V: Vocabulary>(_ type: V.Type) -> [String] {
            V.aliases.keys.filter { !doc.contains("`\($0)`") }.sorted()
        }
        let all = missing(Affiliation.self) + missing(Role.self) + missing(Tie.Kind.self) + missing(Contact.Channel.self)
            + missing(Contact.Outcome.self) + missing(Place.Kind.self) + missing(Workplace.Kind.self)
            + missing(Union.Character.self) + missing(Cell.Kind.self) + missing(Weekday.self) + missing(Assessment.Level.self)
        #expect(all.isEmpty, "aliases the reference does not list: \(all)")
    }
}
