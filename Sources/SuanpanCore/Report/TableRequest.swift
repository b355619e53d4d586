/// `{{ table SHEET [columns A, B, …] [where CONDITION] [order by COLUMN [desc], …] [limit N] }}`:
/// a sheet's rows in a report, read with the same words as `show`.
struct TableRequest: Equatable {
    static let usage = "table SHEET [columns A, B, …] [where CONDITION] [order by COLUMN [desc], …] [limit N]"

    var sheet: CommandWords.Word
    /// The columns to show, in order; empty for all of them.
    var columns: [(name: String, span: SourceSpan)]
    var condition: Clause?
    var order: [ShowStatement.OrderKey]
    var limit: Int?
    /// The placeholder's text, for "expected …" at its end.
    var span: SourceSpan

    /// Reads the text between the braces, which starts at `offset` in the template.
    init(_ content: String, at offset: Int, unitSymbols: Set<String>) throws(Diagnostic) {
        do throws(Diagnostic) {
            var words = try CommandWords(text: content, unitSymbols: unitSymbols)
            sheet = try words.take("a sheet")
            columns = []
            if words.takeIf("columns") {
                let list = try words.clause("columns after 'columns'", until: ["where", "order", "limit"])
                for item in list.items() {
                    columns.append((try item.identifier("a column"), item.span))
                }
            }
            if words.takeIf("where") {
                condition = try words.clause("a condition after 'where'", until: ["order", "limit"])
            }
            order = []
            if words.takeIf("order") {
                try words.expect("by", after: "'order'", usage: Self.usage)
                order = try words.clause("a column after 'order by'", until: ["limit"]).items().map(ShowStatement.OrderKey.init)
            }
            if words.takeIf("limit") {
                let word = try words.take("a number of rows after 'limit'")
                guard let count = Int(word.text), count > 0 else {
                    throw Diagnostic("limit expects a positive whole number, not '\(word.text)'", at: word.span)
                }
                limit = count
            }
            try words.finish(Self.usage)
            span = SourceSpan(0, content.count)
        } catch {
            throw error.shifted(by: offset)
        }
        // Every place counts in the template from here on.
        sheet.span = SourceSpan(sheet.span.start + offset, sheet.span.end + offset)
        columns = columns.map { ($0.name, SourceSpan($0.span.start + offset, $0.span.end + offset)) }
        condition?.offset += offset
        order = order.map { key in
            var key = key
            key.span = SourceSpan(key.span.start + offset, key.span.end + offset)
            return key
        }
        span = SourceSpan(offset, offset + content.count)
    }

    static func == (a: TableRequest, b: TableRequest) -> Bool {
        a.sheet == b.sheet && a.columns.map(\.name) == b.columns.map(\.name) && a.condition == b.condition
            && a.order.map(\.column) == b.order.map(\.column) && a.order.map(\.descending) == b.order.map(\.descending)
            && a.limit == b.limit
    }
}
