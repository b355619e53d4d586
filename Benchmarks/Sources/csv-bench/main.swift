// Loading the SPEC §11 ledger: `csv-bench LEDGER.csv [RUNS]`, the file made by
// `Benchmarks/make-ledger.py`. Each run reads the file from disk into a sheet; the sums of
// the two money columns are checked against a second, independent reading before any time
// counts, and the median and best load times are printed.
import BenchmarkSupport
import Foundation
import SuanpanCore

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: csv-bench LEDGER.csv [RUNS]")
    exit(2)
}
let path = arguments[1]
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5

/// The exact sum of a number column, blanks skipped.
func total(_ sheet: Sheet, _ name: String) -> Exact {
    guard case .numbers(let numbers, let blank)? = sheet.column(named: name)?.storage else {
        fatalError("\(name) is not a number column")
    }
    var sum = Exact.zero
    for index in numbers.indices where blank.isEmpty || !blank[index] { sum = sum + numbers[index] }
    return sum
}

/// The sum of a column straight from the file's bytes, line by line, without the reader.
func referenceTotal(_ column: Int) -> Exact {
    let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
    var sum = Exact.zero
    for line in bytes.split(separator: UInt8(ascii: "\n")).dropFirst() {
        // 项目 may be quoted with a comma: count fields from the end, where none are quoted.
        let fields = line.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        let field = fields[fields.count - 10 + column]
        if !field.isEmpty { sum = sum + Exact(String(decoding: field, as: UTF8.self))! }
    }
    return sum
}

var times: [Double] = []
var sheet: Sheet?
for _ in 0..<runs {
    let start = now()
    let result = try CSVReader.read(contentsOf: path)
    times.append(now() - start)
    sheet = result.sheet
}
let budget = total(sheet!, "预算数"), actual = total(sheet!, "决算数")
precondition(budget == referenceTotal(5) && actual == referenceTotal(6), "sums differ from the reference")
times.sort()
print("rows \(sheet!.rowCount)  SUM(预算数) \(budget)  SUM(决算数) \(actual)")
print(String(format: "load: median %.3f s, best %.3f s over %d runs", times[times.count / 2], times[0], runs))
