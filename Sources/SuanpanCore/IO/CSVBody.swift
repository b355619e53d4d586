#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The header and rows of one CSV text, read in parts and assembled into a sheet.
struct CSVBody {
    let text: UnsafeBufferPointer<UInt8>
    let path: String
    let delimiter: UInt8
    let units: UnitCatalog
    /// Gives back the pages of a mapped file once they are parsed.
    let pages: PageRelease
    /// Each column's name and the unit of its bare figures.
    private(set) var columns: [(name: String, unit: Unit?)] = []
    private(set) var notes: [String] = []
    /// Hears how many rows each part held as it finishes: a part, not a row, at a time.
    var progress: ProgressReport?
    /// Where the first data row starts, and its line in the file.
    private(set) var bodyStart = 0
    private(set) var bodyFirstLine = 1
    private var parts: [CSVPart] = []
    /// The file line each part starts on.
    private var partFirstLines: [Int] = []

    init(text: UnsafeBufferPointer<UInt8>, path: String, delimiter: UInt8, units: UnitCatalog, pages: PageRelease) {
        self.text = text
        self.path = path
        self.delimiter = delimiter
        self.units = units
        self.pages = pages
    }

    /// Reads the header row into column names and units.
    mutating func readHeader(declaredUnits: [String: Unit]) throws(FileError) {
        var scanner = CSVScanner(text: text, delimiter: delimiter, position: 0)
        var headings: [String] = []
        if case .unclosedQuote(let line) = scanner.readRow({ bytes, _, _ in headings.append(String(decoding: bytes, as: UTF8.self)) }) {
            throw unclosedQuote(line: 1 + line)
        }
        (columns, notes) = CSVHeadings.columns(from: headings, units: units, declaredUnits: declaredUnits)
        bodyStart = scanner.position
        bodyFirstLine = 1 + scanner.lines
    }

    /// Reads the rows after the header in `partCount` parts at once, then checks each part
    /// started where the one before it ended, reading it again from there if not.
    ///
    /// With `checkingUTF8`, each part checks its share of the text as it reads it; false
    /// when the text is not UTF-8 after all, and nothing is read (the caller decodes the file
    /// and reads it again). Only then are the parts' problems looked at: in another encoding
    /// the rows may be other rows.
    mutating func readRows(parts partCount: Int, checkingUTF8: Bool) throws(FileError) -> Bool {
        let cuts = cutPoints(partCount)
        let expectedRows = estimatedRows(perBytes: (text.count - bodyStart) / max(1, cuts.count - 1))
        let (text, delimiter, units, pages) = (self.text, self.delimiter, self.units, self.pages)
        let columnUnits = columns.map(\.unit)
        func part(_ start: Int, _ limit: Int, checkingUTF8: Bool) -> CSVPart {
            CSVPart(
                text: text, delimiter: delimiter, start: start, limit: limit, columnUnits: columnUnits, units: units,
                expectedRows: expectedRows,
                window: CSVPartWindow(text: text, share: start..<limit, checksUTF8: checkingUTF8, pages: pages))
        }
        let progress = self.progress
        parts = ParallelChunks.map(count: cuts.count - 1) { index in
            let read = part(cuts[index], cuts[index + 1], checkingUTF8: checkingUTF8)
            if read.isUTF8 { progress?.addRows(read.rows) }
            return read
        }
        if checkingUTF8 && (parts.contains { !$0.isUTF8 } || UTF8Validation.checkSequences(text, from: 0, to: bodyStart) == nil) {
            // The rows counted will be counted again when the decoded text is read.
            progress?.addRows(-parts.reduce(0) { $0 + ($1.isUTF8 ? $1.rows : 0) })
            parts = []
            return false
        }
        var expected = bodyStart
        var line = bodyFirstLine
        var rowsBefore = 0
        for index in parts.indices {
            if parts[index].start != expected {
                let guessed = parts[index].rows
                parts[index] = part(expected, max(expected, cuts[index + 1]), checkingUTF8: false)
                progress?.addRows(parts[index].rows - guessed)
            }
            switch parts[index].problem {
            case .ragged(let fields, let partLine, let row):
                let counted = fields == 1 ? "1 field" : "\(fields) fields"
                throw FileError(
                    path, line: line + partLine, "row \(rowsBefore + row + 2) has \(counted), the header has \(columns.count)")
            case .unclosedQuote(let partLine):
                throw unclosedQuote(line: line + partLine)
            case nil:
                break
            }
            partFirstLines.append(line)
            line += parts[index].lines
            rowsBefore += parts[index].rows
            expected = parts[index].end
        }
        return true
    }

    /// The sheet, its formulas and the notes, taking the parts' columns one at a time.
    mutating func assemble(sheetName: String) -> CSVReadResult {
        var sheetColumns: [Column] = []
        var formulas: [(address: CellAddress, source: String)] = []
        var columnNotes: [String] = []
        // Each column's builders leave the parts, and each column is joined on whichever
        // core is free, its builders released as soon as it is joined.
        let builders = columns.indices.map { index in (index, parts.indices.map { parts[$0].takeColumn(index) }) }
        parts = []
        let (columns, firstLines) = (self.columns, partFirstLines)
        let joined = ParallelChunks.map(taking: consume builders) { column in
            CSVColumnMerge.merge(column.1, name: columns[column.0].name, headingUnit: columns[column.0].unit, firstLines: firstLines)
        }
        for (index, merged) in joined.enumerated() {
            sheetColumns.append(merged.column)
            formulas += merged.formulas.map { (CellAddress(row: $0.row + 1, column: index), $0.source) }
            if let note = merged.note { columnNotes.append(note) }
        }
        formulas.sort { $0.address < $1.address }
        return CSVReadResult(
            sheet: Sheet(name: sheetName, columns: sheetColumns), formulas: formulas, encoding: .utf8,
            delimiter: delimiter, notes: notes + columnNotes)
    }

    /// Where each part starts: just after a newline near each even share of the body, plus
    /// the end of the text.
    private func cutPoints(_ partCount: Int) -> [Int] {
        var cuts = [bodyStart]
        let size = text.count - bodyStart
        guard size > 0 else { return cuts + [text.count] }
        for part in 1..<max(1, partCount) {
            let target = bodyStart + size * part / partCount
            guard target > cuts.last!, let newline = memchr(text.baseAddress! + target, Int32(UInt8(ascii: "\n")), text.count - target)
            else { continue }
            let cut = text.baseAddress!.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
            if cut > cuts.last! && cut < text.count { cuts.append(cut) }
        }
        return cuts + [text.count]
    }

    /// A guess at the rows in `bytes` of body, from the line length of its first 64 KiB, so
    /// that the builders' arrays are sized once.
    private func estimatedRows(perBytes bytes: Int) -> Int {
        let sampleEnd = min(text.count, bodyStart + 1 << 16)
        let sample = UnsafeBufferPointer(rebasing: text[bodyStart..<sampleEnd])
        let lines = max(1, sample.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) })
        return bytes / max(1, sample.count / lines) * 21 / 20 + 16
    }

    private func unclosedQuote(line: Int) -> FileError {
        FileError(path, line: line, "a quoted field starts here and is never closed")
    }
}
