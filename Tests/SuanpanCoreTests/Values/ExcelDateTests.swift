import Testing
@testable import SuanpanCore

@Suite struct ExcelDateTests {
    @Test(arguments: [
        (1, "1900-01-01"), (59, "1900-02-28"), (60, "1900-02-29"), (61, "1900-03-01"),
        (0, "1900-01-00"), (366, "1900-12-31"), (367, "1901-01-01"), (36526, "2000-01-01"),
        (44834, "2022-09-30"), (45382, "2024-03-31"), (45351, "2024-02-29"),
        (2_958_465, "9999-12-31"),
    ])
    func serialsShowAsDates(serial: Int, text: String) {
        #expect(ExcelDate(serial: serial).description == text)
        if serial > 0 { #expect(ExcelDate.parse(text) == serial) }
    }

    @Test(arguments: [-1, 2_958_466])
    func outsideExcelsRangeIsNil(serial: Int) {
        #expect(ExcelDate.components(serial) == nil)
        #expect(ExcelDate(serial: serial).description == String(serial))
    }

    @Test func componentsOfThePhantomDay() throws {
        let phantom = try #require(ExcelDate.components(60))
        #expect(phantom == (1900, 2, 29))
        let zero = try #require(ExcelDate.components(0))
        #expect(zero == (1900, 1, 0))
    }

    @Test func everySerialRoundTripsThroughItsComponents() throws {
        for serial in stride(from: 1, through: ExcelDate.maximumSerial, by: 97) {
            let (year, month, day) = try #require(ExcelDate.components(serial))
            #expect(ExcelDate.serial(year: year, month: month, day: day) == serial)
        }
    }

    struct DateCase: CustomTestStringConvertible, Sendable {
        let year, month, day: Int
        let expected: Int?
        var testDescription: String { "DATE(\(year),\(month),\(day))" }
    }

    @Test(arguments: [
        DateCase(year: 2022, month: 9, day: 30, expected: 44834),
        DateCase(year: 2024, month: 3, day: 31, expected: 45382),
        DateCase(year: 1900, month: 2, day: 29, expected: 60),
        DateCase(year: 1900, month: 3, day: 0, expected: 60),
        DateCase(year: 2023, month: 13, day: 1, expected: 45292),   // 2024-01-01
        DateCase(year: 2024, month: 0, day: 1, expected: 45261),    // 2023-12-01
        DateCase(year: 2024, month: -1, day: 1, expected: 45231),   // 2023-11-01
        DateCase(year: 2024, month: 4, day: 0, expected: 45382),    // 2024-03-31
        DateCase(year: 2024, month: 1, day: 32, expected: 45323),   // 2024-02-01
        DateCase(year: 2024, month: 3, day: -1, expected: 45350),   // 2024-02-28
        DateCase(year: 122, month: 9, day: 30, expected: 44834),    // years below 1900 add 1900
        DateCase(year: 0, month: 1, day: 1, expected: 1),
        DateCase(year: 1900, month: 1, day: 0, expected: 0),
        DateCase(year: 1900, month: 1, day: -1, expected: nil),
        DateCase(year: 10000, month: 1, day: 1, expected: nil),
        DateCase(year: -1, month: 1, day: 1, expected: nil),
        DateCase(year: 9999, month: 12, day: 32, expected: nil),
        DateCase(year: 2024, month: Int.max, day: Int.min, expected: nil),
    ])
    func dateNormalisation(_ c: DateCase) {
        #expect(ExcelDate.serial(year: c.year, month: c.month, day: c.day) == c.expected)
    }

    @Test(arguments: [
        ("2024-03-31", 45382), ("2024/3/31", 45382), ("2024年3月31日", 45382), ("2022-9-30", 44834),
    ])
    func parsesTheWrittenForms(text: String, serial: Int) {
        #expect(ExcelDate.parse(text) == serial)
    }

    @Test(arguments: ["2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-03", "2024-03/31",
                      "20240331", "2024年3月31", "-2024-03-31", "1899-12-31", "abc", ""])
    func rejectsWhatIsNotADate(text: String) {
        #expect(ExcelDate.parse(text) == nil)
    }
}
