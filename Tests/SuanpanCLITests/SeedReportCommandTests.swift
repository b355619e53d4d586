import Foundation
import Testing

/// `suanpan run scripts/seed-report.sp` from the repository's folder, its output folder given
/// with `--set`: the seed report's figures written from the sample workbook, the failed check
/// on standard error, exit status 0 (a failed check does not fail a run unless --strict).
@Suite struct SeedReportCommandTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test func theSeedReportScriptWritesItsReports() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("suanpan-seed-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try runSuanpan(["run", "scripts/seed-report.sp", "--set", "输出=\(out)/报告"], currentDirectory: Self.repository)
        #expect(result.standardError == """
            note: check failed: 支出 row 3 (基本支出): 报告所列决算数与明细不符 — 报告所列决算数 is 132.01 万元, 决算数 is 78.63 万元
            note: 4 checks kept with the workbook: 1 failed

            """)
        #expect(result.standardOutput == "")
        #expect(result.status == 0)
        let section2 = try String(contentsOfFile: out + "/报告/seed-section-2.txt", encoding: .utf8)
        #expect(section2.contains("二、部门整体支出管理及使用情况\n（一）基本支出\n2022年预算数为72.19万元，决算数132.01万元，"))
        let markdown = try String(contentsOfFile: out + "/报告/seed-section-2.md", encoding: .utf8)
        #expect(markdown.contains("# 二、部门整体支出管理及使用情况\n## （一）基本支出\n"))
        let section3 = try String(contentsOfFile: out + "/报告/seed-section-3.txt", encoding: .utf8)
        #expect(section3.contains("发放避孕套3万多支，宣传单、宣传画2.6万份，为群众查环、查孕、义诊4010多人次"))
    }

    @Test func strictModeFailsTheRunOnTheInconsistentFigure() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("suanpan-seed-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try runSuanpan(["run", "scripts/seed-report.sp", "--strict", "--set", "输出=\(out)"], currentDirectory: Self.repository)
        #expect(result.status == 1)
        #expect(result.standardError.contains("报告所列决算数与明细不符"))
        #expect(!FileManager.default.fileExists(atPath: out + "/seed-section-2.txt"))
    }
}
