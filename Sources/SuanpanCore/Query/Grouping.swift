/// Rows grouped by the values of key columns: the groups of `summarize` and `pivot`.
///
/// Each key column is turned into small integer codes (text columns already are), and a
/// row's group is found by combining its codes one key at a time in a hash table of packed
/// integers — no tuple or string is built per row, so a million rows group in one pass.
/// Groups come out sorted by their keys (`ValueOrder`: numbers ascending, text by code
/// point, blanks last), the order an analyst reading a summary expects; each group's rows
/// stay in sheet order.
struct Grouping {
    /// Each group's key values, one per key column.
    var keys: [[Value]]
    /// Each group's data rows, ascending.
    var rows: [[Int]]

    /// The largest table of (group, code) pairs grouping uses instead of hashing them.
    static let tableLimit = 1 << 20

    /// Groups `rows` (ascending) of `sheet` by the columns at `keyColumns`.
    init(_ sheet: Sheet, rows: [Int], keyColumns: [Int], interruption: InterruptionFlag?) {
        var groupOfRow = [Int](repeating: 0, count: rows.count)
        var groupKeys: [[Value]] = [[]]
        // Each group's keys as their order among the column's distinct values: groups are
        // sorted by these integers, the values themselves compared only to rank them (a
        // text comparison folds case, which per comparison of groups was most of the time).
        var groupRanks: [[Int]] = [[]]
        keys = []
        self.rows = []
        for column in keyColumns {
            let (codes, values) = sheet.columns[column].keyCodes(rows)
            let rankOfCode = Self.ranks(of: values)
            var combined: [Int: Int] = [:]
            // Few groups times few codes (200 departments, 4 quarters): a table indexed by the
            // pair instead of a hash table, which is most of the time grouping a million rows.
            let tableSize = groupKeys.count * values.count
            var table = tableSize <= Self.tableLimit ? [Int32](repeating: -1, count: tableSize) : []
            var nextKeys: [[Value]] = []
            var nextRanks: [[Int]] = []
            for index in rows.indices {
                // Ctrl-C: no groups; the statement is undone anyway.
                if index & 0xFFFF == 0, interruption?.isRequested == true { return }
                if !table.isEmpty {
                    let slot = groupOfRow[index] * values.count + Int(codes[index])
                    if table[slot] < 0 {
                        table[slot] = Int32(nextKeys.count)
                        nextKeys.append(groupKeys[groupOfRow[index]] + [values[Int(codes[index])]])
                        nextRanks.append(groupRanks[groupOfRow[index]] + [rankOfCode[Int(codes[index])]])
                    }
                    groupOfRow[index] = Int(table[slot])
                    continue
                }
                let packed = groupOfRow[index] << 32 | Int(codes[index])
                if let group = combined[packed] {
                    groupOfRow[index] = group
                } else {
                    combined[packed] = nextKeys.count
                    nextKeys.append(groupKeys[groupOfRow[index]] + [values[Int(codes[index])]])
                    nextRanks.append(groupRanks[groupOfRow[index]] + [rankOfCode[Int(codes[index])]])
                    groupOfRow[index] = nextKeys.count - 1
                }
            }
            groupKeys = nextKeys
            groupRanks = nextRanks
        }
        if keyColumns.isEmpty && rows.isEmpty { groupKeys = [] }
        // Sort the groups, then deal the rows into them in sheet order.
        let order = groupKeys.indices.sorted { a, b in
            groupRanks[a].lexicographicallyPrecedes(groupRanks[b]) || (groupRanks[a] == groupRanks[b] && a < b)
        }
        var rank = [Int](repeating: 0, count: groupKeys.count)
        for (position, group) in order.enumerated() { rank[group] = position }
        var grouped = [[Int]](repeating: [], count: groupKeys.count)
        for (index, row) in rows.enumerated() { grouped[rank[groupOfRow[index]]].append(row) }
        keys = order.map { groupKeys[$0] }
        self.rows = grouped
    }

    /// Each value's place in `ValueOrder`, values that compare equal sharing one.
    private static func ranks(of values: [Value]) -> [Int] {
        let sorted = values.indices.sorted { ValueOrder.compare(values[$0], values[$1]) < 0 }
        var ranks = [Int](repeating: 0, count: values.count)
        for (position, index) in sorted.enumerated() where position > 0 {
            let previous = sorted[position - 1]
            ranks[index] = ValueOrder.compare(values[previous], values[index]) == 0 ? ranks[previous] : position
        }
        return ranks
    }
}
