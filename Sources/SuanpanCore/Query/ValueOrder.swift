/// The order `show … order by` and the groups of `summarize` and `pivot` follow.
///
/// Excel's sort order: numbers (and dates) ascending, then text, then TRUE/FALSE, then
/// errors; blanks always last, in either direction — and empty text (what `IF(…, "")`
/// leaves) with them, since it shows as a blank does. Text compares as formulas compare it:
/// ignoring case, then by Unicode code point (so Chinese sorts by code point, not pinyin).
/// Numbers of different dimensions, which cannot be compared, count as equal.
enum ValueOrder {
    /// -1, 0 or 1 as `a` sorts before, with or after `b` (ascending); blanks last.
    static func compare(_ a: Value, _ b: Value, descending: Bool = false) -> Int {
        let rankA = rank(a), rankB = rank(b)
        if rankA == blankRank || rankB == blankRank { return rankA == rankB ? 0 : (rankA < rankB ? -1 : 1) }
        let order: Int
        if rankA != rankB {
            order = rankA < rankB ? -1 : 1
        } else {
            switch (a, b) {
            case (.text(let x), .text(let y)): order = Value.compareText(x, y)
            case (.error(let x), .error(let y)): order = x.description < y.description ? -1 : (x.description == y.description ? 0 : 1)
            default: order = (try? Value.compare(a, b)) ?? 0
            }
        }
        return descending ? -order : order
    }

    /// Compares tuples of values key by key, each in its direction.
    static func compare(_ a: [Value], _ b: [Value], descending: [Bool]) -> Int {
        for index in a.indices {
            let order = compare(a[index], b[index], descending: descending[index])
            if order != 0 { return order }
        }
        return 0
    }

    private static let blankRank = 4

    private static func rank(_ value: Value) -> Int {
        switch value {
        case .number, .date: 0
        case .text(let text): text.isEmpty ? blankRank : 1
        case .bool: 2
        case .error: 3
        case .blank: blankRank
        }
    }
}

extension Sheet {
    /// `rows` sorted by the columns `keys` (index, descending), stably: rows that tie keep
    /// their order.
    func sorted(_ rows: [Int], by keys: [(column: Int, descending: Bool)]) -> [Int] {
        guard !keys.isEmpty else { return rows }
        let sortKeys = keys.map { SortKey(columns[$0.column], descending: $0.descending) }
        return rows.sorted { x, y in
            for key in sortKeys {
                let order = key.compare(x, y)
                if order != 0 { return order < 0 }
            }
            return x < y
        }
    }
}

/// One column's cells made cheap to compare, so that sorting a million rows compares
/// numbers or integers rather than building values: a number column compares its `Exact`
/// figures, a text column the rank of each dictionary entry (the dictionary is sorted once);
/// other columns fall back to `ValueOrder` on their values. Blanks are last either way.
private struct SortKey {
    enum Cells {
        case numbers(NumberStore, blank: [Bool])
        /// Rank of each row's text; `Int32.max` for a blank.
        case ranks([Int32], Int32)
        case values([Value])
    }

    let cells: Cells
    let descending: Bool

    init(_ column: Column, descending: Bool) {
        self.descending = descending
        switch column.storage {
        case .numbers(let numbers, let blank):
            cells = .numbers(numbers, blank: blank)
        case .text(let codes, let dictionary):
            let order = dictionary.indices.sorted { Value.compareText(dictionary[$0], dictionary[$1]) < 0 }
            var rank = [Int32](repeating: 0, count: dictionary.count)
            // Texts equal but for case share a rank, as comparisons treat them.
            var current: Int32 = 0
            for (position, code) in order.enumerated() {
                if position > 0, Value.compareText(dictionary[order[position - 1]], dictionary[code]) != 0 { current += 1 }
                rank[code] = current
            }
            cells = .ranks(codes.map { code in
                code == Column.blankCode || dictionary[Int(code)].isEmpty ? Int32.max : rank[Int(code)]
            }, Int32.max)
        case .values(let values):
            cells = .values(values)
        }
    }

    /// -1, 0 or 1 as row `x` sorts before, with or after row `y`.
    func compare(_ x: Int, _ y: Int) -> Int {
        switch cells {
        case .numbers(let numbers, let blank):
            let blankX = !blank.isEmpty && blank[x], blankY = !blank.isEmpty && blank[y]
            if blankX || blankY { return blankX == blankY ? 0 : (blankX ? 1 : -1) }
            let order = numbers[x] < numbers[y] ? -1 : (numbers[x] == numbers[y] ? 0 : 1)
            return descending ? -order : order
        case .ranks(let ranks, let blank):
            let a = ranks[x], b = ranks[y]
            if a == blank || b == blank { return a == b ? 0 : (a == blank ? 1 : -1) }
            let order = a < b ? -1 : (a == b ? 0 : 1)
            return descending ? -order : order
        case .values(let values):
            return ValueOrder.compare(values[x], values[y], descending: descending)
        }
    }
}
