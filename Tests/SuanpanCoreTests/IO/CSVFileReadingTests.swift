import Foundation
import Testing
@testable import SuanpanCore

/// Reading a file mapped or through a pipe, and checking UTF-8 part by part while parsing.
@Suite struct CSVFileReadingTests {
    /// A ledger of well over a megabyte, so that a file is read in parts, with quoted fields
    /// spanning lines (parts that start inside one are read again, over given-back pages).
    static let ledger = CSVParallelTests.ledger(rows: 40_000)

    @Test func aMappedFileAndAPipeGiveTheSameSheet() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/台账.csv"
        try Data(CSVFileReadingTests.ledger.utf8).write(to: URL(fileURLWithPath: file))
        let mapped = try CSVReader.read(contentsOf: file)
        let fifo = folder + "/pipe.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: fifo)
            handle?.write(Data(CSVFileReadingTests.ledger.utf8))
            try? handle?.close()
        }
        writer.start()
        let piped = try CSVReader.read(contentsOf: fifo, sheetName: "台账")
        let single = try readCSV(CSVFileReadingTests.ledger, parts: 1)
        #expect(mapped.sheet.rowCount == 40_000)
        #expect(describe(mapped.sheet) == describe(single.sheet))
        #expect(describe(piped.sheet) == describe(mapped.sheet))
        #expect(piped.notes == mapped.notes)
        #expect(piped.formulas.map(\.source) == mapped.formulas.map(\.source))
        #expect(mapped.encoding == .utf8)
    }

    @Test func aMappedFileWithAByteOrderMarkIsReadAfterIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/bom.csv"
        try Data([0xEF, 0xBB, 0xBF] + Array(CSVFileReadingTests.ledger.utf8)).write(to: URL(fileURLWithPath: file))
        let result = try CSVReader.read(contentsOf: file)
        #expect(result.encoding == .utf8WithBOM)
        #expect(result.sheet.columns.first?.name == "部门")
        #expect(result.sheet.rowCount == 40_000)
    }

    @Test func aMappedFileEndingAtAPageBoundaryIsReadToItsLastByte() throws {
        // Nothing may read past the mapping's end, which is the end of the last page: the
        // last field runs right up to it, without a newline.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/page.csv"
        var text = "部门,备注\n"
        while text.utf8.count < 8192 - 40 { text += "办公室,x\n" }
        text += "财务处," + String(repeating: "决", count: (8192 - text.utf8.count - 10) / 3)
        text += String(repeating: "y", count: 8192 - text.utf8.count)
        #expect(text.utf8.count == 8192)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let result = try CSVReader.read(contentsOf: file)
        #expect(describe(result.sheet) == describe(try readCSV(text).sheet))
        #expect(result.sheet.columns[1].values.last.map(describe)?.hasSuffix("yy\"") == true)
    }

    /// The first rows are ASCII, the same bytes in UTF-8 and GB18030; the last ones hold
    /// Chinese in GB18030, which only the last parts find is not UTF-8.
    static func lateGB18030(rows: Int) -> String {
        var text = "dept,amount,note\n"
        for row in 0..<rows {
            text += row < rows * 7 / 8 ? "d\(row % 200),\(row).5,x\n" : "部门\(row % 200),\(row).5,\"备注\n第\(row)行\"\n"
        }
        return text
    }

    @Test(arguments: [1, 4, 9])
    func aFileThatIsNotUTF8OnlyInALatePartIsDecoded(_ parts: Int) throws {
        let text = CSVFileReadingTests.lateGB18030(rows: 4_000)
        let bytes = try #require(TextEncoding.gb18030.encode(text))
        let progress = ProgressReport()
        let start = ContinuousClock.now
        progress.beginTask("reading gb.csv", at: start)
        let result = try CSVReader.read(bytes: bytes, path: "gb.csv", sheetName: nil, units: .standard,
                                        declaredUnits: [:], parts: parts, progress: progress)
        #expect(result.encoding == .gb18030)
        #expect(describe(result.sheet) == describe(try readCSV(text).sheet))
        // Rows counted before the text was found not to be UTF-8 are not counted twice.
        #expect(progress.status(at: start + .seconds(1))?.line == "reading gb.csv … 4,000 rows, 1.0 s")
    }

    @Test func aByteOrderMarkBeforeTextThatIsNotUTF8IsAnError() throws {
        let text = CSVFileReadingTests.lateGB18030(rows: 4_000)
        let bytes = [0xEF, 0xBB, 0xBF] + (try #require(TextEncoding.gb18030.encode(text)))
        #expect(throws: FileError("t.csv", "starts with a UTF-8 byte-order mark but is not valid UTF-8")) {
            try CSVReader.read(bytes: bytes, path: "t.csv", sheetName: nil, units: .standard, declaredUnits: [:], parts: 4)
        }
    }

    @Test func errorsFoundBeforeTheTextIsCheckedAreThoseOfTheDecodedText() throws {
        // A NUL 6,900 bytes into the GB18030 file is 9,900 bytes into its UTF-8 text, past
        // the bytes looked at for binary files: the file reads, as it did when decoded first.
        let rows = String(repeating: "部门部门部门部门部门,1\n", count: 300)
        let bytes = try #require(TextEncoding.gb18030.encode("a,b\n" + rows + "x\0y,2\n"))
        let result = try CSVReader.read(bytes: bytes, path: "t.csv")
        #expect(result.encoding == .gb18030)
        #expect(result.sheet.rowCount == 301)
        // A header whose quote is never closed is the same error either way.
        let unclosed = "部门,\"备注\n第一行,x\n1,2,3\n"
        #expect(readError(try #require(TextEncoding.gb18030.encode(unclosed))) == csvError(unclosed))
        #expect(csvError(unclosed) == FileError("t.csv", line: 1, "a quoted field starts here and is never closed"))
    }

    @Test func aRaggedRowInAFileThatIsNotUTF8IsTheDecodedRow() throws {
        // The ragged row is found in a part that is UTF-8; the error is the decoded file's.
        let text = CSVFileReadingTests.lateGB18030(rows: 4_000) + "1,2\n"
        let bytes = try #require(TextEncoding.gb18030.encode(text))
        let expected = csvError(text)
        #expect(expected != nil)
        #expect(readError(bytes, parts: 5) == expected)
    }

    @Test func checkingInWindowsAgreesWithCheckingAtOnce() {
        // Windows end anywhere, inside a character too; the next one starts where the last
        // sequence checked ended.
        let samples: [[UInt8]] = [
            Array("决算数 12.30 😀 é,部门\n".utf8),
            Array("决算数".utf8) + [0xE4, 0xB8] + Array("abc".utf8),
            Array("abcdefgh".utf8) + [0xED, 0xA0, 0x80] + Array("决".utf8),
            Array("ab😀".utf8).dropLast(),
        ]
        for bytes in samples {
            let whole = bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
            for window in 1...bytes.count {
                let chained = bytes.withUnsafeBufferPointer { buffer -> Bool in
                    var from: Int? = 0
                    while let start = from, start < buffer.count {
                        from = UTF8Validation.checkSequences(buffer, from: start, to: min(buffer.count, start + window))
                    }
                    return from != nil
                }
                #expect(chained == whole, "window of \(window) bytes")
            }
        }
    }

    @Test func checkingSixteenBytesAtATimeAgreesWithTheStandardLibrary() {
        // Texts long enough for whole blocks, mixing characters of every length with the
        // bytes that make sequences ill-formed, each checked whole and in windows.
        let pieces: [[UInt8]] = ["a", "决算数", "é", "😀", "\n", "12.30,"].map { Array($0.utf8) }
            + [[0x80], [0xBF], [0xC0], [0xC1], [0xC2], [0xDF], [0xE0], [0xE0, 0x9F], [0xE0, 0xA0], [0xED, 0x9F],
               [0xED, 0xA0], [0xF0, 0x8F], [0xF0, 0x90], [0xF4, 0x8F], [0xF4, 0x90], [0xF5], [0xFF]]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var mismatches: [[UInt8]] = []
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            // Mostly well-formed pieces, so that a block often holds only one bad byte.
            while bytes.count < 20 + next(60) {
                bytes += next(8) == 0 ? pieces[6 + next(pieces.count - 6)] : pieces[next(6)]
            }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            let window = 1 + next(40)
            let whole = bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
            let chained = bytes.withUnsafeBufferPointer { buffer -> Bool in
                var from: Int? = 0
                while let start = from, start < buffer.count {
                    from = UTF8Validation.checkSequences(buffer, from: start, to: min(buffer.count, start + window))
                }
                return from != nil
            }
            if whole != expected || chained != expected { mismatches.append(bytes) }
        }
        #expect(mismatches.isEmpty)
    }

    private func readError(_ bytes: [UInt8], parts: Int? = nil) -> FileError? {
        do throws(FileError) {
            _ = try CSVReader.read(bytes: bytes, path: "t.csv", sheetName: nil, units: .standard, declaredUnits: [:],
                                   parts: parts)
            return nil
        } catch {
            return error
        }
    }

    private func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "suanpan-csvfile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
