import Testing
@testable import SuanpanCore

/// When the prompt and piped input read another line before running what they have (SPEC §7).
struct StatementSplitterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let source: String
        let needsMore: Bool
        var testDescription: String { source.debugDescription }
    }

    @Test(arguments: [
        Case(source: "", needsMore: false),
        Case(source: "1+1", needsMore: false),
        Case(source: "SUM(1,", needsMore: true),
        Case(source: "SUM(1,\n2)", needsMore: false),
        Case(source: "SUM(1,\n2", needsMore: true),
        Case(source: "(1+2))", needsMore: false),
        Case(source: "支出!A1 = SUM（1", needsMore: true),
        Case(source: "{1, 2", needsMore: true),
        Case(source: "支出[\"基本支出\"", needsMore: true),
        Case(source: "\"珠晖区", needsMore: true),
        Case(source: "\"珠晖区\" & \"计生协\"", needsMore: false),
        Case(source: "\"(\"", needsMore: false),
        Case(source: "“珠晖区", needsMore: true),
        Case(source: "“珠晖区”", needsMore: false),
        Case(source: "'支出 2022'!A1", needsMore: false),
        Case(source: "summarize 台账 by 部门,", needsMore: true),
        Case(source: "summarize 台账 by 部门,  \t", needsMore: true),
        Case(source: "summarize 台账 by 部门, # 还有季度", needsMore: true),
        Case(source: "summarize 台账 by 部门,\n季度", needsMore: false),
        // A blank line after a trailing comma ends the statement: the way out of a comma typed by mistake.
        Case(source: "A1 = 1,\n", needsMore: false),
        Case(source: "A1 = 1; SUM(2,", needsMore: true),
        Case(source: "SUM(1, 2); A1 = 3", needsMore: false),
        Case(source: "A1 = 1 # (a comment", needsMore: false),
        Case(source: "#N/A", needsMore: false),
    ])
    func needsMoreInput(_ c: Case) {
        #expect(StatementSplitter.needsMoreInput(c.source) == c.needsMore)
    }

    @Test func aContinuedStatementIsOneStatement() {
        #expect(StatementSplitter.split("SUM(1,\n2)\nA1 = 3") == [
            StatementText(text: "SUM(1,\n2)", offset: 0),
            StatementText(text: "A1 = 3", offset: 10),
        ])
    }
}
