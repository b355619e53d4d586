import Foundation
import Testing
@testable import SuanpanCore

/// `WorkbookStore.save`: the files it writes, generations, clean-up and refusals.
struct WorkbookStoreSavingTests {
    /// A small workbook with a unit, a key, a format, a computed column, a name and a check.
    static func sample() throws -> Workbook {
        let wan = try #require(UnitCatalog.standard.unit(named: "万元"))
        let sheet = Sheet(name: "支出", columns: [
            Column(name: "项目", values: [.text("人员经费"), .text("公用经费")]),
            Column(name: "预算数", unit: wan, values: [.number(Quantity(Exact("64.63")!, wan)), .number(Quantity(Exact("12.30")!, wan))]),
            Column(name: "决算数", unit: wan, values: [.number(Quantity(Exact("64.63")!, wan)), .number(Quantity(Exact("10")!, wan))]),
        ])
        sheet.keyColumn = "项目"
        sheet.formats = ["执行率": "0.00%"]
        let workbook = Workbook(title: "珠晖区 2022", sheets: [sheet], units: UnitCatalog.standard.declaring("种"))
        workbook.year = 2022
        let environment = Environment(workbooks: ["w": workbook], today: testToday)
        try workbook.setColumnFormula("执行率", in: sheet, to: Parser.parse("决算数/预算数"), environment: environment)
        try workbook.setName("合计", to: Parser.parse("SUM(决算数)"), sheet: sheet, environment: environment)
        workbook.checks = [WorkbookCheck(source: "SUM(决算数)>0", message: "有支出")]
        return workbook
    }

    @Test func writesTheManifestAndSheetFiles() throws {
        let directory = try temporaryFolder() + "/新账"
        try WorkbookStore.save(Self.sample(), to: directory)
        let manifest = try String(contentsOfFile: directory + "/workbook.toml", encoding: .utf8)
        #expect(manifest == """
            title = "珠晖区 2022"
            year = 2022
            units = ["种"]

            [[sheets]]
            name = "支出"
            file = "sheets/支出.1.csv"
            key = "项目"
            units = { "决算数" = "万元", "预算数" = "万元" }
            formats = { "执行率" = "0.00%" }
            columns = [
              { name = "执行率", formula = '决算数/预算数' },
            ]

            [[names]]
            name = "合计"
            formula = 'SUM(决算数)'
            sheet = "支出"

            [[checks]]
            expr = 'SUM(决算数)>0'
            message = "有支出"

            """)
        let sheet = try String(contentsOfFile: directory + "/sheets/支出.1.csv", encoding: .utf8)
        #expect(sheet.hasPrefix("项目,预算数,决算数,执行率\n人员经费,64.63,64.63,1"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["sheets", "workbook.toml"])
    }

    @Test func savingAgainWritesANewGenerationAndRemovesTheOldAndStrays() throws {
        let directory = try temporaryFolder()
        let workbook = try Self.sample()
        try WorkbookStore.save(workbook, to: directory)
        // What a save killed midway leaves: a later generation nothing names, a temporary file.
        FileManager.default.createFile(atPath: directory + "/sheets/支出.7.csv", contents: Data("junk".utf8))
        FileManager.default.createFile(atPath: directory + "/.suanpan-abc.tmp", contents: Data())
        FileManager.default.createFile(atPath: directory + "/sheets/.suanpan-def.tmp", contents: Data())
        FileManager.default.createFile(atPath: directory + "/notes.txt", contents: Data("mine".utf8))
        try WorkbookStore.save(workbook, to: directory)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/sheets") == ["支出.8.csv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["notes.txt", "sheets", "workbook.toml"])
        #expect(try String(contentsOfFile: directory + "/workbook.toml", encoding: .utf8).contains("sheets/支出.8.csv"))
    }

    @Test func replacesASpecStyleWorkbookAndItsFile() throws {
        let directory = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: directory + "/data", withIntermediateDirectories: true)
        try Data("[[sheets]]\nname = \"支出\"\nfile = \"data/支出.csv\"\n".utf8).write(to: URL(fileURLWithPath: directory + "/workbook.toml"))
        FileManager.default.createFile(atPath: directory + "/data/支出.csv", contents: Data("a\n1\n".utf8))
        try WorkbookStore.save(Self.sample(), to: directory)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/data") == [])
        #expect(FileManager.default.fileExists(atPath: directory + "/sheets/支出.1.csv"))
    }

    @Test func refusesADirectoryHoldingSomethingElse() throws {
        let directory = try temporaryFolder()
        FileManager.default.createFile(atPath: directory + "/report.docx", contents: Data("x".utf8))
        #expect(throws: FileError(directory, "holds files but no workbook.toml; save into a new or empty directory")) {
            try WorkbookStore.save(Self.sample(), to: directory)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["report.docx"])
        let file = directory + "/report.docx"
        #expect(throws: FileError(file, "is a file, not a directory")) { try WorkbookStore.save(Self.sample(), to: file) }
    }

    @Test func aFirstSaveCutShortCanBeRepeated() throws {
        let directory = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: directory + "/sheets", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: directory + "/sheets/支出.1.csv", contents: Data("partial".utf8))
        try WorkbookStore.save(Self.sample(), to: directory)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/sheets") == ["支出.2.csv"])
    }

    /// Sheet names as file names.
    @Test(arguments: [("支出", "支出"), ("a/b", "a_b"), (".hidden", "_hidden"), ("c:d\n", "c_d_"), ("", "sheet")])
    func safeFileNames(_ name: String, _ stem: String) {
        #expect(WorkbookStore.safeStem(name) == stem)
    }

    @Test func clashingFileNamesAreMadeDistinct() {
        let files = WorkbookStore.fileNames(for: [Sheet(name: "a/b"), Sheet(name: "a_b"), Sheet(name: "A_B")], generation: 3)
        #expect(files == ["sheets/a_b.3.csv", "sheets/a_b-2.3.csv", "sheets/A_B-3.3.csv"])
    }

    @Test(arguments: [("支出.12.csv", 12), ("支出.csv", nil), ("a.b.3.csv", 3), ("x.3.txt", nil)] as [(String, Int?)])
    func generations(_ file: String, _ generation: Int?) {
        #expect(WorkbookStore.generation(of: file) == generation)
    }
}
