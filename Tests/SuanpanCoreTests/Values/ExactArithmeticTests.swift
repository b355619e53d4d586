import Testing
@testable import SuanpanCore

/// Exact strings for `+`, `-` and `*`, including the wide and out-of-range paths.
struct ExactArithmeticTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let left: String, op: String, right: String, expected: String
        var testDescription: String { "\(left) \(op) \(right)" }
        init(_ left: String, _ op: String, _ right: String, _ expected: String) {
            (self.left, self.op, self.right, self.expected) = (left, op, right, expected)
        }
    }

    static let cases: [Case] = [
        Case("64.63", "+", "14", "78.63"),
        Case("0.1", "+", "0.2", "0.3"),
        Case("12.30", "+", "0.70", "13.00"),
        Case("100000000.01", "-", "100000000", "0.01"),
        Case("1.5", "-", "1.5", "0.0"),
        Case("-3", "-", "4.25", "-7.25"),
        Case("0", "+", "12.30", "12.30"),
        Case("1.1", "*", "1.1", "1.21"),
        Case("-2.5", "*", "0.4", "-1.00"),
        Case("0.00", "*", "7", "0.00"),
        Case("3.6", "*", "10000", "36000.0"),
        // 10^40 needs 41 digits at scale 0: the zeros are dropped, the value stays exact.
        Case("100000000000000000000", "*", "100000000000000000000", "10000000000000000000000000000000000000000"),
        // Exact results that fill 128 bits are kept whole.
        Case("170141183460469231731687303715884105727", "+", "0", "170141183460469231731687303715884105727"),
        Case("85070591730234615865843651857942052863", "+", "85070591730234615865843651857942052864", "170141183460469231731687303715884105727"),
        // One past Int128.max: 39 digits rounded half-even to 38.
        Case("170141183460469231731687303715884105727", "+", "1", "170141183460469231731687303715884105730"),
        // Huge and tiny: the tiny operand only rounds.
        Case("1e50", "+", "0.01", "100000000000000000000000000000000000000000000000000"),
        Case("1e50", "-", "0.01", "100000000000000000000000000000000000000000000000000"),
        Case("1e37", "-", "0.5", "9999999999999999999999999999999999999.5"),
        Case("1e38", "-", "0.5", "99999999999999999999999999999999999999.5"),
        Case("1e38", "-", "0.05", "99999999999999999999999999999999999999.95"),
        Case("1e39", "-", "0.05", "1000000000000000000000000000000000000000"),
        Case("99999999999999999999999999999999999999", "+", "0.5", "100000000000000000000000000000000000000"),
        Case("12345678901234567890123456789012345678", "*", "10", "123456789012345678901234567890123456780"),
        Case("12345678901234567890123456789012345678", "*", "12345678901234567890123456789012345678",
             "152415787532388367504953515625666819430000000000000000000000000000000000000"),
        Case("-1e-300", "*", "1e-300", "0"),
        // A tie at the 39th digit broken by a digit 37 places further down.
        Case("1", "+", "5.0000000000000000000000000000000000001e-38", "1.0000000000000000000000000000000000001"),
        Case("1", "-", "5.0000000000000000000000000000000000001e-38", "0.99999999999999999999999999999999999995"),
        Case("1", "-", "5.0000000000000000000000000000000000001e-39", "0.99999999999999999999999999999999999999"),
        Case("1", "-", "5e-39", "1"),
        // 39 digits within 128 bits stay exact; past them ties go to even.
        Case("1", "+", "5e-38", "1.00000000000000000000000000000000000005"),
        Case("3", "+", "5e-38", "3"),
        Case("3", "+", "1.5e-37", "3.0000000000000000000000000000000000002"),
    ]

    @Test(arguments: cases)
    func operation(_ c: Case) throws {
        let a = try #require(Exact(c.left)), b = try #require(Exact(c.right))
        let result = switch c.op {
        case "+": a + b
        case "-": a - b
        default: a * b
        }
        #expect(result.description == c.expected || result == Exact(c.expected)!, "\(result)")
    }

    @Test func pointOnePlusPointTwoIsPointThree() {
        #expect(Exact("0.1")! + Exact("0.2")! == Exact("0.3")!)
        #expect((Exact("0.1")! + Exact("0.2")!).description == "0.3")
    }

    @Test func negatingTheSmallestSignificandRounds() {
        let minimum = Exact(significand: .min, scale: 0)
        #expect(-minimum == Exact("170141183460469231731687303715884105730")!)
        #expect((-minimum).significand > 0)
    }

    @Test func moneyColumnSumsExactly() {
        var generator = SplitMix(seed: 7)
        var total = Exact.zero
        var reference: Int128 = 0
        for _ in 0..<100_000 {
            let fen = Int128(generator.next() % 10_000_000_000) - 5_000_000_000
            total += Exact(significand: fen, scale: 2)
            reference += fen
        }
        #expect(total.scale == 2)
        #expect(total.significand == reference)
    }

    @Test func productsPastTheRangeAreDetected() {
        let big = Exact("1e300")!
        #expect(!(big * big).isRepresentable)
        #expect(!(big * big * big * big).isRepresentable)
        #expect((Exact("-1e300")! * big).isNegative)
    }
}

/// A deterministic generator for the randomized tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
