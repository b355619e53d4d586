/// A `TextTable` as a Markdown (GitHub) table: a header row, a delimiter row whose colons
/// keep each column's alignment, then the rows. Cells are not padded — Markdown readers
/// align them — and a `|` inside a cell is escaped so that it does not end the cell.
enum MarkdownTable {
    static func lines(_ table: TextTable) -> [String] {
        let count = max(table.headers.count, table.rows.map(\.count).max() ?? 0)
        func row(_ cells: [String]) -> String {
            "| " + (0..<count).map { $0 < cells.count ? escaped(cells[$0]) : "" }.joined(separator: " | ") + " |"
        }
        let delimiter = (0..<count).map { index in
            index < table.alignments.count && table.alignments[index] == .right ? "---:" : "---"
        }
        return [row(table.headers), "|" + delimiter.joined(separator: "|") + "|"] + table.rows.map { row($0.map(\.text)) }
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
