// Micro-benchmarks of `Exact` on million-row columns: each workload checks its answer against
// an independent Int128 computation before its median-of-7 wall time is reported.
import BenchmarkSupport
import SuanpanCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let rows = 1_000_000
let repetitions = 7

/// Runs `body` `repetitions` times and returns the median in milliseconds; `check` must hold
/// for the first result or the benchmark stops.
@inline(never)
func measure<Result>(_ name: String, _ body: () -> Result, check: (Result) -> Bool) {
    var times: [Double] = []
    for run in 0..<repetitions {
        let start = now()
        let result = body()
        times.append((now() - start) * 1000)
        if run == 0 && !check(result) {
            print("\(name): WRONG ANSWER")
            exit(1)
        }
    }
    times.sort()
    let median = times[repetitions / 2]
    print("\(name): median \(format3(median)) ms (min \(format3(times[0])), max \(format3(times[repetitions - 1])))")
}

/// Milliseconds with three decimals, without Foundation.
func format3(_ value: Double) -> String {
    Exact(value, significantDigits: 17)!.fixedDescription(places: 3)
}

/// All workloads, on locals: top-level globals would add exclusivity checks and reference
/// counting to every access and distort the figures.
func runWorkloads() {
    // Money amounts 0.00–99,999.99 (fen 0…9,999,999) for actual and budget; budgets never 0.
    var generator = SplitMix(state: 2022)
    var actualFen: [Int64] = [], budgetFen: [Int64] = []
    for _ in 0..<rows {
        actualFen.append(Int64(generator.next() % 10_000_000))
        budgetFen.append(Int64(generator.next() % 9_999_999) + 1)
    }
    let actual = actualFen.map { Exact(significand: Int128($0), scale: 2) }
    let budget = budgetFen.map { Exact(significand: Int128($0), scale: 2) }
    let expectedSum = actualFen.reduce(Int128(0)) { $0 + Int128($1) }

    measure("a. sum of 1,000,000 Exact (2 decimals)", {
        var total = Exact.zero
        for value in actual { total += value }
        return total
    }, check: { $0 == Exact(significand: expectedSum, scale: 2) && $0.description.hasSuffix(String(expectedSum % 100).count == 2 ? String(expectedSum % 100) : "0" + String(expectedSum % 100)) })

    measure("b. 1,000,000 divisions actual/budget into [Exact]", {
        var rates: [Exact] = []
        rates.reserveCapacity(rows)
        for row in 0..<rows { rates.append(actual[row].divided(by: budget[row])!) }
        return rates
    }, check: { rates in
        // Every 1000th quotient checked against long division in Int128: q × budget must be
        // within half a unit of the 18th digit of actual.
        stride(from: 0, to: rows, by: 1000).allSatisfy { row in
            let rate = rates[row]
            guard actualFen[row] != 0 else { return rate == .zero }
            let digits = String(rate.significand.magnitude).count
            let half = Exact(significand: 5, scale: rate.scale + Int16(Exact.divisionDigits - digits) + 1)
            let low = (rate - half) * budget[row], high = (rate + half) * budget[row]
            return low <= actual[row] && actual[row] <= high
        }
    })

    measure("c. sum of 1,000,000 Int64 fen (comparison)", {
        var total: Int64 = 0
        for value in actualFen { total &+= value }
        return total
    }, check: { Int128($0) == expectedSum })
}

runWorkloads()
