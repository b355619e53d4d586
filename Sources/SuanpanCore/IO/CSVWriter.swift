/// Writing a sheet as CSV (RFC 4180), in one of two styles.
///
/// - `.sheetFile`, the workbook's own storage (`sheets/支出.3.csv`): cell formulas as `=` and
///   their canonical text, a text that begins with `=` as `'=…`, headings without units (the
///   manifest holds them), LF line endings so that the files diff cleanly and stay stable.
/// - `.export`, for other programs (`export 支出 to out.csv`): the values of formulas, text
///   that a spreadsheet would run as a formula escaped (see `CSVWriter.injectionEscaped`),
///   headings with their unit (`决算数(万元)`), CRLF line endings as RFC 4180 prescribes.
///
/// In both, a field is quoted only when it must be: when it holds the delimiter, a quote, a
/// CR or LF, or begins or ends with a space or tab (which readers may trim). Numbers are
/// written plainly with their scale (`12.30`, `-5`, no grouping, no unit); a number whose unit
/// differs from its column's carries its unit (`3元` in a 万元 column) so it reads back as the
/// same amount. A cell read from a file whose text differs from how its value is written
/// (`1,234.56`, `（1,234.00）`) is written as it was read, until it changes. Booleans are
/// `TRUE`/`FALSE`, dates `2022-09-30`, errors `#DIV/0!`, a blank cell an empty field and an
/// empty text `""`.
public struct CSVWriter {
    /// What the CSV is for.
    public enum Style: Sendable {
        /// The workbook directory's own sheet file.
        case sheetFile
        /// A file for other programs.
        case export
    }

    /// What the CSV is for.
    public var style: Style
    /// The field separator, an ASCII byte.
    public var delimiter: UInt8

    /// A writer of the given style, separating fields with `delimiter`.
    public init(style: Style, delimiter: UInt8 = UInt8(ascii: ",")) {
        self.style = style
        self.delimiter = delimiter
    }

    /// The line ending: LF for sheet files, CRLF for exports.
    public var lineEnding: [UInt8] {
        style == .sheetFile ? [0x0A] : [0x0D, 0x0A]
    }

    /// Writes the sheet, heading row first, handing UTF-8 bytes to `emit` in chunks of about
    /// `chunkSize` bytes that each end at a row boundary.
    public func write(
        _ sheet: Sheet, chunkSize: Int = 1 << 20, to emit: ([UInt8]) throws(FileError) -> Void
    ) throws(FileError) {
        let columns = sheet.columns.indices.map { ColumnWriter(sheet: sheet, column: $0, writer: self) }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(chunkSize + 4096)
        for (index, column) in columns.enumerated() {
            if index > 0 { buffer.append(delimiter) }
            column.appendHeading(to: &buffer)
        }
        buffer.append(contentsOf: lineEnding)
        let rows = CSVRowWriter(columns: columns, delimiter: delimiter, lineEnding: lineEnding)
        let rowCount = sheet.rowCount
        // The first chunk on this thread: it also tells how many rows a chunk holds.
        var row = 0
        while row < rowCount && buffer.count < chunkSize {
            rows.appendRows(row..<(row + 1), to: &buffer)
            row += 1
        }
        if !buffer.isEmpty { try emit(buffer) }
        // The rest a chunk per core at a time, handed to `emit` in order: a large export is
        // the digits of its cells, and rows do not depend on each other.
        let rowsPerChunk = max(row, 1)
        while row < rowCount {
            let starts = Array(stride(from: row, to: min(rowCount, row + rowsPerChunk * ParallelChunks.workerCount), by: rowsPerChunk))
            let chunks = ParallelChunks.map(count: starts.count) { index in
                var chunk: [UInt8] = []
                chunk.reserveCapacity(chunkSize + 4096)
                rows.appendRows(starts[index]..<min(starts[index] + rowsPerChunk, rowCount), to: &chunk)
                return chunk
            }
            for chunk in chunks { try emit(chunk) }
            row = min(rowCount, starts[starts.count - 1] + rowsPerChunk)
        }
    }

    /// The whole CSV text of a sheet as UTF-8 bytes.
    public func bytes(of sheet: Sheet) -> [UInt8] {
        var all: [UInt8] = []
        // Appending to an array cannot fail; the typed closure only satisfies `write`.
        try? write(sheet) { chunk throws(FileError) in all.append(contentsOf: chunk) }
        return all
    }

    /// Appends one field, quoted if it must be (see the type's summary).
    func appendField(_ text: some StringProtocol, to buffer: inout [UInt8]) {
        let utf8 = text.utf8
        guard needsQuotes(utf8) else {
            buffer.append(contentsOf: utf8)
            return
        }
        buffer.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { buffer.append(byte) }
            buffer.append(byte)
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// True when a field must be quoted to read back as itself.
    func needsQuotes(_ utf8: some Collection<UInt8>) -> Bool {
        guard let first = utf8.first else { return false }
        if first == 0x20 || first == 0x09 { return true }
        var last = first
        for byte in utf8 {
            if byte == delimiter || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D { return true }
            last = byte
        }
        return last == 0x20 || last == 0x09
    }

    /// The first characters that make a spreadsheet treat a cell as a formula: OWASP's list
    /// for CSV injection (`=`, `+`, `-`, `@`, and tab and carriage return).
    static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// A text value as an export writes it: prefixed with `'` when it begins with a formula
    /// trigger, as OWASP recommends, so that Excel shows `'=1+1` instead of computing 2. The
    /// apostrophe is visible in other programs; that is the price of not running the text.
    public static func injectionEscaped(_ text: String) -> String {
        guard let first = text.first, formulaTriggers.contains(first) else { return text }
        return "'" + text
    }
}
