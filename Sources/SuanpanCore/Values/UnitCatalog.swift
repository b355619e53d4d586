/// The units a workbook knows, by symbol: the standard money and count units plus any the
/// workbook declares.
///
/// Only simple symbols are stored (`万元`, `户`, `名`); compound ones (`元/户`, `万元/人次`,
/// `元*天`, `户^2`) are read on demand by `unit(named:)` from the simple ones joined by `*`
/// and `/`, left to right, so `元/户/天` is 元 ÷ 户 ÷ 天.
public struct UnitCatalog: Sendable {
    /// Units by every symbol that names them (`人` and `名` name one unit).
    public private(set) var units: [String: Unit]

    /// A catalog of exactly these units.
    public init(units: [String: Unit]) {
        self.units = units
    }

    /// Money (元 千元 万元 百万元 亿元), counts (户 人/名 人次 次 份 支 个 项 家 所 天) and 个百分点.
    public static let standard: UnitCatalog = {
        var units: [String: Unit] = [:]
        let money: [(String, Int)] = [
            ("元", 1), ("千元", 1_000), ("万元", 10_000), ("百万元", 1_000_000), ("亿元", 100_000_000),
        ]
        for (symbol, factor) in money {
            units[symbol] = Unit.money(symbol, factor: Exact(factor))
        }
        for symbol in ["户", "人", "人次", "次", "份", "支", "个", "项", "家", "所", "天"] {
            units[symbol] = Unit.count(symbol)
        }
        // 名 is another word for 人 (persons): the same dimension, shown as 人.
        units["名"] = units["人"]
        units[Unit.percentagePoints.symbol] = Unit.percentagePoints
        return UnitCatalog(units: units)
    }()

    /// The simple symbols the catalog knows, for the lexer: `万元`, `户`, `名`, `个百分点`, ….
    public var symbols: Set<String> { Set(units.keys) }

    /// This catalog with one more count unit, declared by a workbook (`种`, `场`): its own
    /// dimension with factor 1. A symbol already known, empty, or holding an operator
    /// (`/ * ^`) or a digit leaves the catalog as it is.
    public func declaring(_ symbol: String) -> UnitCatalog {
        guard !symbol.isEmpty, units[symbol] == nil,
              !symbol.contains(where: { "/*^ ".contains($0) || $0.isASCIIDigit })
        else { return self }
        var copy = self
        copy.units[symbol] = Unit.count(symbol)
        return copy
    }

    /// The unit a symbol names, simple (`万元`) or compound (`元/户`, `1/户`, `户^2`), or nil.
    ///
    /// A compound keeps its factor and its spelling: `万元/户` is 10000 元/户 written `万元/户`.
    /// A compound whose dimensions cancel is plain (`户/户`), or nil when a factor would remain
    /// (`万元/元`), since a plain number has no factor to carry.
    public func unit(named symbol: String) -> Unit? {
        if let unit = units[symbol] { return unit }
        guard symbol.contains(where: { $0 == "/" || $0 == "*" || $0 == "^" }) else { return nil }
        var result: Unit?
        var sign = 1
        var rest = Substring(symbol)
        while true {
            let end = rest.firstIndex(where: { $0 == "/" || $0 == "*" }) ?? rest.endIndex
            guard let unit = simpleTerm(rest[..<end], isFirst: result == nil) else { return nil }
            result = (result ?? .none).combined(with: unit, sign: sign)
            guard end < rest.endIndex else { break }
            sign = rest[end] == "/" ? -1 : 1
            rest = rest[rest.index(after: end)...]
        }
        guard var unit = result else { return nil }
        if unit.isNone {
            guard unit.factor == .one else { return nil }
            return Unit.none
        }
        unit.symbol = symbol
        return unit
    }

    /// One term of a compound: a known symbol with an optional `^N`, or `1` in first place.
    private func simpleTerm(_ term: Substring, isFirst: Bool) -> Unit? {
        if isFirst && term == "1" { return Unit.none }
        guard let caret = term.firstIndex(of: "^") else { return units[String(term)] }
        let digits = term[term.index(after: caret)...]
        guard let base = units[String(term[..<caret])], let exponent = Int(digits),
              (1...99).contains(exponent)
        else { return nil }
        var unit = Unit.none
        for _ in 0..<exponent { unit = unit.combined(with: base, sign: 1) }
        return unit
    }
}

