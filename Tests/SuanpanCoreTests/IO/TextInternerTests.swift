import Testing
@testable import SuanpanCore

/// The interner gives equal texts one code and distinct texts distinct codes, whatever
/// their lengths, however the table grows, and whether or not a column repeats itself.
@Suite struct TextInternerTests {
    /// Texts of every length up to 80 bytes (past the sizes hashed without a loop), many
    /// differing in one byte only (as 部门 names do), at every place, in runs and scattered.
    static func texts() -> [[UInt8]] {
        var texts: [[UInt8]] = []
        let name = Array(String(repeating: "珠晖区第街道计划生育协会", count: 3).utf8)
        for length in 0...80 {
            for variant in 0..<30 {
                var bytes = Array(name.prefix(length))
                if length > 0 { bytes[(variant * 7) % length] = UInt8(variant) }
                texts.append(bytes)
            }
        }
        var state: UInt64 = 7
        var sequence: [[UInt8]] = []
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let text = texts[Int(state >> 33) % texts.count]
            // Runs of one text now and then, as in a sorted ledger.
            sequence += Array(repeating: text, count: state >> 60 == 0 ? 5 : 1)
        }
        return sequence
    }

    @Test func equalTextsShareACodeInFirstSeenOrder() {
        var interner = TextInterner()
        var reference: [[UInt8]: Int32] = [:]
        var order: [[UInt8]] = []
        var mismatches = 0
        for text in TextInternerTests.texts() {
            let code = text.withUnsafeBufferPointer { interner.code(for: $0) }
            if reference[text] == nil {
                reference[text] = Int32(order.count)
                order.append(text)
            }
            if code != reference[text] { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(interner.count == order.count)
        #expect(interner.strings() == order.map { String(decoding: $0, as: UTF8.self) })
        #expect((0..<interner.count).allSatisfy { code in interner.withBytes(of: code) { Array($0) } == order[code] })
    }
}
