import Foundation
import Testing
@testable import SuanpanCore

/// A summarize sheet follows changes to its source group by group (`DerivedGroups`): after
/// each change it must hold exactly what summarizing the changed source afresh gives, and
/// it must take the group-by-group path only when no row can have moved between groups.
struct LiveSummaryTests {
    static let definition = "by 部门 into 汇总 with 决算 = SUM(决算数), 户 = SUM(户数), 笔数 = COUNT(决算数), 均 = PER(决算, 户)"

    /// The live summary, and a fresh one of the same source, as lines of values.
    static func bothSummaries(after change: String, condition: String = "") throws -> (live: [String], fresh: [String]) {
        let session = try SummarizeTests.ledgerSession(rows: 2_000)
        let setUp = run("summarize 台账 \(condition) \(definition)", in: session)
        #expect(setUp.errors.isEmpty)
        let changed = run(change, in: session)
        #expect(changed.errors.isEmpty, "\(changed.errors)")
        let fresh = run("summarize 台账 \(condition) \(definition.replacingOccurrences(of: "into 汇总", with: "into 新算"))",
                        in: session)
        #expect(fresh.errors.isEmpty)
        let workbook = session.current
        func lines(_ name: String) throws -> [String] {
            let sheet = try #require(workbook.sheet(named: name))
            return (1...sheet.rowCount).map { row in
                (0..<sheet.columns.count).map { sheet.value(at: CellAddress(row: row, column: $0)).generalDescription }
                    .joined(separator: " ")
            }
        }
        return (try lines("汇总"), try lines("新算"))
    }

    @Test(arguments: [
        // A figure of a group, several in one group and in two groups, a blank, text.
        "台账!C2 = 5",
        "台账!C2 = 5; 台账!C9 = 7; 台账!C3 = 1",
        "台账!C2 = \"\"",
        "台账!D2 = \"不详\"",
        "台账!C5 = 3户",
        // A key: the row moves to another group, or to a new one.
        "台账!A2 = \"宣传部\"",
        "台账!A2 = \"新部门\"",
        // A column no item reads, a new row, a new column, a computed column read by no item.
        "台账!B2 = 9",
        "台账!A2001 = \"办公室\"; 台账!C2001 = 1",
        "台账!E1 = \"备注\"; 台账!E2 = \"x\"",
        "台账.两倍 = 决算数 * 2",
        // Undo after a change, and after two.
        "台账!C2 = 5; undo",
        "台账!C2 = 5; 台账!C3 = 6; undo",
    ])
    func liveSummaryEqualsAFreshOne(change: String) throws {
        let (live, fresh) = try Self.bothSummaries(after: change)
        #expect(live == fresh)
    }

    @Test(arguments: [
        // The where column changes: a row comes in or goes out.
        "台账!D2 = 0",
        "台账!D3 = 4",
        "台账!C4 = 8",
    ])
    func liveSummaryWithWhereEqualsAFreshOne(change: String) throws {
        let (live, fresh) = try Self.bothSummaries(after: change, condition: "where 户数 > 0")
        #expect(live == fresh)
    }

    struct PathCase: CustomTestStringConvertible, Sendable {
        let change: [(row: Int, column: Int)]
        let groups: Set<Int>?
        var testDescription: String { "\(change) → \(groups.map { "\($0.sorted())" } ?? "in full")" }
    }

    /// Which changes update only groups (and which), and which need the summary in full.
    /// Rows of `ledgerSession` cycle over 7 departments, sorted by code point into groups
    /// 人事科 0, 信息中心 1, 办公室 2, 后勤科 3, 宣传部 4, 计生服务中心 5, 财务科 6.
    @Test(arguments: [
        PathCase(change: [(1, 2)], groups: [2]),            // C2: data row 0, 办公室
        PathCase(change: [(2, 2), (9, 2)], groups: [4]),    // rows 1 and 8: both 宣传部
        PathCase(change: [(1, 2), (2, 3)], groups: [2, 4]), // 决算数 and 户数 of two groups
        PathCase(change: [(1, 1)], groups: []),             // 季度: no item reads it
        PathCase(change: [(1, 0)], groups: nil),            // 部门: a key
        PathCase(change: [(0, 2)], groups: nil),            // a heading
        PathCase(change: [(2001, 2)], groups: nil),         // past the last row
    ])
    func changesThatUpdateOnlyTheirGroups(_ c: PathCase) throws {
        let session = try SummarizeTests.ledgerSession(rows: 2_000)
        #expect(run("summarize 台账 \(Self.definition)", in: session).errors.isEmpty)
        let workbook = session.current
        let source = try #require(workbook.sheet(named: "台账"))
        let state = try #require(workbook.sheet(named: "汇总")?.derivedGroups)
        let changes = c.change.map { Change.cell(sheet: ObjectIdentifier(source), CellAddress(row: $0.row, column: $0.column)) }
        #expect(state.groupsToUpdate(after: changes, in: source) == c.groups)
    }

    @Test func aWhereColumnDecidesGroupsToo() throws {
        let session = try SummarizeTests.ledgerSession(rows: 100)
        #expect(run("summarize 台账 where 户数 > 0 \(Self.definition)", in: session).errors.isEmpty)
        let source = try #require(session.current.sheet(named: "台账"))
        let state = try #require(session.current.sheet(named: "汇总")?.derivedGroups)
        #expect(state.groupingColumns == [0, 3])
        #expect(state.groupsToUpdate(after: [.cell(sheet: ObjectIdentifier(source), CellAddress(row: 1, column: 3))],
                                     in: source) == nil)
    }
}
