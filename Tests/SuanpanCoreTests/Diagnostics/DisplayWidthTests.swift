import Testing
@testable import SuanpanCore

/// Terminal column widths after East Asian Width.
@Suite struct DisplayWidthTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let width: Int
        var testDescription: String { text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }
    }

    @Test(arguments: [
        Case(text: "", width: 0),
        Case(text: "abc", width: 3),
        Case(text: "决算数", width: 6),
        Case(text: "支出.合计 = SUMM(决算数)", width: 24),
        Case(text: "（），：；！", width: 12),
        Case(text: "１２３ＡＢＣ", width: 12),
        Case(text: "￥", width: 2),
        Case(text: "、。「」〔〕", width: 12),
        Case(text: "\u{3000}", width: 2),
        Case(text: "ひらがなカタカナ", width: 16),
        Case(text: "한국어", width: 6),
        Case(text: "\u{1100}\u{1161}\u{11A8}", width: 2),
        Case(text: "e\u{301}", width: 1),
        Case(text: "Cafe\u{301}", width: 4),
        Case(text: "a\u{20DD}", width: 1),
        Case(text: "\u{301}", width: 0),
        Case(text: "a\u{200D}b", width: 2),
        Case(text: "\u{FEFF}", width: 0),
        Case(text: "\t\n\u{7}", width: 0),
        Case(text: "\r\n", width: 0),
        Case(text: "😀", width: 2),
        Case(text: "👨‍👩‍👧", width: 2),
        Case(text: "👍🏽", width: 2),
        Case(text: "🇨🇳", width: 2),
        Case(text: "❤️", width: 2),
        Case(text: "❤", width: 1),
        Case(text: "·—“”", width: 4),
        Case(text: "𠀀", width: 2),
        Case(text: "½×÷", width: 3),
    ])
    func width(_ c: Case) {
        #expect(displayWidth(c.text) == c.width)
    }

    @Test func substringsAndCharacters() {
        let text = "执行率 182.86%"
        #expect(displayWidth(text.prefix(3)) == 6)
        #expect(displayWidth(Character("率")) == 2)
        #expect(displayWidth(Character("%")) == 1)
    }
}
