import Testing
@testable import SuanpanCore

/// Formula text as stored in a worksheet, rewritten for Suanpan's parser: prefixes of newer
/// functions removed, shared formulas moved to their cell.
@Suite struct XLSXFormulaTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let source: String
        let rows: Int
        let columns: Int
        let expected: String
        var testDescription: String { "\(source) moved \(rows),\(columns)" }
    }

    @Test(arguments: [
        Case(source: "_xlfn.XLOOKUP(A2,B:B,C:C)", rows: 0, columns: 0, expected: "XLOOKUP(A2,B:B,C:C)"),
        Case(source: "_xlfn._xlws.SORT(A2:A9)", rows: 0, columns: 0, expected: "SORT(A2:A9)"),
        Case(source: "_xlfn.xlookup(\"_xlfn.x\",A1:A2,B1:B2)", rows: 0, columns: 0, expected: "xlookup(\"_xlfn.x\",A1:A2,B1:B2)"),
        Case(source: "B2*2+$B$2+SUM(B$2:B2)", rows: 2, columns: 0, expected: "B4*2+$B$2+SUM(B$2:B4)"),
        Case(source: "B2/$C2", rows: 1, columns: 2, expected: "D3/$C3"),
        Case(source: "'支出'!B2 + 支出!C2", rows: 3, columns: 0, expected: "'支出'!B5 + 支出!C5"),
        Case(source: "IF(A2>0, \"A2\", A2)", rows: 1, columns: 0, expected: "IF(A3>0, \"A2\", A3)"),
        Case(source: "A2-1", rows: -1, columns: -1, expected: "#REF!-1"),
        Case(source: "SUM(A1:A2)", rows: 0, columns: 0, expected: "SUM(A1:A2)"),
    ])
    func rewritten(_ c: Case) {
        #expect(XLSXFormulaText.rewritten(c.source, movedBy: c.rows, columns: c.columns) == c.expected)
    }
}
