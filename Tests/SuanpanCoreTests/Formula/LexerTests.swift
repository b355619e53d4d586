import Testing
@testable import SuanpanCore

/// Token kinds, texts and spans, on whole and half-typed formulas.
@Suite struct LexerTests {
    static let units: Set<String> = ["户", "万元", "元", "人次", "元/户", "人"]

    private func lex(_ source: String) -> [Token] {
        Lexer(unitSymbols: Self.units).tokenize(source)
    }

    /// Kinds in order, without the final `.end`.
    private func kinds(_ source: String) -> [Token.Kind] {
        lex(source).dropLast().map(\.kind)
    }

    private static func number(_ text: String, _ unit: String = "") -> Token.Kind {
        .number(Exact(text)!, unit: unit)
    }

    private static func cell(_ row: Int, _ column: Int, _ absoluteColumn: Bool = false, _ absoluteRow: Bool = false) -> Token.Kind {
        .cell(CellReference(address: CellAddress(row: row, column: column), absoluteColumn: absoluteColumn, absoluteRow: absoluteRow))
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let source: String
        let kinds: [Token.Kind]
        var testDescription: String { source }
    }

    @Test(arguments: [
        Case(source: "12", kinds: [number("12")]),
        Case(source: "12.30", kinds: [number("12.30")]),
        Case(source: ".5", kinds: [number(".5")]),
        Case(source: "1e5", kinds: [number("100000")]),
        Case(source: "1.5E-3", kinds: [number("0.0015")]),
        Case(source: "1e", kinds: [number("1"), .identifier]),
        Case(source: "72户", kinds: [number("72", "户")]),
        Case(source: "3.6万元", kinds: [number("3.6", "万元")]),
        Case(source: "3.6万", kinds: [number("36000")]),
        Case(source: "2亿", kinds: [number("200000000")]),
        Case(source: "1.2万户", kinds: [number("12000", "户")]),
        Case(source: "3.6万人口", kinds: [number("3.6"), .identifier]),
        Case(source: "500元/户", kinds: [number("500", "元/户")]),
        Case(source: "9元/人次", kinds: [number("9", "元/人次")]),
        Case(source: "100元/户数", kinds: [number("100", "元"), .slash, .identifier]),
        Case(source: "100户数", kinds: [number("100"), .identifier]),
        Case(source: "55人次", kinds: [number("55", "人次")]),
        Case(source: "182.86%", kinds: [number("182.86"), .percent]),
        Case(source: #""a""b""#, kinds: [.string("a\"b")]),
        Case(source: "“珠晖区”", kinds: [.string("珠晖区")]),
        Case(source: "\"\"", kinds: [.string("")]),
        Case(source: "'my sheet'!A1", kinds: [.sheetName("my sheet"), .bang, cell(0, 0)]),
        Case(source: "'it''s'", kinds: [.sheetName("it's")]),
        Case(source: "决算数", kinds: [.identifier]),
        Case(source: "y2021.支出.决算数", kinds: [.identifier, .dot, .identifier, .dot, .identifier]),
        Case(source: "A1", kinds: [cell(0, 0)]),
        Case(source: "c2", kinds: [cell(1, 2)]),
        Case(source: "$A$1", kinds: [cell(0, 0, true, true)]),
        Case(source: "$B3", kinds: [cell(2, 1, true, false)]),
        Case(source: "B$3", kinds: [cell(2, 1, false, true)]),
        Case(source: "XFD1048576", kinds: [cell(1_048_575, 16_383)]),
        Case(source: "XFE1", kinds: [.identifier]),
        Case(source: "A1048577", kinds: [.identifier]),
        Case(source: "LOG10(", kinds: [.identifier, .leftParen]),
        Case(source: "Q1!A1", kinds: [.identifier, .bang, cell(0, 0)]),
        Case(source: "$C:$E", kinds: [.absoluteColumn(2), .colon, .absoluteColumn(4)]),
        Case(source: "$2:$3", kinds: [.absoluteRow(1), .colon, .absoluteRow(2)]),
        Case(source: "C:C", kinds: [.identifier, .colon, .identifier]),
        Case(source: "$A$", kinds: [.invalid(.invalidReference("$A$"))]),
        Case(source: "true", kinds: [.bool(true)]),
        Case(source: "FALSE", kinds: [.bool(false)]),
        Case(source: "TRUE()", kinds: [.identifier, .leftParen, .rightParen]),
        Case(source: "#DIV/0!", kinds: [.error(.divisionByZero)]),
        Case(source: "#n/a", kinds: [.error(.notAvailable)]),
        Case(source: "#NAME?#NUM!#CIRC!#UNIT!#REF!#VALUE!",
             kinds: [.error(.name), .error(.num), .error(.circular), .error(.unit), .error(.ref), .error(.value)]),
        Case(source: "#FOO!", kinds: [.invalid(.unknownErrorLiteral("#FOO!"))]),
        Case(source: "+-*/^&%", kinds: [.plus, .minus, .star, .slash, .caret, .ampersand, .percent]),
        Case(source: "= <> < > <= >=", kinds: [.equal, .notEqual, .less, .greater, .lessOrEqual, .greaterOrEqual]),
        Case(source: "＝＜＞≠≤≥", kinds: [.equal, .notEqual, .notEqual, .lessOrEqual, .greaterOrEqual]),
        Case(source: "!:.,;(){}[]", kinds: [.bang, .colon, .dot, .comma, .semicolon, .leftParen, .rightParen,
                                            .leftBrace, .rightBrace, .leftBracket, .rightBracket]),
        Case(source: "（1，2）", kinds: [.leftParen, number("1"), .comma, number("2"), .rightParen]),
        Case(source: "§", kinds: [.invalid(.unknownCharacter("§"))]),
        Case(source: "\"abc", kinds: [.invalid(.unterminatedString)]),
        Case(source: "'abc", kinds: [.invalid(.unterminatedSheetName)]),
        Case(source: "1e99999", kinds: [.invalid(.numberOutOfRange("1e99999"))]),
        Case(source: "SUM(支出!C2:C9)", kinds: [.identifier, .leftParen, .identifier, .bang, cell(1, 2), .colon, cell(8, 2), .rightParen]),
    ])
    func kinds(_ c: Case) {
        #expect(kinds(c.source) == c.kinds)
    }

    @Test func spansCountCharactersAndSkipWhitespace() {
        let tokens = lex("  决算数 /\t72户 ")
        #expect(tokens.map(\.text) == ["决算数", "/", "72户", ""])
        #expect(tokens.map(\.span.start) == [2, 6, 8, 12])
        #expect(tokens.map(\.span.end) == [5, 7, 11, 12])
        #expect(tokens.map(\.column) == [3, 7, 9, 13])
    }

    @Test func tokensKnowTheirLineAndColumn() {
        let tokens = lex("SUM(\n  \"a\nb\",\n  决算数)")
        #expect(tokens.map(\.line) == [1, 1, 2, 3, 4, 4, 4])
        #expect(tokens.map(\.column) == [1, 4, 3, 3, 3, 6, 7])
    }

    @Test func fullwidthPunctuationKeepsItsText() {
        let tokens = lex("（1）")
        #expect(tokens[0].kind == .leftParen)
        #expect(tokens[0].text == "（")
    }

    @Test func emptyAndBlankSourcesGiveOnlyTheEnd() {
        #expect(lex("").map(\.kind) == [.end])
        #expect(lex("   ").map(\.kind) == [.end])
        #expect(lex("   ").last?.span.start == 3)
    }

    @Test func halfTypedLinesStillLex() {
        #expect(kinds("SUM(支出.决") == [.identifier, .leftParen, .identifier, .dot, .identifier])
        #expect(kinds("IF(A1>0,\"是") == [.identifier, .leftParen, Self.cell(0, 0), .greater, Self.number("0"), .comma, .invalid(.unterminatedString)])
    }

    @Test func withoutUnitSymbolsUnitsAreNames() {
        #expect(Lexer().tokenize("72户").dropLast().map(\.kind) == [Self.number("72"), .identifier])
    }
}
