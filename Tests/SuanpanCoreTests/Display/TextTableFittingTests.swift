import Testing
@testable import SuanpanCore

/// `TextTable` fitting a width, measuring ambiguous characters, and colouring.
struct TextTableFittingTests {
    static let ledger = TextTable(
        headers: ["部门", "季度", "类别", "户数(户)", "预算数(万元)", "决算数(万元)"],
        rows: [["宣传部", "2", "项目支出", "25", "45.00", "47.25"], ["计生服务中心", "1", "项目支出", "72", "3.60", "3.6"]],
        alignments: [.left, .right, .left, .right, .right, .right])

    @Test func aTableThatFitsIsUnchanged() {
        var table = Self.ledger
        table.maxWidth = 66
        #expect(table.layout().hiddenColumns == [])
        #expect(table.lines == Self.ledger.lines)
        #expect(table.lines.map { displayWidth($0) }.max() == 66)
    }

    @Test func middleColumnsGiveWayToAnEllipsisColumn() {
        var table = Self.ledger
        table.maxWidth = 50
        let layout = table.layout()
        #expect(layout.hiddenColumns == [2, 3])
        #expect(layout.lines == [
            "部门          季度  …  预算数(万元)  决算数(万元)",
            "------------  ----  -  ------------  ------------",
            "宣传部           2  …         45.00         47.25",
            "计生服务中心     1  …          3.60           3.6",
        ])
        #expect(layout.lines.allSatisfy { displayWidth($0) <= 50 })
    }

    @Test func pinnedColumnsStayEvenWhenNothingElseFits() {
        var table = Self.ledger
        table.maxWidth = 10
        table.pinnedColumns = 2
        #expect(table.layout().hiddenColumns == [2, 3, 4, 5])
        #expect(table.lines[0] == "部门          季度  …")
    }

    @Test func theSameWidthElidesTheSameColumns() {
        var table = Self.ledger
        table.maxWidth = 40
        #expect(table.layout() == table.layout())
        #expect(table.layout().hiddenColumns == [2, 3, 4])
    }

    @Test func ambiguousWideMeasuresTheEllipsisAndTextAsTwo() {
        var table = TextTable(headers: ["名称", "说明"], rows: [["甲", "“引号”·—"], ["乙", "abc"]])
        table.measure = DisplayWidth(ambiguous: .wide)
        #expect(table.lines == ["名称  说明", "----  ------------", "甲    “引号”·—", "乙    abc"])
        table.maxWidth = 8
        #expect(table.lines == ["名称  …", "----  --", "甲    …", "乙    …"])
    }

    @Test func colourWrapsTextWithoutMovingIt() {
        var table = TextTable(headers: ["部门", "差额"],
                              rows: [["甲", TextTable.Cell("-6.44", isNegative: true)], ["乙", "6.44"]],
                              alignments: [.left, .right])
        let plain = table.lines
        table.usesColor = true
        let coloured = table.lines
        #expect(coloured[0] == "\u{1B}[1m部门\u{1B}[0m   \u{1B}[1m差额\u{1B}[0m")
        #expect(coloured[2] == "甲    \u{1B}[31m-6.44\u{1B}[0m")
        #expect(coloured[3] == "乙     6.44")
        let stripped = coloured.map { $0.replacing(/\u{1B}\[[0-9;]*m/, with: "") }
        #expect(stripped == plain)
    }
}
