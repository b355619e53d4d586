import Testing
@testable import SuanpanCore

/// Division: exact strings, and the 64-bit fast path against the general path and against
/// schoolbook long division.
struct ExactDivisionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let dividend, divisor, expected: String
        var testDescription: String { "\(dividend) / \(divisor)" }
        init(_ dividend: String, _ divisor: String, _ expected: String) {
            (self.dividend, self.divisor, self.expected) = (dividend, divisor, expected)
        }
    }

    static let cases: [Case] = [
        Case("1", "3", "0.333333333333333333"),
        Case("2", "3", "0.666666666666666667"),
        Case("-7", "2", "-3.5"),
        Case("1", "4", "0.25"),
        Case("1", "7", "0.142857142857142857"),
        Case("10", "5", "2"),
        Case("12.30", "3", "4.1"),
        Case("132.01", "72.19", "1.82864662695664219"),
        Case("78.63", "72.19", "1.08920903172184513"),
        Case("3.6", "-72", "-0.05"),
        Case("-1", "-8", "0.125"),
        Case("1e300", "1e-7", "1e307"),
        Case("1e-300", "1e300", "0"),
        Case("99999999999999999999", "7", "14285714285714285700"),
        // 6148914691236517205 is 19 digits: the tie at the 19th goes to the even 0.
        Case("18446744073709551615", "3", "6148914691236517200"),
        Case("170141183460469231731687303715884105727", "3", "56713727820156410600000000000000000000"),
        Case("1", "170141183460469231731687303715884105727", "5.87747175411143754e-39"),
        Case("123456789012345678901234567890", "0.000000001", "1.23456789012345679e38"),
        Case("2", "0.000000000000000000000000000000000003", "666666666666666667000000000000000000"),
    ]

    @Test(arguments: cases)
    func quotient(_ c: Case) throws {
        let a = try #require(Exact(c.dividend)), b = try #require(Exact(c.divisor))
        let result = try #require(a.divided(by: b))
        let expected = try #require(Exact(c.expected))
        #expect(result == expected, "\(result)")
    }

    @Test func divisionByZeroIsNil() {
        #expect(Exact(5).divided(by: .zero) == nil)
        #expect(Exact.zero.divided(by: .zero) == nil)
        #expect(Exact.zero.divided(by: Exact(3)) == .zero)
    }

    @Test func trailingZerosAreRemoved() {
        #expect(Exact(10).divided(by: Exact(4))!.description == "2.5")
        #expect(Exact("1.00")!.divided(by: Exact(1))!.description == "1")
        #expect(Exact(132).divided(by: Exact(7200))!.description == "0.0183333333333333333")
    }

    @Test func generalDisplayOfARatio() {
        #expect(Exact("132.01")!.divided(by: Exact("72.19")!)!.generalDescription == "1.82864662695664")
    }

    @Test func aSeventhTimesSevenIsOne() {
        let seventh = Exact(1).divided(by: Exact(7))!
        #expect((seventh * Exact(7)).generalDescription == "1")
        #expect((seventh * Exact(7)).description == "0.999999999999999999")
    }

    @Test func fastPathMatchesGeneralPathAndLongDivision() {
        var generator = SplitMix(seed: 42)
        for round in 0..<40_000 {
            let a = Self.randomMagnitude(&generator, bits: 64), b = Self.randomMagnitude(&generator, bits: 64)
            guard a != 0, b != 0 else { continue }
            let negative = round & 1 == 1
            let scale = Int(generator.next() % 20) - 10
            let fast = Exact.quotient(a, b, negative: negative, scale: scale)
            let general = Exact.quotient(UInt128(a), UInt128(b), negative: negative, scale: scale)
            #expect(fast.significand == general.significand && fast.scale == general.scale, "\(a) / \(b)")
            if round % 8 == 0 {
                let reference = Self.longDivision(UInt128(a), UInt128(b), negative: negative, scale: scale)
                #expect(fast == reference, "\(a) / \(b): \(fast) vs \(reference)")
            }
        }
    }

    @Test func generalPathMatchesLongDivision() {
        var generator = SplitMix(seed: 9)
        for _ in 0..<10_000 {
            let a = Self.randomWide(&generator), b = Self.randomWide(&generator)
            guard a != 0, b != 0 else { continue }
            let general = Exact.quotient(a, b, negative: false, scale: 0)
            let reference = Self.longDivision(a, b, negative: false, scale: 0)
            #expect(general == reference, "\(a) / \(b): \(general) vs \(reference)")
        }
    }

    @Test func tiesRoundToEven() {
        // 1 / 2^k has more than 18 digits from k = 20 on; construct exact ties by hand:
        // 100000000000000000.5 = 200000000000000001 / 2 rounds to …000 (even) and 300…003 / 2
        // to …002.
        #expect(Exact("200000000000000001")!.divided(by: Exact(2))! == Exact("100000000000000000")!)
        #expect(Exact("200000000000000003")!.divided(by: Exact(2))! == Exact("100000000000000002")!)
        #expect(Exact("-200000000000000003")!.divided(by: Exact(2))! == Exact("-100000000000000002")!)
    }

    /// A magnitude with a random bit length, so every digit count occurs.
    static func randomMagnitude(_ generator: inout SplitMix, bits: Int) -> UInt64 {
        generator.next() >> (generator.next() % UInt64(bits))
    }

    /// A 124-bit-or-smaller magnitude with a random bit length.
    static func randomWide(_ generator: inout SplitMix) -> UInt128 {
        let value = UInt128(generator.next()) << 64 | UInt128(generator.next())
        return value >> (4 + generator.next() % 124)
    }

    /// The quotient by schoolbook long division, one digit at a time: an independent check.
    /// Divisors must stay below 2^124 so that ten times a remainder fits.
    static func longDivision(_ a: UInt128, _ b: UInt128, negative: Bool, scale: Int) -> Exact {
        var digits: [UInt8] = Array(String(a / b).utf8).map { $0 - 48 }
        var remainder = a % b
        var fractionDigits = 0
        if digits == [0] { digits = [] }
        while digits.count < 19 {
            remainder *= 10
            let digit = UInt8(remainder / b)
            remainder %= b
            fractionDigits += 1
            if digits.isEmpty && digit == 0 { continue }
            digits.append(digit)
        }
        // The integer part may already have more than 19 digits.
        var sticky = remainder != 0
        while digits.count > 19 {
            if digits.removeLast() != 0 { sticky = true }
            fractionDigits -= 1
        }
        let last = digits.removeLast()
        fractionDigits -= 1
        var kept = digits.reduce(UInt128(0)) { $0 * 10 + UInt128($1) }
        if last > 5 || (last == 5 && (sticky || kept & 1 == 1)) { kept += 1 }
        let magnitude = Int128(kept)
        return Exact(significand: negative ? -magnitude : magnitude, scale: Int16(scale + fractionDigits))
    }
}
