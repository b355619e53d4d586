/// A calendar date as Excel numbers it: serial day 1 is 1900-01-01.
///
/// Excel's 1900 date system counts a 29 February 1900 that never was (Lotus 1-2-3 thought
/// 1900 a leap year, and Excel kept the mistake for compatibility), so serial 60 is
/// "1900-02-29" and every serial from 61 (1900-03-01) on is one more than the true day count
/// from 1899-12-31. Serial 0 is Excel's "1900-01-00"; the last serial is 2958465, 9999-12-31.
/// Everything is integer arithmetic on the proleptic Gregorian calendar.
public struct ExcelDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The Excel serial day number.
    public var serial: Int

    /// The date with this serial.
    public init(serial: Int) {
        self.serial = serial
    }

    /// The largest serial Excel shows as a date: 9999-12-31.
    public static let maximumSerial = 2_958_465

    /// Orders dates by serial.
    public static func < (a: ExcelDate, b: ExcelDate) -> Bool { a.serial < b.serial }

    /// `2024-03-31`; Excel's `1900-01-00` for serial 0; the bare serial outside Excel's range.
    public var description: String {
        guard let (year, month, day) = ExcelDate.components(serial) else { return String(serial) }
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// The serial of a date as Excel's `DATE(year, month, day)` computes it, or nil (`#NUM!`).
    ///
    /// Excel's normalisation: years 0–1899 mean 1900–3799; a month outside 1…12 moves into
    /// the year before or after (`DATE(2024,13,1)` is 2025-01-01, month 0 is December of the
    /// year before); a day outside the month moves as many days on (`day 0` is the last day of
    /// the month before). Nil for a year outside 0…9999 or a result outside 0…2958465.
    public static func serial(year: Int, month: Int, day: Int) -> Int? {
        guard (0...9999).contains(year) else { return nil }
        // Bound the inputs so the day arithmetic below cannot overflow.
        guard abs(month) <= 1_000_000, abs(day) <= 100_000_000 else { return nil }
        var fullYear = year < 1900 ? year + 1900 : year
        let monthIndex = month - 1
        let yearShift = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12  // floor
        fullYear += yearShift
        let normalizedMonth = monthIndex - yearShift * 12 + 1
        // Days are counted on from the first of the month in serials, as Excel does, so the
        // phantom day is counted too: DATE(1900,3,0) is serial 60, "1900-02-29".
        let serial = excelSerial(fromDays: daysFromCivil(fullYear, normalizedMonth, 1)) + day - 1
        guard (0...maximumSerial).contains(serial) else { return nil }
        return serial
    }

    /// Year, month and day of a serial, or nil outside 0…2958465. Serial 0 is (1900, 1, 0)
    /// and serial 60 is (1900, 2, 29), as Excel's YEAR, MONTH and DAY give them.
    public static func components(_ serial: Int) -> (year: Int, month: Int, day: Int)? {
        guard (0...maximumSerial).contains(serial) else { return nil }
        if serial == 0 { return (1900, 1, 0) }
        if serial == 60 { return (1900, 2, 29) }
        // Serials past the phantom day are one ahead of the true count.
        let days = serial < 60 ? serial : serial - 1
        return civilFromDays(days + epochDays)
    }

    /// The serial of a date written `2024-03-31`, `2024/3/31` or `2024年3月31日`, or nil.
    /// The date must exist (Excel's 1900-02-29 included); no normalisation is done.
    public static func parse(_ text: some StringProtocol) -> Int? {
        var fields: [Int] = []
        var current: Int?
        var separators: [Character] = []
        for character in text {
            if let digit = character.wholeNumberValue, character.isASCII {
                current = (current ?? 0) * 10 + digit
                guard current! <= 9999 else { return nil }
            } else {
                guard let value = current else { return nil }
                fields.append(value)
                separators.append(character)
                current = nil
            }
        }
        if let value = current { fields.append(value) }
        let valid = separators == ["-", "-"] || separators == ["/", "/"] || separators == ["年", "月", "日"]
        guard valid, fields.count == 3, (1900...9999).contains(fields[0]) else { return nil }
        let (year, month, day) = (fields[0], fields[1], fields[2])
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return serial(year: year, month: month, day: day)
    }

    /// Days in a month, with Excel's February 1900 of 29 days.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 || year == 1900
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to 1899-12-31, the day before serial 1.
    private static let epochDays = daysFromCivil(1899, 12, 31)

    /// The Excel serial of a true day count from 1970-01-01.
    private static func excelSerial(fromDays days: Int) -> Int {
        let count = days - epochDays
        // From 1900-03-01 (true count 60) on, Excel counts the phantom 29 February too.
        return count >= 60 ? count + 1 : count
    }

    /// Days from 1970-01-01 to a Gregorian date (H. Hinnant's `days_from_civil`).
    private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The Gregorian date of a day count from 1970-01-01 (H. Hinnant's `civil_from_days`).
    private static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
