import Foundation
import Testing
@testable import SuanpanCore

/// scripts/seed-report.sp on workbooks/zhuhui-2022: the seed report's 部门概况 figures, its
/// section 二 and the output figures of section 三, every figure computed by the templates in
/// templates/. The reports are compared with snapshots (re-recorded with SUANPAN_RECORD=1)
/// and with the seed's own text, kept in Fixtures/reports.
@Suite struct SeedReportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/reports").path

    /// The seed's figures as written: a number, perhaps 万, perhaps 余 or 多 (近 before it), and a unit.
    static func figures(in text: String) throws -> [String] {
        let figure = try Regex("近?[0-9]+(?:\\.[0-9]+)?万?[余多]?(?:万元|元|户|人次|人|名|份|次|支|个|种)")
        return text.matches(of: figure).map { String(text[$0.range]) }
    }

    /// Runs the script with its output folder set to a temporary one; returns the notes and
    /// errors it printed, and the folder.
    static func runScript() throws -> (events: [String], folder: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suanpan-seed-\(UUID().uuidString)").path
        let session = Session(today: testToday)
        session.workingDirectory = repositoryFolder
        session.parameterOverrides = ["输出": folder]
        let source = try String(contentsOfFile: repositoryPath("scripts/seed-report.sp"), encoding: .utf8)
        var events: [String] = []
        session.execute(source, origin: .script("scripts/seed-report.sp")) { event in
            switch event {
            case .output(let line): events.append("out: " + line)
            case .note(let note): events.append("note: " + note)
            case .error(let error): events.append("error: " + error.rendered)
            }
        }
        return (events, folder)
    }

    static func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func theScriptWritesTheReportsAndNotesTheInconsistentFigure() throws {
        let (events, folder) = try Self.runScript()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(events == [
            "note: check failed: 支出 row 3 (基本支出): 报告所列决算数与明细不符 — 报告所列决算数 is 132.01 万元, 决算数 is 78.63 万元",
            "note: 4 checks kept with the workbook: 1 failed",
        ])
        for name in ["seed-section-2.txt", "seed-section-2.md", "seed-section-3.txt"] {
            let written = try Self.text(folder + "/" + name)
            let snapshot = Self.fixtures + "/snapshots/" + name
            if ProcessInfo.processInfo.environment["SUANPAN_RECORD"] == "1" {
                try written.write(toFile: snapshot, atomically: true, encoding: .utf8)
            }
            #expect(written == (try Self.text(snapshot)), "\(name) differs from its snapshot: SUANPAN_RECORD=1 to re-record")
        }
    }

    @Test func sectionTwoReadsAsTheSeedWithEveryFigureComputed() throws {
        let (_, folder) = try Self.runScript()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = try Self.text(folder + "/seed-section-2.txt")
        let seed = try Self.text(Self.fixtures + "/seed-section-2.txt")
        #expect(try Self.figures(in: seed)
            == ["72.19万元", "132.01万元", "0万元", "0万元", "53.38万元"])
        // Every line of the seed's section 二 stands in the report as the seed wrote it (its
        // unnumbered 项目支出 gets its （二）).
        for line in seed.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
            #expect(report.contains(line.trimmingSpaces), "missing: \(line)")
        }
        #expect(report.contains("整体支出132.01万元，其中基本支出78.63万元，含人员经费支出64.63万元，商品和服务支出14万元；项目支出53.38万元"))
        #expect(report.contains("区计生协会编制人数7人，实际在职人员5人"))
        // What the analyst adds: the execution rate from the detail, and the inconsistency.
        #expect(report.contains("执行率108.92%，较预算增加6.44万元，增长8.92%；报告所列决算数132.01万元与整体支出相同"))
    }

    @Test func sectionThreeHasEveryOutputFigureOfTheSeed() throws {
        let (_, folder) = try Self.runScript()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = try Self.text(folder + "/seed-section-3.txt")
        let seed = try Self.text(Self.fixtures + "/seed-section-3.txt")
        let figures = try Self.figures(in: seed)
        #expect(figures == ["72户", "3.6万元", "1.8万元", "800余份", "1.4万元", "60余次", "36759人次", "3万多支", "2.6万份",
                            "4010多人次", "3.8万元", "12.78万元", "1个", "851名", "93种", "55人次", "9.95万元", "近60名", "600多名"])
        // In the seed's order, each after the one before.
        var rest = Substring(report)
        for figure in figures {
            let found = rest.range(of: figure)
            #expect(found != nil, "missing or out of order: \(figure)")
            if let found { rest = rest[found.upperBound...] }
        }
        #expect(report.contains("户均慰问金500元/户") && report.contains("人次均1809.09元/人次"))
    }
}
