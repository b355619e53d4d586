import Testing
@testable import SuanpanCore

/// `description`, General and fixed formats.
struct ExactFormattingTests {
    @Test(arguments: [
        ("12.30", "12.30"), ("-0.005", "-0.005"), ("1200", "1200"), ("1.2e3", "1200"),
        ("0.00", "0.00"), ("-0", "0"), (".5", "0.5"), ("5.", "5"),
        ("170141183460469231731687303715884105727", "170141183460469231731687303715884105727"),
        ("-123456789012345678901234567.89", "-123456789012345678901234567.89"),
    ])
    func description(_ text: String, _ expected: String) {
        #expect(Exact(text)?.description == expected)
    }

    @Test(arguments: [
        ("1.82864662695664219", "1.82864662695664"), ("78.63", "78.63"), ("-3", "-3"),
        ("12.30", "12.3"), ("0.1", "0.1"), ("1234567890123456", "1.23456789012346E+15"),
        ("999999999999999", "999999999999999"), ("999999999999999.5", "1E+15"),
        ("0.000000001", "0.000000001"), ("0.0000000001", "1E-10"), ("-250000000000000000000", "-2.5E+20"),
        ("0.123456789012345678", "0.123456789012346"), ("2.5e-15", "2.5E-15"), ("1e300", "1E+300"),
        ("0", "0"), ("0.00", "0"), ("-0.0000000012345", "-0.0000000012345"), ("123456.7890123455", "123456.789012346"),
    ])
    func general(_ text: String, _ expected: String) {
        #expect(Exact(text)?.generalDescription == expected)
    }

    struct FixedCase: CustomTestStringConvertible, Sendable {
        let value: String, places: Int, mode: RoundingMode, grouping: Bool, expected: String
        var testDescription: String { "\(value) \(places) \(mode) \(grouping)" }
    }

    @Test(arguments: [
        FixedCase(value: "1234567.891", places: 2, mode: .halfAwayFromZero, grouping: true, expected: "1,234,567.89"),
        FixedCase(value: "-1234.5", places: 2, mode: .halfAwayFromZero, grouping: true, expected: "-1,234.50"),
        FixedCase(value: "3", places: 2, mode: .halfAwayFromZero, grouping: false, expected: "3.00"),
        FixedCase(value: "999.5", places: 0, mode: .halfAwayFromZero, grouping: true, expected: "1,000"),
        FixedCase(value: "123", places: 0, mode: .halfAwayFromZero, grouping: true, expected: "123"),
        FixedCase(value: "-0.001", places: 2, mode: .halfAwayFromZero, grouping: false, expected: "0.00"),
        FixedCase(value: "38.2899", places: 2, mode: .towardZero, grouping: false, expected: "38.28"),
        FixedCase(value: "38.2899", places: 2, mode: .halfAwayFromZero, grouping: false, expected: "38.29"),
        FixedCase(value: "2.665", places: 2, mode: .halfEven, grouping: false, expected: "2.66"),
        FixedCase(value: "1e3", places: 1, mode: .halfAwayFromZero, grouping: true, expected: "1,000.0"),
        FixedCase(value: "1234567", places: -3, mode: .halfAwayFromZero, grouping: true, expected: "1,235,000"),
        FixedCase(value: "0.5", places: 0, mode: .halfAwayFromZero, grouping: false, expected: "1"),
        FixedCase(value: "-66614955.85", places: 2, mode: .halfAwayFromZero, grouping: true, expected: "-66,614,955.85"),
    ])
    func fixed(_ c: FixedCase) {
        #expect(Exact(c.value)?.fixedDescription(places: c.places, mode: c.mode, grouping: c.grouping) == c.expected)
    }

    @Test func percentageUnderTruncation() {
        // 执行率 0.382899… shown as a percentage: truncation and half-up disagree.
        let rate = Exact("3828.99")!.divided(by: Exact(10_000))! * Exact(100)
        #expect(rate.fixedDescription(places: 2, mode: .towardZero) == "38.28")
        #expect(rate.fixedDescription(places: 2) == "38.29")
    }
}
