/// Reading a figure as Chinese reports print it, for `VALUE` and the CSV reader.
///
/// On top of what arithmetic accepts (`Value.numberFromText`: `1,234.56`, `(1,234.00)`,
/// `50%`, dates), this reads fullwidth forms (`１２３`, `（1,234.00）`, `５０％`, the ideographic
/// space), the multipliers 万 and 亿 (`3.6万` is 36000, `1.2亿` is 120000000) and a trailing
/// unit the workbook knows (`3.6万元` is 3.6 万元, `72户` is 72 户).
enum PublishedNumber {
    /// The quantity `text` writes, or nil when it is not a figure.
    static func read(_ text: String, units: UnitCatalog) -> Quantity? {
        let body = String(halfwidth(text).trimmingSpaces)
        guard !body.isEmpty else { return nil }
        if let number = figure(body) { return Quantity(number) }
        // Try the longest unit suffix first, so 万元 wins over 元.
        var split = body.startIndex
        while split < body.endIndex {
            split = body.index(after: split)
            let symbol = String(body[split...].trimmingSpaces)
            guard !symbol.isEmpty, let unit = units.unit(named: symbol) else { continue }
            if let number = figure(body[..<split]) { return Quantity(number, unit) }
        }
        return nil
    }

    /// True when `text` ends with the multiplier 万 or 亿 (`12.78万`, `１.２亿`).
    static func hasMultiplier(_ text: String) -> Bool {
        guard let last = halfwidth(text).trimmingSpaces.last else { return false }
        return last == "万" || last == "亿"
    }

    /// A plain figure, with an optional trailing 万 or 亿.
    private static func figure(_ text: some StringProtocol) -> Exact? {
        let body = text.trimmingSpaces
        let multipliers: [Character: Int16] = ["万": 4, "亿": 8]
        if let last = body.last, let power = multipliers[last] {
            guard let number = Value.numberFromText(body.dropLast()) else { return nil }
            return number * Exact(significand: 1, scale: -power)
        }
        return Value.numberFromText(body)
    }

    /// Fullwidth ASCII forms (U+FF01…U+FF5E) as their ASCII letters, the ideographic space as
    /// a space, and the minus sign U+2212 as `-`.
    private static func halfwidth(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            case 0x2212: scalars.append("-")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
