import Foundation
import Testing
@testable import SuanpanCore

/// Detecting a file's encoding: BOMs, strict UTF-8, GB18030, and bytes in no encoding.
@Suite struct TextEncodingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let encoding: String
        var testDescription: String { file }
    }

    static let budgets = [
        Case(file: "budget.csv", encoding: "UTF-8"),
        Case(file: "budget-bom.csv", encoding: "UTF-8 with BOM"),
        Case(file: "budget-utf16le.csv", encoding: "UTF-16LE"),
        Case(file: "budget-utf16be.csv", encoding: "UTF-16BE"),
        Case(file: "budget-gb18030.csv", encoding: "GB18030"),
    ]

    @Test(arguments: budgets)
    func everyEncodingGivesTheSameSheetAndTotal(_ c: Case) throws {
        let result = try CSVReader.read(contentsOf: csvFixture(c.file))
        #expect(result.encoding.description == c.encoding)
        let reference = try CSVReader.read(contentsOf: csvFixture("budget.csv"))
        #expect(describe(result.sheet) == describe(reference.sheet))
        #expect(result.sheet.name == c.file.replacingOccurrences(of: ".csv", with: ""))
        let session = Session(today: testToday)
        session.add(Workbook(sheets: [result.sheet]), alias: "b")
        #expect(run("SUM(决算数)", in: session).output == ["1302.23 万元"])
    }

    @Test func bytesInNoEncodingAreAnErrorNamingTheFile() {
        let path = csvFixture("not-text.csv")
        #expect(throws: FileError(path, "is neither UTF-8, UTF-16 nor GB18030 text")) {
            try CSVReader.read(contentsOf: path)
        }
    }

    @Test func gb18030DecodingIsStrict() {
        // 81 alone is a lead byte without its trail; FE 39 FE 39 is past U+10FFFF.
        for bytes: [UInt8] in [[0x81], [0x81, 0x20], [0xFF, 0xFF], [0xFE, 0x39, 0xFE, 0x39]] {
            #expect(throws: FileError.self) { try TextEncoding.decode(bytes, path: "x") }
        }
    }

    @Test func utf16EndingInHalfAUnitIsAnErrorOnItsLine() {
        // "a\nb" and one byte more: the error is on line 2, where the last character is.
        #expect(throws: FileError("x", line: 2, "is UTF-16 by its byte-order mark, but ends in half a character: an odd number of bytes (9)")) {
            try TextEncoding.decode([0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x62, 0x00, 0x63], path: "x")
        }
        #expect(throws: FileError("x", line: 1, "is UTF-16 by its byte-order mark, but ends in half a character: an odd number of bytes (3)")) {
            try TextEncoding.decode([0xFE, 0xFF, 0x00], path: "x")
        }
    }

    @Test func aSurrogateWithoutItsPartnerIsAnErrorOnItsLine() {
        // Big-endian "a\n\nb", then a lead surrogate followed by "c" rather than a trail one.
        let bytes: [UInt8] = [0xFE, 0xFF, 0x00, 0x61, 0x00, 0x0A, 0x00, 0x0A, 0x00, 0x62, 0xD8, 0x3D, 0x00, 0x63]
        #expect(throws: FileError("x", line: 3, "is UTF-16 by its byte-order mark, but the unit D83D (byte 11) is half of a character without its other half")) {
            try TextEncoding.decode(bytes, path: "x")
        }
        // A trail surrogate alone, little-endian, at the very start.
        #expect(throws: FileError("x", line: 1, "is UTF-16 by its byte-order mark, but the unit DE00 (byte 3) is half of a character without its other half")) {
            try TextEncoding.decode([0xFF, 0xFE, 0x00, 0xDE], path: "x")
        }
        // A pair decodes: U+1F600.
        #expect((try? TextEncoding.decode([0xFE, 0xFF, 0xD8, 0x3D, 0xDE, 0x00], path: "x").text) == Array("😀".utf8))
    }

    struct Validation: CustomTestStringConvertible, Sendable {
        let bytes: [UInt8]
        let valid: Bool
        var testDescription: String { bytes.map { String($0, radix: 16) }.joined(separator: " ") }
    }

    @Test(arguments: [
        Validation(bytes: Array("决算数 12.30".utf8), valid: true),
        Validation(bytes: Array("😀 é".utf8), valid: true),
        Validation(bytes: [0xC0, 0x80], valid: false),  // overlong NUL
        Validation(bytes: [0xE0, 0x80, 0x80], valid: false),  // overlong
        Validation(bytes: [0xED, 0xA0, 0x80], valid: false),  // a surrogate
        Validation(bytes: [0xF4, 0x90, 0x80, 0x80], valid: false),  // past U+10FFFF
        Validation(bytes: [0xE4, 0xB8], valid: false),  // cut short
        Validation(bytes: Array("abcdefgh决".utf8).dropLast(), valid: false),
    ])
    func utf8ValidationIsStrict(_ c: Validation) {
        #expect(c.bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == c.valid)
        #expect((String(validating: c.bytes, as: UTF8.self) != nil) == c.valid)
    }

    @Test func exportsEncodeInEachEncoding() throws {
        let text = "决算数,３.６万元\n"
        #expect(TextEncoding.utf8.encode(text) == Array(text.utf8))
        #expect(TextEncoding.utf8WithBOM.encode(text) == [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        for encoding in [TextEncoding.gb18030, .utf16LittleEndian, .utf16BigEndian, .utf8WithBOM] {
            let bytes = try #require(encoding.encode(text))
            let decoded = try TextEncoding.decode(bytes, path: "x")
            #expect(decoded.encoding == encoding)
            #expect(decoded.text == Array(text.utf8))
        }
    }

    @Test(arguments: [1, 2, 7, 64, 1 << 20])
    func gb18030DecodedInPartsIsTheWholeText(partSize: Int) throws {
        // Two-byte and four-byte characters (😀, 㐀 and ｢ are four bytes in GB18030) on every
        // side of the newlines where parts are cut.
        let rows = (0..<50).map { "部门\($0),😀㐀,\($0 % 7).50万元,｢备注｣" }
        let text = rows.joined(separator: "\n") + "\n"
        let bytes = try #require(TextEncoding.gb18030.encode(text))
        #expect(TextEncoding.utf8(fromGB18030: bytes, partSize: partSize) == Array(text.utf8))
        // A lead byte without its trail in the last part fails the whole decoding.
        #expect(TextEncoding.utf8(fromGB18030: bytes + [0x81], partSize: partSize) == nil)
    }
}
