/// Which number formats make a cell a date.
///
/// An `.xlsx` stores a date as its serial number; only the cell's number format says it is
/// one. A format counts as a date when it shows a day, a month or a year: Excel's built-in
/// date formats (including the zh-CN ones Chinese Excel and WPS use, `yyyy"年"m"月"d"日"`),
/// and custom formats whose codes — outside quotes, escapes and `[…]` — hold `y` or `d`, or
/// `m` without `h` or `s` beside it (with them, `m` is minutes).
///
/// Formats that show only a time of day or a duration (`h:mm`, `[h]:mm:ss`, built-in 18–21,
/// 45–47) are not dates: Suanpan has no time value, and their figure (a fraction of a day)
/// is kept as a plain number rather than turned into the meaningless date 1900-01-00.
enum XLSXDateFormat {
    /// Built-in format ids that show a date: 14–17 and 22 everywhere, and the East Asian
    /// date ids 27–31, 36, 50–54, 57 and 58 (in zh-CN `yyyy"年"m"月"`, `m"月"d"日"`, …).
    static let builtInDateIDs: Set<Int> = [14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]

    /// True when the format with this id (and, for custom ids, this code) shows a date.
    static func isDate(id: Int, code: String?) -> Bool {
        if let code { return isDate(code: code) }
        return builtInDateIDs.contains(id)
    }

    /// True when the custom format code shows a date. Only the first section counts: it is
    /// the one positive numbers, and so serials, are shown with.
    static func isDate(code: String) -> Bool {
        var sawDate = false, sawMonthOrMinute = false, sawTime = false
        var characters = code.makeIterator()
        while let character = characters.next() {
            switch character {
            case ";": return sawDate || (sawMonthOrMinute && !sawTime)
            case "\"": while let next = characters.next(), next != "\"" {}
            case "\\", "_", "*": _ = characters.next()
            case "[": while let next = characters.next(), next != "]" {}
            case "y", "Y", "d", "D": sawDate = true
            case "m", "M": sawMonthOrMinute = true
            case "h", "H", "s", "S": sawTime = true
            default: break
            }
        }
        return sawDate || (sawMonthOrMinute && !sawTime)
    }
}
