/// `{{ table SHEET [columns A, B, …] [where CONDITION] [order by COLUMN [desc], …] [limit N] }}`:
/// a sheet's rows in a report, read with the same words as `show`.
struct TableRequest: Equatable {
    static let usage = "table SHEET [columns A, B, …] [where CONDITION] [order by COLUMN [desc], …] [limit N]"

    var sheet: CommandWords.Word
    /// The columns to show, in order; empty for all of them.
    var columns: [(name: String, span: SourceSpan)]
    /// `where`, `order by` and `limit`, read and applied as `show` does.
    var selection: RowSelection
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
            selection = try RowSelection(reading: &words, usage: Self.usage)
            try words.finish(Self.usage)
            span = SourceSpan(0, content.count)
        } catch {
            throw error.shifted(by: offset)
        }
        // Every place counts in the template from here on.
        sheet.span = SourceSpan(sheet.span.start + offset, sheet.span.end + offset)
        columns = columns.map { ($0.name, SourceSpan($0.span.start + offset, $0.span.end + offset)) }
        selection.shift(by: offset)
        span = SourceSpan(offset, offset + content.count)
    }

    static func == (a: TableRequest, b: TableRequest) -> Bool {
        a.sheet == b.sheet && a.columns.map(\.name) == b.columns.map(\.name) && a.selection == b.selection
    }
}
