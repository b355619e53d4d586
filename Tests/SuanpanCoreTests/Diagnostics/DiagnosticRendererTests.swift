import Testing
@testable import SuanpanCore

/// The `FILE:LINE:COLUMN: error: MESSAGE` form with the source line and a caret placed by
/// display width.
@Suite struct DiagnosticRendererTests {
    @Test func caretStandsUnderTheSpanAfterChineseText() {
        let source = "支出.合计 = SUMM(决算数)"
        let diagnostic = Diagnostic("unknown function 'SUMM'", at: SourceSpan(8, 12), hint: "did you mean 'SUM'?")
        let rendered = DiagnosticRenderer(file: "scripts/quarterly.sp", firstLine: 12).render(diagnostic, in: source)
        #expect(rendered == """
            scripts/quarterly.sp:12:9: error: unknown function 'SUMM'
               12 | 支出.合计 = SUMM(决算数)
                  |             ^~~~ did you mean 'SUM'?
            """)
    }

    @Test func tildesSpanTheDisplayWidthOfChineseText() {
        let diagnostic = Diagnostic("unknown column '决算' in sheet 支出", at: SourceSpan(8, 10))
        let rendered = DiagnosticRenderer(file: "<command>").render(diagnostic, in: "=SUM(支出.决算)")
        #expect(rendered == """
            <command>:1:9: error: unknown column '决算' in sheet 支出
                1 | =SUM(支出.决算)
                  |           ^~~~
            """)
    }

    @Test func endOfInputGetsACaretAfterTheLastCharacter() throws {
        let source = "SUM(1,"
        var diagnostic: Diagnostic?
        do { _ = try Parser.parse(source) } catch { diagnostic = error }
        let rendered = DiagnosticRenderer(file: "<stdin>", firstLine: 3).render(try #require(diagnostic), in: source)
        #expect(rendered == """
            <stdin>:3:7: error: expected an expression after ','
                3 | SUM(1,
                  |       ^
            """)
    }

    @Test func laterLinesOfAMultiLineSource() {
        let source = "IF(执行率 > 1,\n   \"超支\",\n   §)"
        let diagnostic = Diagnostic("unknown character '§'", at: SourceSpan(24, 25))
        let rendered = DiagnosticRenderer(file: "scripts/q.sp", firstLine: 40).render(diagnostic, in: source)
        #expect(rendered == """
            scripts/q.sp:42:4: error: unknown character '§'
               42 |    §)
                  |    ^
            """)
    }

    @Test func warningsTabsAndFullwidthPunctuation() {
        let source = "\t（决算数）＋x"
        let diagnostic = Diagnostic("unused", at: SourceSpan(6, 7), severity: .warning)
        let rendered = DiagnosticRenderer(file: "a.sp").render(diagnostic, in: source)
        #expect(rendered == "a.sp:1:7: warning: unused\n    1 | \t（决算数）＋x\n      | \t          ^~")
    }

    @Test func spansPastTheLineAreCutAtItsEnd() {
        let diagnostic = Diagnostic("unterminated string", at: SourceSpan(2, 12), severity: .error)
        let rendered = DiagnosticRenderer(file: "<command>").render(diagnostic, in: "1&\"ab\ncd\"")
        #expect(rendered == "<command>:1:3: error: unterminated string\n    1 | 1&\"ab\n      |   ^~~")
    }

    @Test func longLineNumbersWidenTheGutter() {
        let diagnostic = Diagnostic("x", at: SourceSpan(0, 1), severity: .note)
        let rendered = DiagnosticRenderer(file: "f", firstLine: 123_456).render(diagnostic, in: "a")
        #expect(rendered == "f:123456:1: note: x\n123456 | a\n       | ^")
    }

    @Test func shiftingMovesTheSpan() {
        let moved = Diagnostic("x", at: SourceSpan(1, 2)).shifted(by: 10)
        #expect((moved.span.start, moved.span.end) == (11, 12))
    }
}
