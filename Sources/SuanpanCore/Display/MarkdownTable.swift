/// A `TextTable` as a Markdown pipe table:
///
/// ```
/// | 部门   | 决算数(万元) |
/// | ------ | -----------: |
/// | 办公室 |       118.20 |
/// ```
///
/// Columns are padded by display width as in the terminal, so that the source reads as a
/// table too; the alignment row says `---:` for right-aligned (number) columns. A `|` in a
/// cell is written `\|`, a backslash `\\` (so that a cell ending in one does not escape the
/// next pipe), and a line break `<br>`, since a table row must stay on one line.
extension TextTable {
    /// The table as Markdown lines, every row (`maxRows` is ignored), without line ends.
    public var markdownLines: [String] {
        let columnCount = max(headers.count, rows.map(\.count).max() ?? 0)
        let header = (0..<columnCount).map { $0 < headers.count ? Self.markdownEscaped(headers[$0]) : "" }
        let body = rows.map { row in (0..<columnCount).map { $0 < row.count ? Self.markdownEscaped(row[$0].text) : "" } }
        let right = (0..<columnCount).map { $0 < alignments.count && alignments[$0] == .right }
        // At least three dashes (four with the colon) for the alignment row to be read as one.
        var widths = header.enumerated().map { max(displayWidth($0.element), right[$0.offset] ? 4 : 3) }
        for row in body {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], displayWidth(cell)) }
        }
        func line(_ cells: [String], aligned: Bool) -> String {
            let padded = cells.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - displayWidth(cell))
                return aligned && right[index] ? padding + cell : cell + padding
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let rule = widths.indices.map { index in
            right[index] ? String(repeating: "-", count: widths[index] - 1) + ":" : String(repeating: "-", count: widths[index])
        }
        return [line(header, aligned: true), "| " + rule.joined(separator: " | ") + " |"]
            + body.map { line($0, aligned: true) }
    }

    /// A cell's text made safe inside a pipe table.
    static func markdownEscaped(_ text: String) -> String {
        guard text.contains(where: { $0 == "|" || $0 == "\\" || $0.isNewline }) else { return text }
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\\": out += "\\\\"
            case _ where character.isNewline: out += "<br>"
            default: out.append(character)
            }
        }
        return out
    }
}
