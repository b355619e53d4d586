import Foundation
import Testing

/// Issue 4's round, as a saved script run with `suanpan run` and `--set`: explore the sample
/// ledger, add a computed column, summarize by department, check the total, undo a mistake,
/// export and save. The same lines are typed at the prompt in `PromptTests`.
@Suite struct AnalystRoundTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test func theTourScriptRunsOnTheSampleLedger() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("suanpan-tour-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try runSuanpan(["run", "scripts/tour.sp", "--set", "本年=2021", "--set", "输出=\(out)"],
                                    currentDirectory: Self.repository)
        #expect(result.standardError == "note: undid: 台账!H2 = 0\n")
        #expect(result.status == 0)
        #expect(result.standardOutput == """
            年度  季度  月份  部门        科目      项目          预算数(万元)  决算数(万元)  户数(户)  人次(人次)  备注
            ----  ----  ----  ----------  --------  ------------  ------------  ------------  --------  ----------  ----
            2021     3     7  东风路街道  项目支出  住院护理补贴          9.29         10.14                   117
            2021     2     6  东风路街道  项目支出  住院护理补贴          9.29         10.08                   186
            2021     1     2  东风路街道  项目支出  住院护理补贴          9.29          9.92                    57
            (3 of 72 rows)
            部门        预算(万元)  决算(万元)  执行率  结余(万元)
            ----------  ----------  ----------  ------  ----------
            粤汉街道        409.70      331.60  80.94%        78.1
            茶山坳镇        381.60      326.15  85.47%       55.45
            广东路街道      322.10      277.43  86.13%       44.67
            苗圃街道        366.50      322.82  88.08%       43.68
            冶金街道        349.10      315.86  90.48%       33.24
            和平乡          348.70      319.99  91.77%       28.71
            东风路街道      336.00      309.30  92.05%        26.7
            机关本级        664.70      646.42  97.25%       18.28
            (8 rows)

            """)
        let export = try Data(contentsOf: URL(fileURLWithPath: out + "/部门汇总-2021.csv"))
        #expect(export.starts(with: [0xEF, 0xBB, 0xBF] + Array("部门,预算(万元),决算(万元),执行率,结余(万元)\r\n东风路街道,336.00,309.30,".utf8)))

        // The saved workbook keeps the computed column and the live summary: a change to the
        // ledger reaches the summary after opening it again.
        let reopened = try runSuanpan([out + "/台账簿", "-c", """
            SUM(部门汇总.决算); 台账!H2 = 0; SUM(部门汇总.决算); 台账.结余[1]
            """])
        #expect(reopened.standardError == "")
        #expect(reopened.standardOutput.split(separator: "\n").prefix(2) == ["2849.57 万元", "2811.34 万元"])
    }
}
