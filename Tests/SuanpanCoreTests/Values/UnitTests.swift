import Testing
@testable import SuanpanCore

@Suite struct UnitCatalogTests {
    @Test(arguments: [
        ("元", "1"), ("千元", "1000"), ("万元", "10000"), ("百万元", "1000000"), ("亿元", "100000000"),
    ])
    func moneyIsOneDimensionWithFactors(symbol: String, factor: String) throws {
        let money = try #require(UnitCatalog.standard.unit(named: symbol))
        #expect(money.powers == [Unit.Power("元", 1)])
        #expect(money.factor == Exact(factor)!)
        #expect(money.symbol == symbol)
    }

    @Test(arguments: ["户", "人", "人次", "次", "份", "支", "个", "项", "家", "所", "天", "个百分点"])
    func countsAreTheirOwnDimension(symbol: String) throws {
        let count = try #require(UnitCatalog.standard.unit(named: symbol))
        #expect(count.powers == [Unit.Power(symbol, 1)])
        #expect(count.factor == .one)
    }

    @Test func mingIsRen() {
        #expect(UnitCatalog.standard.unit(named: "名") == UnitCatalog.standard.unit(named: "人"))
        #expect(UnitCatalog.standard.unit(named: "名")?.symbol == "人")
    }

    @Test func symbolsListTheSimpleUnits() {
        let symbols = UnitCatalog.standard.symbols
        #expect(symbols.isSuperset(of: ["元", "万元", "户", "人", "名", "人次", "天", "个百分点"]))
        #expect(!symbols.contains("元/户"))
    }

    @Test func declaringAddsACountUnit() throws {
        let catalog = UnitCatalog.standard.declaring("种")
        let kind = try #require(catalog.unit(named: "种"))
        #expect(kind.powers == [Unit.Power("种", 1)])
        #expect(catalog.symbols.contains("种"))
        #expect(catalog.unit(named: "元/种")?.symbol == "元/种")
        #expect(UnitCatalog.standard.unit(named: "种") == nil)
        #expect(catalog.declaring("元").unit(named: "元") == Unit.yuan)
        #expect(!catalog.declaring("a/b").symbols.contains("a/b"))
    }

    struct Compound: CustomTestStringConvertible, Sendable {
        let symbol: String
        let powers: [Unit.Power]
        let factor: String
        var testDescription: String { symbol }
    }

    @Test(arguments: [
        Compound(symbol: "元/户", powers: [.init("元", 1), .init("户", -1)], factor: "1"),
        Compound(symbol: "万元/人次", powers: [.init("人次", -1), .init("元", 1)], factor: "10000"),
        Compound(symbol: "元*天", powers: [.init("元", 1), .init("天", 1)], factor: "1"),
        Compound(symbol: "户/人", powers: [.init("人", -1), .init("户", 1)], factor: "1"),
        Compound(symbol: "元/户/天", powers: [.init("元", 1), .init("天", -1), .init("户", -1)], factor: "1"),
        Compound(symbol: "1/户", powers: [.init("户", -1)], factor: "1"),
        Compound(symbol: "户^2", powers: [.init("户", 2)], factor: "1"),
        Compound(symbol: "元/名", powers: [.init("人", -1), .init("元", 1)], factor: "1"),
    ])
    func compoundSymbolsParse(_ c: Compound) throws {
        let unit = try #require(UnitCatalog.standard.unit(named: c.symbol))
        #expect(unit.powers == c.powers)
        #expect(unit.factor == Exact(c.factor)!)
        #expect(unit.symbol == c.symbol)
    }

    @Test(arguments: ["", "美元", "元/", "/户", "元//户", "户^0", "户^x", "万元/元", "元 /户"])
    func unknownSymbolsAreNil(symbol: String) {
        #expect(UnitCatalog.standard.unit(named: symbol) == nil)
    }

    @Test func cancellingCompoundIsPlain() {
        #expect(UnitCatalog.standard.unit(named: "户/户") == Unit.none)
    }
}

@Suite struct UnitArithmeticTests {
    @Test func moneyOverCountIsInYuan() {
        let (result, multiplier) = unit("万元").divided(by: unit("户"))
        #expect(result.symbol == "元/户")
        #expect(result.factor == .one)
        #expect(multiplier == Exact(10000))
    }

    @Test func moneyOverMoneyIsPlain() {
        let (result, multiplier) = unit("万元").divided(by: unit("元"))
        #expect(result == Unit.none)
        #expect(multiplier == Exact(10000))
    }

    @Test func countOverSameCountIsPlain() {
        let (result, multiplier) = unit("户").divided(by: unit("户"))
        #expect(result.isNone)
        #expect(multiplier == .one)
    }

    @Test func countTimesMoneyPerCountIsMoney() {
        let (result, multiplier) = unit("人").multiplied(by: unit("元/人"))
        #expect(result == Unit.yuan)
        #expect(multiplier == .one)
    }

    @Test func plainOperandKeepsTheUnit() {
        #expect(unit("万元").multiplied(by: .none).unit == unit("万元"))
        #expect(Unit.none.multiplied(by: unit("万元")).unit == unit("万元"))
        #expect(unit("万元").divided(by: .none).unit == unit("万元"))
    }

    @Test(arguments: [
        ("元", "天", "*", "元*天"), ("元", "户*天", "/", "元/天/户"), ("1/户", "人", "*", "人/户"),
        ("元", "户^2", "/", "元/户^2"), ("户", "元", "/", "户/元"), ("天", "元", "*", "元*天"),
    ])
    func canonicalSymbols(left: String, right: String, op: String, expected: String) {
        let result = op == "*" ? unit(left).multiplied(by: unit(right)) : unit(left).divided(by: unit(right))
        #expect(result.unit.symbol == expected)
        #expect(UnitCatalog.standard.unit(named: expected)?.powers == result.unit.powers)
    }

    @Test func powersMultiplyExponents() {
        #expect(unit("户").raised(to: 2)?.symbol == "户^2")
        #expect(unit("元/户").raised(to: -1)?.symbol == "户/元")
        #expect(unit("户").raised(to: 0) == Unit.none)
    }

    @Test func dimensionsDecideCompatibility() {
        #expect(unit("万元").hasSameDimensions(as: unit("元")))
        #expect(unit("万元/户").hasSameDimensions(as: unit("元/户")))
        #expect(!unit("万元").hasSameDimensions(as: unit("户")))
        #expect(!unit("人").hasSameDimensions(as: unit("人次")))
    }
}
