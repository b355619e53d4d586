import Testing
@testable import SuanpanCore

/// `NumberFormat` applied directly: patterns, sections, units in the suffix, dates and the
/// display rounding mode.
@Suite struct NumberFormatTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let value: Value
        let pattern: String
        let expected: String
        var mode: RoundingMode = .halfAwayFromZero
        var testDescription: String { "\(value.generalDescription) as \(pattern)" }
    }

    static let wan = UnitCatalog.standard.unit(named: "万元")!
    static let yuan = UnitCatalog.standard.unit(named: "元")!

    static func number(_ text: String, _ unit: Unit = .none) -> Value {
        .number(Quantity(Exact(text)!, unit))
    }

    @Test(arguments: [
        Case(value: number("1234.5"), pattern: "0", expected: "1235"),
        Case(value: number("-2.5"), pattern: "0", expected: "-3"),
        Case(value: number("0.285"), pattern: "0.00", expected: "0.29"),
        Case(value: number("1234567.891"), pattern: "#,##0.00", expected: "1,234,567.89"),
        Case(value: number("-1234.5"), pattern: "#,##0", expected: "-1,235"),
        Case(value: number("0"), pattern: "#,##0", expected: "0"),
        Case(value: number("5"), pattern: "000", expected: "005"),
        Case(value: number("1.5"), pattern: "0.0#", expected: "1.5"),
        Case(value: number("1.256"), pattern: "0.0#", expected: "1.26"),
        Case(value: number("0.5"), pattern: "#.00", expected: ".50"),
        Case(value: number("12.5"), pattern: ".00", expected: "12.50"),
        Case(value: number("1234567"), pattern: "#,##0,", expected: "1,235"),
        Case(value: number("0.125"), pattern: "0.00%", expected: "12.50%"),
        Case(value: number("0.382899"), pattern: "0.00%", expected: "38.29%"),
        Case(value: number("0.382899"), pattern: "0.00%", expected: "38.28%", mode: .towardZero),
        Case(value: number("0.125"), pattern: "0.0%", expected: "12.5%", mode: .halfEven),
        Case(value: number("-0.001"), pattern: "0.00", expected: "0.00"),
        Case(value: number("-5"), pattern: "0.00;(0.00)", expected: "(5.00)"),
        Case(value: number("0"), pattern: "0.00;-0.00;\"—\"", expected: "—"),
        Case(value: number("1.5"), pattern: "General", expected: "1.5"),
        Case(value: number("3.6"), pattern: "0.0万元", expected: "3.6万元"),
        Case(value: number("36000", yuan), pattern: "0.0万元", expected: "3.6万元"),
        Case(value: number("36000", yuan), pattern: "#,##0.00 元", expected: "36,000.00 元"),
        Case(value: number("1234567.5", yuan), pattern: "0.0万元", expected: "123.5万元"),
        Case(value: number("1234567.5", yuan), pattern: "0.0万元", expected: "123.4万元", mode: .towardZero),
        Case(value: number("0.0153"), pattern: "0.00个百分点", expected: "1.53个百分点"),
        Case(value: number("-0.0153"), pattern: "0.00个百分点", expected: "-1.53个百分点"),
        Case(value: number("0.01535"), pattern: "0.00个百分点", expected: "1.53个百分点", mode: .towardZero),
        Case(value: number("1.53", .percentagePoints), pattern: "0.00个百分点", expected: "1.53个百分点"),
        Case(value: number("1.53", .percentagePoints), pattern: "0.0", expected: "1.5"),
        Case(value: number("0.382867"), pattern: "0.00%", expected: "38.29%"),
        Case(value: number("0.382867"), pattern: "0.00%", expected: "38.28%", mode: .towardZero),
        Case(value: number("0.12345"), pattern: "0.00%", expected: "12.34%", mode: .halfEven),
        Case(value: number("3.6", wan), pattern: "#,##0\"元\"", expected: "36,000元"),
        Case(value: number("3.6", wan), pattern: "0.00", expected: "3.60"),
        Case(value: .text("珠晖"), pattern: "0.00", expected: "珠晖"),
        Case(value: .text("珠晖"), pattern: "0;-0;0;\"区：\"@", expected: "区：珠晖"),
        Case(value: .blank, pattern: "0.0", expected: "0.0"),
        Case(value: .bool(true), pattern: "0", expected: "TRUE"),
        Case(value: .date(44834), pattern: "yyyy-mm-dd", expected: "2022-09-30"),
        Case(value: .date(44834), pattern: "yyyy年m月d日", expected: "2022年9月30日"),
        Case(value: .date(44834), pattern: "m/d", expected: "9/30"),
        Case(value: .date(44834), pattern: "dddd, mmm d, yy", expected: "Friday, Sep 30, 22"),
        Case(value: number("45351.75"), pattern: "yyyy-mm-dd", expected: "2024-02-29"),
        Case(value: .date(44834), pattern: "0", expected: "44834"),
    ])
    func formats(_ c: Case) throws {
        let format = try NumberFormat(c.pattern)
        #expect(try format.format(c.value, mode: c.mode) == c.expected)
    }

    @Test(arguments: [
        Case(value: number("72", UnitCatalog.standard.unit(named: "户")!), pattern: "0.0万元", expected: "#UNIT!"),
        Case(value: number("-1"), pattern: "yyyy-mm-dd", expected: "#VALUE!"),
        Case(value: .error(CellError(.notAvailable)), pattern: "0", expected: "#N/A"),
    ])
    func refusals(_ c: Case) throws {
        let format = try NumberFormat(c.pattern)
        #expect(throws: CellError.self) { try format.format(c.value) }
        do {
            _ = try format.format(c.value)
        } catch {
            #expect(error.description == c.expected)
        }
    }

    @Test(arguments: ["0.0E+00", "[>100]0", "hh:mm", "0;0;0;@;0", "\"open"])
    func unsupportedPatterns(_ pattern: String) {
        #expect(throws: CellError.self) { try NumberFormat(pattern) }
    }
}
