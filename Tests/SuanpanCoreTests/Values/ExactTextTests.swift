import Testing
@testable import SuanpanCore

/// Reading numbers from text.
struct ExactTextTests {
    @Test(arguments: [
        ("123", 123, 0), ("-0.5", -5, 1), ("12.30", 1230, 2), (".5", 5, 1), ("+7", 7, 0),
        ("1e-3", 1, 3), ("2.5E+4", 25, -3), ("000123.4500", 1234500, 4), ("1e-400", 0, 0),
    ] as [(String, Int, Int)])
    func reads(_ text: String, _ significand: Int, _ scale: Int) {
        let value = Exact(text)
        #expect(value?.significand == Int128(significand) && value?.scale == Int16(scale), "\(String(describing: value))")
    }

    @Test(arguments: ["1.2.3", "abc", "1e99999", "", "-", "+", ".", "1e", "1e+", "1,5", " 1", "1 ", "--1", "1e400", "0x10", "1.5e3.2"])
    func rejects(_ text: String) {
        #expect(Exact(text) == nil)
    }

    @Test func longTextRoundsHalfEvenTo38Digits() {
        // 39 digits fit 128 bits here, so a trailing zero costs nothing; a non-zero 40th
        // digit makes the text round to 38.
        #expect(Exact("1234567890123456789012345678901234567850")?.significand == 123456789012345678901234567890123456785)
        #expect(Exact("1234567890123456789012345678901234567851") == Exact("1.2345678901234567890123456789012345679e39")!)
        #expect(Exact("9234567890123456789012345678901234567750") == Exact("9.2345678901234567890123456789012345678e39")!)
        #expect(Exact("9234567890123456789012345678901234567650") == Exact("9.2345678901234567890123456789012345676e39")!)
        #expect(Exact("0.12345678901234567890123456789012345678501") == Exact("0.12345678901234567890123456789012345679")!)
        #expect(Exact("9999999999999999999999999999999999999999")! == Exact("1e40")!)
        #expect(Exact(String(repeating: "9", count: 308)) == nil)
        #expect(Exact("1" + String(repeating: "0", count: 307))?.isRepresentable == true)
    }

    @Test func readsFromBytes() {
        let bytes: [UInt8] = Array("-1234.50".utf8)
        let value = bytes.withUnsafeBufferPointer { Exact(utf8: $0) }
        #expect(value?.description == "-1234.50")
    }

    @Test func roundTripsThroughDescription() {
        var generator = SplitMix(seed: 3)
        for _ in 0..<2_000 {
            let value = ExactReferenceTests.randomExact(&generator)
            // Skip figures past the range either way: text reads them as 0 or rejects them.
            let exponent = Exact.digitCount(value.significand.magnitude) - Int(value.scale)
            guard value.significand == 0 || (exponent > -308 && exponent <= 308) else { continue }
            let text = value.description
            #expect(Exact(text) == value, "\(text)")
        }
    }
}
