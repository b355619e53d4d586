import Testing
@testable import SuanpanCore

/// What neither openpyxl nor LibreOffice writes, in `crafted.xlsx` (written by hand in
/// `make-xlsx-fixtures.py`): shared formulas, rich text with phonetic runs, `t="str"` and
/// `t="d"` cells, rows and cells without `r=`, absolute relationship targets, float noise,
/// the 1904 date system.
@Suite struct XLSXCraftedTests {
    @Test func valuesOfEveryCellType() throws {
        let contents = try XLSXReader.read(contentsOf: xlsxFixture("crafted"))
        #expect(contents.sheets.map(\.name) == ["收入"])
        #expect(xlsxDump(contents.sheets[0]) == [
            ["科目", "金额", "两倍", "月份", "噪声"],
            // Rich text joins its runs and skips the phonetic guide; 100.50 keeps its places;
            // a custom yyyy"年"m"月" format makes a date; the float noise stays as written.
            ["\"补助 收入\"", "100.50", "402", "date:2022-09-30", "0.30000000000000004"],
            // Inline rich text; a t="d" ISO date.
            ["\"多段\"", "-3", "192", "date:2022-09-30", ""],
            // A row and cells without r=; 1E-3; a [h]:mm:ss duration stays a number.
            ["\"补助 收入x\"", "0.001", "198.003", "1.25", ""],
        ])
        #expect(contents.notes.isEmpty)
    }

    @Test func sharedFormulasAreExpandedToEachCell() throws {
        let contents = try XLSXReader.read(contentsOf: xlsxFixture("crafted"))
        #expect(xlsxFormulas(contents, sheet: "收入") == [
            "C2: B2*2+$B$2+SUM(B$2:B2) => 402",
            "C3: B3*2+$B$2+SUM(B$2:B3) => 192",
            "A4: A2&\"x\" => \"补助 收入x\"",
            "C4: B4*2+$B$2+SUM(B$2:B4) => 198.003",
        ])
    }

    @Test func datesOfThe1904SystemMoveToThe1900Count() throws {
        let contents = try XLSXReader.read(contentsOf: xlsxFixture("crafted-1904"))
        #expect(xlsxDump(contents.sheets[0]) == [["科目"], ["date:2022-09-30"]])
        #expect(contents.notes == ["the workbook counts dates from 1904; they were moved to the 1900 count"])
    }
}
