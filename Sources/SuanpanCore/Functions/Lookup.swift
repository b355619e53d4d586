/// VLOOKUP, HLOOKUP, INDEX, MATCH and XLOOKUP, with Excel's semantics.
///
/// Not found is `#N/A`; a position past the table is `#REF!`; a position below 1 is
/// `#VALUE!`. Exact matches ignore case and read `*`, `?` and `~` in text as wildcards
/// (XLOOKUP only with match mode 2); approximate matches expect sorted data and search it
/// by halves (see `LookupMatching.swift`). A lookup table may be a range, a whole column or an
/// array constant; a bare column name in a computed column is the whole column.
extension Builtins {
    /// The lookup family.
    static let lookup: [FunctionSpec] = [
        FunctionSpec("VLOOKUP", [.init("lookup_value"), .init("table_array", .range), .init("col_index_num"),
                                 .optional("range_lookup")],
                     summary: "Finds a value in the first column of a table and returns the value in the same row of another column.") { args throws(CellError) in
            try tableLookup(args, alongRow: false)
        },
        FunctionSpec("HLOOKUP", [.init("lookup_value"), .init("table_array", .range), .init("row_index_num"),
                                 .optional("range_lookup")],
                     summary: "Finds a value in the first row of a table and returns the value in the same column of another row.") { args throws(CellError) in
            try tableLookup(args, alongRow: true)
        },
        FunctionSpec("INDEX", [.init("array", .range), .init("row_num"), .optional("column_num")],
                     summary: "Returns the value at a row and column of a range, counted from 1.") { args throws(CellError) in
            try index(args)
        },
        FunctionSpec("MATCH", [.init("lookup_value"), .init("lookup_array", .range), .optional("match_type")],
                     summary: "Returns the position of a value in a row or column: exact (0), or in sorted data (1 or -1).") { args throws(CellError) in
            let line = try singleLine(args.grid(1))
            let type = try args.integer(2, default: 1)
            let key = try LookupKey(args.value(0), wildcards: type == 0)
            let found: Int? = switch type {
            case 0: line.firstMatch(of: key, in: 0..<line.count)
            case 1...: line.lastNotAbove(key)
            default: line.lastNotBelow(key)
            }
            guard let found else { throw notFound }
            return .number(found + 1)
        },
        FunctionSpec("XLOOKUP", [.init("lookup_value"), .init("lookup_array", .range), .init("return_array", .range),
                                 .optional("if_not_found"), .optional("match_mode"), .optional("search_mode")],
                     summary: "Finds a value in a row or column and returns the value at the same position of another.") { args throws(CellError) in
            try xlookup(args)
        },
    ]

    private static var notFound: CellError { CellError(.notAvailable, "the value was not found") }

    /// VLOOKUP (`alongRow` false) and HLOOKUP (true).
    private static func tableLookup(_ args: Arguments, alongRow: Bool) throws(CellError) -> Value {
        let table = args.grid(1)
        let position = try args.integer(2)
        let approximate = try args.bool(3, default: true)
        let key = try LookupKey(args.value(0), wildcards: !approximate)
        guard position >= 1 else { throw CellError(.value, "the index must be 1 or more") }
        guard position <= (alongRow ? table.rowCount : table.columnCount) else {
            throw CellError(.ref, "the index \(position) is past the table")
        }
        let line = LookupLine(grid: table, alongRow: alongRow)
        let found = approximate ? line.lastNotAbove(key) : line.firstMatch(of: key, in: 0..<line.count)
        guard let found else { throw notFound }
        return alongRow ? table.value(row: position - 1, column: found) : table.value(row: found, column: position - 1)
    }

    /// INDEX(array, row_num, [column_num]): a single row or column takes one position along it.
    private static func index(_ args: Arguments) throws(CellError) -> Value {
        let grid = args.grid(0)
        var row = try args.integer(1)
        var column = try args.integer(2, default: 1)
        if args.isMissing(2), grid.columnCount > 1 {
            guard grid.rowCount == 1 else { throw CellError(.value, "INDEX on a table needs a column number") }
            (row, column) = (1, row)
        }
        guard row >= 0, column >= 0 else { throw CellError(.value, "INDEX positions cannot be negative") }
        guard row <= grid.rowCount, column <= grid.columnCount else {
            throw CellError(.ref, "the position is past the range")
        }
        // 0 picks a whole row or column; of a single column or row that is one cell
        // (`INDEX(A2:A3, 2, )` is A3, the empty column number being 0).
        if column == 0 && grid.columnCount == 1 { column = 1 }
        if row == 0 && grid.rowCount == 1 { row = 1 }
        // Excel's 0 (a whole row or column) would be a range, and a formula here holds one value.
        guard row >= 1, column >= 1 else {
            throw CellError(.value, "INDEX with 0 gives a whole row or column, not one value")
        }
        return grid.value(row: row - 1, column: column - 1)
    }

    /// The grid as a list of values when it is one row or one column, else `#N/A`.
    private static func singleLine(_ grid: any Grid) throws(CellError) -> LookupLine {
        if grid.columnCount == 1 { return LookupLine(grid: grid, alongRow: false) }
        if grid.rowCount == 1 { return LookupLine(grid: grid, alongRow: true) }
        throw CellError(.notAvailable, "the lookup range must be one row or one column")
    }

    /// XLOOKUP: match mode 0 exact, -1 exact or next smaller, 1 exact or next larger, 2
    /// wildcard; search mode 1 first to last, -1 last to first. Modes -1 and 1 scan the data,
    /// so it need not be sorted.
    private static func xlookup(_ args: Arguments) throws(CellError) -> Value {
        let line = try singleLine(args.grid(1))
        let results = args.grid(2)
        // XLOOKUP, newer than the other lookups, reads a mode written empty as left out: its
        // defaults apply (`XLOOKUP(x, a, b, , , -1)`), where VLOOKUP's empty fourth is FALSE.
        let mode = args.isMissing(4) ? 0 : try args.integer(4)
        let search = args.isMissing(5) ? 1 : try args.integer(5)
        guard (-1...2).contains(mode) else { throw CellError(.value, "the match mode must be 0, -1, 1 or 2") }
        guard search == 1 || search == -1 else { throw CellError(.value, "the search mode must be 1 or -1") }
        let resultsAlongRow = line.alongRow
        guard (resultsAlongRow ? results.columnCount : results.rowCount) == line.count,
              (resultsAlongRow ? results.rowCount : results.columnCount) == 1
        else { throw CellError(.value, "the return array must be one row or column as long as the lookup array") }
        let order: [Int] = search == 1 ? Array(0..<line.count) : Array((0..<line.count).reversed())
        let value = try args.value(0)
        var found: Int?
        // An empty lookup value matches nothing, which is "not found": if_not_found answers it.
        if value != .blank {
            let key = try LookupKey(value, wildcards: mode == 2)
            found = mode == 0 || mode == 2
                ? line.firstMatch(of: key, in: order)
                : line.nearest(to: key, direction: mode, in: order)
        }
        guard let found else {
            if !args.isMissing(3) { return args.scalar(3) }
            throw notFound
        }
        return results.value(at: found)
    }
}
