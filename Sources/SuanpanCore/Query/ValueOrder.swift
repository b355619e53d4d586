/// The order `show … order by` and the groups of `summarize` and `pivot` follow.
///
/// Excel's sort order: numbers (and dates) ascending, then text, then TRUE/FALSE, then
/// errors; blanks always last, in either direction. Text compares as formulas compare it:
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
        case .text: 1
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
        // Read each key's cells once, rather than building values at every comparison.
        let cellsByKey = keys.map { key in rows.map { self.columns[key.column][$0] } }
        let descending = keys.map(\.descending)
        let positions = Array(rows.indices).sorted { x, y in
            for (index, cells) in cellsByKey.enumerated() {
                let order = ValueOrder.compare(cells[x], cells[y], descending: descending[index])
                if order != 0 { return order < 0 }
            }
            return x < y
        }
        return positions.map { rows[$0] }
    }
}
