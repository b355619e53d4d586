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
/// middle of a long table, keeping its head and tail with a count of the rows left out;
/// `maxWidth` elides middle columns of a wide one (`TextTable+Fitting.swift`); `usesColor`
/// makes headings bold and negative figures red, padding measured on the text alone.
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
        /// A figure below zero: shown red when the table uses colour.
        public var isNegative: Bool

        public init(_ text: String, alignment: Alignment? = nil, isNegative: Bool = false) {
            self.text = text
            self.alignment = alignment
            self.isNegative = isNegative
        }

        public init(stringLiteral text: String) {
            self.init(text)
        }
    }

    /// The table as laid out: its lines, and what was left out to fit.
    public struct Layout: Sendable, Equatable {
        public var lines: [String]
        /// The columns (indices into `headers`) elided to fit `maxWidth`, in order.
        public var hiddenColumns: [Int]
        /// How many rows `maxRows` left out.
        public var hiddenRows: Int
    }

    public var headers: [String]
    public var rows: [[Cell]]
    /// Per column; a missing entry is `.left`. Headers follow their column's alignment.
    public var alignments: [Alignment]
    /// At most this many rows are shown: the first half and the last half, with a line
    /// saying how many are hidden between them. Nil shows every row.
    public var maxRows: Int?
    /// The terminal columns a line may take: middle columns are left out (a `…` column
    /// stands for them) until the table fits. Nil for no limit (output to a file).
    public var maxWidth: Int?
    /// How many leading columns (the keys a row is read by) stay whatever the width.
    public var pinnedColumns: Int
    /// How text is measured: ambiguous-width characters take one column or two.
    public var measure: DisplayWidth
    /// ANSI bold headings and red negative figures, for a terminal.
    public var usesColor: Bool
    /// Rows the caller left out before making cells, to spare formatting a million rows
    /// that `maxRows` would hide anyway: `count` rows that stood after the first `after`.
    /// They are shown as rows `maxRows` hides are.
    public var omittedRows: (after: Int, count: Int)?

    public init(headers: [String], rows: [[Cell]], alignments: [Alignment] = [], maxRows: Int? = nil,
                maxWidth: Int? = nil, pinnedColumns: Int = 1, measure: DisplayWidth = DisplayWidth(),
                usesColor: Bool = false) {
        self.headers = headers
        self.rows = rows
        self.alignments = alignments
        self.maxRows = maxRows
        self.maxWidth = maxWidth
        self.pinnedColumns = pinnedColumns
        self.measure = measure
        self.usesColor = usesColor
    }

    /// The table as lines of text, without line ends.
    public var lines: [String] { layout().lines }

    /// The table as lines, with what was hidden to fit `maxRows` and `maxWidth`.
    public func layout() -> Layout {
        let (shown, hiddenRows) = shownRows
        let columnCount = max(headers.count, rows.map(\.count).max() ?? 0)
        var widths = (0..<columnCount).map { index in index < headers.count ? measure.of(headers[index]) : 0 }
        for case .row(let row) in shown {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], measure.of(cell.text)) }
        }
        let columns = fittedColumns(widths: widths)
        let shownWidths = columns.map { $0.map { widths[$0] } ?? measure.of(Self.ellipsis) }
        let heading = columns.map { $0.map { index in index < headers.count ? headers[index] : "" } ?? Self.ellipsis }
        var lines = [render(heading.map { Cell($0) }, columns: columns, widths: shownWidths, headerRow: true)]
        lines.append(shownWidths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for line in shown {
            switch line {
            case .row(let row):
                let cells = columns.map { $0.map { $0 < row.count ? row[$0] : Cell("") } ?? Cell(Self.ellipsis) }
                lines.append(render(cells, columns: columns, widths: shownWidths, headerRow: false))
            case .hidden(let count):
                lines.append("… \(count.grouped) \(count == 1 ? "row" : "rows") hidden …")
            }
        }
        let kept = Set(columns.compactMap { $0 })
        return Layout(lines: lines, hiddenColumns: (0..<columnCount).filter { !kept.contains($0) },
                      hiddenRows: hiddenRows)
    }

    /// What stands for left-out columns, in the heading and in each row.
    static let ellipsis = "…"

    /// A row of the output: a table row, or the line standing for rows left out.
    private enum Line {
        case row([Cell])
        case hidden(Int)
    }

    private var shownRows: (lines: [Line], hidden: Int) {
        if let omitted = omittedRows, omitted.count > 0 {
            let after = min(omitted.after, rows.count)
            return (rows.prefix(after).map { .row($0) } + [.hidden(omitted.count)] + rows.dropFirst(after).map { .row($0) },
                    omitted.count)
        }
        guard let maxRows, rows.count > maxRows else { return (rows.map { .row($0) }, 0) }
        let head = (maxRows + 1) / 2, tail = maxRows - head
        let hidden = rows.count - maxRows
        return (rows.prefix(head).map { .row($0) } + [.hidden(hidden)] + rows.suffix(tail).map { .row($0) }, hidden)
    }

    /// One line: each cell padded to its column's width on the side away from its alignment.
    /// Colour codes wrap the text only, so the padding (measured on the text) stays right.
    private func render(_ cells: [Cell], columns: [Int?], widths: [Int], headerRow: Bool) -> String {
        var line = ""
        for (position, width) in widths.enumerated() {
            let cell = cells[position]
            let columnAlignment = columns[position].map { $0 < alignments.count ? alignments[$0] : .left } ?? .left
            let alignment = headerRow ? columnAlignment : (cell.alignment ?? columnAlignment)
            let padding = String(repeating: " ", count: max(0, width - measure.of(cell.text)))
            let text = styled(cell, headerRow: headerRow)
            if position > 0 { line += "  " }
            line += alignment == .right ? padding + text : text + padding
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// The cell's text in bold (a heading) or red (a negative figure) when using colour.
    private func styled(_ cell: Cell, headerRow: Bool) -> String {
        guard usesColor, !cell.text.isEmpty else { return cell.text }
        if headerRow { return "\u{1B}[1m" + cell.text + "\u{1B}[0m" }
        if cell.isNegative { return "\u{1B}[31m" + cell.text + "\u{1B}[0m" }
        return cell.text
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
