import ShopfloorModel
import Testing

@Suite("Values echoed in messages carry no control characters")
struct EchoTests {
    @Test func controlsBecomeVisibleEscapes() {
        #expect("a\u{1B}[2Jb".echoed() == #"a\u{1B}[2Jb"#)
        #expect("line\nnext\ttab\r".echoed() == #"line\u{A}next\u{9}tab\u{D}"#)
        #expect("\u{7F}\u{85}\u{9B}".echoed() == #"\u{7F}\u{85}\u{9B}"#)
        #expect("abc\u{202E}fed\u{2066}".echoed() == #"abc\u{202E}fed\u{2066}"#)
    }

    @Test func ordinaryTextIsUnchanged() {
        for text in ["Ayşe Kaya", "Çay Ocağı — İstanbul", "ЖЁ 中文 🙂", "", "a «b» 10 °C"] {
            #expect(text.echoed() == text)
        }
    }

    @Test func aWholeMessageKeepsItsLines() {
        #expect("first\n\tsecond\u{1B}".echoed(keepingLineBreaks: true) == "first\n\tsecond\\u{1B}")
    }

    @Test func findingsAndViolationsEscapeWhatTheyEcho() {
        let finding = Finding(.cellTooSmall, cell: "c", message: "cell 'c\u{1B}[2J' is small")
        #expect(finding.message == #"cell 'c\u{1B}[2J' is small"#)
        let violation = Violation(.people, index: 0, id: "x\u{1B}", field: "shop", message: "shop '\u{9B}2J' does not exist")
        #expect(violation.message == #"shop '\u{9B}2J' does not exist"#)
        #expect(!violation.description.contains("\u{1B}"))
    }
}
