import Testing
@testable import SuanpanCore

/// What the parser reports, and where: `⁰` marks the expected start of the span.
@Suite struct ParserDiagnosticTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let marked: String
        let message: String
        var isIncomplete = false
        var testDescription: String { marked }
    }

    @Test(arguments: [
        Case(marked: "SUM(1,⁰", message: "expected an expression after ','", isIncomplete: true),
        Case(marked: "SUM(⁰", message: "expected ')' to close '('", isIncomplete: true),
        Case(marked: "SUM(1⁰", message: "expected ')' to close '('", isIncomplete: true),
        Case(marked: "1+(2*(3⁰", message: "expected ')' to close '('", isIncomplete: true),
        Case(marked: "SUM(1 ⁰2)", message: "expected ')' to close '('"),
        Case(marked: "SUM(\n1,\n2⁰", message: "expected ')' to close '('", isIncomplete: true),
        Case(marked: "1+⁰", message: "expected an expression after '+'", isIncomplete: true),
        Case(marked: "1*-⁰", message: "expected an expression after '-'", isIncomplete: true),
        Case(marked: "=⁰", message: "expected an expression after '='", isIncomplete: true),
        Case(marked: "⁰", message: "expected an expression"),
        Case(marked: "⁰)", message: "unexpected ')'"),
        Case(marked: "1⁰)", message: "unexpected ')'"),
        Case(marked: "1 ⁰2", message: "unexpected number '2'"),
        Case(marked: "1+⁰*2", message: "unexpected '*'"),
        Case(marked: "(⁰)", message: "unexpected ')'"),
        Case(marked: "决算数 ⁰预算数", message: "unexpected name '预算数'"),
        Case(marked: "⁰\"abc", message: "unterminated string", isIncomplete: true),
        Case(marked: "IF(A1,⁰“是", message: "unterminated string", isIncomplete: true),
        Case(marked: "⁰'my sheet", message: "unterminated sheet name", isIncomplete: true),
        Case(marked: "1+⁰§", message: "unknown character '§'"),
        Case(marked: "SUM(1,⁰§)", message: "unknown character '§'"),
        Case(marked: "⁰#FOO", message: "unknown error value '#FOO'"),
        Case(marked: "⁰1e99999", message: "the number '1e99999' is out of range"),
        Case(marked: "⁰$ABCD1", message: "'$ABCD1' is not a valid reference"),
        Case(marked: "支出.⁰", message: "expected a name after '.'", isIncomplete: true),
        Case(marked: "支出⁰.1", message: "unexpected number '.1'"),
        Case(marked: "支出!⁰", message: "expected a cell or range after '!'", isIncomplete: true),
        Case(marked: "支出!⁰决算数", message: "expected a cell or range after '!'"),
        Case(marked: "'a b'⁰", message: "expected '!' after the sheet name 'a b'", isIncomplete: true),
        Case(marked: "A1:⁰", message: "expected a cell after ':'", isIncomplete: true),
        Case(marked: "A1:⁰C", message: "expected a cell after ':'"),
        Case(marked: "A:⁰C1", message: "expected a column after ':'"),
        Case(marked: "2:⁰A", message: "expected a row after ':'"),
        Case(marked: "$C⁰", message: "expected ':' after '$C' to make a range", isIncomplete: true),
        Case(marked: "决算数[\"a\"⁰", message: "expected ']' to close '['", isIncomplete: true),
        Case(marked: "{1,2⁰", message: "expected '}' to close '{'", isIncomplete: true),
        Case(marked: "{1,⁰A1}", message: "an array constant may hold only numbers, texts, TRUE/FALSE and errors, not reference 'A1'"),
        Case(marked: "{1,2;3⁰}", message: "every row of an array constant must have the same number of values"),
        Case(marked: "{1;2⁰,3}", message: "every row of an array constant must have the same number of values"),
        Case(marked: "{1,2;3⁰;4,5}", message: "every row of an array constant must have the same number of values"),
        Case(marked: "{1,⁰}", message: "an array constant may hold only numbers, texts, TRUE/FALSE and errors, not '}'"),
        Case(marked: "1⁰;2", message: "unexpected ';'"),
        Case(marked: "=⁰==1", message: "unexpected '='"),
        Case(marked: "{1;2;3⁰,4}", message: "every row of an array constant must have the same number of values"),
    ])
    func diagnostic(_ c: Case) throws {
        let marked = MarkedSource(c.marked)
        let found = try #require(Self.diagnostic(parsing: marked.source))
        #expect(found.message == c.message)
        #expect(found.span.start == marked.offset)
        #expect(found.isIncomplete == c.isIncomplete)
        #expect(found.severity == .error)
    }

    /// The diagnostic parsing `source` throws, or nil when it parses.
    static func diagnostic(parsing source: String) -> Diagnostic? {
        do {
            _ = try Parser.parse(source)
            return nil
        } catch {
            return error
        }
    }
}

/// An unclosed bracket carries a note at the bracket that was opened.
@Suite struct UnclosedBracketNoteTests {
    @Test(arguments: [("SUM(1,⁰(2", 6), ("⁰{1,2", 0), ("1+⁰(2*3", 2), ("SUM(\n⁰(1,\n2", 5)])
    func noteMarksTheOpeningBracket(_ marked: String, _ expected: Int) throws {
        let source = MarkedSource(marked).source
        let diagnostic = try #require(ParserDiagnosticTests.diagnostic(parsing: source))
        #expect(diagnostic.notes.count == 1)
        #expect(diagnostic.notes.first?.span.start == expected)
        #expect(diagnostic.notes.first?.severity == .note)
    }
}
