import Testing
@testable import SuanpanCore

/// Ordering and hashing by value.
struct ExactComparisonTests {
    @Test(arguments: [
        ("12.30", "12.3", 0), ("1", "1.0000", 0), ("0", "-0.00", 0), ("1200", "1.2e3", 0),
        ("-1", "1", -1), ("0.1", "0.09", 1), ("-0.1", "-0.09", -1), ("1e300", "1e-300", 1),
        ("1e40", "99999999999999999999999999999999999999.5", 1),
        ("170141183460469231731687303715884105727", "1.7014118346046923173168730371588410573e38", -1),
        ("-1e-300", "-2e-300", 1),
    ] as [(String, String, Int)])
    func compare(_ a: String, _ b: String, _ expected: Int) {
        let x = Exact(a)!, y = Exact(b)!
        #expect(Exact.compare(x, y) == expected)
        #expect(Exact.compare(y, x) == -expected)
        #expect((x == y) == (expected == 0))
        #expect((x < y) == (expected < 0))
    }

    @Test func equalValuesHashAlike() {
        let spellings = ["12.30", "12.3", "12.300000", "1.23e1", "0.123e2"].map { Exact($0)! }
        #expect(Set(spellings).count == 1)
        #expect(Set(["0", "0.00", "-0", "0e5"].map { Exact($0)! }).count == 1)
        #expect(Set([Exact(significand: 10_000_000_000_000_000_000_000, scale: 22), Exact(1)]).count == 1)
        #expect(Exact("12.30")!.hashValue == Exact("12.3")!.hashValue)
    }

    @Test func normalizedDropsTrailingZeros() {
        #expect(Exact("12.30")!.normalized().description == "12.3")
        #expect(Exact("1200")!.normalized().scale == -2)
        #expect(Exact("0.00")!.normalized().scale == 0)
    }

    @Test func randomComparisonsAgreeWithSubtraction() {
        var generator = SplitMix(seed: 11)
        for _ in 0..<5_000 {
            let a = ExactReferenceTests.randomExact(&generator), b = ExactReferenceTests.randomExact(&generator)
            let difference = a - b
            guard difference.isRepresentable, difference != .zero || a == b else { continue }
            #expect(Exact.compare(a, b) == Int(difference.significand.signum()), "\(a) vs \(b)")
        }
    }
}
