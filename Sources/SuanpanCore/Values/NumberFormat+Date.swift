/// Date sections: `yyyy-mm-dd`, `yyyy年m月d日`, `m/d`, with English month and weekday names
/// for `mmm`, `mmmm`, `ddd` and `dddd` as Excel's default locale writes them.
extension NumberFormat {
    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"]
    private static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// The serial `amount` (its whole days) written by a date section; `#VALUE!` outside
    /// Excel's dates (negative, or past 9999-12-31).
    func formatDate(_ amount: Exact, _ section: Section) throws(CellError) -> String {
        guard let serial = amount.floor().integerValue, let (year, month, day) = ExcelDate.components(serial) else {
            throw CellError(.value, "the number is not a date Excel can show")
        }
        // Serial 1 is a Sunday in Excel's calendar (its phantom 1900-02-29 included).
        let weekday = (serial + 6) % 7
        return section.tokens.map { token -> String in
            switch token {
            case .literal(let text): return text
            case .date("y", let run): return run <= 2 ? NumberFormat.padded(year % 100, 2) : NumberFormat.padded(year, 4)
            case .date("m", let run):
                switch run {
                case 1: return String(month)
                case 2: return NumberFormat.padded(month, 2)
                case 3: return String(NumberFormat.monthNames[month - 1].prefix(3))
                case 4: return NumberFormat.monthNames[month - 1]
                default: return String(NumberFormat.monthNames[month - 1].prefix(1))
                }
            case .date("d", let run):
                switch run {
                case 1: return String(day)
                case 2: return NumberFormat.padded(day, 2)
                case 3: return String(NumberFormat.dayNames[weekday].prefix(3))
                default: return NumberFormat.dayNames[weekday]
                }
            case .percent: return "%"
            default: return ""
            }
        }.joined()
    }

    /// `value` with leading zeros to `width` digits.
    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
