/// The rows of one part of a CSV file's body, read into column builders.
///
/// Parts are cut at newlines and read at once on every core. A cut may fall inside a quoted
/// field, so each part's start is a guess: the part before reads on past its own limit to the
/// end of its last row, and where that end is not the next part's start, the guess was wrong
/// and `CSVReader` reads that part again from the right place. A problem found in a part is
/// kept, not thrown, until the part is known to have started right.
struct CSVPart {
    /// A problem with a row, at a line and row counted from the part's start (0-based).
    enum Problem {
        case ragged(fields: Int, line: Int, row: Int)
        case unclosedQuote(line: Int)
    }

    /// Where the part's first row starts, and where the row after its last one starts.
    let start: Int
    private(set) var end: Int
    /// Newlines from `start` to `end`.
    private(set) var lines = 0
    /// Rows read.
    private(set) var rows = 0
    private(set) var columns: [CSVColumnBuilder]
    private(set) var problem: Problem?
    /// False when the part's share of the file is not UTF-8; what was read is then of no use.
    private(set) var isUTF8 = true

    /// Reads the rows that start at or after `start` and before `limit`; `window` checks the
    /// bytes and gives back their pages as the reading goes.
    init(
        text: UnsafeBufferPointer<UInt8>, delimiter: UInt8, start: Int, limit: Int,
        columnUnits: [Unit?], units: UnitCatalog, expectedRows: Int, window: CSVPartWindow
    ) {
        self.start = start
        end = start
        columns = columnUnits.map { CSVColumnBuilder(headingUnit: $0, units: units, expectedRows: expectedRows) }
        var scanner = CSVScanner(text: text, delimiter: delimiter, position: start)
        var window = window
        let width = columns.count
        while scanner.position < limit {
            if scanner.position >= window.nextStop {
                window.advance(to: scanner.position)
                guard window.isUTF8 else { break }
            }
            let rowStart = scanner.position
            let rowLine = scanner.lines
            let ending = columns.withUnsafeMutableBufferPointer { columns in
                scanner.readRow { bytes, index, line in
                    if index < width { columns[index].append(bytes, line: line) }
                }
            }
            switch ending {
            case .fields(let count) where count == width:
                break
            case .fields(1) where CSVPart.isEmptyLine(text, from: rowStart, to: scanner.position):
                // An empty line is a row of blanks, as Excel shows it.
                for index in 1..<width { columns[index].appendBlank() }
            case .fields(let count):
                problem = .ragged(fields: count, line: rowLine, row: rows)
            case .unclosedQuote(let line):
                problem = .unclosedQuote(line: line)
            }
            if problem != nil { break }
            rows += 1
        }
        end = scanner.position
        lines = scanner.lines
        window.finish(at: end)
        isUTF8 = window.isUTF8
    }

    /// Moves column `index` out of the part, leaving an empty builder, so that the part's
    /// memory is released column by column while the sheet is assembled.
    mutating func takeColumn(_ index: Int) -> CSVColumnBuilder {
        let column = columns[index]
        columns[index] = CSVColumnBuilder(headingUnit: column.headingUnit, units: column.units, expectedRows: 0)
        return column
    }

    /// True when the bytes from `start` to `end` are only a line ending.
    private static func isEmptyLine(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        let line = UnsafeBufferPointer(rebasing: text[start..<end])
        return line.allSatisfy { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }
}
