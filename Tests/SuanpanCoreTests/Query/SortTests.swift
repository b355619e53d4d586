import Testing
@testable import SuanpanCore

/// `Sheet.sorted(_:by:)`: the order `show … order by` prints rows in.
struct SortTests {
    /// A sheet with a text column, a number column with a blank, and a mixed column.
    static func sheet() -> Sheet {
        Sheet(name: "账", columns: [
        Column(name: "名", values: [.text("b"), .text("B"), .blank, .text("a"), .text("乙"), .text("甲")]),
        Column(name: "数", values: [.number(3), .number(1), .number(2), .blank, .number(1), .number(-5)]),
        Column(name: "杂", values: [.text("x"), .number(10), .bool(true), .blank, .number(2), .error(CellError(.notAvailable))]),
        ])
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let keys: [(column: Int, descending: Bool)]
        let rows: [Int]
        var testDescription: String { keys.map { "\($0.column)\($0.descending ? " desc" : "")" }.joined(separator: ", ") }
    }

    @Test(arguments: [
        // Text ignores case (b and B tie, keeping their order), then code point: 乙 (U+4E59) before 甲 (U+7532).
        Case(keys: [(0, false)], rows: [3, 0, 1, 4, 5, 2]),
        // Descending reverses all but the blanks, which stay last.
        Case(keys: [(0, true)], rows: [5, 4, 0, 1, 3, 2]),
        Case(keys: [(1, false)], rows: [5, 1, 4, 2, 0, 3]),
        Case(keys: [(1, true)], rows: [0, 2, 1, 4, 5, 3]),
        // Numbers, text, booleans, errors, blanks.
        Case(keys: [(2, false)], rows: [4, 1, 0, 2, 5, 3]),
        // A second key breaks ties of the first.
        Case(keys: [(1, false), (0, true)], rows: [5, 4, 1, 2, 0, 3]),
    ])
    func order(_ c: Case) {
        #expect(Self.sheet().sorted(Array(0..<6), by: c.keys) == c.rows)
    }
}
