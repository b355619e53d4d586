/// `export … to FILE.json`: a sheet as an array of records, one per row, for scripts and web
/// pages:
///
/// ```
/// [
///   {"部门": "办公室", "季度": 1, "决算数(万元)": 118.20, "备注": null},
///   {"部门": "宣传部", "季度": 2, "决算数(万元)": 47.25, "备注": "#DIV/0!"}
/// ]
/// ```
///
/// Keys are the column headings as `show` and CSV exports write them, the unit in brackets
/// (`决算数(万元)`), in column order: a record stays flat for jq and pandas, and the unit
/// travels with the figure. Numbers are JSON numbers with exactly the digits of the exact
/// value (`132.01`, `12.30`, never `132.00999999`); `numbers as text` writes them as strings
/// instead, for readers that would turn them into binary floating point. A number in another
/// unit than its column's is a string with its unit (`"3元"`), as CSV writes it. Blank is
/// `null`, TRUE/FALSE are `true`/`false`, dates `"2022-09-30"`, errors `"#DIV/0!"`.
/// Formats are not applied: the file holds values, not their display.
struct JSONExport {
    /// Numbers as JSON strings rather than JSON numbers.
    var numbersAsText = false

    func write(_ sheet: Sheet, to emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) {
        let keys: [[UInt8]] = sheet.columns.map { column in
            var key: [UInt8] = []
            JSONText.appendString(SheetTable.heading(column), to: &key)
            return key + Array(": ".utf8)
        }
        var buffer: [UInt8] = [0x5B]
        let rowCount = sheet.rowCount
        for row in 0..<rowCount {
            buffer.append(contentsOf: row == 0 ? Array("\n  {".utf8) : Array(",\n  {".utf8))
            for (index, column) in sheet.columns.enumerated() {
                if index > 0 { buffer.append(contentsOf: ", ".utf8) }
                buffer.append(contentsOf: keys[index])
                appendValue(row < column.count ? column[row] : .blank, columnUnit: column.unit, to: &buffer)
            }
            buffer.append(0x7D)
            if buffer.count >= 1 << 20 {
                try emit(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        buffer.append(contentsOf: rowCount == 0 ? Array("]\n".utf8) : Array("\n]\n".utf8))
        try emit(buffer)
    }

    /// Appends one value (see the type's summary for the spellings).
    func appendValue(_ value: Value, columnUnit: Unit, to buffer: inout [UInt8]) {
        switch value {
        case .blank:
            buffer.append(contentsOf: "null".utf8)
        case .number(let quantity):
            let figure = quantity.amount.description
            if quantity.unit != columnUnit {
                JSONText.appendString(figure + quantity.unit.symbol, to: &buffer)
            } else if numbersAsText {
                JSONText.appendString(figure, to: &buffer)
            } else {
                buffer.append(contentsOf: figure.utf8)
            }
        case .text(let text):
            JSONText.appendString(text, to: &buffer)
        case .bool(let flag):
            buffer.append(contentsOf: (flag ? "true" : "false").utf8)
        case .date(let serial):
            JSONText.appendString(ExcelDate(serial: serial).description, to: &buffer)
        case .error(let error):
            JSONText.appendString(error.description, to: &buffer)
        }
    }
}
