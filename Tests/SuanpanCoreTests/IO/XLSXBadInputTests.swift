import Foundation
import Testing
@testable import SuanpanCore

/// Refused input: each a `FileError` naming the file (and the part and line where there is
/// one), never a crash, and a zip bomb refused before it fills memory.
@Suite struct XLSXBadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let fixture: String
        let message: String
        var testDescription: String { fixture }
    }

    @Test(arguments: [
        Case(fixture: "not-a-zip", message: "not an .xlsx file (it is not a zip archive)"),
        Case(fixture: "bad-truncated", message: "the zip archive is truncated or damaged (its central directory cannot be read)"),
        Case(fixture: "bad-damaged-part", message: "xl/sheets/income.xml cannot be extracted: the archive is damaged (corruptedData)"),
        Case(fixture: "bad-truncated-part", message: "xl/sheets/income.xml:4: malformed XML (the part ends before its elements are closed: it was cut short)"),
        Case(fixture: "bad-corrupt-xml", message: "xl/sheets/income.xml:7: malformed XML (a closing tag that does not match the open element)"),
        Case(fixture: "bad-no-workbook", message: "the workbook part xl/workbook.xml is missing: not a spreadsheet, or a damaged one"),
        Case(fixture: "bad-missing-sheet", message: "the part xl/sheets/income.xml of sheet '收入' is missing"),
        Case(fixture: "bad-off-grid", message: "xl/sheets/income.xml:2: cell 'XFE1' is not a cell of Excel's grid (A1 to XFD1048576)"),
        Case(fixture: "bad-doctype", message: "xl/strings.xml: a document type declaration is not allowed in a spreadsheet part"),
        Case(fixture: "bad-bomb-ratio", message: "xl/sheets/income.xml expands 1028 times (to 67108864 bytes): refused as a zip bomb"),
        Case(fixture: "bad-bomb-lying", message: "xl/sheets/income.xml expands past the 1000 bytes its header declares: refused as a zip bomb"),
        Case(fixture: "bad-declares-3gib", message: "the archive declares 3221227572 bytes uncompressed, more than the limit of 1073741824: refused as a zip bomb"),
    ])
    func refused(_ c: Case) {
        let path = xlsxFixture(c.fixture)
        #expect(throws: FileError(path, c.message)) { try XLSXReader.read(contentsOf: path) }
    }

    @Test func missingFileAndDirectory() {
        #expect(throws: FileError("/nonexistent/预算.xlsx", "no such file")) {
            try XLSXReader.read(contentsOf: "/nonexistent/预算.xlsx")
        }
        let directory = FileManager.default.temporaryDirectory.path
        #expect(throws: FileError(directory, "is a directory, not an .xlsx file")) {
            try XLSXReader.read(contentsOf: directory)
        }
    }

    @Test func theTotalLimitCountsEveryPart() {
        let path = xlsxFixture("libreoffice-budget")
        let small = XLSXLimits(totalBytes: 1000, maximumRatio: 250, ratioFloor: 8 << 20, maximumCells: 100)
        #expect(throws: FileError.self) { try XLSXReader.read(contentsOf: path, limits: small) }
    }

    @Test func sheetsSpanningTooManyCellsAreRefused() {
        let path = xlsxFixture("libreoffice-budget")
        let narrow = XLSXLimits(totalBytes: 1 << 30, maximumRatio: 250, ratioFloor: 8 << 20, maximumCells: 20)
        #expect(throws: FileError(path, "xl/worksheets/sheet1.xml: the sheet spans 5 rows × 8 columns, more than the limit of 20 cells")) {
            try XLSXReader.read(contentsOf: path, limits: narrow)
        }
    }
}
