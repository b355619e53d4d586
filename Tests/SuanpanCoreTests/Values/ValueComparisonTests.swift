import Testing
@testable import SuanpanCore

@Suite struct ValueComparisonTests {
    @Test(arguments: [
        BinaryCase("1", .equal, "1", "TRUE"),
        BinaryCase("1", .notEqual, "2", "TRUE"),
        BinaryCase("1", .less, "2", "TRUE"),
        BinaryCase("2", .greater, "1", "TRUE"),
        BinaryCase("2", .lessOrEqual, "2", "TRUE"),
        BinaryCase("3", .greaterOrEqual, "4", "FALSE"),
        BinaryCase("-1", .less, "0", "TRUE"),
        BinaryCase("12.30", .equal, "12.3", "TRUE"),
        // Exact decimals: no float noise.
        BinaryCase("0.3", .equal, "0.30", "TRUE"),
        // Text: case-insensitive, then by code point.
        BinaryCase("\"a\"", .equal, "\"A\"", "TRUE"),
        BinaryCase("\"a\"", .notEqual, "\"A\"", "FALSE"),
        BinaryCase("\"abc\"", .less, "\"abd\"", "TRUE"),
        BinaryCase("\"B\"", .greater, "\"a\"", "TRUE"),
        BinaryCase("\"apple\"", .less, "\"Banana\"", "TRUE"),
        BinaryCase("\"10\"", .less, "\"9\"", "TRUE"),
        BinaryCase("\"一\"", .less, "\"二\"", "TRUE"),
        // Across types: numbers < text < booleans, never equal.
        BinaryCase("\"a\"", .greater, "1", "TRUE"),
        BinaryCase("\"1\"", .equal, "1", "FALSE"),
        BinaryCase("\"\"", .equal, "0", "FALSE"),
        BinaryCase("TRUE", .greater, "\"a\"", "TRUE"),
        BinaryCase("TRUE", .greater, "1", "TRUE"),
        BinaryCase("1", .equal, "TRUE", "FALSE"),
        BinaryCase("FALSE", .less, "TRUE", "TRUE"),
        BinaryCase("TRUE", .equal, "TRUE", "TRUE"),
        BinaryCase("date:2024-03-31", .equal, "45382", "TRUE"),
        BinaryCase("date:2024-03-31", .less, "\"a\"", "TRUE"),
        // Blank is 0, "" or FALSE, as the other side needs.
        BinaryCase("blank", .equal, "0", "TRUE"),
        BinaryCase("blank", .equal, "\"\"", "TRUE"),
        BinaryCase("blank", .equal, "FALSE", "TRUE"),
        BinaryCase("blank", .equal, "blank", "TRUE"),
        BinaryCase("blank", .less, "1", "TRUE"),
        BinaryCase("\"a\"", .greater, "blank", "TRUE"),
        // Units.
        BinaryCase("1万元", .equal, "10000元", "TRUE"),
        BinaryCase("1万元", .greater, "9999元", "TRUE"),
        BinaryCase("72户", .greater, "0", "TRUE"),
        BinaryCase("1万元", .equal, "1户", "#UNIT!"),
        // Errors propagate, the left one first.
        BinaryCase("#DIV/0!", .equal, "1", "#DIV/0!"),
        BinaryCase("1", .equal, "#N/A", "#N/A"),
        BinaryCase("#VALUE!", .equal, "#N/A", "#VALUE!"),
    ])
    func comparison(_ c: BinaryCase) {
        #expect(c.actual == c.expected)
    }

    @Test func additionIsExact() {
        let sum = Value.binary(.add, value("0.1"), value("0.2"))
        #expect(Value.binary(.equal, sum, value("0.3")) == .bool(true))
    }

    @Test func compareOrdersAcrossTypes() throws {
        let ascending = ["-5", "0", "1万元", "\"\"", "\"A\"", "\"b\"", "FALSE", "TRUE"].map { value($0) }
        for (a, b) in zip(ascending, ascending.dropFirst()) {
            #expect(try Value.compare(a, b) == -1)
            #expect(try Value.compare(b, a) == 1)
        }
    }
}
