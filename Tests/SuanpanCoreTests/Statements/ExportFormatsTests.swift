import Foundation
import Testing
@testable import SuanpanCore

/// `export` to .txt, .md and .json: statements run in a session, then the files read back.
@Suite struct ExportFormatsTests {
    /// A folder for one test's files, removed afterwards, and a session working in it with a
    /// small ledger: Chinese text, exact figures, a blank, an error, a text needing escapes.
    final class Folder {
        let path: String
        let session = Session(today: testToday)

        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("suanpan-export-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            try "部门,决算数(万元),户数(户),备注\n机关本级,1249.94,72,完成\n广东路街道,132.01,0,\n\"a|b \"\"c\"\"\\d\",0.10,5,\n"
                .write(toFile: path + "/台账.csv", atomically: true, encoding: .utf8)
            session.workingDirectory = path
            let setup = run("open 台账.csv; 台账.户均 = 决算数 / 户数; 台账.和 = 0.1 + 0.2", in: session)
            #expect(setup.errors.isEmpty)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        func export(_ statement: String) -> Transcript { run(statement, in: session) }

        func contents(_ file: String) throws -> String {
            try String(contentsOfFile: path + "/" + file, encoding: .utf8)
        }
    }

    @Test func textIsTheTableShowPrintsWithEveryRowAndAFinalNewline() throws {
        let folder = try Folder()
        #expect(folder.export("export 台账 to out/台账.txt").errors.isEmpty)
        let shown = run("show 台账", in: folder.session).output.dropLast()
        #expect(try folder.contents("out/台账.txt") == shown.joined(separator: "\n") + "\n")
        #expect(try folder.contents("out/台账.txt") == """
            部门        决算数(万元)  户数(户)  备注       户均(元/户)   和
            ----------  ------------  --------  ----  ----------------  ---
            机关本级         1249.94        72  完成  173602.777777778  0.3
            广东路街道        132.01         0                 #DIV/0!  0.3
            a|b "c"\\d            0.1         5                     200  0.3

            """)
    }

    @Test func markdownEscapesPipesAndRightAlignsNumbers() throws {
        let folder = try Folder()
        run("format 台账.决算数 \"#,##0.00\"", in: folder.session)
        #expect(folder.export("export 台账 to 台账.md").errors.isEmpty)
        #expect(try folder.contents("台账.md") == """
            | 部门        | 决算数(万元) | 户数(户) | 备注 |      户均(元/户) |   和 |
            | ----------- | -----------: | -------: | ---- | ---------------: | ---: |
            | 机关本级    |     1,249.94 |       72 | 完成 | 173602.777777778 |  0.3 |
            | 广东路街道  |       132.01 |        0 |      |          #DIV/0! |  0.3 |
            | a\\|b "c"\\\\d |         0.10 |        5 |      |              200 |  0.3 |

            """)
    }

    @Test func jsonHoldsExactNumbersNullsAndErrorsAndParses() throws {
        let folder = try Folder()
        #expect(folder.export("export 台账 to 台账.json").errors.isEmpty)
        let text = try folder.contents("台账.json")
        #expect(text == """
            [
              {"部门": "机关本级", "决算数(万元)": 1249.94, "户数(户)": 72, "备注": "完成", "户均(元/户)": 173602.777777777778, "和": 0.3},
              {"部门": "广东路街道", "决算数(万元)": 132.01, "户数(户)": 0, "备注": null, "户均(元/户)": "#DIV/0!", "和": 0.3},
              {"部门": "a|b \\"c\\"\\\\d", "决算数(万元)": 0.10, "户数(户)": 5, "备注": null, "户均(元/户)": 200, "和": 0.3}
            ]

            """)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(records.count == 3)
        #expect(records[2]["部门"] as? String == "a|b \"c\"\\d")
        #expect(records[1]["备注"] is NSNull)
        #expect(records[0]["决算数(万元)"] as? NSNumber == 1249.94)
    }

    @Test func jsonNumbersAsTextKeepTheirDigitsAsStrings() throws {
        let folder = try Folder()
        #expect(folder.export("export 台账 to 台账.json numbers as text").errors.isEmpty)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(folder.contents("台账.json").utf8)) as? [[String: Any]])
        #expect(records.map { $0["决算数(万元)"] as? String } == ["1249.94", "132.01", "0.10"])
        #expect(records[1]["和"] as? String == "0.3")
    }

    @Test func jsonEscapesControlCharactersAndKeepsBooleansAndDates() throws {
        let sheet = Sheet(name: "s", columns: [
            Column(name: "文本", values: [.text("行一\n行二\t\u{1}\u{2028}"), .text("")]),
            Column(name: "值", values: [.bool(true), .date(44834)]),
        ])
        let text = String(decoding: try SheetExport.bytes(of: sheet, as: .json), as: UTF8.self)
        #expect(text == """
            [
              {"文本": "行一\\n行二\\t\\u0001\\u2028", "值": true},
              {"文本": "", "值": "2022-09-30"}
            ]

            """)
        #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil)
        #expect(String(decoding: try SheetExport.bytes(of: Sheet(name: "e"), as: .json), as: UTF8.self) == "[]\n")
    }

    @Test func anUnknownExtensionOrAMisplacedOptionIsAnErrorAtItsWords() throws {
        let folder = try Folder()
        let cases: [(String, String, Int)] = [
            ("export 台账 to 台账.xls", "cannot export to '台账.xls': the file must end in .csv, .txt, .md or .json", 14),
            ("export 台账 to 台账", "cannot export to '台账': the file must end in .csv, .txt, .md or .json", 14),
            ("export 台账 to 台账.json bom", "'bom' applies only to .csv exports, not .json", 22),
            ("export 台账 to 台账.md encoding gb18030", "'encoding' applies only to .csv exports, not .md", 20),
            ("export 台账 to 台账.csv numbers as text", "'numbers as text' applies only to .json exports, not .csv", 21),
        ]
        for (statement, message, column) in cases {
            let error = folder.export(statement).errors.first
            #expect(error?.message == message, "\(statement)")
            #expect(error.map { $0.span.start + 1 } == column, "\(statement)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/台账.json"))
    }

    @Test func aFailedExportLeavesTheOldFileWhole() throws {
        let folder = try Folder()
        try "old".write(toFile: folder.path + "/x.md", atomically: true, encoding: .utf8)
        // A folder where the file should be: the rename fails, nothing is half written.
        try FileManager.default.createDirectory(atPath: folder.path + "/d.json", withIntermediateDirectories: true)
        #expect(!folder.export("export 台账 to d.json").errors.isEmpty)
        #expect(folder.export("export 台账 to x.md").errors.isEmpty)
        #expect(try folder.contents("x.md").hasPrefix("| 部门"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".suanpan-") }
        #expect(leftovers == [])
    }

    @Test func theFormatComesFromTheExtensionIgnoringCase() {
        #expect(ExportFormat(path: "out/q3.JSON") == .json)
        #expect(ExportFormat(path: "a.b/c.md") == .md)
        #expect(ExportFormat(path: "a.b/c") == nil)
        #expect(ExportFormat(path: ".txt") == nil)
    }

    /// A published table that truncates must come out as published: the export rounds as
    /// `set rounding` says, and a derived sheet's figures take their source's format.
    @Test func textAndMarkdownFollowTheRoundingAndInheritedFormats() throws {
        let folder = try Folder()
        let setup = folder.export("""
            format 台账.决算数 "#,##0.0"; set rounding truncate
            summarize 台账 by 部门 into 汇总 with 决算 = SUM(决算数)
            export 汇总 to out/汇总.txt; export 汇总 to out/汇总.md
            """)
        #expect(setup.errors.isEmpty)
        #expect(try folder.contents("out/汇总.txt") == """
            部门        决算(万元)
            ----------  ----------
            a|b "c"\\d          0.1
            广东路街道       132.0
            机关本级       1,249.9

            """)
        #expect(try folder.contents("out/汇总.md").contains("| 机关本级    |    1,249.9 |"))
    }
}
