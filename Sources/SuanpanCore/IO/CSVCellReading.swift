/// What one CSV field holds, read from its bytes as Excel reads a cell typed in.
///
/// The common cases never make a `String`: an empty field, a plain decimal (`12.30`, `-5`)
/// read by `Exact(utf8:)`, and text that cannot be anything else (it starts with a letter or
/// a CJK character). The rest — published figures (`1,234.56`, `（1,234.00）`, `３.６万元`,
/// `12.78万`, `50%`), dashes for blank, TRUE/FALSE, dates, `=` formulas and `'=` texts — is
/// decided on a `String`, which is rare in a ledger.
enum CSVCellReading: Equatable {
    /// An empty cell: an empty field, or a dash standing for "nothing" (`—`, `-`, `－`).
    case blank
    /// A figure; `unit` is the unit written after it (`3.6万元`), nil for a bare figure.
    case number(Exact, unit: Unit?)
    /// A bare figure written with 万 or 亿 (`12.78万` is 127800): that many of the base unit
    /// of whatever its column measures (元 in a money column), not of the heading's unit — in
    /// a `决算数(万元)` column it is 12.78 万元, never 127800 万元.
    case scaledNumber(Exact)
    /// TRUE or FALSE, in any case.
    case bool(Bool)
    /// A date, as its Excel serial.
    case date(Int)
    /// Text: the field's bytes after the first `dropping` (1 for a `'=` text, else 0).
    case text(dropping: Int)
    /// A cell formula: the field is its source, `=` included.
    case formula

    /// Reads a field. `keepsSource` tells whether the field's bytes differ from how the value
    /// is written back (`1,234.56`, `2022/9/30`, `true`, `—`), so they must be kept.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, units: UnitCatalog) -> (reading: CSVCellReading, keepsSource: Bool) {
        guard let first = bytes.first else { return (.blank, false) }
        if let (number, plain) = plainDecimal(bytes) { return (.number(number, unit: nil), !plain) }
        if isNumberStart(first), let number = Exact(utf8: bytes) {
            // Long or exponent figures are rare enough to compare spellings as strings.
            return (.number(number, unit: nil), number.description != String(decoding: bytes, as: UTF8.self))
        }
        guard mayBeOtherThanText(first) else { return (.text(dropping: 0), false) }
        return readSlowly(String(decoding: bytes, as: UTF8.self), bytes: bytes, units: units)
    }

    /// A decimal of at most 18 digits written `-?digits(.digits)?`, read in one pass with
    /// 64-bit arithmetic, and whether it is spelled as `Exact.description` writes it (no
    /// leading zeros, not `-0`). Nil for anything else, which the full reader then tries.
    @inline(__always)
    static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> (Exact, plain: Bool)? {
        guard let (significand, scale, plain) = plainFigure(bytes) else { return nil }
        return (Exact(significand: Int128(significand), scale: scale), plain)
    }

    /// `plainDecimal` as a 64-bit significand and a scale, for number storage to keep as
    /// they are without forming an `Exact`.
    @inline(__always)
    static func plainFigure(_ bytes: UnsafeBufferPointer<UInt8>) -> (significand: Int64, scale: Int16, plain: Bool)? {
        let count = bytes.count
        guard count <= 19 else { return nil }
        var index = 0
        let negative = bytes[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        var significand: Int64 = 0
        let integerStart = index
        while index < count, case let digit = bytes[index] &- UInt8(ascii: "0"), digit < 10 {
            significand = significand &* 10 &+ Int64(digit)
            index += 1
        }
        let integerDigits = index - integerStart
        // 19 bytes hold 19 digits when there is no sign or point: past 64 bits, so the full
        // reader takes them.
        guard integerDigits > 0, integerDigits < 19 else { return nil }
        var scale: Int16 = 0
        if index < count {
            guard bytes[index] == UInt8(ascii: "."), index + 1 < count else { return nil }
            index += 1
            while index < count, case let digit = bytes[index] &- UInt8(ascii: "0"), digit < 10 {
                significand = significand &* 10 &+ Int64(digit)
                scale += 1
                index += 1
            }
            guard index == count else { return nil }
        }
        let plain = !(integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0")) && !(negative && significand == 0)
        return (negative ? -significand : significand, scale, plain)
    }

    /// The readings that need the field as a `String`.
    private static func readSlowly(
        _ text: String, bytes: UnsafeBufferPointer<UInt8>, units: UnitCatalog
    ) -> (reading: CSVCellReading, keepsSource: Bool) {
        if text.hasPrefix("=") && text.count > 1 { return (.formula, false) }
        if text.hasPrefix("'=") { return (.text(dropping: 1), true) }
        let body = text.trimmingSpaces
        if blankSpellings.contains(String(body)) { return (.blank, true) }
        switch body.uppercased() {
        case "TRUE": return (.bool(true), text != "TRUE")
        case "FALSE": return (.bool(false), text != "FALSE")
        default: break
        }
        // Dates before figures: the figure reader would take `2022-09-30` for its serial.
        if let serial = ExcelDate.parse(body) {
            return (.date(serial), text != ExcelDate(serial: serial).description)
        }
        if let quantity = PublishedNumber.read(text, units: units) {
            if quantity.unit.isNone && PublishedNumber.hasMultiplier(text) { return (.scaledNumber(quantity.amount), true) }
            return (.number(quantity.amount, unit: quantity.unit.isNone ? nil : quantity.unit), true)
        }
        return (.text(dropping: 0), false)
    }

    /// Dashes that published tables print in an empty cell.
    private static let blankSpellings: Set<String> = ["-", "—", "——", "－", "–"]

    /// A byte a plain decimal may start with.
    @inline(__always)
    static func isNumberStart(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
    }

    /// False when a field starting with `byte` can only be text: a letter other than the
    /// start of TRUE/FALSE, or a character outside the punctuation blocks whose fullwidth
    /// digits, brackets, dashes and spaces published figures use (lead bytes E2, E3, EF).
    @inline(__always)
    static func mayBeOtherThanText(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "("), UInt8(ascii: "="), UInt8(ascii: "'"), UInt8(ascii: " "), UInt8(ascii: "\t"),
             UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), 0xE2, 0xE3, 0xEF:
            true
        default:
            false
        }
    }
}
