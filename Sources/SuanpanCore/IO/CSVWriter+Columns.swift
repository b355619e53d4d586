/// One column prepared for writing row after row: the work that does not depend on the row
/// (its texts encoded and quoted once, its cell formulas printed once) is done up front, so a
/// million-row column costs a copy of bytes per cell. A class, so that handing a column's
/// writer to the row loop is one reference, not a copy of every array it holds.
final class ColumnWriter {
    let column: Column
    let writer: CSVWriter
    /// Sheet files only: the `=…` text of each cell formula in this column, by data row.
    let formulas: [Int: String]
    /// For text storage: every dictionary entry as its field's bytes, end to end, and where
    /// each ends (one array, so that writing a cell retains no entry's own array).
    let encodedTexts: [UInt8]
    let encodedEnds: [Int]
    /// The column's storage taken apart once, so that a cell is read from its array in place:
    /// a `switch` binding the storage's arrays retained and released them at every cell.
    private let kind: Kind
    private let numbers: NumberStore
    private let blank: [Bool]
    private let codes: [Int32]
    private let values: [Value]

    private enum Kind {
        case numbers, text, values
    }

    init(sheet: Sheet, column index: Int, writer: CSVWriter) {
        column = sheet.columns[index]
        self.writer = writer
        switch column.storage {
        case .numbers(let numbers, let blank):
            (kind, self.numbers, self.blank, codes, values) = (.numbers, numbers, blank, [], [])
        case .text(let codes, _):
            (kind, numbers, blank, self.codes, values) = (.text, NumberStore(), [], codes, [])
        case .values(let values):
            (kind, numbers, blank, codes, self.values) = (.values, NumberStore(), [], [], values)
        }
        var formulas: [Int: String] = [:]
        if writer.style == .sheetFile {
            for (address, formula) in sheet.cellFormulas where address.column == index && address.row > 0 {
                formulas[address.row - 1] = "=" + formula.formulaText
            }
        }
        self.formulas = formulas
        var encodedTexts: [UInt8] = []
        var encodedEnds: [Int] = []
        if case .text(_, let dictionary) = column.storage {
            for text in dictionary {
                ColumnWriter.appendText(text, writer: writer, to: &encodedTexts)
                encodedEnds.append(encodedTexts.count)
            }
        }
        (self.encodedTexts, self.encodedEnds) = (encodedTexts, encodedEnds)
    }

    /// Appends the heading: the name, and in exports the unit in brackets (`决算数(万元)`).
    func appendHeading(to buffer: inout [UInt8]) {
        if let heading = column.heading {
            appendValue(heading, to: &buffer)
        } else if writer.style == .export && !column.unit.isNone {
            writer.appendField(column.name + "(" + column.unit.symbol + ")", to: &buffer)
        } else {
            writer.appendField(column.name, to: &buffer)
        }
    }

    /// Appends the cell at 0-based data row `row`.
    func appendCell(_ row: Int, to buffer: inout [UInt8]) {
        if !formulas.isEmpty, let formula = formulas[row] {
            writer.appendField(formula, to: &buffer)
            return
        }
        if !column.sourceText.isEmpty, let source = column.sourceText[row] {
            writer.appendField(source, to: &buffer)
            return
        }
        switch kind {
        case .numbers:
            if !blank.isEmpty && blank[row] { return }
            numbers[row].appendDescription(to: &buffer)
        case .text:
            let code = codes[row]
            guard code != Column.blankCode else { return }
            let start = code == 0 ? 0 : encodedEnds[Int(code) - 1]
            encodedTexts.withUnsafeBufferPointer { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<encodedEnds[Int(code)]])) }
        case .values:
            appendValue(values[row], to: &buffer)
        }
    }

    /// Appends any value (see `CSVWriter` for the spellings).
    func appendValue(_ value: Value, to buffer: inout [UInt8]) {
        switch value {
        case .blank:
            break
        case .number(let quantity):
            let figure = quantity.amount.description
            writer.appendField(quantity.unit == column.unit ? figure : figure + quantity.unit.symbol, to: &buffer)
        case .text(let text):
            ColumnWriter.appendText(text, writer: writer, to: &buffer)
        case .bool(let flag):
            buffer.append(contentsOf: (flag ? "TRUE" : "FALSE").utf8)
        case .date(let serial):
            buffer.append(contentsOf: ExcelDate(serial: serial).description.utf8)
        case .error(let error):
            writer.appendField(error.description, to: &buffer)
        }
    }

    /// Appends a text value: `""` when empty (so it does not read back as blank), escaped
    /// against formula injection in exports, with `'` before a leading `=` in sheet files (so
    /// it does not read back as a formula).
    static func appendText(_ text: String, writer: CSVWriter, to buffer: inout [UInt8]) {
        if text.isEmpty {
            buffer.append(contentsOf: "\"\"".utf8)
            return
        }
        switch writer.style {
        case .export:
            writer.appendField(CSVWriter.injectionEscaped(text), to: &buffer)
        case .sheetFile:
            writer.appendField(text.hasPrefix("=") ? "'" + text : text, to: &buffer)
        }
    }
}
