/// One column prepared for writing row after row: the work that does not depend on the row
/// (its texts encoded and quoted once, its cell formulas printed once) is done up front, so a
/// million-row column costs a copy of bytes per cell.
struct ColumnWriter {
    let column: Column
    let writer: CSVWriter
    /// Sheet files only: the `=…` text of each cell formula in this column, by data row.
    let formulas: [Int: String]
    /// For text storage: each dictionary entry as its field's bytes.
    let encodedTexts: [[UInt8]]

    init(sheet: Sheet, column index: Int, writer: CSVWriter) {
        column = sheet.columns[index]
        self.writer = writer
        var formulas: [Int: String] = [:]
        if writer.style == .sheetFile {
            for (address, formula) in sheet.cellFormulas where address.column == index && address.row > 0 {
                formulas[address.row - 1] = "=" + formula.formulaText
            }
        }
        self.formulas = formulas
        if case .text(_, let dictionary) = column.storage {
            encodedTexts = dictionary.map { text in
                var bytes: [UInt8] = []
                ColumnWriter.appendText(text, writer: writer, to: &bytes)
                return bytes
            }
        } else {
            encodedTexts = []
        }
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
        switch column.storage {
        case .numbers(let numbers, let blank):
            if !blank.isEmpty && blank[row] { return }
            numbers[row].appendDescription(to: &buffer)
        case .text(let codes, _):
            let code = codes[row]
            if code != Column.blankCode { buffer.append(contentsOf: encodedTexts[Int(code)]) }
        case .values(let values):
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
