import Testing
@testable import SuanpanCore

/// Operators applied cell by cell over ranges make arrays; one larger than the session's
/// limit is `#NUM!` before a cell is computed, rather than gigabytes of values.
@Suite struct ArrayCellLimitTests {
    /// A session over a sheet of four columns (A–D) and three rows, with an array limit of 100.
    private func session() -> Session {
        let session = Session(today: testToday)
        session.arrayCellLimit = 100
        run("A1 = 1; B2 = 2; C3 = 3; D3 = 4", in: session)
        return session
    }

    @Test(arguments: [
        // 25 rows × 4 columns is exactly the limit: computed.
        // (Row 1 holds the headings, so the arrays start at row 2.)
        FormulaCase("COUNTA(2:26 + 0)", "100"),
        FormulaCase("SUM(2:26 * 2)", "18"),
        // 26 rows × 4 columns is one row over, whichever operator makes it.
        FormulaCase("1:26 + 1", "#NUM!"),
        FormulaCase("-(1:26)", "#NUM!"),
        FormulaCase("1:26%", "#NUM!"),
        FormulaCase("ISERROR(1:26 * 2)", "TRUE"),
        // A single row or column repeated across the other operand counts at its full size:
        // 50 rows × 2 columns is the limit, 51 × 2 is over it.
        FormulaCase("COUNTA(A2:A51 + A2:B2)", "100"),
        FormulaCase("A2:A52 + A2:B2", "#NUM!"),
    ])
    func theLimitCountsTheCellsOfTheResult(_ c: FormulaCase) {
        #expect(evaluate(c.source, in: session()) == c.expected)
    }

    @Test func theErrorSaysHowLargeTheArrayWouldBe() {
        let transcript = run("explain 1:26 + 1", in: session())
        #expect(transcript.output.first == "1:26+1  →  #NUM!  ← arises here: an array of 26×4 cells, more than the limit of 100")
    }

    @Test func theDefaultLimitIsTheSheetLimit() throws {
        let session = Session(today: testToday)
        #expect(session.arrayCellLimit == Sheet.maximumCells)
        // 1,048,576 rows × 40 columns is 42 million cells: refused at once.
        run("AN1 = 1", in: session)
        let result = try #require(value(of: "1:1048576 * 2", in: session))
        guard case .value(.error(let error)) = result else {
            Issue.record("expected an error, got \(result)")
            return
        }
        #expect(error.kind == .num)
        #expect(error.message == "an array of 1048576×40 cells, more than the limit of 32000000")
    }

    @Test func ctrlCStopsALargeArrayPartWay() throws {
        let session = Session(today: testToday)
        run("T1 = 1", in: session)
        session.interruption.request()
        defer { session.interruption.reset() }
        // 100,000 rows × 20 columns is under the limit, but Ctrl-C was pressed.
        let result = try #require(value(of: "1:100000 * 2", in: session))
        guard case .value(.error(let error)) = result else {
            Issue.record("expected an error, got \(result)")
            return
        }
        #expect(error.message == "stopped by Ctrl-C")
    }
}
