import Testing
@testable import SuanpanCore

/// The General display of a quantity operation, or the error it throws.
private func display(_ body: () throws(CellError) -> Quantity) -> String {
    do throws(CellError) {
        return try body().generalDescription
    } catch {
        return error.description
    }
}

@Suite struct QuantityArithmeticTests {
    @Test(arguments: [
        // + and - answer in the left operand's unit.
        BinaryCase("1万元", .add, "5000元", "1.5 万元"),
        BinaryCase("5000元", .add, "1万元", "15000 元"),
        BinaryCase("64.63万元", .add, "14万元", "78.63 万元"),
        BinaryCase("1亿元", .subtract, "1元", "0.99999999 亿元"),
        BinaryCase("1万元", .add, "3户", "#UNIT!"),
        BinaryCase("3人", .subtract, "3人次", "#UNIT!"),
        // A plain number is read in the other operand's unit.
        BinaryCase("72户", .add, "3", "75 户"),
        BinaryCase("3", .add, "72户", "75 户"),
        BinaryCase("72户", .subtract, "2", "70 户"),
        BinaryCase("0.1", .add, "0.2", "0.3"),
        // * and / combine units, money in 元.
        BinaryCase("3.6万元", .divide, "72户", "500 元/户"),
        BinaryCase("9.95万元", .divide, "55人次", "1809.09090909091 元/人次"),
        BinaryCase("1万元", .divide, "5000元", "2"),
        BinaryCase("72户", .divide, "72户", "1"),
        BinaryCase("63人", .multiply, "1000元/人", "63000 元"),
        BinaryCase("63名", .multiply, "1000元/人", "63000 元"),
        BinaryCase("2", .multiply, "3.6万元", "7.2 万元"),
        BinaryCase("3.6万元", .divide, "2", "1.8 万元"),
        BinaryCase("1", .divide, "4户", "0.25 1/户"),
        BinaryCase("500元/户", .multiply, "72户", "36000 元"),
        BinaryCase("10元", .multiply, "3天", "30 元*天"),
        BinaryCase("1万元", .divide, "0户", "#DIV/0!"),
        BinaryCase("0", .divide, "0", "#DIV/0!"),
        BinaryCase("1", .divide, "3", "0.333333333333333"),
        // Past 10^308 is #NUM!.
        BinaryCase("1e200", .multiply, "1e200", "#NUM!"),
        BinaryCase("1e200", .divide, "1e-200", "#NUM!"),
    ])
    func arithmetic(_ c: BinaryCase) {
        #expect(c.actual == c.expected)
    }

    @Test func mismatchMessageNamesBothUnits() {
        #expect(throws: CellError(.unit)) { try quantity("1万元").adding(quantity("3户")) }
        do {
            _ = try quantity("1万元").adding(quantity("3户"))
        } catch {
            #expect(error.message == "cannot add 万元 and 户")
        }
    }

    @Test(arguments: [
        ("63000元", "万元", "6.3 万元"),
        ("3.6万元", "元", "36000 元"),
        ("1亿元", "百万元", "100 百万元"),
        ("500元/户", "万元/户", "0.05 万元/户"),
        ("72户", "户", "72 户"),
        ("1万元", "户", "#UNIT!"),
        ("5", "万元", "#UNIT!"),
    ])
    func convert(from: String, to symbol: String, expected: String) {
        #expect(display { () throws(CellError) in try quantity(from).convert(to: unit(symbol)) } == expected)
    }

    @Test func convertOfAProduct() {
        let product = display { () throws(CellError) in
            try quantity("63人").multiplied(by: quantity("1000元/人")).convert(to: unit("万元"))
        }
        #expect(product == "6.3 万元")
    }
}

@Suite struct QuantityComparisonTests {
    @Test(arguments: [
        ("1万元", "10000元", 0), ("1万元", "9999元", 1), ("0.5万元", "1亿元", -1),
        ("72户", "0", 1), ("0", "72户", -1), ("3户", "3户", 0), ("0.1", "0.10", 0),
    ])
    func sameDimensionComparesConvertedAmounts(left: String, right: String, expected: Int) throws {
        #expect(try quantity(left).compared(to: quantity(right)) == expected)
    }

    @Test func differentDimensionsAreUnitErrors() {
        #expect(throws: CellError(.unit)) { try quantity("1万元").compared(to: quantity("1户")) }
    }
}

@Suite struct QuantityPowerTests {
    @Test(arguments: [
        BinaryCase("2", .power, "10", "1024"),
        BinaryCase("1.1", .power, "2", "1.21"),
        BinaryCase("2", .power, "-1", "0.5"),
        BinaryCase("2", .power, "0.5", "1.4142135623731"),
        BinaryCase("-2", .power, "3", "-8"),
        BinaryCase("-8", .power, "0.5", "#NUM!"),
        BinaryCase("0", .power, "0", "#NUM!"),
        BinaryCase("0", .power, "-1", "#DIV/0!"),
        BinaryCase("10", .power, "308", "#NUM!"),
        BinaryCase("10", .power, "-400", "0"),
        BinaryCase("0.1", .power, "100000", "0"),
        BinaryCase("1", .power, "1000000000000", "1"),
        BinaryCase("3户", .power, "2", "9 户^2"),
        BinaryCase("2万元", .power, "2", "400000000 元^2"),
        BinaryCase("4户", .power, "-1", "0.25 1/户"),
        BinaryCase("3户", .power, "0", "1"),
        BinaryCase("3户", .power, "0.5", "#UNIT!"),
        BinaryCase("3", .power, "2户", "#UNIT!"),
    ])
    func power(_ c: BinaryCase) {
        #expect(c.actual == c.expected)
    }
}
