import Testing
@testable import SuanpanCore

/// `+`, `-` and `*` on random operands of every size and scale, against schoolbook
/// arithmetic on digit arrays followed by the documented rounding and range rules.
struct ExactReferenceTests {
    @Test(arguments: ["+", "-", "*"])
    func matchesSchoolbookArithmetic(_ op: String) {
        var generator = SplitMix(seed: UInt64(op.utf8.first!))
        for _ in 0..<4_000 {
            let a = Self.randomExact(&generator), b = Self.randomExact(&generator)
            let result = op == "+" ? a + b : (op == "-" ? a - b : a * b)
            let expected = op == "*" ? Digits.product(a, b) : Digits.sum(a, b, subtracting: op == "-")
            switch expected.rounded() {
            case .outOfRange:
                #expect(!result.isRepresentable, "\(a) \(op) \(b) = \(result)")
            case .value(let value):
                #expect(result.isRepresentable && result == value, "\(a) \(op) \(b) = \(result), expected \(value)")
            }
        }
    }

    /// Significands of any bit length and sign; scales mostly near 0, sometimes far apart.
    static func randomExact(_ generator: inout SplitMix) -> Exact {
        let wide = Int128(bitPattern: UInt128(generator.next()) << 64 | UInt128(generator.next()))
        let significand = wide >> (generator.next() % 128)
        let scale = generator.next() % 4 == 0
            ? Int(generator.next() % 640) - 300 : Int(generator.next() % 80) - 40
        return Exact(significand: significand, scale: Int16(scale))
    }
}

/// A signed decimal with any number of digits: the reference model.
private struct Digits {
    var negative: Bool
    /// Most significant first, no leading zeros; empty for 0.
    var digits: [UInt8]
    var scale: Int

    init(negative: Bool, digits: [UInt8], scale: Int) {
        self.negative = negative
        self.digits = Array(digits.drop { $0 == 0 })
        self.scale = scale
    }

    init(_ value: Exact) {
        let text = String(value.significand.magnitude)
        self.init(negative: value.significand < 0, digits: text.utf8.map { $0 - 48 }, scale: Int(value.scale))
    }

    enum Outcome { case value(Exact), outOfRange }

    /// Kept exactly when the significand fits 128 bits, else rounded half-even to 38
    /// digits; then 0 below 10^-308 and out of range at 10^308.
    func rounded() -> Outcome {
        guard !digits.isEmpty else { return .value(.zero) }
        var kept = digits, scale = self.scale
        let limit = negative ? "170141183460469231731687303715884105728" : "170141183460469231731687303715884105727"
        let text = String(decoding: kept.map { $0 + 48 }, as: UTF8.self)
        let fits = kept.count < 39 || (kept.count == 39 && text <= limit)
        if !fits {
            let dropped = Array(kept[38...])
            kept = Array(kept[..<38])
            scale -= dropped.count
            let first = dropped[0], sticky = dropped.dropFirst().contains { $0 != 0 }
            if first > 5 || (first == 5 && (sticky || kept.last! & 1 == 1)) {
                var index = kept.count - 1
                while index >= 0 && kept[index] == 9 { kept[index] = 0; index -= 1 }
                if index >= 0 { kept[index] += 1 } else { kept.insert(1, at: 0); kept.removeLast(); scale -= 1 }
            }
        }
        let exponent = kept.count - scale
        if exponent <= -308 { return .value(.zero) }
        if exponent > 308 { return .outOfRange }
        let magnitude = kept.reduce(Int128(0)) { $0 &* 10 &+ Int128($1) }
        return .value(Exact(significand: negative ? 0 &- magnitude : magnitude, scale: Int16(scale)))
    }

    static func sum(_ a: Exact, _ b: Exact, subtracting: Bool) -> Digits {
        var x = Digits(a), y = Digits(b)
        if subtracting { y.negative.toggle() }
        let scale = max(x.scale, y.scale)
        x.digits += Array(repeating: 0, count: x.digits.isEmpty ? 0 : scale - x.scale)
        y.digits += Array(repeating: 0, count: y.digits.isEmpty ? 0 : scale - y.scale)
        if x.negative == y.negative {
            return Digits(negative: x.negative, digits: add(x.digits, y.digits), scale: scale)
        }
        if less(x.digits, y.digits) {
            return Digits(negative: y.negative, digits: subtract(y.digits, x.digits), scale: scale)
        }
        return Digits(negative: x.negative, digits: subtract(x.digits, y.digits), scale: scale)
    }

    static func product(_ a: Exact, _ b: Exact) -> Digits {
        let x = Digits(a), y = Digits(b)
        var result = [Int](repeating: 0, count: x.digits.count + y.digits.count + 1)
        for (i, p) in x.digits.reversed().enumerated() {
            for (j, q) in y.digits.reversed().enumerated() { result[i + j] += Int(p) * Int(q) }
        }
        for i in 0..<(result.count - 1) {
            result[i + 1] += result[i] / 10
            result[i] %= 10
        }
        return Digits(negative: x.negative != y.negative, digits: result.reversed().map { UInt8($0) },
                      scale: x.scale + y.scale)
    }

    static func less(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        x.count != y.count ? x.count < y.count : x.lexicographicallyPrecedes(y)
    }

    static func add(_ x: [UInt8], _ y: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [], carry: UInt8 = 0
        var i = x.count - 1, j = y.count - 1
        while i >= 0 || j >= 0 || carry > 0 {
            let total = (i >= 0 ? x[i] : 0) + (j >= 0 ? y[j] : 0) + carry
            result.append(total % 10)
            carry = total / 10
            i -= 1
            j -= 1
        }
        return result.reversed()
    }

    /// x − y for x ≥ y.
    static func subtract(_ x: [UInt8], _ y: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [], borrow: Int = 0
        var i = x.count - 1, j = y.count - 1
        while i >= 0 {
            var difference = Int(x[i]) - (j >= 0 ? Int(y[j]) : 0) - borrow
            borrow = difference < 0 ? 1 : 0
            if difference < 0 { difference += 10 }
            result.append(UInt8(difference))
            i -= 1
            j -= 1
        }
        return result.reversed()
    }
}
