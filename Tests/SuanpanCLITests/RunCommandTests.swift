import Foundation
import Testing

/// `suanpan run SCRIPT`, and the command line's usage errors (SPEC §1).
struct RunCommandTests {
    /// A script in a fresh folder.
    static func script(_ text: String, named name: String = "q.sp") throws -> String {
        let path = try temporaryDirectory() + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func runsTheScriptAndExitsZero() throws {
        let script = try Self.script("A1 = 72.19\nA2 = 132.01; A2 / A1\n")
        let result = try runSuanpan(["run", script])
        #expect(result.standardOutput == "1.82864662695664\n")
        #expect(result.standardError == "")
        #expect(result.status == 0)
    }

    @Test func stopsAtTheFirstFailingStatementNamingTheScriptAndLine() throws {
        let script = try Self.script("1+1\nSUM(1,\n2 +)\n5*5\n")
        let result = try runSuanpan(["run", script])
        #expect(result.standardOutput == "2\n")
        #expect(result.standardError == """
            \(script):3:4: error: unexpected ')'
                3 | 2 +)
                  |    ^
            
            """)
        #expect(result.status == 1)
    }

    @Test func opensTheWorkbookFirst() throws {
        let folder = try temporaryDirectory()
        try "项目,决算数\n基本支出,64.63\n项目支出,12.19\n".write(toFile: folder + "/ledger.csv", atomically: true, encoding: .utf8)
        let script = try Self.script("SUM(决算数)")
        let result = try runSuanpan(["run", script, folder + "/ledger.csv"])
        #expect(result.standardOutput == "76.82\n")
        #expect(result.status == 0)
    }

    @Test func refusesAScriptThatIsNotUTF8NamingTheByte() throws {
        let path = try temporaryDirectory() + "/gbk.sp"
        // "1+1\n" then 合计 in GBK (BA CF BC C6).
        try Data([0x31, 0x2B, 0x31, 0x0A, 0xBA, 0xCF, 0xBC, 0xC6]).write(to: URL(fileURLWithPath: path))
        let result = try runSuanpan(["run", path])
        #expect(result.standardOutput == "")
        #expect(result.standardError == "suanpan: error: \(path):2: is not UTF-8 at byte 4 (save it as UTF-8; GBK scripts are not read)\n")
        #expect(result.status == 1)
    }

    @Test func readsAScriptWithAByteOrderMark() throws {
        let path = try temporaryDirectory() + "/bom.sp"
        try Data([0xEF, 0xBB, 0xBF] + Array("2*3\n".utf8)).write(to: URL(fileURLWithPath: path))
        let result = try runSuanpan(["run", path])
        #expect(result.standardOutput == "6\n")
        #expect(result.status == 0)
    }

    @Test func aMissingScriptExitsOne() throws {
        let result = try runSuanpan(["run", "/nonexistent/q.sp"])
        #expect(result.standardError == "suanpan: error: /nonexistent/q.sp: no such script\n")
        #expect(result.status == 1)
    }

    struct UsageCase: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test(arguments: [
        UsageCase(arguments: ["run"], message: "Error: Missing expected argument '<script>'"),
        UsageCase(arguments: ["run", "q.sp", "--set", "quarter"], message: "Error: The value 'quarter' is invalid for '--set <NAME=VALUE>'"),
        UsageCase(arguments: ["run", "q.sp", "--set", "=3"], message: "Error: The value '=3' is invalid for '--set <NAME=VALUE>'"),
        UsageCase(arguments: ["run", "q.sp", "--out", "out"], message: "Error: --out is the folder a --safe script writes to; use it with --safe"),
        UsageCase(arguments: ["-c", "1", "--set", "quarter"], message: "Error: The value 'quarter' is invalid for '--set <NAME=VALUE>'"),
        UsageCase(arguments: ["--frobnicate"], message: "Error: Unknown option '--frobnicate'"),
    ])
    func usageErrorsExitTwo(_ c: UsageCase) throws {
        let result = try runSuanpan(c.arguments)
        #expect(result.standardError.hasPrefix(c.message + "\n"))
        #expect(result.standardOutput == "")
        #expect(result.status == 2)
    }

    @Test func safeCreatesTheOutputFolder() throws {
        let script = try Self.script("1+1")
        let out = try temporaryDirectory() + "/out/q3"
        let result = try runSuanpan(["run", script, "--safe", "--out", out])
        #expect(result.standardOutput == "2\n")
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test func setAndStrictAreAcceptedEverywhere() throws {
        let script = try Self.script("1+1")
        #expect(try runSuanpan(["run", script, "--set", "quarter=3", "--set", "部门=计生协", "--strict"]).status == 0)
        #expect(try runSuanpan(["-c", "1+1", "--set", "quarter=3", "--strict"]).status == 0)
    }

    @Test
    func setGivesAParameterItsValue() throws {
        let script = try Self.script("param quarter = 4\nquarter * 2\n")
        #expect(try runSuanpan(["run", script]).standardOutput == "8\n")
        #expect(try runSuanpan(["run", script, "--set", "quarter=3"]).standardOutput == "6\n")
    }

    @Test func versionAndHelp() throws {
        #expect(try runSuanpan(["--version"]).standardOutput == "0.1.0\n")
        let help = try runSuanpan(["--help"])
        #expect(help.status == 0)
        for mode in ["suanpan run scripts/q.sp", "suanpan -c '132.01 / 72.19'", "suanpan < statements.sp", "suanpan workbooks/zhuhui-2022"] {
            #expect(help.standardOutput.contains(mode))
        }
        #expect(try runSuanpan(["run", "--help"]).standardOutput.contains("USAGE: suanpan run <script> [<workbook>]"))
    }
}
