import Foundation
import Testing
@testable import SuanpanCore

/// Reading CSV structure: delimiters, quoting, line endings, headers, ragged rows, files.
@Suite struct CSVReaderTests {
    @Test func theBudgetFixtureReadsAsPublished() throws {
        let result = try CSVReader.read(contentsOf: csvFixture("budget.csv"))
        #expect(result.delimiter == UInt8(ascii: ","))
        #expect(describe(result.sheet) == [
            #"项目 [] text: "基本支出" | "项目支出" | "走访慰问" | "特殊家庭""#,
            "预算数 [万元] numbers: 64.63万元 | 1234.56万元 | 3.6万元 | 12.30万元 ; 1:1,234.56 2:３.６",
            "决算数 [万元] numbers: 64.63万元 | 1234.00万元 | 3.60万元 | blank",
            "户数 [] numbers: 30 | 72 | 72 | 55",
            #"备注 [] text: "人员经费" | "含"追加",预算" | blank | blank ; 2:—"#,
        ])
    }

    struct Delimited: CustomTestStringConvertible, Sendable {
        let file: String
        let delimiter: Character
        var testDescription: String { file }
    }

    @Test(arguments: [
        Delimited(file: "budget.csv", delimiter: ","),
        Delimited(file: "budget-tab.tsv", delimiter: "\t"),
        Delimited(file: "budget-semicolon.csv", delimiter: ";"),
    ])
    func delimitersAreSniffed(_ c: Delimited) throws {
        let result = try CSVReader.read(contentsOf: csvFixture(c.file))
        #expect(result.delimiter == c.delimiter.asciiValue)
        #expect(result.sheet.columns.map(\.name) == ["项目", "预算数", "决算数", "户数", "备注"])
        #expect(result.sheet.rowCount == 4)
    }

    @Test func aSemicolonFileWithDecimalCommasIsNotSplitAtTheCommas() throws {
        let result = try readCSV("a;b\n1,5;x\n2,5;y\n")
        #expect(result.delimiter == UInt8(ascii: ";"))
        #expect(result.sheet.columns.map(\.name) == ["a", "b"])
    }

    struct Quoting: CustomTestStringConvertible, Sendable {
        let text: String
        let cells: [String]
        var testDescription: String { text.debugDescription }
    }

    @Test(arguments: [
        Quoting(text: "a,b\n\"x,y\",2\n", cells: [#"a [] text: "x,y""#, "b [] numbers: 2"]),
        Quoting(text: "a,b\n\"say \"\"hi\"\"\",2\n", cells: [#"a [] text: "say "hi"""#, "b [] numbers: 2"]),
        Quoting(text: "a,b\n\"one\ntwo\",2\n", cells: ["a [] text: \"one\ntwo\"", "b [] numbers: 2"]),
        Quoting(text: "a,b\nab\"c,2\n", cells: [#"a [] text: "ab"c""#, "b [] numbers: 2"]),
        Quoting(text: "a,b\r\nx,2\r\n\"y\",3\r\n", cells: [#"a [] text: "x" | "y""#, "b [] numbers: 2 | 3"]),
        Quoting(text: "a,b\nx,2", cells: [#"a [] text: "x""#, "b [] numbers: 2"]),
        Quoting(text: "a,b\n\"x\"y,2\n", cells: [#"a [] text: "xy""#, "b [] numbers: 2"]),
        Quoting(text: "a,b\nx,\n,\n", cells: [#"a [] text: "x" | blank"#, "b [] numbers: blank | blank"]),
        Quoting(text: "a,b\nx,1\n\ny,2\n\n\n", cells: [#"a [] text: "x" | blank | "y""#, "b [] numbers: 1 | blank | 2"]),
        Quoting(text: "a,b\n\"\",\"12.30\"\n", cells: ["a [] numbers: blank", "b [] numbers: 12.30"]),
    ])
    func fieldsAreQuotedAsRFC4180Says(_ c: Quoting) throws {
        #expect(try describe(readCSV(c.text).sheet) == c.cells)
    }

    struct Ragged: CustomTestStringConvertible, Sendable {
        let text: String
        let error: FileError
        var testDescription: String { text.debugDescription }
    }

    @Test(arguments: [
        Ragged(text: "a,b,c,d\n1,2,3,4\n1,2,3,4,5\n", error: FileError("t.csv", line: 3, "row 3 has 5 fields, the header has 4")),
        Ragged(text: "a,b\n1\n", error: FileError("t.csv", line: 2, "row 2 has 1 field, the header has 2")),
        Ragged(
            text: "a,b\n\"one\ntwo\nthree\",2\nx,y,z\n",
            error: FileError("t.csv", line: 5, "row 3 has 3 fields, the header has 2")),
        Ragged(text: "a,b\r\n1,2\r\n\"open,3\r\nx,y\r\n", error: FileError("t.csv", line: 3, "a quoted field starts here and is never closed")),
        Ragged(text: "\"a,b\n1,2\n", error: FileError("t.csv", line: 1, "a quoted field starts here and is never closed")),
    ])
    func malformedRowsNameTheirLine(_ c: Ragged) {
        #expect(csvError(c.text) == c.error)
    }

    @Test func anEmptyFileIsASheetWithoutColumns() throws {
        for text in ["", "\n", "\r\n\r\n"] {
            let result = try readCSV(text)
            #expect(result.sheet.columns.isEmpty)
            #expect(result.notes == ["t.csv is empty: the sheet has no columns"])
        }
        let headerOnly = try readCSV("决算数(万元),项目\n")
        #expect(describe(headerOnly.sheet) == ["决算数 [万元] numbers: ", "项目 [] numbers: "])
    }

    struct Heading: CustomTestStringConvertible, Sendable {
        let heading: String
        let name: String
        let unit: String
        var testDescription: String { heading }
    }

    @Test(arguments: [
        Heading(heading: "决算数(万元)", name: "决算数", unit: "万元"),
        Heading(heading: "决算数（万元）", name: "决算数", unit: "万元"),
        Heading(heading: " 金额 (元) ", name: "金额", unit: "元"),
        Heading(heading: "金额（单位：元）", name: "金额", unit: "元"),
        Heading(heading: "人均(元/户)", name: "人均", unit: "元/户"),
        Heading(heading: "备注(说明)", name: "备注(说明)", unit: ""),
        Heading(heading: "(万元)", name: "(万元)", unit: ""),
        Heading(heading: "户数", name: "户数", unit: ""),
    ])
    func headingsCarryTheirUnit(_ c: Heading) {
        let (name, unit) = HeaderUnit.split(c.heading)
        #expect(name == c.name)
        #expect((unit?.symbol ?? "") == c.unit)
    }

    @Test func declaredUnitsOverrideTheHeading() throws {
        let result = try readCSV("决算数(元),预算数\n5,6\n", declaredUnits: ["决算数": .money("万元", factor: Exact(10000)), "预算数": .count("户")])
        #expect(result.sheet.columns.map(\.unit.symbol) == ["万元", "户"])
    }

    @Test func emptyAndRepeatedHeadingsAreRenamedWithANote() throws {
        let result = try readCSV("金额,,金额,金额_2\n1,2,3,4\n")
        #expect(result.sheet.columns.map(\.name) == ["金额", "B", "金额_3", "金额_2"])
        #expect(result.notes == [
            "column B has no heading and is named B",
            "column C repeats the heading 金额 and is named 金额_3",
        ])
    }

    @Test func aMissingFileIsAnErrorNamingIt() {
        #expect(throws: FileError("/no/such/台账.csv", "no such file")) {
            try CSVReader.read(contentsOf: "/no/such/台账.csv")
        }
        let directory = NSTemporaryDirectory()
        #expect(throws: FileError(directory, "is a directory, not a file")) {
            try CSVReader.read(contentsOf: directory)
        }
    }

    @Test func theSheetIsNamedAfterTheFile() throws {
        #expect(CSVReader.baseName(of: "data/支出.csv") == "支出")
        #expect(CSVReader.baseName(of: "x") == "x")
        #expect(CSVReader.baseName(of: ".hidden") == ".hidden")
        let named = try CSVReader.read(bytes: Array("a\n1\n".utf8), path: "x.csv", sheetName: "台账")
        #expect(named.sheet.name == "台账")
    }

    @Test func aTwoMegabyteFieldIsOneCell() throws {
        let long = String(repeating: "决算,\"数\"\n", count: 200_000)
        let quoted = long.replacingOccurrences(of: "\"", with: "\"\"")
        let result = try readCSV("a,b\n\"\(quoted)\",1\n")
        #expect(result.sheet.columns[0].values == [.text(long)])
        #expect(result.sheet.columns[1].values == [.number(1)])
    }

    @Test func hostileBytesNeverCrash() throws {
        // A file of NULs is valid UTF-8, but no text: refused, naming the line.
        #expect(throws: FileError("test.csv", line: 1, "holds a NUL byte: a binary file, not CSV text")) {
            try CSVReader.read(bytes: Array(repeating: 0, count: 10_000), path: "test.csv")
        }
        #expect(throws: FileError("test.csv", line: 3, "holds a NUL byte: a binary file, not CSV text")) {
            try CSVReader.read(bytes: Array("a,b\n1,2\n3,\0\n".utf8), path: "test.csv")
        }
        // Past the bytes looked at, a NUL is a character of its field.
        let late = "a\n" + String(repeating: "1\n", count: CSVReader.binaryProbeBytes) + "x\0y\n"
        #expect(try readCSV(late).sheet.columns[0].count == CSVReader.binaryProbeBytes + 1)
        var generator = SystemRandomNumberGenerator()
        for length in [1, 7, 100, 5_000, 70_000] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = try? CSVReader.read(bytes: bytes, path: "random.csv")
            // The same bytes made valid UTF-8, so that the parser sees them too.
            let text = String(decoding: bytes, as: UTF8.self)
            _ = try? readCSV(text, parts: 3)
        }
    }
}
