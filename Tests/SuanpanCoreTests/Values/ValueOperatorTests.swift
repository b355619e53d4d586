import Testing
@testable import SuanpanCore

@Suite struct ValueArithmeticTests {
    @Test(arguments: [
        BinaryCase("1", .add, "1", "2"),
        BinaryCase("64.63", .add, "14", "78.63"),
        BinaryCase("100000000.01", .subtract, "100000000", "0.01"),
        BinaryCase("3", .multiply, "1.1", "3.3"),
        BinaryCase("7", .divide, "2", "3.5"),
        BinaryCase("132.01", .divide, "72.19", "1.82864662695664"),
        // Text that reads as a number is one; other text is #VALUE!.
        BinaryCase("\"1\"", .add, "\"2\"", "3"),
        BinaryCase("\"2\"", .multiply, "\"3\"", "6"),
        BinaryCase("\"10\"", .divide, "\"4\"", "2.5"),
        BinaryCase("\"1e2\"", .add, "0", "100"),
        BinaryCase("\" 12 \"", .add, "0", "12"),
        BinaryCase("\"50%\"", .multiply, "10", "5"),
        BinaryCase("\"1,234.5\"", .add, "0", "1234.5"),
        BinaryCase("\"abc\"", .add, "1", "#VALUE!"),
        BinaryCase("\"\"", .add, "1", "#VALUE!"),
        // Booleans are 1 and 0, blank is 0.
        BinaryCase("TRUE", .add, "1", "2"),
        BinaryCase("TRUE", .add, "TRUE", "2"),
        BinaryCase("FALSE", .multiply, "5", "0"),
        BinaryCase("blank", .add, "5", "5"),
        BinaryCase("blank", .add, "blank", "0"),
        BinaryCase("72户", .add, "blank", "72 户"),
        BinaryCase("72户", .add, "TRUE", "73 户"),
        BinaryCase("\"3\"", .multiply, "1万元", "3 万元"),
        // Errors propagate, the left one first, before any coercion.
        BinaryCase("#DIV/0!", .add, "#N/A", "#DIV/0!"),
        BinaryCase("#N/A", .add, "#DIV/0!", "#N/A"),
        BinaryCase("1", .add, "#REF!", "#REF!"),
        BinaryCase("\"abc\"", .add, "#DIV/0!", "#DIV/0!"),
        BinaryCase("#NAME?", .multiply, "\"abc\"", "#NAME?"),
        BinaryCase("1", .divide, "0", "#DIV/0!"),
        BinaryCase("1", .divide, "blank", "#DIV/0!"),
        BinaryCase("1万元", .add, "3户", "#UNIT!"),
        BinaryCase("1万元", .add, "5000元", "1.5 万元"),
        BinaryCase("3.6万元", .divide, "72户", "500 元/户"),
        BinaryCase("2", .power, "10", "1024"),
        BinaryCase("\"2\"", .power, "TRUE", "2"),
    ])
    func arithmetic(_ c: BinaryCase) {
        #expect(c.actual == c.expected)
    }

    @Test(arguments: [
        BinaryCase("date:2024-03-31", .add, "1", "2024-04-01"),
        BinaryCase("1", .add, "date:2024-03-31", "2024-04-01"),
        BinaryCase("date:2024-03-31", .subtract, "31", "2024-02-29"),
        BinaryCase("date:2024-03-31", .add, "30天", "2024-04-30"),
        BinaryCase("date:2024-03-31", .subtract, "date:2022-09-30", "548"),
        BinaryCase("date:2024-03-31", .add, "0.5", "45382.5"),
        BinaryCase("date:2024-03-31", .add, "3户", "#UNIT!"),
        BinaryCase("date:2024-03-31", .multiply, "2", "90764"),
        BinaryCase("100000", .subtract, "date:2024-03-31", "54618"),
        BinaryCase("date:1900-01-01", .subtract, "2", "-1"),
        BinaryCase("date:2024-03-31", .add, "\"1\"", "2024-04-01"),
    ])
    func dates(_ c: BinaryCase) {
        #expect(c.actual == c.expected)
    }

    @Test(arguments: [
        ("3", "-3"), ("-3万元", "3 万元"), ("\"3\"", "-3"), ("TRUE", "-1"), ("blank", "0"),
        ("\"abc\"", "#VALUE!"), ("#N/A", "#N/A"), ("date:1900-01-02", "-2"),
    ])
    func negation(operand: String, expected: String) {
        #expect(Value.unary(.negate, value(operand)).generalDescription == expected)
    }

    @Test func unaryPlusLeavesTheValue() {
        #expect(Value.unary(.plus, value("\"abc\"")) == .text("abc"))
        #expect(Value.unary(.plus, value("72户")) == value("72户"))
    }

    @Test(arguments: [
        ("50", "0.5"), ("182.86", "1.8286"), ("5万元", "0.05 万元"), ("\"20\"", "0.2"),
        ("TRUE", "0.01"), ("\"x\"", "#VALUE!"), ("#DIV/0!", "#DIV/0!"),
    ])
    func percent(operand: String, expected: String) {
        #expect(Value.percent(value(operand)).generalDescription == expected)
    }
}

@Suite struct ValueConcatenationTests {
    @Test(arguments: [
        BinaryCase("\"a\"", .concatenate, "\"b\"", "ab"),
        BinaryCase("1", .concatenate, "2", "12"),
        BinaryCase("\"x\"", .concatenate, "1.5", "x1.5"),
        BinaryCase("\"a\"", .concatenate, "TRUE", "aTRUE"),
        BinaryCase("\"总\"", .concatenate, "\"计\"", "总计"),
        BinaryCase("blank", .concatenate, "\"a\"", "a"),
        BinaryCase("72户", .concatenate, "\"\"", "72户"),
        BinaryCase("\"人均\"", .concatenate, "500元/户", "人均500元/户"),
        BinaryCase("12.30", .concatenate, "\"\"", "12.3"),
        BinaryCase("date:2024-03-31", .concatenate, "\"\"", "45382"),
        BinaryCase("\"a\"", .concatenate, "#DIV/0!", "#DIV/0!"),
        BinaryCase("#N/A", .concatenate, "#DIV/0!", "#N/A"),
    ])
    func concatenation(_ c: BinaryCase) {
        #expect(c.actual == c.expected)
    }

    @Test func fifteenSignificantDigits() {
        let third = Value.binary(.divide, .number(1), .number(3))
        #expect(Value.binary(.concatenate, third, .text("")) == .text("0.333333333333333"))
    }
}
