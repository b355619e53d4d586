// The numeric core's micro-benchmark, through the engine as a formula runs: a 1,000,000-row
// ledger sheet in memory, `SUM(决算数)` evaluated as a bare expression, and the computed
// column `执行率 = 决算数 / 预算数`. Each answer is checked before its time counts.
// Build: swift build -c release --package-path Benchmarks; run: Benchmarks/.build/release/engine-bench

import BenchmarkSupport
import Glibc
import SuanpanCore

let rows = 1_000_000
let repetitions = 7

/// Runs `body` `repetitions` times; stops the benchmark if `check` fails on any result.
func measure(_ name: String, _ body: () throws -> Bool) rethrows {
    var times: [Double] = []
    for _ in 0..<repetitions {
        let start = now()
        let correct = try body()
        times.append((now() - start) * 1000)
        guard correct else {
            print("\(name): WRONG ANSWER")
            exit(1)
        }
    }
    times.sort()
    let show = { (value: Double) in Exact(value, significantDigits: 15)!.fixedDescription(places: 1) }
    print("\(name): median \(show(times[repetitions / 2])) ms (min \(show(times[0])), max \(show(times[repetitions - 1])))")
}

func run() throws {
    var generator = SplitMix(state: 2022)
    var actualFen: [Int64] = [], budgetFen: [Int64] = []
    for _ in 0..<rows {
        actualFen.append(Int64(generator.next() % 10_000_000))
        budgetFen.append(Int64(generator.next() % 9_999_999) + 1)
    }
    let wan = UnitCatalog.standard.unit(named: "万元")!
    let toExact = { (fen: Int64) in Exact(significand: Int128(fen), scale: 2) }
    let sheet = Sheet(name: "台账", columns: [
        Column(name: "预算数", unit: wan, storage: .numbers(budgetFen.map(toExact), blank: [])),
        Column(name: "决算数", unit: wan, storage: .numbers(actualFen.map(toExact), blank: [])),
    ])
    let workbook = Workbook(title: "ledger", sheets: [sheet])
    let environment = Environment(workbooks: ["ledger": workbook], today: 45382)
    let expectedSum = Exact(significand: actualFen.reduce(Int128(0)) { $0 + Int128($1) }, scale: 2)

    let sum = try Parser.parse("SUM(决算数)", unitSymbols: workbook.units.symbols)
    try measure("SUM(决算数) over 1,000,000 rows") {
        guard case .value(.number(let total)) = try workbook.evaluate(sum, sheet: sheet, environment: environment) else { return false }
        return total.amount == expectedSum && total.unit == wan
    }

    let rate = try Parser.parse("决算数 / 预算数", unitSymbols: workbook.units.symbols)
    try measure("执行率 = 决算数 / 预算数 over 1,000,000 rows") {
        try workbook.setColumnFormula("执行率", in: sheet, to: rate, environment: environment)
        // Every 997th row against the division done directly.
        let column = sheet.column(named: "执行率")!
        return stride(from: 0, to: rows, by: 997).allSatisfy { row in
            column[row] == .number(toExact(actualFen[row]).divided(by: toExact(budgetFen[row]))!)
        }
    }
}

try run()
