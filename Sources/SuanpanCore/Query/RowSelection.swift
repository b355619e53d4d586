/// `[where CONDITION] [order by COLUMN [asc|desc], …] [limit N]`: which rows of a sheet a
/// statement reads, and in what order — read and applied as `show` does, for `chart`.
struct RowSelection: Equatable {
    var condition: Clause?
    var order: [ShowStatement.OrderKey] = []
    var limit: Int?

    /// The clause words that end a statement's other parts.
    static let keywords: Set<String> = ["where", "order", "limit"]

    /// Reads the clauses that come next, in their order; `usage` goes into messages.
    init(reading words: inout CommandWords, usage: String) throws(Diagnostic) {
        if words.takeIf("where") {
            condition = try words.clause("a condition after 'where'", until: ["order", "limit"])
        }
        if words.takeIf("order") {
            try words.expect("by", after: "'order'", usage: usage)
            let clause = try words.clause("a column after 'order by'", until: ["limit"])
            order = try clause.items().map(ShowStatement.OrderKey.init)
        }
        if words.takeIf("limit") {
            let word = try words.take("a number of rows after 'limit'")
            guard let count = Int(word.text), count > 0 else {
                throw Diagnostic("limit expects a positive whole number, not '\(word.text)'", at: word.span)
            }
            limit = count
        }
    }

    /// The same clauses read out of a text that starts `offset` characters into a larger
    /// one (a report template), so that their places count in that text.
    mutating func shift(by offset: Int) {
        condition?.offset += offset
        order = order.map { key in
            var key = key
            key.span = SourceSpan(key.span.start + offset, key.span.end + offset)
            return key
        }
    }

    static func == (a: RowSelection, b: RowSelection) -> Bool {
        a.condition == b.condition && a.order.map(\.column) == b.order.map(\.column)
            && a.order.map(\.descending) == b.order.map(\.descending) && a.limit == b.limit
    }

    /// Whether every row is selected, in sheet order: no condition, no order.
    var keepsEveryRowInOrder: Bool { condition == nil && order.isEmpty }

    /// The selected data rows (0-based) of `sheet` in order, and how many there were before
    /// `limit` cut them. A note says how many rows the condition could not judge.
    func rows(of sheet: Sheet, in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) -> (rows: [Int], total: Int) {
        var filter = RowFilter(all: sheet.rowCount)
        if let condition {
            let bound = try session.current.bindRowWise(condition, in: sheet, environment: session.environment)
            filter = RowFilter(condition: bound, rowCount: sheet.rowCount,
                               context: session.current.functionContext(session.environment))
            if let note = filter.note { emit(.note(note)) }
        }
        var keys: [(column: Int, descending: Bool)] = []
        for key in order {
            keys.append((try sheet.columnIndex(named: key.column, at: key.span), key.descending))
        }
        var rows = sheet.sorted(filter.rows, by: keys)
        let total = rows.count
        if let limit, rows.count > limit { rows.removeLast(rows.count - limit) }
        return (rows, total)
    }
}

extension Sheet {
    /// The index of column `name`, or an error at `span` suggesting a close name.
    func columnIndex(named name: String, at span: SourceSpan) throws(Diagnostic) -> Int {
        guard let index = columnIndex(named: name) else {
            throw Diagnostic("sheet '\(self.name)' has no column '\(name)'", at: span,
                             hint: Suggestion.hint(for: name, among: columns.map(\.name)))
        }
        return index
    }
}
