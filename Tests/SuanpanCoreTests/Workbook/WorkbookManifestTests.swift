import Testing
import TOMLKit
@testable import SuanpanCore

/// Reading and writing `workbook.toml`.
struct WorkbookManifestTests {
    /// The SPEC's illustration, with its non-ASCII keys quoted as TOML 1.0 requires.
    static let specManifest = """
        title = "珠晖区计划生育协会 2022 年部门整体支出"
        year  = 2022

        [[sheets]]
        name    = "支出"
        file    = "sheets/支出.csv"
        key     = "项目"
        units   = { "预算数" = "万元", "决算数" = "万元" }
        formats = { "执行率" = "0.00%" }
        columns = { "执行率" = "决算数 / 预算数" }

        [names]
        "人均人员经费" = '支出.决算数["人员经费"] / 人员.在职人数["合计"]'

        [[checks]]
        expr    = '支出.决算数["整体支出"] = 支出.决算数["基本支出"] + 支出.决算数["项目支出"]'
        message = "整体支出应等于基本支出与项目支出之和"
        """

    @Test func readsTheSpecForm() throws {
        let manifest = try WorkbookManifest(parsing: Self.specManifest, path: "w/workbook.toml")
        #expect(manifest.title == "珠晖区计划生育协会 2022 年部门整体支出")
        #expect(manifest.year == 2022)
        #expect(manifest.sheets == [WorkbookManifest.SheetEntry(
            name: "支出", file: "sheets/支出.csv", key: "项目", units: ["预算数": "万元", "决算数": "万元"],
            formats: ["执行率": "0.00%"], columns: [.init(name: "执行率", formula: "决算数 / 预算数")])])
        #expect(manifest.names == [.init(name: "人均人员经费", formula: "支出.决算数[\"人员经费\"] / 人员.在职人数[\"合计\"]")])
        #expect(manifest.checks.map(\.message) == ["整体支出应等于基本支出与项目支出之和"])
    }

    @Test func writesOurFormExactlyAndReadsItBack() throws {
        let manifest = WorkbookManifest(
            title: "题 \"引\"", year: 2022, units: ["种"],
            sheets: [.init(name: "支出", file: "sheets/支出.2.csv", key: "项目", units: ["决算数": "万元", "单价": "元/种"],
                           formats: ["执行率": "0.00%"],
                           columns: [.init(name: "执行率", formula: "决算数/预算数"), .init(name: "差额", formula: "决算数-预算数")])],
            names: [.init(name: "b", formula: "1"), .init(name: "a", formula: "SUM(决算数)*b", sheet: "支出"),
                    .init(name: "it's", formula: "\"it's\"")],
            checks: [WorkbookCheck(source: "SUM(决算数)>0", message: "非零")])
        let expected = """
            title = "题 \\"引\\""
            year = 2022
            units = ["种"]

            [[sheets]]
            name = "支出"
            file = "sheets/支出.2.csv"
            key = "项目"
            units = { "决算数" = "万元", "单价" = "元/种" }
            formats = { "执行率" = "0.00%" }
            columns = [
              { name = "执行率", formula = '决算数/预算数' },
              { name = "差额", formula = '决算数-预算数' },
            ]

            [[names]]
            name = "b"
            formula = '1'

            [[names]]
            name = "a"
            formula = 'SUM(决算数)*b'
            sheet = "支出"

            [[names]]
            name = "it's"
            formula = "\\"it's\\""

            [[checks]]
            expr = 'SUM(决算数)>0'
            message = "非零"

            """
        #expect(manifest.tomlText == expected)
        #expect(try WorkbookManifest(parsing: manifest.tomlText, path: "workbook.toml") == manifest)
    }

    @Test func stringsWithControlCharactersRoundTrip() throws {
        let manifest = WorkbookManifest(title: "a\tb\nc\u{1}\\d")
        #expect(try WorkbookManifest(parsing: manifest.tomlText, path: "workbook.toml").title == manifest.title)
    }

    /// A broken manifest and the error it gets.
    struct BadCase: CustomTestStringConvertible, Sendable {
        let label, toml: String
        let line: Int?
        let message: String
        var testDescription: String { label }
    }

    @Test(arguments: [
        BadCase(label: "bad TOML", toml: "title = \"x\"\nyear = \n", line: 2, message: "not valid TOML"),
        BadCase(label: "unquoted CJK key", toml: "title = \"x\"\n[names]\n人均 = '1'\n", line: 3,
                message: "keys that are not ASCII need quotes in TOML 1.0"),
        BadCase(label: "no file", toml: "title = \"x\"\n[[sheets]]\nname = \"支出\"\n", line: 3, message: "sheet '支出' has no file"),
        BadCase(label: "absolute", toml: "[[sheets]]\nname = \"a\"\nfile = \"/etc/passwd\"\n", line: 3,
                message: "the file of sheet 'a', '/etc/passwd', must be a relative path inside the workbook directory"),
        BadCase(label: "leaves the folder", toml: "[[sheets]]\nname = \"a\"\nfile = \"sheets/../../x.csv\"\n", line: 3,
                message: "must be a relative path inside the workbook directory"),
        BadCase(label: "unknown unit", toml: "[[sheets]]\nname = \"a\"\nfile = \"a.csv\"\nunits = { \"场次\" = \"场\" }\n", line: 4,
                message: "unknown unit '场' for column 场次 of sheet 'a'"),
        BadCase(label: "formula", toml: "[[sheets]]\nname = \"a\"\nfile = \"a.csv\"\ncolumns = [{ name = \"r\", formula = \"决算数 / \" }]\n", line: 4,
                message: "the formula of column r of sheet 'a', '决算数 / ', does not parse: "),
        BadCase(label: "name formula", toml: "[names]\nx = 'SUM(1,'\n", line: 2, message: "the formula of name x, 'SUM(1,', does not parse"),
        BadCase(label: "unknown key", toml: "[[sheets]]\nname = \"a\"\nfile = \"a.csv\"\nformat = {}\n", line: 4, message: "unknown key 'format' in a sheet"),
        BadCase(label: "two sheets one name", toml: "[[sheets]]\nname = \"a\"\nfile = \"a.csv\"\n[[sheets]]\nname = \"a\"\nfile = \"b.csv\"\n", line: 2,
                message: "the sheet 'a' is defined twice"),
    ])
    func refusesBrokenManifests(_ c: BadCase) {
        do {
            _ = try WorkbookManifest(parsing: c.toml, path: "w/workbook.toml")
            Issue.record("accepted")
        } catch {
            #expect(error.path == "w/workbook.toml")
            #expect(error.line == c.line)
            #expect(error.message.contains(c.message), "\(error.message)")
        }
    }

    @Test func declaredUnitsAreKnownToColumnsAndFormulas() throws {
        let toml = "units = [\"场\"]\n[[sheets]]\nname = \"a\"\nfile = \"a.csv\"\nunits = { \"场次\" = \"场\" }\n[names]\nx = '3场'\n"
        let manifest = try WorkbookManifest(parsing: toml, path: "workbook.toml")
        #expect(manifest.units == ["场"])
        #expect(manifest.unitCatalog.unit(named: "场") == Unit.count("场"))
    }

    @Test func formulaErrorGivesItsPosition() {
        do {
            _ = try WorkbookManifest(parsing: "[names]\nx = '1 + * 2'\n", path: "workbook.toml")
        } catch {
            #expect(error.message.hasSuffix("at character 5"), "\(error.message)")
        }
    }
}
