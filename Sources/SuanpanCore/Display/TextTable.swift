/// A table laid out for a terminal: a header row, a rule of dashes, then the rows, each
/// column padded to its widest cell by display width (CJK ideographs take two columns, SPEC
/// §6), two spaces between columns, no trailing blanks.
///
/// ```
/// 部门    季度  决算数(万元)
/// ------  ----  ------------
/// 办公室     1         98.50
/// ```
///
/// The renderer knows nothing of sheets or values: callers (`show`, and later exports and
/// reports) turn values into `Cell`s, so that each can choose formats. `maxRows` elides the
/// middle of a long table, keeping its head and tail with a count of the rows left out.
public struct TextTable: Sendable {
    /// Which side of its column a cell's text keeps to.
    public enum Alignment: Sendable, Equatable {
        case left
        case right
    }

    /// One cell's text, and its alignment when it differs from its column's (a text in a
    /// column of numbers).
    public struct Cell: Sendable, Equatable, ExpressibleByStringLiteral {
        public var text: String
        public var alignment: Alignment?

        public init(_ text: String, alignment: Alignment? = nil) {
            self.text = text
            self.alignment = alignment
        }

        public init(stringLiteral text: String) {
            self.init(text)
        }
    }

    public var headers: [String]
    public var rows: [[Cell]]
    /// Per column; a missing entry is `.left`. Headers follow their column's alignment.
    public var alignments: [Alignment]
    /// At most this many rows are shown: the first half and the last half, with a line
    /// saying how many are hidden between them. Nil shows every row.
    public var maxRows: Int?

    public init(headers: [String], rows: [[Cell]], alignments: [Alignment] = [], maxRows: Int? = nil) {
        self.headers = headers
        self.rows = rows
        self.alignments = alignments
        self.maxRows = maxRows
    }

    /// The table as lines of text, without line ends.
    public var lines: [String] {
        let shown = shownRows
        let columnCount = max(headers.count, rows.map(\.count).max() ?? 0)
        var widths = (0..<columnCount).map { index in index < headers.count ? displayWidth(headers[index]) : 0 }
        for case .row(let row) in shown {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], displayWidth(cell.text)) }
        }
        var lines = [render(headers.map { Cell($0) }, widths: widths, headerRow: true)]
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for line in shown {
            switch line {
            case .row(let row): lines.append(render(row, widths: widths, headerRow: false))
            case .hidden(let count): lines.append("… \(count.grouped) \(count == 1 ? "row" : "rows") hidden …")
            }
        }
        return lines
    }

    /// A row of the output: a table row, or the line standing for rows left out.
    private enum Line {
        case row([Cell])
        case hidden(Int)
    }

    private var shownRows: [Line] {
        guard let maxRows, rows.count > maxRows else { return rows.map { .row($0) } }
        let head = (maxRows + 1) / 2, tail = maxRows - head
        return rows.prefix(head).map { .row($0) } + [.hidden(rows.count - maxRows)] + rows.suffix(tail).map { .row($0) }
    }

    private func render(_ cells: [Cell], widths: [Int], headerRow: Bool) -> String {
        var line = ""
        for (index, width) in widths.enumerated() {
            let cell = index < cells.count ? cells[index] : Cell("")
            let columnAlignment = index < alignments.count ? alignments[index] : .left
            let alignment = headerRow ? columnAlignment : (cell.alignment ?? columnAlignment)
            let padding = String(repeating: " ", count: max(0, width - displayWidth(cell.text)))
            if index > 0 { line += "  " }
            line += alignment == .right ? padding + cell.text : cell.text + padding
        }
        while line.last == " " { line.removeLast() }
        return line
    }
}

extension Int {
    /// The number with thousands separators: `1,234,567`, as counts read in footers.
    var grouped: String {
        let digits = String(self.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return self < 0 ? "-" + out : out
    }
}
