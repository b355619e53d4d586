import Foundation
import Testing
@testable import SuanpanCore

/// The CSV writer: quoting, value spellings, the two styles, encodings and atomic files.
struct CSVWriterTests {
    /// A case: one text cell and how the export writes it.
    struct FieldCase: CustomTestStringConvertible, Sendable {
        let text, sheetFile, export: String
        var testDescription: String { text.debugDescription }
    }

    @Test(arguments: [
        FieldCase(text: "人员经费", sheetFile: "人员经费", export: "人员经费"),
        FieldCase(text: "a,b", sheetFile: "\"a,b\"", export: "\"a,b\""),
        FieldCase(text: "say \"hi\"", sheetFile: "\"say \"\"hi\"\"\"", export: "\"say \"\"hi\"\"\""),
        FieldCase(text: "two\nlines", sheetFile: "\"two\nlines\"", export: "\"two\nlines\""),
        FieldCase(text: " padded", sheetFile: "\" padded\"", export: "\" padded\""),
        FieldCase(text: "padded ", sheetFile: "\"padded \"", export: "\"padded \""),
        FieldCase(text: "", sheetFile: "\"\"", export: "\"\""),
        FieldCase(text: "=1+1", sheetFile: "'=1+1", export: "'=1+1"),
        FieldCase(text: "+86 10", sheetFile: "+86 10", export: "'+86 10"),
        FieldCase(text: "-x", sheetFile: "-x", export: "'-x"),
        FieldCase(text: "@SUM(A1)", sheetFile: "@SUM(A1)", export: "'@SUM(A1)"),
        FieldCase(text: "=HYPERLINK(\"x\",\"y\")", sheetFile: "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"", export: "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""),
    ])
    func textFields(_ c: FieldCase) {
        let sheet = Sheet(name: "s", columns: [Column(name: "t", values: [.text(c.text)])])
        #expect(text(sheet, .sheetFile) == "t\n\(c.sheetFile)\n")
        #expect(text(sheet, .export) == "t\r\n\(c.export)\r\n")
    }

    @Test func valuesArePlain() throws {
        let wan = try #require(UnitCatalog.standard.unit(named: "万元"))
        let yuan = try #require(UnitCatalog.standard.unit(named: "元"))
        let sheet = Sheet(name: "s", columns: [
            Column(name: "决算数", unit: wan, values: [.number(Quantity(Exact("12.30")!, wan)), .number(Quantity(Exact("-1234.5")!, wan)), .blank]),
            Column(name: "杂项", values: [.bool(true), .date(44834), .error(CellError(.divisionByZero))]),
            Column(name: "混合", unit: wan, values: [.number(Quantity(Exact(3), yuan)), .number(Quantity(Exact(1200000), wan)), .text("x")]),
        ])
        #expect(text(sheet, .sheetFile) == "决算数,杂项,混合\n12.30,TRUE,3元\n-1234.5,2022-09-30,1200000\n,#DIV/0!,x\n")
        #expect(text(sheet, .export) == "决算数(万元),杂项,混合(万元)\r\n12.30,TRUE,3元\r\n-1234.5,2022-09-30,1200000\r\n,#DIV/0!,x\r\n")
    }

    @Test func sourceTextIsWrittenAsRead() {
        var column = Column(name: "金额", values: [.number(Exact("1234.56")!), .number(Exact(-1234)), .number(Exact(5))])
        column.sourceText = [0: "1,234.56", 1: "（1,234.00）"]
        let sheet = Sheet(name: "s", columns: [column])
        #expect(text(sheet, .sheetFile) == "金额\n\"1,234.56\"\n\"（1,234.00）\"\n5\n")
    }

    @Test func formulasInSheetFilesValuesInExports() throws {
        let workbook = Workbook(sheets: [Sheet(name: "s", columns: [Column(name: "a", values: [.number(2), .number(3)])])])
        let sheet = workbook.sheets[0]
        let environment = Environment(workbooks: ["w": workbook], today: testToday)
        try workbook.setCell(CellAddress(row: 3, column: 0), in: sheet, to: .formula(Parser.parse("=SUM(A2:A3)*2")), environment: environment)
        #expect(text(sheet, .sheetFile) == "a\n2\n3\n=SUM(A2:A3)*2\n")
        #expect(text(sheet, .export) == "a\r\n2\r\n3\r\n10\r\n")
    }

    @Test func chunksEndAtRows() throws {
        let sheet = Sheet(name: "s", columns: [Column(name: "n", values: (0..<1000).map { .number($0) })])
        var chunks: [[UInt8]] = []
        try CSVWriter(style: .sheetFile).write(sheet, chunkSize: 100) { chunk throws(FileError) in chunks.append(chunk) }
        #expect(chunks.count > 10)
        #expect(chunks.allSatisfy { $0.last == 0x0A })
        #expect(chunks.flatMap { $0 } == CSVWriter(style: .sheetFile).bytes(of: sheet))
    }

    @Test func byteOrderMarkAndGB18030() throws {
        let sheet = Sheet(name: "s", columns: [Column(name: "项目", values: [.text("人员经费")])])
        let bom = try CSVExport.bytes(of: sheet, options: ExportOptions(byteOrderMark: true))
        #expect(bom == [0xEF, 0xBB, 0xBF] + Array("项目\r\n人员经费\r\n".utf8))
        let gb = try CSVExport.bytes(of: sheet, options: ExportOptions(gb18030: true))
        // 项目 is CF EE C4 BF in GB18030 (as in GBK); 人员经费 is C8 CB D4 B1 BE AD B7 D1.
        #expect(gb == [0xCF, 0xEE, 0xC4, 0xBF, 0x0D, 0x0A, 0xC8, 0xCB, 0xD4, 0xB1, 0xBE, 0xAD, 0xB7, 0xD1, 0x0D, 0x0A])
        let gbWithMark = try CSVExport.bytes(of: sheet, options: ExportOptions(byteOrderMark: true, gb18030: true))
        #expect(Array(gbWithMark.prefix(4)) == [0x84, 0x31, 0x95, 0x33])
    }

    @Test func exportReplacesAFileWhole() throws {
        let folder = try temporaryFolder()
        let path = folder + "/out.csv"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let sheet = Sheet(name: "s", columns: [Column(name: "a", values: [.number(1)])])
        try CSVExport.write(sheet, to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a\r\n1\r\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.csv"])
    }

    @Test func exportIntoAMissingFolderFailsNamingTheFile() {
        let sheet = Sheet(name: "s", columns: [Column(name: "a", values: [.number(1)])])
        #expect(throws: FileError.self) { try CSVExport.write(sheet, to: "/nonexistent-suanpan/out.csv") }
        do {
            try CSVExport.write(sheet, to: "/nonexistent-suanpan/out.csv")
        } catch {
            #expect(error.path == "/nonexistent-suanpan/out.csv")
            #expect(error.message.contains("No such file or directory"))
        }
    }

    private func text(_ sheet: Sheet, _ style: CSVWriter.Style) -> String {
        String(decoding: CSVWriter(style: style).bytes(of: sheet), as: UTF8.self)
    }
}

/// A new empty folder under the system's temporary directory.
func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "suanpan-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
