import Testing
@testable import SuanpanCore

/// The depth bound: deep input gets a diagnostic, never a stack overflow, and the deepest
/// accepted tree can be compared, printed and freed.
@Suite struct ParserDepthTests {
    static let tooDeep = "formula is nested too deeply (more than 1000 levels)"

    private func diagnostic(_ source: String) -> Diagnostic? {
        do {
            _ = try Parser.parse(source)
            return nil
        } catch {
            return error
        }
    }

    @Test func tenThousandParenthesesAreRefused() {
        let source = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        let found = diagnostic(source)
        #expect(found?.message == Self.tooDeep)
        // The 1001st parenthesis is where the limit is crossed.
        #expect(found?.span.start == 1000)
    }

    @Test func fiveThousandNestedCallsAreRefused() {
        let source = String(repeating: "ABS(", count: 5_000) + "1" + String(repeating: ")", count: 5_000)
        let found = diagnostic(source)
        #expect(found?.message == Self.tooDeep)
        #expect(found?.span.start == 1000 * 4 + 3)
    }

    @Test func hundredThousandTermSumIsRefused() {
        let source = Array(repeating: "1", count: 100_000).joined(separator: "+")
        let found = diagnostic(source)
        #expect(found?.message == Self.tooDeep)
        // Leaves are depth 1, so the 1000th '+' makes the 1001st level.
        #expect(found?.span.start == 1000 * 2 - 1)
    }

    @Test func tenThousandSignsAreRefused() {
        let found = diagnostic(String(repeating: "-", count: 10_000) + "1")
        #expect(found?.message == Self.tooDeep)
    }

    @Test func deepestAcceptedTreeParsesPrintsComparesAndIsFreed() throws {
        // 999 calls around a literal: a tree 1000 levels deep, the most allowed.
        let source = String(repeating: "ABS(", count: 999) + "1" + String(repeating: ")", count: 999)
        var expr: Expr? = try Parser.parse(source)
        let printed = expr!.formulaText
        #expect(printed == source)
        let again = try Parser.parse(printed)
        #expect(again == expr!)
        expr = nil
        #expect(diagnostic("ABS(" + source + ")")?.message == Self.tooDeep)
    }

    @Test func deepestAcceptedChainParses() throws {
        let source = Array(repeating: "1", count: 1000).joined(separator: "+")
        let expr = try Parser.parse(source)
        #expect(expr.formulaText == source)
        let parentheses = String(repeating: "(", count: 1000) + "1" + String(repeating: ")", count: 1000)
        #expect(try Parser.parse(parentheses) == .number(Exact(1), unit: ""))
    }
}
