import Testing
@testable import SuanpanCore

@Suite struct ValueCoercionTests {
    @Test(arguments: [
        ("\"12.5\"", "12.5"), ("\"  7 \"", "7"), ("\"-3\"", "-3"), ("\"+3\"", "3"), ("\".5\"", "0.5"),
        ("\"1e3\"", "1000"), ("\"50%\"", "0.5"), ("\"12.5 %\"", "0.125"), ("\"1,234.5\"", "1234.5"),
        ("\"-1,234,567\"", "-1234567"), ("\"(1,234.00)\"", "-1234"), ("\"2022-09-30\"", "44834"),
        ("\"2024年3月31日\"", "45382"), ("TRUE", "1"), ("FALSE", "0"), ("blank", "0"),
        ("date:2024-03-31", "45382"), ("3.6万元", "3.6 万元"),
    ])
    func toNumber(literal: String, expected: String) throws {
        #expect(try value(literal).coercedToNumber().generalDescription == expected)
    }

    @Test(arguments: ["\"abc\"", "\"\"", "\"  \"", "\"1,23\"", "\"12,3456\"", "\"1.2.3\"", "\"TRUE\"",
                      "\"(-5)\"", "\"3.6万元\"", "\"%\""])
    func textThatIsNotANumber(literal: String) {
        #expect(throws: CellError(.value)) { try value(literal).coercedToNumber() }
    }

    @Test func errorsAreThrownAsThemselves() {
        #expect(throws: CellError(.notAvailable)) { try value("#N/A").coercedToNumber() }
        #expect(throws: CellError(.divisionByZero)) { try value("#DIV/0!").coercedToText() }
        #expect(throws: CellError(.ref)) { try value("#REF!").coercedToBool() }
    }

    @Test(arguments: [
        ("1.82864662695664379", "1.82864662695664"), ("12.30", "12.3"), ("-3", "-3"), ("TRUE", "TRUE"),
        ("blank", ""), ("\"文本\"", "文本"), ("3.6万元", "3.6万元"), ("500元/户", "500元/户"),
        ("date:2024-03-31", "45382"),
    ])
    func toText(literal: String, expected: String) throws {
        #expect(try value(literal).coercedToText() == expected)
    }

    @Test(arguments: [
        ("TRUE", true), ("FALSE", false), ("0", false), ("0.5", true), ("-1户", true), ("blank", false),
        ("\"true\"", true), ("\"False\"", false),
    ])
    func toBool(literal: String, expected: Bool) throws {
        #expect(try value(literal).coercedToBool() == expected)
    }

    @Test func textThatIsNotABool() {
        #expect(throws: CellError(.value)) { try value("\"yes\"").coercedToBool() }
    }
}

@Suite struct ValueFormattingTests {
    @Test(arguments: [
        ("500元/户", "500 元/户"), ("6.3万元", "6.3 万元"), ("1.82864662695664379", "1.82864662695664"),
        ("-3", "-3"), ("12.30", "12.3"), ("0", "0"), ("1.53个百分点", "1.53 个百分点"),
        ("\"珠晖区\"", "珠晖区"), ("TRUE", "TRUE"), ("FALSE", "FALSE"), ("date:2024-03-31", "2024-03-31"),
        ("#DIV/0!", "#DIV/0!"), ("#UNIT!", "#UNIT!"), ("blank", ""),
    ])
    func generalDisplay(literal: String, expected: String) {
        #expect(value(literal).generalDescription == expected)
    }
}
