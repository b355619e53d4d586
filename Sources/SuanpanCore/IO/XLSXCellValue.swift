/// Turns one worksheet cell — its type, style and text — into a `Value`.
///
/// | `t=`        | holds                                   | becomes                        |
/// |-------------|-----------------------------------------|--------------------------------|
/// | `s`         | an index into the shared strings        | `.text`                        |
/// | `inlineStr` | `<is>` text in the cell                 | `.text`                        |
/// | `str`       | a formula's text result                 | `.text`                        |
/// | `b`         | `1` or `0`                              | `.bool`                        |
/// | `e`         | `#DIV/0!`, `#N/A`, …                    | `.error`                       |
/// | `d`         | an ISO 8601 date (`2022-09-30T00:00:00`) | `.date`                        |
/// | `n` or none | a decimal figure                        | `.number`, or `.date` if styled |
///
/// Figures are read from their decimal text with `Exact`, never through a binary float:
/// `12.30` keeps its two places and `0.30000000000000004` — binary noise a writer left in
/// the file — stays exactly what the file says. A figure whose style is a date format is a
/// date: its whole days become the serial and a time of day is dropped (and counted, so
/// that the reader can say so once per sheet).
struct XLSXCellValue {
    /// The shared strings table.
    var strings: [String]
    /// For each cell style index, true when it formats dates.
    var dateStyles: [Bool]
    /// The 1904 date system: serials are moved onto the 1900 system Suanpan counts in.
    var date1904: Bool
    /// Date cells whose time of day was dropped.
    private(set) var droppedTimes = 0

    /// Days from 1900-01-00 to 1904-01-01 in Excel's count (including its phantom 1900-02-29).
    static let offset1904 = 1462

    /// Creates a converter over a package's strings, styles and date system.
    init(strings: [String], dateStyles: [Bool], date1904: Bool) {
        self.strings = strings
        self.dateStyles = dateStyles
        self.date1904 = date1904
    }

    /// The value of a cell, or a sentence saying why its content cannot be read.
    mutating func value(type: String?, style: Int?, text: String?, inline: String?) -> Result<Value, Problem> {
        switch type {
        case "s":
            guard let text, let index = Int(text.trimmingSpaces), strings.indices.contains(index) else {
                return .failure(Problem("refers to shared string '\(text ?? "")', which the table does not hold"))
            }
            return .success(.text(strings[index]))
        case "inlineStr":
            return .success(inline.map { .text($0) } ?? text.map { .text($0) } ?? .blank)
        case "str":
            return .success(.text(XLSXXML.unescaped(text ?? "")))
        case "b":
            switch text?.trimmingSpaces {
            case "1", "true": return .success(.bool(true))
            case "0", "false": return .success(.bool(false))
            default: return .failure(Problem("holds '\(text ?? "")', which is not a boolean"))
            }
        case "e":
            let literal = text?.trimmingSpaces ?? ""
            // Excel's own errors Suanpan does not have (#NULL!, #SPILL!, #CALC!) become
            // #VALUE!, with the original named in the message.
            return .success(.error(CellError(literal: literal) ?? CellError(.value, "\(literal) in the workbook")))
        case "d":
            guard let text, let serial = XLSXCellValue.serial(iso: text) else {
                return .failure(Problem("holds '\(text ?? "")', which is not an ISO 8601 date"))
            }
            return .success(.date(serial))
        case nil, "n":
            return number(text, style: style)
        case let other?:
            return .failure(Problem("has the unknown cell type '\(other)'"))
        }
    }

    /// Why a cell cannot be read, in words that follow the cell's address.
    struct Problem: Error {
        /// The sentence, without the address.
        var message: String
        /// A problem saying `message`.
        init(_ message: String) { self.message = message }
    }

    private mutating func number(_ text: String?, style: Int?) -> Result<Value, Problem> {
        guard let text = text?.trimmingSpaces, !text.isEmpty else { return .success(.blank) }
        guard let figure = Exact(text) else {
            return .failure(Problem("holds '\(text)', which is not a number"))
        }
        guard let style, dateStyles.indices.contains(style), dateStyles[style] else { return .success(.number(figure)) }
        let whole = figure.floor()
        guard let days = whole.integerValue, days >= 0 else { return .success(.number(figure)) }
        let serial = date1904 ? days + XLSXCellValue.offset1904 : days
        guard serial <= ExcelDate.maximumSerial else { return .success(.number(figure)) }
        if whole != figure { droppedTimes += 1 }
        return .success(.date(serial))
    }

    /// The serial of `2022-09-30` or `2022-09-30T15:30:00` (the time dropped), or nil.
    static func serial(iso text: String) -> Int? {
        let date = text.trimmingSpaces.prefix { $0 != "T" && $0 != " " }
        let parts = date.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return ExcelDate.serial(year: year, month: month, day: day)
    }
}
