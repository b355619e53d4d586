import Foundation
import Testing
@testable import SuanpanCore

/// Tab completion candidates from a live session: the sample workbook's sheets 支出 and 人员,
/// its columns and names, and the function table.
struct CompletionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        /// The line; `|` marks the cursor, at the end when absent.
        let line: String
        let replaceFrom: Int
        let candidates: [String]
        var isPath = false
        var testDescription: String { line }
    }

    /// A session with the sample workbook open as `y2022`, 支出 current.
    static func sampleSession() throws -> Session {
        let source = try #require(Bundle.module.url(forResource: "zhuhui-2022", withExtension: nil, subdirectory: "Fixtures/workbooks"))
        let session = Session(today: testToday)
        try session.open(source.path, alias: "y2022")
        return session
    }

    /// The function table's names beginning with `prefix`, as candidates (the table grows).
    static func functions(_ prefix: String) -> [String] {
        Builtins.all.map(\.name).filter { $0.hasPrefix(prefix) }.map { $0 + "(" }
    }

    @Test(arguments: [
        // A column of the current sheet, Chinese: the word starts after the bracket.
        Case(line: "SUM(决", replaceFrom: 4, candidates: ["决算数"]),
        Case(line: "= 决算数 / 预", replaceFrom: 8, candidates: ["预算数"]),
        Case(line: "执行率 = 决算数 /预", replaceFrom: 11, candidates: ["预算数"]),
        // After `SHEET.`, that sheet's columns only.
        Case(line: "人员.在", replaceFrom: 3, candidates: ["在职人数"]),
        Case(line: "SUM(人员.", replaceFrom: 7, candidates: ["项目", "在职人数", "活动", "日期"]),
        Case(line: "没有.在", replaceFrom: 3, candidates: []),
        Case(line: "3.", replaceFrom: 2, candidates: []),
        // Sheets and workbook names.
        Case(line: "COUNT(人", replaceFrom: 6, candidates: ["人员", "人均人员经费"]),
        Case(line: "基本支出占比 * 基", replaceFrom: 9, candidates: ["基本支出占比"]),
        // Functions in any case, with their bracket; fullwidth brackets break words too.
        Case(line: "ROUND（su", replaceFrom: 6, candidates: CompletionTests.functions("SU")),
        Case(line: "=ROUN", replaceFrom: 1, candidates: ["ROUND(", "ROUNDUP(", "ROUNDDOWN("]),
        // At the start of a statement, keywords first; after `;` a new statement starts.
        Case(line: "su", replaceFrom: 0, candidates: ["summarize "] + CompletionTests.functions("SU")),
        Case(line: "A1 = 1; sh", replaceFrom: 8, candidates: ["sheets ", "show ", "sheet ", "SHARE(", "SHARETEXT("]),
        Case(line: "show 支", replaceFrom: 5, candidates: ["支出"]),
        Case(line: "use y", replaceFrom: 4, candidates: ["y2022"]),
        Case(line: "支出!A", replaceFrom: 3, candidates: []),
        Case(line: "SUM(决|算数)", replaceFrom: 4, candidates: ["决算数"]),
        // A statement continued from an earlier line.
        Case(line: "SUM(1,\n决", replaceFrom: 7, candidates: ["决算数"]),
        // File paths: the word runs back to white space, since paths hold `/` and `.`.
        Case(line: "open workbooks/zh", replaceFrom: 5, candidates: [], isPath: true),
        Case(line: "open ", replaceFrom: 5, candidates: [], isPath: true),
        Case(line: "run scripts/q", replaceFrom: 4, candidates: [], isPath: true),
        Case(line: "export 支出 to out/q3.", replaceFrom: 13, candidates: [], isPath: true),
        Case(line: "save to ../备份", replaceFrom: 8, candidates: [], isPath: true),
        Case(line: "report templates/q.txt to o", replaceFrom: 26, candidates: [], isPath: true),
        Case(line: "export 支", replaceFrom: 7, candidates: ["支出"]),
    ])
    func candidates(_ c: Case) throws {
        let session = try Self.sampleSession()
        let line = c.line.replacingOccurrences(of: "|", with: "")
        let cursor = c.line.firstIndex(of: "|").map { c.line.distance(from: c.line.startIndex, to: $0) } ?? line.count
        let completion = session.completions(forLine: line, cursor: cursor)
        #expect(completion == Completion(replaceFrom: c.replaceFrom, candidates: c.candidates, isPath: c.isPath))
    }

    @Test func anEmptySessionOffersItsSheetAndTheKeywords() {
        let completion = Session(today: testToday).completions(forLine: "", cursor: 0)
        #expect(completion.replaceFrom == 0)
        #expect(Array(completion.candidates.prefix(3)) == ["open ", "use ", "sheets "])
        #expect(completion.candidates.contains("Sheet1"))
        #expect(completion.candidates.contains("SUM("))
    }

    @Test func theBreakCharactersForReadlineAreASCII() {
        #expect(Session.completionWordBreakCharacters.allSatisfy { $0.isASCII })
    }
}
