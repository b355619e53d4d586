import Foundation
import Testing
@testable import SuanpanCore

/// `report TEMPLATE to FILE`: the file written (.txt or .md), its folder made, `{name}` in
/// the paths, safe mode, and errors that name the template's own line and column.
@Suite struct ReportStatementTests {
    /// A temporary folder holding `t.txt`, removed afterwards.
    final class Folder {
        let root: String
        init(template: String) throws {
            let made = FileManager.default.temporaryDirectory.appendingPathComponent("suanpan-report-\(UUID().uuidString)").path
            root = CanonicalPath.of(made, base: "/")
            try FileManager.default.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
            try template.write(toFile: root + "/in/t.txt", atomically: true, encoding: .utf8)
        }
        deinit { try? FileManager.default.removeItem(atPath: root) }

        func session() -> Session {
            let session = Session(today: testToday)
            session.workingDirectory = root
            return session
        }

        func read(_ path: String) -> String? {
            try? String(contentsOfFile: root + "/" + path, encoding: .utf8)
        }
    }

    static let template = """
        # 概况
        {{ A2 }}户，{{ A3 : "0.00" }}万元，{{ CHANGETEXT(A3, A4) }}。
        ## 明细
        {{ table Sheet1 }}

        """

    @Test func writesPlainTextAndMarkdownIntoAFolderItMakes() throws {
        let folder = try Folder(template: Self.template)
        let session = folder.session()
        let transcript = run("A1 = \"数\"; A2 = 72; A3 = 3.6; A4 = 3; 季 = 3; report in/t.txt to out/q{季}/r.txt; report in/t.txt to out/r.md", in: session)
        #expect(transcript.errors.isEmpty)
        #expect(transcript.output.isEmpty)
        #expect(folder.read("out/q3/r.txt") == """
            一、概况
            72户，3.60万元，同比增加0.60，增长20.00%。
            （一）明细
             数
            ---
             72
            3.6
              3

            """)
        #expect(folder.read("out/r.md") == """
            # 一、概况
            72户，3.60万元，同比增加0.60，增长20.00%。
            ## （一）明细
            |   数 |
            | ---: |
            |   72 |
            |  3.6 |
            |    3 |

            """)
    }

    @Test func aTemplateErrorNamesTheTemplateAndFailsTheStatement() throws {
        let folder = try Folder(template: "第一行\n预算{{ 预算数 }}\n")
        let session = folder.session()
        var events: [SessionEvent] = []
        session.execute("A1 = 1\nreport in/t.txt to out/r.txt", origin: .script("s.sp")) { events.append($0) }
        let rendered = events.compactMap { event -> String? in
            if case .error(let error) = event { return error.rendered }
            return nil
        }
        #expect(rendered == [
            """
            in/t.txt:2:6: error: unknown name '预算数'
                2 | 预算{{ 预算数 }}
                  |        ^~~~~~
            """,
            """
            s.sp:2:8: error: the report was not written: template 'in/t.txt' has an error at line 2
                2 | report in/t.txt to out/r.txt
                  |        ^~~~~~~~
            """,
        ])
        #expect(folder.read("out/r.txt") == nil)
    }

    @Test func anErrorValueIsWrittenWithANote() throws {
        let folder = try Folder(template: "x\n执行率{{ A2 / A3 : \"0.00%\" }}。\n")
        let transcript = run("A2 = 5; report in/t.txt to r.txt", in: folder.session())
        #expect(transcript.errors.isEmpty)
        #expect(transcript.notes == ["in/t.txt:2:4: {{ A2 / A3 }} is #DIV/0! (division by zero); written as it is"])
        #expect(folder.read("r.txt") == "x\n执行率#DIV/0!。\n")
    }

    @Test func aMissingTemplateOrAWrongStatementIsAnError() throws {
        let folder = try Folder(template: "")
        let session = folder.session()
        #expect(run("report in/none.txt to r.txt", in: session).errors.map(\.message) == ["in/none.txt: no such template"])
        #expect(run("report in/t.txt r.txt", in: session).errors.map(\.message) == ["expected 'to' after the template"])
        #expect(run("report in/t.txt to r.txt now", in: session).errors.map(\.message) == ["unexpected 'now'"])
        // An empty template makes an empty report.
        #expect(run("report in/t.txt to r.txt", in: session).errors.isEmpty)
        #expect(folder.read("r.txt") == "")
    }

    @Test func safeModeReadsTemplatesFromReadableFoldersAndWritesOnlyToTheOutputFolder() throws {
        let folder = try Folder(template: "{{ 1 + 1 }}\n")
        let session = folder.session()
        session.fileAccess = .safe(readable: [folder.root + "/in"], outputDirectory: folder.root + "/out")
        #expect(run("report in/t.txt to out/r.txt", in: session).errors.isEmpty)
        #expect(folder.read("out/r.txt") == "2\n")
        let outside = run("report in/t.txt to r.txt", in: session).errors.first
        #expect(outside?.message.hasPrefix("safe mode: 'r.txt' is outside the output folder") == true)
        #expect(outside?.span.start == 19)
        try "x".write(toFile: folder.root + "/secret.txt", atomically: true, encoding: .utf8)
        #expect(run("report secret.txt to out/r.txt", in: session).errors.first?.message
            == "safe mode: 'secret.txt' is outside the folders this script may read")
    }
}
