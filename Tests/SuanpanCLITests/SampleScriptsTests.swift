import Foundation
import Testing

/// The analysts' saved scripts in scripts/, run as a newcomer runs them: from the repository's
/// folder, on the sample workbooks, with `--strict` so that every check they carry must hold.
@Suite struct SampleScriptsTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static func outputFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("suanpan-scripts-\(UUID().uuidString)").path
    }

    @Test func quarterlyWritesTheDepartmentTableAndTheReportSection() throws {
        let out = Self.outputFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try runSuanpan(["run", "scripts/quarterly.sp", "--strict", "--set", "quarter=3", "--set", "输出=\(out)"],
                                    currentDirectory: Self.repository)
        #expect(result.standardError == "")
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("部门        全年预算(万元)  累计决算(万元)  执行率"))
        let report = try String(contentsOfFile: out + "/2022年第3季度-执行情况.txt", encoding: .utf8)
        #expect(report.hasPrefix("""
            一、2022年第3季度预算执行情况
            截至第3季度末，全年预算3,439.66万元，累计支出2,521.51万元，执行率73.31%，低于序时进度1.69个百分点（序时进度75.00%）。\
            与上年同期相比，累计支出同比增加409.69万元，增长19.40%。
            """))
        #expect(report.contains("东风路街道          392.25          211.44  53.90%                  -21.10          230.73    -8.36%  滞后"))
        #expect(report.hasSuffix("""
            （二）执行滞后的部门
            共4个部门低于序时进度：东风路街道、粤汉街道、苗圃街道、茶山坳镇。其中执行率最低的是东风路街道，执行率53.90%，低于序时进度21.10个百分点。

            """))
        let csv = try Data(contentsOf: URL(fileURLWithPath: out + "/2022年第3季度-部门执行.csv"))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF] + Array("部门,全年预算(万元),累计决算(万元),执行率".utf8)))
    }

    /// The fourth quarter against 2021: time progress is 100%, and the figures are the year's.
    @Test func quarterlyTakesTheQuarterFromTheCommandLine() throws {
        let out = Self.outputFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try runSuanpan(["run", "scripts/quarterly.sp", "--strict", "--set", "quarter=4", "--set", "输出=\(out)"],
                                    currentDirectory: Self.repository)
        #expect(result.status == 0)
        let report = try String(contentsOfFile: out + "/2022年第4季度-执行情况.txt", encoding: .utf8)
        #expect(report.contains("全年预算3,439.66万元，累计支出3,333.74万元，执行率96.92%"))
        #expect(report.contains("同比增加484.17万元"))
    }

    @Test func exportAllWritesEverySheetAsCSVAndText() throws {
        let out = Self.outputFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try runSuanpan(["run", "scripts/export-all.sp", "--strict", "--set", "输出=\(out)"],
                                    currentDirectory: Self.repository)
        #expect(result.standardError == "")
        #expect(result.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["产出.csv", "产出.txt", "人员.csv", "人员.txt", "支出.csv", "支出.txt", "项目.csv", "项目.txt"].sorted())
        let csv = try Data(contentsOf: URL(fileURLWithPath: out + "/支出.csv"))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF] + Array("项目,预算数(万元),决算数(万元)".utf8)))
        let text = try String(contentsOfFile: out + "/人员.txt", encoding: .utf8)
        #expect(text.hasPrefix("项目      数量  说明\n"))
    }
}
