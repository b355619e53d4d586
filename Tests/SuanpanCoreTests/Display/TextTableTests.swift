import Testing
@testable import SuanpanCore

/// `TextTable`: padding by display width, alignment, rules, elision.
struct TextTableTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let table: TextTable
        let lines: [String]
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "CJK takes two columns",
             table: TextTable(headers: ["部门", "决算数(万元)"], rows: [["办公室", "118.2"], ["计生服务中心", "3.6"]],
                              alignments: [.left, .right]),
             lines: ["部门          决算数(万元)",
                     "------------  ------------",
                     "办公室               118.2",
                     "计生服务中心           3.6"]),
        Case(name: "a cell's own alignment wins over its column's",
             table: TextTable(headers: ["值"], rows: [["12"], [TextTable.Cell("文本", alignment: .left)]], alignments: [.right]),
             lines: ["  值", "----", "  12", "文本"]),
        Case(name: "short rows are padded, no trailing blanks",
             table: TextTable(headers: ["a", "b"], rows: [["x"], ["y", "zz"]]),
             lines: ["a  b", "-  --", "x", "y  zz"]),
        Case(name: "a long table keeps head and tail",
             table: TextTable(headers: ["n"], rows: (1...10).map { [TextTable.Cell("\($0)")] }, alignments: [.right],
                              maxRows: 4),
             lines: [" n", "--", " 1", " 2", "… 6 rows hidden …", " 9", "10"]),
        Case(name: "no rows",
             table: TextTable(headers: ["部门", "季度"], rows: []),
             lines: ["部门  季度", "----  ----"]),
    ])
    func lines(_ c: Case) {
        #expect(c.table.lines == c.lines)
    }

    @Test func footers() {
        #expect(ShowStatement.footer(shown: 1, of: 1) == "(1 row)")
        #expect(ShowStatement.footer(shown: 12, of: 12) == "(12 rows)")
        #expect(ShowStatement.footer(shown: 20, of: 1234) == "(20 of 1,234 rows)")
        #expect(ShowStatement.footer(shown: 0, of: 0) == "(0 rows)")
    }
}
