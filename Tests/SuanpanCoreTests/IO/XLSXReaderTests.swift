import Testing
@testable import SuanpanCore

/// Reading workbooks written by two real writers: openpyxl (inline strings, no cached
/// formula values) and LibreOffice Calc (shared strings, rich-text runs, cached values).
/// Both files hold the same workbook; see `Fixtures/xlsx/make-xlsx-fixtures.py`.
@Suite struct XLSXReaderTests {
    @Test(arguments: ["openpyxl-budget", "libreoffice-budget"])
    func sheetsInTabOrderWithChineseNames(_ name: String) throws {
        let contents = try XLSXReader.read(contentsOf: xlsxFixture(name))
        #expect(contents.sheets.map(\.name) == ["支出", "日期", "空白"])
        #expect(contents.sheets[2].columns.isEmpty)
        #expect(contents.sheets[2].rowCount == 0)
    }

    /// Units split off the headings, a figure heading kept as a value under its letters (F),
    /// an empty column named by its letters (G).
    @Test(arguments: ["openpyxl-budget", "libreoffice-budget"])
    func headingsNameColumnsAndCarryUnits(_ name: String) throws {
        let sheet = try XLSXReader.read(contentsOf: xlsxFixture(name)).sheets[0]
        #expect(sheet.columns.map { $0.name + $0.unit.symbol } == ["项目", "预算数万元", "决算数万元", "执行率", "备注", "F", "G", "核对"])
        #expect(sheet.columns[5].heading == .number(2022))
        #expect(sheet.columns[6].heading == nil)
        #expect(sheet.value(at: CellAddress(row: 0, column: 5)) == .number(2022))
    }

    @Test func openpyxlValuesAreExact() throws {
        let contents = try XLSXReader.read(contentsOf: xlsxFixture("openpyxl-budget"))
        #expect(Array(xlsxDump(contents.sheets[0]).dropFirst()) == [
            ["\"基本支出\"", "12.3万元", "10.5万元", "", "\"人员经费\"", "1", "", "TRUE"],
            ["\"项目支出\"", "1234.56万元", "1000万元", "", "#DIV/0!", "2", "", "FALSE"],
            ["\"其他支出\"", "0.1万元", "0.3万元", "", "", "3", "", ""],
            ["\"合计\"", "", "", "", "\"含税\"", "4", "", ""],
        ])
        // openpyxl computes nothing: its formulas come with no cached value.
        #expect(xlsxFormulas(contents, sheet: "支出") == [
            "D2: C2/B2 => ",
            "D3: C3/B3 => ",
            "D4: IFERROR(C4/0,\"-\") => ",
            "B5: SUM(B2:B4) => ",
            "C5: SUM(C2:C4) => ",
            "D5: C5/B5 => ",
        ])
    }

    @Test func libreOfficeValuesAndCachedResults() throws {
        let contents = try XLSXReader.read(contentsOf: xlsxFixture("libreoffice-budget"))
        #expect(Array(xlsxDump(contents.sheets[0]).dropFirst()) == [
            ["\"基本支出\"", "12.3万元", "10.5万元", "0.853658536585366", "\"人员经费\"", "1", "", "TRUE"],
            ["\"项目支出\"", "1234.56万元", "1000万元", "0.810005184033178", "#DIV/0!", "2", "", "FALSE"],
            ["\"其他支出\"", "0.1万元", "0.3万元", "\"-\"", "", "3", "", ""],
            ["\"合计\"", "1246.96万元", "1010.8万元", "0.810611406941682", "\"含税\"", "4", "", ""],
        ])
        // LibreOffice writes booleans and error constants as formulas (`TRUE()`, `#DIV/0!`).
        #expect(xlsxFormulas(contents, sheet: "支出") == [
            "D2: C2/B2 => 0.853658536585366",
            "H2: TRUE() => TRUE",
            "D3: C3/B3 => 0.810005184033178",
            "E3: #DIV/0! => #DIV/0!",
            "H3: FALSE() => FALSE",
            "D4: IFERROR(C4/0,\"-\") => \"-\"",
            "B5: SUM(B2:B4) => 1246.96",
            "C5: SUM(C2:C4) => 1010.8",
            "D5: C5/B5 => 0.810611406941682",
        ])
    }

    @Test(arguments: ["openpyxl-budget", "libreoffice-budget"])
    func datesFromBuiltInAndCustomFormats(_ name: String) throws {
        let contents = try XLSXReader.read(contentsOf: xlsxFixture(name))
        let dates = xlsxDump(contents.sheets[1]).map { $0[1] }
        // Built-in id 14; yyyy"年"m"月"d"日" (LibreOffice: yyyy\年m\月d\日); a date with a
        // time, whose time is dropped; h:mm and 0.00% stay numbers.
        #expect(Array(dates[1...5]) == ["date:2022-09-30", "date:2022-12-31", "date:2022-06-30", "0.5", "0.25"])
        #expect(contents.notes == ["'日期': 1 date cell held a time of day, dropped (dates are whole days)"])
    }

    @Test func crossSheetReferencesAndNewerFunctionsLoseTheirPrefix() throws {
        let openpyxl = try XLSXReader.read(contentsOf: xlsxFixture("openpyxl-budget"))
        #expect(xlsxFormulas(openpyxl, sheet: "日期") == [
            "B7: '支出'!B2 => ",
            "B8: XLOOKUP(\"项目支出\",支出!A2:A5,支出!B2:B5) => ",
        ])
        // LibreOffice drops the quotes, lower-cases the function it does not know and caches #NAME?.
        let libreOffice = try XLSXReader.read(contentsOf: xlsxFixture("libreoffice-budget"))
        #expect(xlsxFormulas(libreOffice, sheet: "日期") == [
            "B7: 支出!B2 => 12.3",
            "B8: xlookup(\"项目支出\",支出!A2:A5,支出!B2:B5) => #NAME?",
        ])
    }

    @Test func figuresKeepTheirWrittenPlaces() throws {
        let sheet = try XLSXReader.read(contentsOf: xlsxFixture("libreoffice-budget")).sheets[0]
        let budget = try #require(sheet.column(named: "预算数"))
        #expect(budget[1] == .number(Quantity(try #require(Exact("1234.56")), try #require(UnitCatalog.standard.unit(named: "万元")))))
        guard case .numbers = budget.storage else {
            Issue.record("a column of figures should have number storage")
            return
        }
    }
}
