import Foundation
import ShopfloorTestSupport
import Testing

/// The command line in Turkish: the language from the locale, `--lang` and the workspace setting; the gate
/// calendar read back by a calendar library.
@Suite struct TurkishCommandTests {
    static let plant = "Graphs/automotive-plant.yaml"

    @Test func theLocaleChoosesTheLanguageAndLangOverridesIt() throws {
        let turkish = try CLI.run(["check", Self.plant], environment: ["LANG": "tr_TR.UTF-8"])
        #expect(turkish.status == 0 || turkish.status == 3, "\(turkish.stderr)")
        #expect(turkish.stdout.contains("geçerli") && turkish.stdout.contains("işyerleri"))
        let english = try CLI.run(["check", Self.plant])
        #expect(english.stdout.contains("valid") && english.stdout.contains("workplaces") && !english.stdout.contains("geçerli"))
        let flag = try CLI.run(["check", Self.plant, "--lang", "en"], environment: ["LANG": "tr_TR.UTF-8"])
        #expect(flag.stdout == english.stdout)
        let flagTurkish = try CLI.run(["check", Self.plant, "--lang", "tr"])
        #expect(flagTurkish.stdout == turkish.stdout)
        let all = try CLI.run(["check", Self.plant], environment: ["LC_ALL": "C", "LANG": "tr_TR.UTF-8"])
        #expect(all.stdout == english.stdout)
        let help = try CLI.run(["check", "--help"], environment: ["LANG": "tr_TR.UTF-8"])
        #expect(help.stdout.contains("Bir grafı doğrula") && help.stdout.contains("--lang"))
        let bad = try CLI.run(["check", Self.plant, "--lang", "xx"])
        #expect(bad.status == 2)
    }

    @Test func turkishTypoGetsATurkishHint() throws {
        let graph = try CLI.temporaryFile("tr.yaml", """
            name: deneme
            workplaces:
              - {id: fab, name: Fabrika, kind: fabrika, headcount: 10}
            people:
              - {id: p-1, workplace: fab, affiliation: sempatizn}
            """)
        let r = try CLI.run(["check", graph], environment: ["LANG": "tr_TR.UTF-8"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("'sempatizan' mı demek istediniz?"), "\(r.stderr)")
        let fixed = try CLI.temporaryFile("tr.yaml", """
            name: deneme
            workplaces:
              - {id: fab, name: Fabrika, kind: fabrika, headcount: 10}
            people:
              - {id: p-1, workplace: fab, affiliation: SEMPATİZAN, assessment: kararsız, role: işçi}
            """)
        let ok = try CLI.run(["check", fixed, "--json"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("\"sympathizer\" : 1"))
    }

    @Test(.enabled(if: Tool.pythonHas("icalendar"), "needs python3-icalendar (make deps)"))
    func theCalendarReadsBackWithItsTimeZoneAndAlarms() throws {
        let ics = try CLI.temporaryFile("gates.ics", "")
        let r = try CLI.run(["plan", "gates", Self.plant, "--into", "korfez-motor", "--from", "arapcesme-street",
            "--week", "2026-11-23", "--ics", ics, "--alarm", "20"], environment: ["LANG": "tr_TR.UTF-8"])
        #expect(r.status == 0, "\(r.stderr)")
        let script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            zones = [c for c in cal.walk('VTIMEZONE')]
            assert len(zones) == 1 and str(zones[0]['TZID']) == 'Europe/Istanbul', zones
            events = cal.walk('VEVENT')
            assert events, 'no events'
            for e in events:
                start = e.decoded('DTSTART')
                assert start.tzinfo is not None, start
                assert start.utcoffset().total_seconds() == 3 * 3600, start.utcoffset()
                assert e['DTSTART'].params['TZID'] == 'Europe/Istanbul'
                alarms = e.walk('VALARM')
                assert len(alarms) == 1 and alarms[0].decoded('TRIGGER').total_seconds() == -20 * 60, alarms
                summary = str(e['SUMMARY'])
                assert 'vardiyası' in summary and 'korfez-motor' not in summary, summary
            print(len(events), str(events[0]['SUMMARY']))
            """
        let python = try #require(Tool.path("python3"))
        let check = try Subprocess.run(python, ["-c", script, ics])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("vardiyası"))
    }

    @Test func theWorkspaceSettingSpeaksTurkishUnlessLangSaysOtherwise() throws {
        let folder = try Scratch.folder()
        let ws = folder + "/tr.shopfloor"
        #expect(try CLI.run(["init", ws]).status == 0)
        #expect(try CLI.run(["import", ws, Self.plant]).status == 0)
        let set = try CLI.run(["setting", ws, "language", "tr"])
        #expect(set.status == 0, "\(set.stderr)")
        let bad = try CLI.run(["setting", ws, "time-zone", "Mars/Olympus"])
        #expect(bad.status == 2)
        let turkish = try CLI.run(["check", ws])
        #expect(turkish.stdout.contains("geçerli"), "\(turkish.stdout)")
        let english = try CLI.run(["check", ws, "--lang", "en"])
        #expect(english.stdout.contains("valid") && !english.stdout.contains("geçerli"))
        let list = try CLI.run(["setting", ws])
        #expect(list.stdout.contains("language") && list.stdout.contains("tr") && list.stdout.contains("Europe/Istanbul"))
    }
}
