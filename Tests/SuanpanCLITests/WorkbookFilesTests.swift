import Foundation
import Testing

/// Opening and writing workbooks through the command line (issue 3's acceptance).
@Suite struct WorkbookFilesTests {
    /// A small ledger with a money header unit, published figures and a blank.
    static let ledger = """
        部门,项目,决算数(万元)
        办公室,"慰问,春节",3.60
        办公室,生育关怀,"1,234.56"
        财务科,保险,12.78
        财务科,护理补贴,
        人事科,培训,（1.00）

        """

    /// A fresh folder for one test's files.
    static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suanpan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The ledger's bytes in each encoding analysts' tools write.
    static func encodings() -> [(String, Data)] {
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(ledger.data(using: .utf16LittleEndian)!)
        return [
            ("utf-8", Data(ledger.utf8)),
            ("utf-8 with BOM", Data([0xEF, 0xBB, 0xBF]) + Data(ledger.utf8)),
            ("utf-16le", utf16),
            ("gb18030", ledger.data(using: gb18030)!),
        ]
    }

    @Test func everyEncodingGivesTheSameExactTotal() throws {
        let folder = try Self.scratchFolder()
        var totals: [String] = []
        for (name, bytes) in Self.encodings() {
            let file = folder.appendingPathComponent("台账-\(name.replacingOccurrences(of: " ", with: "-")).csv")
            try bytes.write(to: file)
            let result = try runSuanpan([file.path, "-c", "SUM(决算数)"])
            #expect(result.status == 0, "\(name): \(result.standardError)")
            totals.append(result.standardOutput)
        }
        #expect(totals == Array(repeating: "1249.94 万元\n", count: 4))
    }

    @Test func theEncodingReadIsReported() throws {
        let folder = try Self.scratchFolder()
        let file = folder.appendingPathComponent("台账.csv")
        try Self.encodings()[3].1.write(to: file)
        let result = try runSuanpan(["-c", "open \(file.path)"])
        #expect(result.status == 0)
        #expect(result.standardError.contains("GB18030"))
    }

    @Test func aMissingFileIsAnErrorNamingIt() throws {
        let result = try runSuanpan(["/nonexistent/台账.csv", "-c", "1+1"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("/nonexistent/台账.csv"))
        #expect(result.standardOutput == "")
    }

    @Test func aFolderThatIsNotAWorkbookIsAnError() throws {
        let folder = try Self.scratchFolder()
        let result = try runSuanpan(["-c", "open \(folder.path)"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("workbook.toml"))
    }

    @Test func aRaggedRowNamesItsLine() throws {
        let folder = try Self.scratchFolder()
        let file = folder.appendingPathComponent("坏.csv")
        try Data("a,b\n1,2\n\"x\ny\",3\n4,5,6\n".utf8).write(to: file)
        let result = try runSuanpan([file.path, "-c", "1"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(file.path):5:"))
    }

    @Test func savedToAFolderAndOpenedAgainIsTheSame() throws {
        let folder = try Self.scratchFolder()
        let file = folder.appendingPathComponent("台账.csv")
        try Data(Self.ledger.utf8).write(to: file)
        let workbook = folder.appendingPathComponent("台账簿").path
        let save = try runSuanpan([file.path, "-c", "份额 = 决算数 / SUM(决算数); save to \(workbook)"])
        #expect(save.status == 0, "\(save.standardError)")
        let reopened = try runSuanpan([workbook, "-c", "SUM(决算数); INDEX(份额, 3); columns"])
        #expect(reopened.status == 0, "\(reopened.standardError)")
        #expect(reopened.standardOutput.hasPrefix("1249.94 万元\n0.0102244907755572\n"))
        let sheetFile = try String(contentsOfFile: workbook + "/" + (try sheetFileName(in: workbook)), encoding: .utf8)
        #expect(sheetFile.contains("\"1,234.56\""))
        #expect(sheetFile.contains("3.60"))
    }

    @Test func exportWritesBOMAndGB18030WhenAsked() throws {
        let folder = try Self.scratchFolder()
        let file = folder.appendingPathComponent("台账.csv")
        try Data(Self.ledger.utf8).write(to: file)
        let bom = folder.appendingPathComponent("bom.csv").path, gb = folder.appendingPathComponent("gb.csv").path
        let result = try runSuanpan([file.path, "-c", "export 台账 to \(bom) bom; export 台账 to \(gb) encoding gb18030"])
        #expect(result.status == 0, "\(result.standardError)")
        let bomBytes = try Data(contentsOf: URL(fileURLWithPath: bom))
        #expect(Array(bomBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let gbText = String(data: try Data(contentsOf: URL(fileURLWithPath: gb)), encoding: String.Encoding(rawValue: 0x8000_0632))
        #expect(gbText?.contains("办公室") == true)
    }

    /// The one sheet file a saved one-sheet workbook has.
    private func sheetFileName(in workbook: String) throws -> String {
        let sheets = try FileManager.default.contentsOfDirectory(atPath: workbook + "/sheets")
        return "sheets/" + (sheets.first { $0.hasSuffix(".csv") } ?? "")
    }
}

/// `.xlsx` files from the two writers analysts' files come from, opened from the command line.
@Suite struct XLSXFilesTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SuanpanCoreTests/Fixtures/xlsx")

    @Test(arguments: ["openpyxl-budget.xlsx", "libreoffice-budget.xlsx"])
    func sheetsValuesAndFormulasAreRead(_ file: String) throws {
        let path = Self.fixtures.appendingPathComponent(file).path
        let result = try runSuanpan([path, "-c", "sheets; SUM(决算数); 决算数[\"基本支出\"]; 支出!D3; 支出!H2"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == """
            sheet  rows  columns
            -----  ----  -------
            支出      4        8
            日期      7        2
            空白      0        0
            2021.6 万元
            10.5 万元
            0.810005184033178
            TRUE

            """)
        #expect(!result.standardError.contains("unknown function"))
    }

    @Test func aZipBombIsRefusedNamingTheFile() throws {
        let path = Self.fixtures.appendingPathComponent("bad-bomb-lying.xlsx").path
        let result = try runSuanpan([path, "-c", "1"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("bad-bomb-lying.xlsx"))
        #expect(result.standardOutput == "")
    }
}
