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
        Case(text: "1\u{FE0F}\u{20E3}", width: 2),
        Case(text: "👩🏽\u{200D}💻", width: 2),
        Case(text: "🏳\u{FE0F}\u{200D}🌈", width: 2),
        Case(text: "🇺🇸🇨🇳", width: 4),
        Case(text: "☺\u{FE0F}", width: 2),
        Case(text: "✈", width: 1),
        Case(text: "a\u{301}\u{302}\u{303}", width: 1),
        Case(text: "ｶﾀｶﾅ", width: 4),
    ])
    func width(_ c: Case) {
        #expect(displayWidth(c.text) == c.width)
        #expect(DisplayWidth().of(c.text) == c.width)
    }

    /// Under `set ambiguous wide` the Ambiguous characters take two columns, and nothing else
    /// changes: marks stay zero, wide stay two, neutral (ASCII, ½ is ambiguous, ✈ is not) one.
    @Test(arguments: [
        Case(text: "·—“”…", width: 10),
        Case(text: "①→√■○☆※", width: 14),
        Case(text: "°±×÷", width: 8),
        Case(text: "αβγ Ωω", width: 11),
        Case(text: "абв", width: 6),
        Case(text: "─│┌", width: 6),
        Case(text: "abc 123", width: 7),
        Case(text: "决算数（万元）", width: 14),
        Case(text: "e\u{301}", width: 1),
        Case(text: "\u{300}", width: 0),
        Case(text: "\u{FE0F}", width: 0),
        Case(text: "😀👨‍👩‍👧", width: 4),
        Case(text: "✈", width: 1),
        Case(text: "€", width: 2),
    ])
    func wideAmbiguous(_ c: Case) {
        #expect(displayWidth(c.text, ambiguous: .wide) == c.width)
        #expect(DisplayWidth(ambiguous: .wide).of(c.text) == c.width)
    }

    /// The ambiguous table is sorted and disjoint, as the binary search needs.
    @Test func ambiguousRangesAreSortedAndDisjoint() {
        for (earlier, later) in zip(ambiguousRanges, ambiguousRanges.dropFirst()) {
            #expect(earlier.upperBound < later.lowerBound, "\(earlier) overlaps or precedes \(later)")
        }
    }

    @Test func substringsAndCharacters() {
        let text = "执行率 182.86%"
        #expect(displayWidth(text.prefix(3)) == 6)
        #expect(displayWidth(Character("率")) == 2)
        #expect(displayWidth(Character("%")) == 1)
    }
}
