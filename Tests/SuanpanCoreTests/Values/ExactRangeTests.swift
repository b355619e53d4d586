import Testing
@testable import SuanpanCore

/// The representable range: overflow is detectable, underflow is 0, scales never wrap.
struct ExactRangeTests {
    @Test func boundaries() {
        #expect(Exact("9.99e307")!.isRepresentable)
        #expect(Exact("1e307")!.isRepresentable)
        #expect(!(Exact("1e307")! * Exact(10)).isRepresentable)
        #expect(!(Exact("9.99e307")! + Exact("1e306")!).isRepresentable)
        #expect(Exact("1e-308")! != .zero)
        #expect(Exact("1e-308")! * Exact("0.1")! == .zero)
        #expect(Exact("1e-308")!.divided(by: Exact(10))! == .zero)
    }

    @Test func productsOfHugeFiguresNeverWrap() {
        var value = Exact("1e300")!
        for _ in 0..<20 {
            value = value * value
            #expect(!value.isRepresentable)
        }
        var tiny = Exact("1e-300")!
        for _ in 0..<20 {
            tiny = tiny * tiny
            #expect(tiny == .zero)
        }
    }

    @Test func extremeScalesDoNotTrap() {
        let huge = Exact(significand: 1, scale: .min), small = Exact(significand: 1, scale: .max)
        #expect(!(huge * huge).isRepresentable)
        #expect(small * small == .zero)
        #expect(!(huge + small).isRepresentable)
        #expect((small + Exact(1)) == Exact(1))
        #expect(huge.divided(by: small).map { !$0.isRepresentable } == true)
        #expect(small.divided(by: huge) == .zero)
        #expect(huge > small && small > .zero && -huge < -small)
        #expect(huge.rounded(places: -5) == huge && small.rounded(places: 2) == .zero)
        #expect(!huge.normalized().isRepresentable)
    }
}
