import Foundation
import ShopfloorFormats
import Testing

/// One rule for control characters and line breaks in every XML, HTML and DOT text.
@Suite("Escaping")
struct EscapingTests {
    /// Text that tries C0 and C1 controls, DEL, noncharacters and each kind of line break.
    static let hostile = "a\u{0}b\u{1}c\u{7}\u{1B}d\u{7F}e\u{85}f\u{9F}g" + nonchar(0xFDD0) + "h" + nonchar(0xFFFE) + "i"
        + nonchar(0x1FFFF) + "j\tk\r\nl\rm\nn"

    /// A noncharacter, which Swift's string literals do not allow.
    static func nonchar(_ value: UInt32) -> String { Unicode.Scalar(value).map { String(Character($0)) } ?? "" }

    /// What XML 1.0 can hold of ``hostile``, before line breaks: C0 controls (but tab) and U+FFFE go.
    static let kept = "abcd\u{7F}e\u{85}f\u{9F}g" + nonchar(0xFDD0) + "hi" + nonchar(0x1FFFF) + "j\tk"

    @Test("what XML 1.0 cannot hold is dropped the same way in every format; one line break each")
    func oneRuleForControls() {
        #expect(Escaping.markup(Self.hostile) == Self.kept + "\nl\nm\nn")
        #expect(Escaping.markup(Self.hostile, lineBreak: "&#10;") == Self.kept + "&#10;l&#10;m&#10;n")
        #expect(Escaping.markup(Self.hostile, lineBreak: "<BR/>") == Self.kept + "<BR/>l<BR/>m<BR/>n")
        #expect(Escaping.dotString(Self.hostile) == "\"" + Self.kept + "\\nl\\nm\\nn\"")
        // The same characters survive in every format: only the line break differs.
        let kept = Escaping.markup(Self.hostile, lineBreak: "|")
        #expect(Escaping.dotString(Self.hostile) == "\"" + kept.replacingOccurrences(of: "|", with: "\\n") + "\"")
    }

    @Test("markup escapes the five special characters for XML and HTML alike")
    func markup() {
        #expect(Escaping.markup("<script>alert('x')</script> & \"q\"")
            == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        #expect(Escaping.markup("Türk Metal · İş 🙂") == "Türk Metal · İş 🙂")
    }

    @Test("DOT strings escape backslash and quote, disarming Graphviz's label escapes")
    func dot() {
        #expect(Escaping.dotString("\\N \"x\"") == "\"\\\\N \\\"x\\\"\"")
    }
}
