import Testing
@testable import SuanpanCore

/// Square roots, powers and the conversions around them.
struct ExactPowerTests {
    @Test(arguments: [
        ("4", "2"), ("2", "1.41421356237309505"), ("0.25", "0.5"), ("1e-300", "1e-150"),
        ("10", "3.16227766016837933"), ("1e300", "1e150"), ("0", "0"), ("152.2756", "12.34"),
        ("170141183460469231731687303715884105727", "13043817825332782200"),
    ])
    func squareRoot(_ value: String, _ expected: String) {
        #expect(Exact(value)!.squareRoot() == Exact(expected)!, "\(Exact(value)!.squareRoot()!)")
    }

    @Test func squareRootOfANegativeIsNil() {
        #expect(Exact(-4).squareRoot() == nil)
    }

    @Test func squareRootsAreCorrectlyRounded() {
        var generator = SplitMix(seed: 5)
        for _ in 0..<3_000 {
            let value = Exact(significand: Int128(generator.next() >> (generator.next() % 64)) + 1,
                              scale: Int16(Int(generator.next() % 40) - 20))
            let root = value.squareRoot()!
            // Half a unit in the 18th digit either side must bracket the value.
            let digits = Exact.digitCount(root.significand.magnitude)
            let half = Exact(significand: 5, scale: root.scale + Int16(Exact.divisionDigits - digits) + 1)
            let below = root - half, above = root + half
            #expect(below * below <= value && value <= above * above, "\(value): \(root)")
        }
    }

    @Test(arguments: [
        ("2", "10", "1024"), ("1.1", "2", "1.21"), ("-2", "3", "-8"), ("-2", "-3", "-0.125"),
        ("10", "-2", "0.01"), ("5", "0", "1"), ("0", "3", "0"), ("1.5", "-1", "0.666666666666666667"),
        ("2", "0.5", "1.41421356237309505"), ("2", "1.5", "2.82842712474619"), ("8", "0.333333333333333333", "2"),
        ("10", "-400", "0"), ("0.1", "400", "0"), ("1.0000001", "1e20", nil), ("-1", "1e50", "1"),
        ("2", "127", "170141183460469231731687303715884105728"),
        ("3", "100", "515377520732011331036461129765621272702107522001"),
    ] as [(String, String, String?)])
    func power(_ base: String, _ exponent: String, _ expected: String?) {
        let result = Exact(base)!.power(Exact(exponent)!)
        #expect(result == expected.flatMap { Exact($0) }, "\(String(describing: result))")
    }

    @Test(arguments: [("0", "0"), ("0", "-1"), ("-8", "0.5"), ("-8", "0.333"), ("10", "400"), ("0.1", "-400"), ("0", "-0.5")])
    func powerIsUndefined(_ base: String, _ exponent: String) {
        #expect(Exact(base)!.power(Exact(exponent)!) == nil)
    }

    @Test func conversions() {
        #expect(Exact(exactly: Int128.max)?.significand == .max)
        #expect(Exact(exactly: UInt128.max) == nil)
        #expect(Exact("3.00")!.isInteger && Exact("1e5")!.isInteger && !Exact("3.01")!.isInteger)
        #expect(Exact("3.00")!.integerValue == 3)
        #expect(Exact("-1e5")!.integerValue == -100_000)
        #expect(Exact("3.5")!.integerValue == nil)
        #expect(Exact("1e30")!.integerValue == nil)
        #expect(Exact("0.00")!.integerValue == 0)
        #expect(Exact("12.34")!.doubleValue == 12.34)
        #expect(Exact("1e-300")!.doubleValue == 1e-300)
        #expect(Exact("-123456789012345678901234567890")!.doubleValue == -1.2345678901234568e29)
        #expect(Exact(0.1, significantDigits: 15) == Exact("0.1")!)
        #expect(Exact(2.0 / 3.0, significantDigits: 15) == Exact("0.666666666666667")!)
        #expect(Exact(1e300 * 1e10, significantDigits: 15) == nil)
        #expect(Exact(Double.nan, significantDigits: 15) == nil)
        #expect(Exact(Double.leastNonzeroMagnitude, significantDigits: 15) == .zero)
    }
}
