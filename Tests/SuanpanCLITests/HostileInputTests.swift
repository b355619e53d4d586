import Foundation
import Testing

/// SPEC §10, end to end: hostile input never crashes the binary and never hangs it. Each case
/// runs the real `suanpan` under a deadline and checks the exit status (1 for a refused
/// statement or file, 0 where a value is the right answer — never 128 or more, a signal),
/// and the first line of standard error, which must name the place: the statement's
/// line and column, or the file (and line, or part) at fault.
///
/// Big inputs are generated into a fresh folder per test; each is large enough to be hostile
/// and small enough to stay within a few seconds in a debug build.
@Suite struct HostileInputTests {
    // MARK: Formulas

    @Test func aFormulaNestedTenThousandDeepIsRefusedAtTheLevelPastTheLimit() throws {
        let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        let result = try run(["-c", deep])
        try expectRefused(result, "<command>:1:1001: error: formula is nested too deeply (more than 1000 levels)")
        // In a script the place is the script's line and column.
        let folder = try scratchFolder()
        try write(deep + "\n", to: folder + "/deep.sp")
        let script = try run(["run", "deep.sp"], in: folder)
        try expectRefused(script, "deep.sp:1:1001: error: formula is nested too deeply (more than 1000 levels)")
        // In a CSV file opened on its own, the cell keeps its text and a note names it.
        try write("a,b\n1,=" + deep + "\n", to: folder + "/deep.csv")
        let csv = try run(["deep.csv", "-c", "LEN(B2)"], in: folder)
        #expect(csv.status == 0 && csv.standardOutput == "20002\n", "\(csv)")
        #expect(csv.standardError.hasSuffix("': formula is nested too deeply (more than 1000 levels); kept as text\n"))
        #expect(csv.standardError.contains("\nnote: deep.csv: cell B2: formula '=((("))
    }

    @Test func aHundredThousandTermSumIsRefusedButAHundredThousandArgumentsAreSummed() throws {
        let folder = try scratchFolder()
        // `1+1+…` is a chain 100,000 levels deep; written in a script (an argument that long
        // is past the kernel's limit of 128 KiB).
        try write(Array(repeating: "1", count: 100_000).joined(separator: "+") + "\n", to: folder + "/terms.sp")
        let chain = try run(["run", "terms.sp"], in: folder)
        try expectRefused(chain, "terms.sp:1:2000: error: formula is nested too deeply (more than 1000 levels)")
        // SUM's arguments are a list, not a nesting: summed.
        try write("SUM(" + Array(repeating: "1", count: 100_000).joined(separator: ",") + ")\n", to: folder + "/sum.sp")
        let sum = try run(["run", "sum.sp"], in: folder)
        #expect(sum.status == 0, "\(sum.standardError)")
        #expect(sum.standardOutput == "100000\n")
    }

    @Test func numbersPastTheRangeAreRefusedAndResultsPastItAreNUM() throws {
        try expectRefused(try run(["-c", "1e400*1e400"]), "<command>:1:1: error: the number '1e400' is out of range")
        // Within range as written, past it once multiplied: Excel's #NUM!, a value.
        let product = try run(["-c", "1e300*1e300"])
        #expect(product.status == 0 && product.standardOutput == "#NUM!\n", "\(product)")
    }

    @Test func fortyDigitDecimalsAreKeptTo38SignificantDigits() throws {
        // The significand holds 38 digits (39 when they fit): the figure is rounded half-even
        // there, as Excel rounds to 15, and shown with 15.
        let result = try run(["-c", """
            1234567890123456789012345678901234567890 + 1
            0.1234567890123456789012345678901234567891 * 1
            1234567890123456789012345678901234567890 - 1234567890123456789012345678901234000000
            """])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "1.23456789012346E+39\n0.123456789012346\n567890\n")
    }

    @Test func referencesToMissingSheetsWorkbooksAndNamesNameThemAtTheirColumn() throws {
        // A sheet missing from a cell reference: the statement is pointed at as a whole.
        try expectRefused(try run(["-c", "1 + Nosuch!A1"]), "<command>:1:1: error: no sheet named 'Nosuch'")
        try expectRefused(try run(["-c", "y2021.支出.决算数[\"基本支出\"]"]), "<command>:1:1: error: no workbook opened as 'y2021'")
        try expectRefused(try run(["-c", "2 * 人均经费"]), "<command>:1:5: error: unknown name '人均经费'")
        try expectRefused(try run(["-c", "use y2021"]), "<command>:1:5: error: no workbook is open as 'y2021'")
        try expectRefused(try run(["-c", "open /nonexistent/预算"]), "<command>:1:6: error: /nonexistent/预算: no such file or folder")
    }

    @Test func theLastCellOfTheGridAndBeyond() throws {
        // The whole grid as a range: read as far as the data reaches, at once.
        let whole = try run(["-c", "SUM(A1:XFD1048576); A2 = 2; C9 = 3; SUM(A1:XFD1048576); COUNTA(A1:XFD1048576)"])
        #expect(whole.status == 0, "\(whole.standardError)")
        // COUNTA counts the headings too: row 1 holds them (A, B, C here).
        #expect(whole.standardOutput == "0\n5\n5\n")
        // The last row is a row like any other; one column of it is a million cells.
        let lastRow = try run(["-c", "A1048576 = 5; A1048576 + SUM(A:A)"])
        #expect(lastRow.status == 0 && lastRow.standardOutput == "10\n", "\(lastRow)")
        // The last cell itself would make the sheet 16,384 full columns: refused, not filled.
        try expectRefused(try run(["-c", "XFD1048576 = 5"]), "<command>:1:1: error: XFD1048576 would grow sheet 'Sheet1' "
                          + "to 16384 columns × 1048575 data rows, more than the limit of 32000000 cells")
        // Whole columns past the data, combined cell by cell with whole rows: read as far as
        // the data reaches, both ways (fuzz-formula found it taking minutes).
        // The sum is 1,209 rows × the 2 columns of data (the rest of the rows is #N/A).
        let across = try run(["-c", "A2 = 1; B3 = 2; COUNTA(T:XFD); COUNTA(T:XFD + 1210:2 * 2)"])
        #expect(across.status == 0 && across.standardOutput == "0\n2418\n", "\(across)")
        // The last column, on a small sheet, is fine.
        let lastColumn = try run(["-c", "XFD2 = 5; XFD2"])
        #expect(lastColumn.status == 0 && lastColumn.standardOutput == "5\n", "\(lastColumn)")
        // Beyond: not a cell, and the message says so.
        let row = try run(["-c", "A1048577"])
        try expectRefused(row, "<command>:1:1: error: unknown name 'A1048577'")
        #expect(row.standardError.contains("as a cell it lies past the grid's last cell, XFD1048576"))
        let column = try run(["-c", "SUM(A1:XFE1)"])
        try expectRefused(column, "<command>:1:8: error: expected a cell after ':'")
        #expect(column.standardError.contains("as a cell it lies past the grid's last cell, XFD1048576"))
    }

    // MARK: Scripts

    @Test func aScriptWithInvalidUTF8IsRefusedNamingItsLine() throws {
        let folder = try scratchFolder()
        try Data("A1 = 1\nA2 = \"\u{9884}\u{7B97}".utf8 + [0xFF, 0xFE] + Data("\"\nA1\n".utf8))
            .write(to: URL(fileURLWithPath: folder + "/bad.sp"))
        let result = try run(["run", "bad.sp"], in: folder)
        try expectRefused(result, "suanpan: error: bad.sp:2: is not UTF-8 at byte 19 (save it as UTF-8; GBK scripts are not read)")
        #expect(result.standardOutput == "", "nothing of the script runs")
    }

    @Test func invalidUTF8PipedInIsAnErrorOnItsLineAndTheRestRuns() throws {
        let input = Data("1+1\n\"".utf8) + Data([0xC3, 0x28]) + Data("\"\n2+2\n".utf8)
        let result = try run([], input: input)
        try expectRefused(result, "suanpan: error: <stdin>:2: is not UTF-8 at byte 5 (send UTF-8 text; the statement is skipped)")
        #expect(result.standardOutput == "2\n4\n")
    }

    @Test func aScriptThatRunsItselfIsRefusedAtOnce() throws {
        let folder = try scratchFolder()
        try write("A1 = 1\nrun self.sp\n", to: folder + "/self.sp")
        // `suanpan run` counts the script it started: the first `run` inside is the cycle.
        let result = try run(["run", "self.sp"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError == "self.sp:2:5: error: script 'self.sp' is already running (self.sp → self.sp): a script cannot run itself\n"
                + "    2 | run self.sp\n      |     ^~~~~~~\n")
        let command = try run(["-c", "run self.sp"], in: folder)
        try expectRefused(command, "self.sp:2:5: error: script 'self.sp' is already running (self.sp → self.sp): a script cannot run itself")
        #expect(command.standardError.hasSuffix("<command>:1:5: error: script 'self.sp' stopped at line 2\n    1 | run self.sp\n      |     ^~~~~~~\n"))
    }

    @Test func anEmptyScriptRunsNothing() throws {
        let folder = try scratchFolder()
        try write("", to: folder + "/empty.sp")
        let result = try run(["run", "empty.sp"], in: folder)
        #expect(result.status == 0 && result.standardOutput == "" && result.standardError == "", "\(result)")
    }

    // MARK: CSV files

    @Test func aTwoMegabyteFieldIsReadWhole() throws {
        let folder = try scratchFolder()
        try write("项目,备注\n1,\"" + String(repeating: "长", count: 2_000_000) + "\"\n2,短\n", to: folder + "/big.csv")
        let result = try run(["big.csv", "-c", "LEN(B2); A3; B3"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "2000000\n2\n短\n")
    }

    @Test func randomBytesAreNotText() throws {
        let folder = try scratchFolder()
        // The same bytes every run: a linear congruential generator from a fixed seed.
        var state: UInt64 = 0x5EED
        let bytes = (0..<300_000).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/random.csv"))
        try expectRefused(try run(["random.csv", "-c", "1"], in: folder),
                          "suanpan: error: random.csv: is neither UTF-8, UTF-16 nor GB18030 text")
    }

    @Test func aFileOfNULsIsNotText() throws {
        let folder = try scratchFolder()
        try Data(count: 100_000).write(to: URL(fileURLWithPath: folder + "/zeros.csv"))
        try expectRefused(try run(["zeros.csv", "-c", "1"], in: folder),
                          "suanpan: error: zeros.csv:1: holds a NUL byte: a binary file, not CSV text")
        // A NUL further down names its line.
        try write("a,b\n1,2\n3,\0\n", to: folder + "/late.csv")
        try expectRefused(try run(["late.csv", "-c", "1"], in: folder),
                          "suanpan: error: late.csv:3: holds a NUL byte: a binary file, not CSV text")
    }

    @Test func anEmptyFileIsASheetWithoutColumns() throws {
        let folder = try scratchFolder()
        try write("", to: folder + "/empty.csv")
        let result = try run(["empty.csv", "-c", "sheets"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError == "note: empty.csv: 0 rows, 0 columns, read as UTF-8\nnote: empty.csv is empty: the sheet has no columns\n")
    }

    @Test func aTwentyThousandColumnHeaderIsRead() throws {
        let folder = try scratchFolder()
        let columns = 0..<20_000
        try write(columns.map { "列\($0)" }.joined(separator: ",") + "\n" + columns.map(String.init).joined(separator: ",") + "\n",
                  to: folder + "/wide.csv")
        // Past XFD (16,384) a column has no letters, but its heading still names it.
        let result = try run(["wide.csv", "-c", "列19999 + XFD2; SUM(A2:XFD2)"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "36382\n134209536\n")
    }

    // MARK: Workbook folders

    @Test(arguments: [
        ("../../etc/passwd", "the file of sheet 'a', '../../etc/passwd', must be a relative path inside the workbook directory"),
        ("/etc/passwd", "the file of sheet 'a', '/etc/passwd', must be a relative path inside the workbook directory"),
        ("sheets/missing.csv", "the file of sheet 'a', sheets/missing.csv, does not exist"),
    ])
    func aManifestNamingAFileOutsideOrMissingIsRefused(_ file: String, _ message: String) throws {
        let folder = try workbook(naming: file)
        try expectRefused(try run(["wb", "-c", "1"], in: folder), "suanpan: error: wb/workbook.toml:3: " + message)
    }

    @Test func aSheetFileLinkingOutsideTheWorkbookIsRefused() throws {
        let folder = try workbook(naming: "sheets/link.csv")
        // A CSV that would read cleanly: the refusal is for where it lies, not what it holds.
        try write("x,y\n9,9\n", to: folder + "/outside.csv")
        try FileManager.default.createSymbolicLink(atPath: folder + "/wb/sheets/link.csv", withDestinationPath: folder + "/outside.csv")
        let outside = CanonicalPathForTests.real(folder + "/outside.csv")
        try expectRefused(try run(["wb", "-c", "1"], in: folder),
                          "suanpan: error: wb/workbook.toml:3: the file of sheet 'a', sheets/link.csv, is a link to \(outside), outside the workbook directory")
        // Through a linked folder too.
        let throughFolder = try workbook(naming: "linked/outside.csv")
        try FileManager.default.createSymbolicLink(atPath: throughFolder + "/wb/linked", withDestinationPath: throughFolder)
        try write("x,y\n9,9\n", to: throughFolder + "/outside.csv")
        let result = try run(["wb", "-c", "1"], in: throughFolder)
        #expect(result.status == 1 && result.standardError.contains("is a link to"), "\(result)")
        // A link that stays inside is followed.
        let inside = try workbook(naming: "sheets/same.csv")
        try FileManager.default.createSymbolicLink(atPath: inside + "/wb/sheets/same.csv", withDestinationPath: "a.csv")
        let followed = try run(["wb", "-c", "a!A2"], in: inside)
        #expect(followed.status == 0 && followed.standardOutput == "1\n", "\(followed)")
    }

    // MARK: XLSX files

    @Test(arguments: [
        ("bad-missing-sheet.xlsx", "the part xl/sheets/income.xml of sheet '收入' is missing"),
        ("bad-no-workbook.xlsx", "the workbook part xl/workbook.xml is missing: not a spreadsheet, or a damaged one"),
        ("bad-bomb-ratio.xlsx", "xl/sheets/income.xml expands 1028 times (to 67108864 bytes): refused as a zip bomb"),
        ("bad-bomb-lying.xlsx", "xl/sheets/income.xml expands past the 1000 bytes its header declares: refused as a zip bomb"),
        ("bad-declares-3gib.xlsx", "the archive declares 3221227572 bytes uncompressed, more than the limit of 1073741824: refused as a zip bomb"),
        ("bad-truncated.xlsx", "the zip archive is truncated or damaged (its central directory cannot be read)"),
    ])
    func anXLSXWithMissingPartsOrThatExpandsTooFarIsRefused(_ file: String, _ message: String) throws {
        let path = Self.xlsxFixtures.appendingPathComponent(file).path
        try expectRefused(try run([path, "-c", "1"]), "suanpan: error: \(path): \(message)")
    }

    static let xlsxFixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SuanpanCoreTests/Fixtures/xlsx")

    // MARK: Support

    /// The exit status is `status` (a refusal, not a signal) and standard error's first line
    /// is `firstLine`.
    func expectRefused(_ result: BoundedRun, _ firstLine: String, status: Int32 = 1,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(!result.timedOut, "the run did not finish", sourceLocation: sourceLocation)
        #expect(result.status == status, "status \(result.status): \(result.standardError)", sourceLocation: sourceLocation)
        let first = result.standardError.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
        #expect(first == firstLine, sourceLocation: sourceLocation)
    }

    /// A folder holding `wb/`, a workbook whose one sheet `a` the manifest says is in `file`;
    /// `wb/sheets/a.csv` holds `x,y / 1,2`.
    func workbook(naming file: String) throws -> String {
        let folder = try scratchFolder()
        try FileManager.default.createDirectory(atPath: folder + "/wb/sheets", withIntermediateDirectories: true)
        try write("[[sheets]]\nname = \"a\"\nfile = \"\(file)\"\n", to: folder + "/wb/workbook.toml")
        try write("x,y\n1,2\n", to: folder + "/wb/sheets/a.csv")
        return folder
    }
}

/// What a run under a deadline did.
struct BoundedRun: CustomStringConvertible {
    var status: Int32
    var standardOutput: String
    var standardError: String
    /// True when the deadline passed and the process was killed.
    var timedOut: Bool

    var description: String { "status \(status)\(timedOut ? " (timed out)" : ""): \(standardOutput)\(standardError)" }
}

/// Runs `suanpan` as `runSuanpan` does, with bytes for standard input, and kills it with
/// SIGKILL if it has not finished after `deadline` seconds: a hang fails the test instead of
/// stopping the suite.
func run(_ arguments: [String], input: Data? = nil, in folder: String? = nil,
         deadline: TimeInterval = 60) throws -> BoundedRun {
    let process = Process()
    process.executableURL = suanpanExecutable
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    let output = Pipe(), error = Pipe(), standardInput = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = standardInput
    try process.run()
    let watchdog = DispatchWorkItem { kill(process.processIdentifier, SIGKILL) }
    DispatchQueue.global().asyncAfter(deadline: .now() + deadline, execute: watchdog)
    if let input { standardInput.fileHandleForWriting.write(input) }
    try standardInput.fileHandleForWriting.close()
    // Both pipes are read at once, so that a large output on one cannot block the child.
    nonisolated(unsafe) var errorData = Data()
    let errorRead = DispatchGroup()
    DispatchQueue.global().async(group: errorRead) { errorData = error.fileHandleForReading.readDataToEndOfFile() }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    errorRead.wait()
    process.waitUntilExit()
    watchdog.cancel()
    let killed = process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    return BoundedRun(status: process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus,
                      standardOutput: String(decoding: outputData, as: UTF8.self),
                      standardError: String(decoding: errorData, as: UTF8.self), timedOut: killed)
}

/// A new empty folder under the temporary directory.
func scratchFolder() throws -> String {
    let folder = NSTemporaryDirectory() + "suanpan-hostile-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}

/// Writes `text` as UTF-8.
func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

/// `realpath`, for the paths messages show once links are resolved (`/tmp` may be a link).
enum CanonicalPathForTests {
    static func real(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
