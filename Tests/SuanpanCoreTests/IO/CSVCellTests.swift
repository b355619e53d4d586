import Testing
@testable import SuanpanCore

/// Reading cells: figures as published, blanks, booleans, dates, formulas, and the typed
/// storage a column gets.
@Suite struct CSVCellTests {
    struct Cell: CustomTestStringConvertible, Sendable {
        let field: String
        let value: String
        /// The source text kept for the cell, or nil when its value already spells it.
        let source: String?
        var testDescription: String { field }

        init(_ field: String, _ value: String, source: String? = nil) {
            self.field = field
            self.value = value
            self.source = source
        }
    }

    @Test(arguments: [
        Cell("12.30", "12.30"),
        Cell("91", "91"),
        Cell("-5", "-5"),
        Cell("0", "0"),
        Cell("-0", "0", source: "-0"),
        Cell("007", "7", source: "007"),
        Cell("+5", "5", source: "+5"),
        Cell("1e3", "1000", source: "1e3"),
        Cell("1,234.56", "1234.56", source: "1,234.56"),
        Cell("（1,234.00）", "-1234.00", source: "（1,234.00）"),
        Cell("(1,234.00)", "-1234.00", source: "(1,234.00)"),
        Cell("１２３", "123", source: "１２３"),
        Cell("５０％", "0.50", source: "５０％"),
        Cell("50%", "0.50", source: "50%"),
        Cell("12.78万", "127800", source: "12.78万"),
        Cell(" 12 ", "12", source: " 12 "),
        Cell("12345678901234567890123", "12345678901234567890123"),
        Cell("", "blank"),
        Cell("—", "blank", source: "—"),
        Cell("-", "blank", source: "-"),
        Cell("－", "blank", source: "－"),
        Cell("TRUE", "TRUE"),
        Cell("false", "FALSE", source: "false"),
        Cell("2022-09-30", "date 44834"),
        Cell("2022/9/30", "date 44834", source: "2022/9/30"),
        Cell("2022年9月30日", "date 44834", source: "2022年9月30日"),
        Cell("'=SUM(A1)", "\"=SUM(A1)\"", source: "'=SUM(A1)"),
        Cell("=", "\"=\""),
        Cell("n/a", "\"n/a\""),
        Cell("Total", "\"Total\""),
        Cell("1,23", "\"1,23\""),
        Cell("2022-13-01", "\"2022-13-01\""),
        Cell("珠晖区", "\"珠晖区\""),
    ])
    func cellsReadAsExcelReadsThem(_ c: Cell) throws {
        let column = try readCSV("x\n\"\(c.field)\"\n").sheet.columns[0]
        #expect(describe(column[0]) == c.value)
        #expect(column.sourceText[0] == c.source)
    }

    @Test func unitsWrittenInCellsGiveTheColumnItsUnit() throws {
        let sheet = try readCSV("金额,混合,户数\n３.６万元,3.6万元,72户\n12万元,5元,3户\n,4,\n").sheet
        #expect(describe(sheet) == [
            "金额 [万元] numbers: 3.6万元 | 12万元 | blank ; 0:３.６万元 1:12万元",
            "混合 [] values: 3.6万元 | 5元 | 4 ; 0:3.6万元 1:5元",
            "户数 [户] numbers: 72户 | 3户 | blank ; 0:72户 1:3户",
        ])
    }

    /// `12.78万` means 127800 of the column's base unit: 12.78 万元 under a 万元 heading.
    @Test func figuresWithWanAreBaseUnitsOfTheColumn() throws {
        let sheet = try readCSV("决算数(万元),金额(元),户数(户),数\n12.78万,1.2万,3万,1.5亿\n").sheet
        #expect(describe(sheet) == [
            "决算数 [万元] numbers: 12.78万元 ; 0:12.78万",
            "金额 [元] numbers: 12000元 ; 0:1.2万",
            "户数 [户] numbers: 30000户 ; 0:3万",
            "数 [] numbers: 150000000 ; 0:1.5亿",
        ])
    }

    @Test func aUnitInACellMatchingTheHeadingKeepsNumberStorage() throws {
        let sheet = try readCSV("决算数(万元)\n3.6万元\n1.5\n2元\n").sheet
        #expect(describe(sheet) == ["决算数 [万元] values: 3.6万元 | 1.5万元 | 2元 ; 0:3.6万元 2:2元"])
    }

    @Test func textAmongFiguresStaysTextAndIsReportedOnce() throws {
        let result = try readCSV("项目,决算数\na,1\nb,n/a\nc,3\nd,待定\ne,5\n")
        #expect(describe(result.sheet)[1] == #"决算数 [] values: 1 | "n/a" | 3 | "待定" | 5"#)
        #expect(result.notes == [#"决算数: 2 cells are not a figure and stay text, the first on line 3 ("n/a")"#])
    }

    @Test func columnsGetTheNarrowestStorage() throws {
        let sheet = try readCSV("部门,金额,标志,日期,空\n办公室,1,TRUE,2022-09-30,\n财务科,,FALSE,,\n办公室,2.50,,2022/9/30,\n").sheet
        guard case .text(let codes, let dictionary) = sheet.columns[0].storage else {
            Issue.record("部门 should be text storage")
            return
        }
        #expect(dictionary == ["办公室", "财务科"])
        #expect(codes == [0, 1, 0])
        guard case .numbers(let numbers, let blank) = sheet.columns[1].storage else {
            Issue.record("金额 should be number storage")
            return
        }
        #expect(numbers.map(\.description) == ["1", "0", "2.50"])
        #expect(blank == [false, true, false])
        #expect(describe(sheet)[2...] == [
            "标志 [] values: TRUE | FALSE | blank",
            "日期 [] values: date 44834 | blank | date 44834 ; 2:2022/9/30",
            "空 [] numbers: blank | blank | blank",
        ])
    }

    @Test func formulasAreReturnedWithTheirAddressesAndLeaveTheCellBlank() throws {
        let result = try readCSV("预算数,决算数,执行率\n100,90,=B2/A2\n200,\"=SUM(B2, 1)\",'=literal\n")
        #expect(result.formulas.map(\.address.a1) == ["C2", "B3"])
        #expect(result.formulas.map(\.source) == ["=B2/A2", "=SUM(B2, 1)"])
        #expect(describe(result.sheet) == [
            "预算数 [] numbers: 100 | 200",
            "决算数 [] numbers: 90 | blank",
            #"执行率 [] text: blank | "=literal" ; 1:'=literal"#,
        ])
    }
}
