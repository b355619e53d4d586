import Testing
@testable import SuanpanCore

/// Tree shapes, written as fully parenthesised dumps (`ExprDump.swift`), and exact trees for
/// the cases where precedence and associativity are easy to get wrong.
@Suite struct ParserTests {
    static let units: Set<String> = ["户", "万元", "元", "人次", "人"]

    struct Case: CustomTestStringConvertible, Sendable {
        let formula: String
        let tree: String
        var testDescription: String { formula }
    }

    @Test(arguments: [
        // Precedence and associativity, Excel's.
        Case(formula: "1+2*3", tree: "(+ 1 (* 2 3))"),
        Case(formula: "(1+2)*3", tree: "(* (+ 1 2) 3)"),
        Case(formula: "2^3^2", tree: "(^ (^ 2 3) 2)"),
        Case(formula: "-2^2", tree: "(^ (- 2) 2)"),
        Case(formula: "-(2^2)", tree: "(- (^ 2 2))"),
        Case(formula: "2^-2", tree: "(^ 2 (- 2))"),
        Case(formula: "1-2-3", tree: "(- (- 1 2) 3)"),
        Case(formula: "1-(2-3)", tree: "(- 1 (- 2 3))"),
        Case(formula: "8/2/2", tree: "(/ (/ 8 2) 2)"),
        Case(formula: "1=2=FALSE", tree: "(= (= 1 2) FALSE)"),
        Case(formula: "1<2=TRUE", tree: "(= (< 1 2) TRUE)"),
        Case(formula: "\"a\"&1+2", tree: "(& \"a\" (+ 1 2))"),
        Case(formula: "1+2&3", tree: "(& (+ 1 2) 3)"),
        Case(formula: "1&2=\"12\"", tree: "(= (& 1 2) \"12\")"),
        Case(formula: "-5%", tree: "(- (% 5))"),
        Case(formula: "50%%", tree: "(% (% 50))"),
        Case(formula: "2^50%", tree: "(^ 2 (% 50))"),
        Case(formula: "--1", tree: "(- (- 1))"),
        Case(formula: "+-1", tree: "(+ (- 1))"),
        Case(formula: "1--1", tree: "(- 1 (- 1))"),
        Case(formula: "a<>b", tree: "(<> path:a path:b)"),
        Case(formula: "1<=2", tree: "(<= 1 2)"),
        Case(formula: "1>=2", tree: "(>= 1 2)"),
        Case(formula: "=1+1", tree: "(+ 1 1)"),
        Case(formula: " 1 + 1 ", tree: "(+ 1 1)"),
        // Literals.
        Case(formula: "12.30", tree: "12.30"),
        Case(formula: "72户", tree: "72[户]"),
        Case(formula: "3.6万", tree: "36000"),
        Case(formula: "3.6万元/72户", tree: "(/ 3.6[万元] 72[户])"),
        Case(formula: "\"a\"\"b\"", tree: "\"a\"b\""),
        Case(formula: "“珠晖区”", tree: "\"珠晖区\""),
        Case(formula: "true", tree: "TRUE"),
        Case(formula: "#n/a", tree: "#N/A"),
        // Calls.
        Case(formula: "SUM(A1:B9)", tree: "(SUM A1:B9)"),
        Case(formula: "sum(1,2)", tree: "(SUM 1 2)"),
        Case(formula: "TODAY()", tree: "(TODAY)"),
        Case(formula: "IF(A1,,1)", tree: "(IF A1 _ 1)"),
        Case(formula: "IF(,)", tree: "(IF _ _)"),
        Case(formula: "SUM(1,)", tree: "(SUM 1 _)"),
        Case(formula: "RATE(决算数,预算数)", tree: "(RATE path:决算数 path:预算数)"),
        Case(formula: "合计(1)", tree: "(合计 1)"),
        Case(formula: "LOG10(100)", tree: "(LOG10 100)"),
        Case(formula: "TRUE()", tree: "(TRUE)"),
        Case(formula: "SUM（1，2）", tree: "(SUM 1 2)"),
        // References.
        Case(formula: "$A$1:B$9", tree: "$A$1:B$9"),
        Case(formula: "C:C", tree: "C:C"),
        Case(formula: "a:c", tree: "A:C"),
        Case(formula: "$A:$C", tree: "A:C"),
        Case(formula: "2:3", tree: "2:3"),
        Case(formula: "$2:$3", tree: "2:3"),
        Case(formula: "支出!C2", tree: "支出!C2"),
        Case(formula: "支出!C2:C9", tree: "支出!C2:C9"),
        Case(formula: "支出!C:C", tree: "支出!C:C"),
        Case(formula: "支出!2:3", tree: "支出!2:3"),
        Case(formula: "'my sheet'!A1", tree: "'my sheet'!A1"),
        Case(formula: "Q1!A1", tree: "Q1!A1"),
        Case(formula: "决算数", tree: "path:决算数"),
        Case(formula: "支出.决算数", tree: "path:支出/决算数"),
        Case(formula: "y2021.支出.决算数", tree: "path:y2021/支出/决算数"),
        Case(formula: "支出.Q1", tree: "path:支出/Q1"),
        Case(formula: "支出.决算数[\"基本支出\"]", tree: "(key path:支出/决算数 \"基本支出\")"),
        Case(formula: "决算数[A1&\"x\"]", tree: "(key path:决算数 (& A1 \"x\"))"),
        // Arrays.
        Case(formula: "{1,2;3,4}", tree: "{1 2 | 3 4}"),
        Case(formula: "{-1,+2,\"a\",TRUE,#N/A}", tree: "{-1 2 \"a\" TRUE #N/A}"),
        Case(formula: "{1户}", tree: "{1[户]}"),
    ])
    func tree(_ c: Case) throws {
        #expect(dump(try Parser.parse(c.formula, unitSymbols: Self.units)) == c.tree)
    }

    private static func n(_ text: String, _ unit: String = "") -> Expr { .number(Exact(text)!, unit: unit) }

    @Test func exactTreesForPrecedence() throws {
        #expect(try Parser.parse("-2^2") == .binary(.power, .unary(.negate, Self.n("2")), Self.n("2")))
        #expect(try Parser.parse("2^3^2") == .binary(.power, .binary(.power, Self.n("2"), Self.n("3")), Self.n("2")))
        #expect(try Parser.parse("-5%") == .unary(.negate, .percent(Self.n("5"))))
        #expect(try Parser.parse("1-(2-3)") == .binary(.subtract, Self.n("1"), .binary(.subtract, Self.n("2"), Self.n("3"))))
        #expect(try Parser.parse("(1=2)=FALSE") == .binary(.equal, .binary(.equal, Self.n("1"), Self.n("2")), .bool(false)))
    }

    @Test func exactTreesForReferences() throws {
        let cell = CellReference(sheet: "支出", address: CellAddress(row: 1, column: 2))
        #expect(try Parser.parse("支出!C2") == .cell(cell))
        let range = RangeReference(sheet: "支出", extent: .cells(
            from: CellReference(address: CellAddress(row: 1, column: 2)),
            to: CellReference(address: CellAddress(row: 8, column: 2), absoluteColumn: true, absoluteRow: true)))
        #expect(try Parser.parse("支出!C2:$C$9") == .range(range))
        #expect(try Parser.parse("A:C") == .range(RangeReference(extent: .columns(from: 0, to: 2))))
        #expect(try Parser.parse("2:3") == .range(RangeReference(extent: .rows(from: 1, to: 2))))
        #expect(try Parser.parse("{1,-2}") == .array([[Self.n("1"), Self.n("-2")]]))
    }

    @Test func spansOfPathsAndCalls() throws {
        guard case .binary(_, .call(_, _, let call), .path(_, let path)) = try Parser.parse("=SUM(1, 2) + 支出.决算数") else {
            Issue.record("unexpected tree")
            return
        }
        #expect((call.start, call.end) == (1, 10))
        #expect((path.start, path.end) == (13, 19))
    }

    @Test func parseExpressionStopsBeforeWhatCannotContinue() throws {
        var parser = Parser(tokens: Lexer().tokenize("执行率 <= 120% \"执行率异常\""))
        let expr = try parser.parseExpression()
        #expect(dump(expr) == "(<= path:执行率 (% 120))")
        #expect(parser.current.kind == .string("执行率异常"))
    }

    @Test func aLargeFormulaParses() throws {
        let arguments = (0..<20_000).map { $0 % 2 == 0 ? "A\($0 + 1)" : "12.5户" }
        let source = "SUM(" + arguments.joined(separator: ",") + ")"
        guard case .call(_, let parsed, _) = try Parser.parse(source, unitSymbols: Self.units) else {
            Issue.record("not a call")
            return
        }
        #expect(parsed.count == 20_000)
    }
}
