import Testing
@testable import SuanpanCore

/// Every rounding mode on halves, near-halves and negatives; places and significant digits.
struct ExactRoundingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let value: String, places: Int, mode: RoundingMode, expected: String
        var testDescription: String { "\(value) to \(places) places, \(mode)" }
        init(_ value: String, _ places: Int, _ mode: RoundingMode, _ expected: String) {
            (self.value, self.places, self.mode, self.expected) = (value, places, mode, expected)
        }
    }

    /// For each value, the result in the order halfAwayFromZero, halfEven, towardZero,
    /// awayFromZero, down, up.
    static let table: [(String, Int, [String])] = [
        ("2.5", 0, ["3", "2", "2", "3", "2", "3"]),
        ("-2.5", 0, ["-3", "-2", "-2", "-3", "-3", "-2"]),
        ("3.5", 0, ["4", "4", "3", "4", "3", "4"]),
        ("-3.5", 0, ["-4", "-4", "-3", "-4", "-4", "-3"]),
        ("2.4999", 0, ["2", "2", "2", "3", "2", "3"]),
        ("2.5001", 0, ["3", "3", "2", "3", "2", "3"]),
        ("-2.5001", 0, ["-3", "-3", "-2", "-3", "-3", "-2"]),
        ("0.285", 2, ["0.29", "0.28", "0.28", "0.29", "0.28", "0.29"]),
        ("1.005", 2, ["1.01", "1.00", "1.00", "1.01", "1.00", "1.01"]),
        ("-1.005", 2, ["-1.01", "-1.00", "-1.00", "-1.01", "-1.01", "-1.00"]),
        ("2.345", 2, ["2.35", "2.34", "2.34", "2.35", "2.34", "2.35"]),
        ("1234", -2, ["1200", "1200", "1200", "1300", "1200", "1300"]),
        ("1250", -2, ["1300", "1200", "1200", "1300", "1200", "1300"]),
        ("-1250", -2, ["-1300", "-1200", "-1200", "-1300", "-1300", "-1200"]),
        ("9.99", 1, ["10.0", "10.0", "9.9", "10.0", "9.9", "10.0"]),
        ("0.4", 0, ["0", "0", "0", "1", "0", "1"]),
        ("-0.4", 0, ["0", "0", "0", "-1", "-1", "0"]),
        ("3", 2, ["3", "3", "3", "3", "3", "3"]),
        ("0.001", -40, ["0", "0", "0", "1e40", "0", "1e40"]),
        ("-0.001", -40, ["0", "0", "0", "-1e40", "-1e40", "0"]),
    ]

    static let cases: [Case] = table.flatMap { value, places, results in
        zip(RoundingMode.allCases, results).map { Case(value, places, $0, $1) }
    }

    @Test(arguments: cases)
    func rounding(_ c: Case) throws {
        let result = try #require(Exact(c.value)).rounded(places: c.places, c.mode)
        let expected = try #require(Exact(c.expected))
        #expect(result == expected, "\(result)")
    }

    @Test func roundKeepsTheSmallerScale() {
        #expect(Exact(3).rounded(places: 2).description == "3")
        #expect(Exact("2.5")!.rounded(places: 2).description == "2.5")
        #expect(Exact("2.345")!.rounded(places: 2).description == "2.35")
        #expect(Exact(1234).rounded(places: -2).description == "1200")
        #expect(Exact(1234).rounded(places: -2).scale == -2)
    }

    @Test func defaultIsSpreadsheetRound() {
        #expect(Exact("2.5")!.rounded(places: 0) == Exact(3))
        #expect(Exact("-2.5")!.rounded(places: 0) == Exact(-3))
    }

    @Test func significantDigits() {
        #expect(Exact("1234.5")!.roundedToSignificantDigits(2, .halfAwayFromZero).description == "1200")
        #expect(Exact("0.0012345")!.roundedToSignificantDigits(3, .halfEven).description == "0.00123")
        #expect(Exact("-0.0012355")!.roundedToSignificantDigits(4, .halfEven).description == "-0.001236")
        #expect(Exact("99.96")!.roundedToSignificantDigits(3, .halfAwayFromZero) == Exact(100))
        #expect(Exact(7).roundedToSignificantDigits(0, .up) == Exact(7))
    }

    @Test func floorCeilingTruncate() {
        #expect(Exact("-2.1")!.floor() == Exact(-3))
        #expect(Exact("-2.1")!.ceiling() == Exact(-2))
        #expect(Exact("-2.9")!.truncated() == Exact(-2))
        #expect(Exact("2.9")!.floor() == Exact(2))
        #expect(Exact("2.1")!.ceiling() == Exact(3))
        #expect(Exact("-7.8")!.truncatedInteger == -7)
        #expect(Exact("1e30")!.truncatedInteger == nil)
    }

    @Test func droppingDigitsIsHalfEven() {
        #expect(Exact(significand: 125, scale: 2).droppingDigits(1) == Exact("1.2")!)
        #expect(Exact(significand: 135, scale: 2).droppingDigits(1) == Exact("1.4")!)
        #expect(Exact(significand: .min, scale: 0).droppingDigits(50) == .zero)
    }
}
