import Testing
@testable import SuanpanCore

/// Reading a file in parallel parts gives what one pass gives, wherever the cuts fall.
@Suite struct CSVParallelTests {
    /// A ledger whose rows often hold quoted fields spanning lines (with doubled quotes and
    /// delimiters), so that many cuts fall inside a quoted field; also figures with sources,
    /// formulas, blanks, and a column that turns from numbers to values halfway through.
    static func ledger(rows: Int) -> String {
        var text = "部门,项目,决算数(万元),户数,备注\r\n"
        for row in 0..<rows {
            let project = row % 3 == 0 ? "\"项目\(row),\n第\"\"\(row % 7)\"\"期\n\"" : "项目\(row % 50)"
            let amount = row % 11 == 0 ? "" : row % 13 == 0 ? "\"1,\(100 + row % 900).5\"" : "\(row).\(row % 100)"
            let note = row == rows / 2 ? "待定" : row % 17 == 0 ? "=C\(row + 2)*2" : row % 5 == 0 ? "—" : ""
            let households = row > rows / 3 && row % 97 == 0 ? "TRUE" : "\(row % 500)"
            text += "部门\(row % 200),\(project),\(amount),\(households),\(note)\r\n"
        }
        return text
    }

    @Test(arguments: [2, 3, 7, 16, 61])
    func partsGiveTheSameSheetAsOnePass(_ parts: Int) throws {
        let text = CSVParallelTests.ledger(rows: 3_000)
        let single = try readCSV(text, parts: 1)
        let parallel = try readCSV(text, parts: parts)
        #expect(single.sheet.rowCount == 3_000)
        #expect(describe(parallel.sheet) == describe(single.sheet))
        #expect(parallel.formulas.map(\.address) == single.formulas.map(\.address))
        #expect(parallel.formulas.map(\.source) == single.formulas.map(\.source))
        #expect(parallel.notes == single.notes)
        if case .text(_, let dictionary) = parallel.sheet.columns[0].storage {
            #expect(dictionary.count == 200)
        } else {
            Issue.record("部门 should be text storage")
        }
    }

    @Test(arguments: [1, 4, 9])
    func aRaggedRowLateInTheFileNamesTheSameLine(_ parts: Int) {
        var text = CSVParallelTests.ledger(rows: 2_000)
        text += "部门1,项目,1,2\r\n"
        // Each generated row with a quoted project spans three lines.
        let quotedRows = (0..<2_000).filter { $0 % 3 == 0 }.count
        let line = 1 + 2_000 + 2 * quotedRows + 1
        #expect(csvErrorInParts(text, parts) == FileError("t.csv", line: line, "row 2002 has 4 fields, the header has 5"))
    }

    @Test func aCutInsideAQuoteWhoseTextLooksLikeRowsIsReadAgain() throws {
        // The quoted field holds lines that parse as rows of the right width, so only the
        // check of each part's start can tell.
        let inner = String(repeating: "x,1,2\n", count: 400)
        let text = "a,b,c\n\"\(inner)\",5,6\n" + String(repeating: "y,3,4\n", count: 400)
        let single = try readCSV(text, parts: 1)
        #expect(single.sheet.rowCount == 401)
        for parts in [2, 5, 11] {
            #expect(describe(try readCSV(text, parts: parts).sheet) == describe(single.sheet))
        }
    }

    private func csvErrorInParts(_ text: String, _ parts: Int) -> FileError? {
        do throws(FileError) {
            _ = try readCSV(text, parts: parts)
            return nil
        } catch {
            return error
        }
    }
}
