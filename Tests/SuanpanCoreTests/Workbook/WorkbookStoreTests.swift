import Foundation
import Testing
@testable import SuanpanCore

/// Loading workbook directories from `Fixtures/workbooks`, and the round trip through save.
struct WorkbookStoreTests {
    static var environment: Environment { Environment(today: testToday) }

    /// A fixture workbook copied into a fresh folder, so that tests may save over it.
    static func fixture(_ name: String) throws -> String {
        let source = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/workbooks"))
        let copy = try temporaryFolder() + "/" + name
        try FileManager.default.copyItem(atPath: source.path, toPath: copy)
        return copy
    }

    @Test func loadsTheSpecLayout() throws {
        let workbook = try WorkbookStore.load(directory: Self.fixture("zhuhui-2022"), environment: Self.environment)
        #expect(workbook.title == "珠晖区计划生育协会 2022 年部门整体支出")
        #expect(workbook.year == 2022)
        #expect(workbook.sheets.map(\.name) == ["支出", "人员"])
        let spending = try #require(workbook.sheet(named: "支出"))
        #expect(spending.keyColumn == "项目")
        #expect(spending.formats == ["执行率": "0.00%"])
        #expect(spending.column(named: "决算数")?.unit.symbol == "万元")
        #expect(spending.columnFormulas["执行率"]?.formulaText == "决算数/预算数")
        #expect(spending.cellFormulas[CellAddress(row: 5, column: 2)]?.formulaText == "C5*0.5")
        #expect(spending.value(at: CellAddress(row: 5, column: 2)).generalDescription == "6.095 万元")
        #expect(spending.value(at: CellAddress(row: 5, column: 3)) == .text("=不是公式"))
        #expect(workbook.nameOrder.sorted() == ["人均人员经费", "基本支出占比"])
        #expect(workbook.nameValues["人均人员经费"].map { $0.generalDescription } == "71571.4285714286 元/人")
        #expect(workbook.checks.map(\.message) == ["整体支出应等于基本支出与项目支出之和"])
        #expect(workbook.sheet(named: "人员")?.column(named: "活动")?.unit.symbol == "场")
    }

    @Test func unchangedCellsAreWrittenBackByteForByte() throws {
        let directory = try Self.fixture("published")
        let original = try #require(FileManager.default.contents(atPath: directory + "/sheets/台账.csv"))
        let workbook = try WorkbookStore.load(directory: directory, environment: Self.environment)
        try WorkbookStore.save(workbook, to: directory)
        #expect(FileManager.default.contents(atPath: directory + "/sheets/台账.1.csv") == original)
    }

    @Test func aSavedWorkbookLoadsAsTheSame() throws {
        let source = try Self.fixture("zhuhui-2022")
        let first = try WorkbookStore.load(directory: source, environment: Self.environment)
        let copy = try temporaryFolder() + "/copy"
        try WorkbookStore.save(first, to: copy)
        let second = try WorkbookStore.load(directory: copy, environment: Self.environment)
        expectSame(first, second)
        // Saving what was loaded from a save writes the same files again: a fixed point.
        let again = try temporaryFolder() + "/again"
        try WorkbookStore.save(second, to: again)
        for sheet in ["支出", "人员"] {
            #expect(FileManager.default.contents(atPath: "\(copy)/sheets/\(sheet).1.csv")
                    == FileManager.default.contents(atPath: "\(again)/sheets/\(sheet).1.csv"))
        }
        #expect(try String(contentsOfFile: copy + "/workbook.toml", encoding: .utf8)
                == String(contentsOfFile: again + "/workbook.toml", encoding: .utf8))
    }

    @Test func aChangedCellIsSavedAndTheRestKept() throws {
        let directory = try Self.fixture("published")
        let workbook = try WorkbookStore.load(directory: directory, environment: Self.environment)
        let sheet = try #require(workbook.sheet(named: "台账"))
        try workbook.setCell(CellAddress(row: 1, column: 1), in: sheet, to: .constant(.number(Quantity(Exact("2000.5")!, sheet.columns[1].unit))), environment: Self.environment)
        try WorkbookStore.save(workbook, to: directory)
        let text = try String(contentsOfFile: directory + "/sheets/台账.1.csv", encoding: .utf8)
        #expect(text == "项目,金额,户数,日期,备注\n甲,2000.5,72,2022/9/30,\"a, b\"\n乙,12.30,91,2022-09-30,\"say \"\"hi\"\"\"\n丙,\"（1,234.00）\",,,'=1+1\n丁,-5,0,,\n")
        #expect(!FileManager.default.fileExists(atPath: directory + "/sheets/台账.csv"))
    }

    /// A broken workbook directory and the error it gets.
    struct BadCase: CustomTestStringConvertible, Sendable {
        let label: String
        let files: [String: String]
        let path: String
        let line: Int?
        let message: String
        var testDescription: String { label }
    }

    @Test(arguments: [
        BadCase(label: "no manifest", files: ["a.csv": "x\n1\n"], path: "", line: nil, message: "is not a workbook: it has no workbook.toml"),
        BadCase(label: "missing sheet file", files: ["workbook.toml": "[[sheets]]\nname = \"a\"\nfile = \"sheets/a.csv\"\n"],
                path: "workbook.toml", line: 3, message: "the file of sheet 'a', sheets/a.csv, does not exist"),
        BadCase(label: "unknown key column", files: ["workbook.toml": "[[sheets]]\nname = \"a\"\nfile = \"a.csv\"\nkey = \"名称\"\n", "a.csv": "x\n1\n"],
                path: "workbook.toml", line: 4, message: "the key of sheet 'a', 名称, is not one of its columns"),
        BadCase(label: "computed column reads nothing known",
                files: ["workbook.toml": "[[sheets]]\nname = \"a\"\nfile = \"a.csv\"\ncolumns = [{ name = \"y\", formula = \"z*2\" }]\n", "a.csv": "x\n1\n"],
                path: "workbook.toml", line: 4, message: "the formula of column y of sheet 'a', 'z*2': "),
        BadCase(label: "bad cell formula", files: ["workbook.toml": "[[sheets]]\nname = \"a\"\nfile = \"a.csv\"\n", "a.csv": "x\n1\n=1+*2\n"],
                path: "a.csv", line: 3, message: "the formula in A3, '"),
    ])
    func refusesBrokenWorkbooks(_ c: BadCase) throws {
        let directory = try temporaryFolder()
        for (file, text) in c.files { try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + file)) }
        do {
            _ = try WorkbookStore.load(directory: directory, environment: Self.environment)
            Issue.record("loaded")
        } catch {
            #expect(error.path == (c.path.isEmpty ? directory : directory + "/" + c.path))
            #expect(error.line == c.line)
            #expect(error.message.contains(c.message), "\(error.message)")
        }
    }

    /// Compares what a round trip must keep: every cell's value, formulas, units, formats,
    /// keys, names and checks.
    func expectSame(_ a: Workbook, _ b: Workbook) {
        #expect(a.title == b.title && a.year == b.year)
        #expect(a.sheets.map(\.name) == b.sheets.map(\.name))
        for (x, y) in zip(a.sheets, b.sheets) {
            #expect(x.columns.map(\.name) == y.columns.map(\.name))
            #expect(x.columns.map(\.unit) == y.columns.map(\.unit))
            #expect(x.columns.map(\.values) == y.columns.map(\.values))
            #expect(x.keyColumn == y.keyColumn && x.formats == y.formats)
            #expect(x.cellFormulas.mapValues(\.formulaText) == y.cellFormulas.mapValues(\.formulaText))
            #expect(x.columnFormulas.mapValues(\.formulaText) == y.columnFormulas.mapValues(\.formulaText))
        }
        #expect(a.nameOrder == b.nameOrder)
        #expect(a.names.mapValues { $0.formula.formulaText } == b.names.mapValues { $0.formula.formulaText })
        #expect(a.names.mapValues(\.sheetName) == b.names.mapValues(\.sheetName))
        #expect(a.nameValues == b.nameValues)
        #expect(a.checks == b.checks)
        #expect(a.units.symbols == b.units.symbols)
    }
}
