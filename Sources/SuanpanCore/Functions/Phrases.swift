/// The phrase helpers: the sentences reports are made of, written from figures (SPEC §8).
///
/// ```
/// CHANGETEXT(792.13万元, 602.88万元)  同比增加189.25万元，增长31.39%
/// CHANGETEXT(50万元, 60万元, "环比")  环比减少10.00万元，下降16.67%
/// GAPTEXT(73.47%, PROGRESS(3))        低于序时进度1.53个百分点
/// SHARETEXT(53.38万元, 132.01万元)    占40.44%
/// FIGURETEXT(30000支, "多")           3万多支
/// ```
///
/// A change or a gap is said in words — 增加/减少, 增长/下降, 高于/低于 — never with a minus
/// sign, because that is how a report reads and a "-" is easily lost in print. Every figure
/// shows two decimals, rounded half away from zero (四舍五入) as `ROUND` does: the text is a
/// value that computed columns and names may hold, so it cannot follow the display setting
/// (`set rounding`) without going stale when that changes. Amounts keep the unit of the
/// values (万元 stays 万元). Arguments coerce as the operators do: blank is 0, numeric text
/// its number, an error is the result.
extension Builtins {
    /// CHANGETEXT, GAPTEXT, SHARETEXT and FIGURETEXT.
    static let phrases: [FunctionSpec] = [
        FunctionSpec("CHANGETEXT", [.init("current"), .init("previous"), .optional("prefix")],
                     summary: "Returns a change in words: 同比增加189.25万元，增长31.39%, 同比减少…，下降…%, or 与上年持平.") { args throws(CellError) in
            let prefix = args.isMissing(2) ? "同比" : try args.text(2)
            return .text(try changeText(try args.number(0), try args.number(1), prefix: prefix))
        },
        FunctionSpec("GAPTEXT", [.init("rate"), .init("progress"), .optional("compared_with")],
                     summary: "Returns a rate's gap to time progress in words: 低于序时进度1.53个百分点, 高于… or 与序时进度持平.") { args throws(CellError) in
            let benchmark = args.isMissing(2) ? "序时进度" : try args.text(2)
            return .text(try gapText(try args.number(0), try args.number(1), benchmark: benchmark))
        },
        FunctionSpec("SHARETEXT", [.init("part"), .init("whole"), .optional("whole_name")],
                     summary: "Returns a share in words: 占27.52%, or 占整体支出的27.52% when the whole is named.") { args throws(CellError) in
            let name = args.isMissing(2) ? "" : try args.text(2)
            let share = try ratio(try args.number(0), try args.number(1), function: "SHARETEXT")
            let percent = (share * hundred).fixedDescription(places: 2)
            return .text(name.isEmpty ? "占\(percent)%" : "占\(name)的\(percent)%")
        },
        FunctionSpec("FIGURETEXT", [.init("number"), .optional("approximation"), .optional("unit_word")],
                     summary: "Returns a figure as prose writes it: 3万多支, 800余份, 近60名, with an approximation word and a unit word.") { args throws(CellError) in
            let word = args.isMissing(1) ? "" : try args.text(1)
            let unitWord: String? = args.isMissing(2) ? nil : try args.text(2)
            return .text(try figureText(try args.number(0), approximation: word, unitWord: unitWord, units: args.context.units))
        },
    ]

    private static let hundred = Exact(100)

    /// `同比增加5.00万元，增长10.00%`. Flat — `与上年持平` after 同比, else `环比持平` — when the
    /// difference shows as 0.00. From a previous figure of 0 there is no growth rate, and only
    /// the amount is said; the rate is taken against the previous figure's size, so that its
    /// word agrees with the amount's when that figure is negative.
    static func changeText(_ current: Quantity, _ previous: Quantity, prefix: String) throws(CellError) -> String {
        let difference = try current.subtracting(previous)
        let amount = difference.amount.magnitude.rounded(places: 2)
        guard !amount.isZero else { return prefix == "同比" ? "与上年持平" : "\(prefix)持平" }
        let rising = !difference.amount.isNegative
        var text = prefix + (rising ? "增加" : "减少") + amount.fixedDescription(places: 2) + difference.unit.symbol
        if !previous.amount.isZero {
            let rate = try ratio(Quantity(difference.amount.magnitude, difference.unit),
                                 Quantity(previous.amount.magnitude, previous.unit), function: "CHANGETEXT")
            text += "，" + (rising ? "增长" : "下降") + (rate * hundred).fixedDescription(places: 2) + "%"
        }
        return text
    }

    /// `低于序时进度1.53个百分点`: rates are plain numbers (73.47%), their gap in points.
    static func gapText(_ rate: Quantity, _ progress: Quantity, benchmark: String) throws(CellError) -> String {
        guard rate.isPlain, progress.isPlain else {
            throw CellError(.unit, "GAPTEXT takes rates, which are plain numbers")
        }
        let points = (rate.amount - progress.amount) * hundred
        let shown = points.magnitude.rounded(places: 2)
        guard !shown.isZero else { return "与\(benchmark)持平" }
        return (points.isNegative ? "低于" : "高于") + benchmark + shown.fixedDescription(places: 2) + "个百分点"
    }

    /// A figure in General, its unit joined without a space. A count of 10,000 or more in
    /// whole thousands is written in 万 (26000份 → 2.6万份; 36759人次 stays), as reports round
    /// figures; money already in 万元 or 亿元 is not. 余 and 多 stand after the number (800余份,
    /// 3万多支), any other word (近, 约, 超过) before it (近60名). `unitWord` shows the figure
    /// in that unit of its dimension and under that name (名 for 人).
    static func figureText(_ number: Quantity, approximation: String, unitWord: String?, units: UnitCatalog) throws(CellError) -> String {
        var figure = number
        var symbol = number.unit.symbol
        if let unitWord {
            guard let unit = units.unit(named: unitWord) else { throw CellError(.notAvailable, "unknown unit '\(unitWord)'") }
            figure = try number.convert(to: unit)
            symbol = unitWord
        }
        var digits = figure.amount.generalDescription
        let inTenThousands = !symbol.contains("万") && !symbol.contains("亿") && figure.amount.magnitude >= Exact(10_000)
            && (figure.amount * Exact(significand: 1, scale: 3)).truncated() == figure.amount * Exact(significand: 1, scale: 3)
        if inTenThousands, let tenThousands = figure.amount.divided(by: Exact(10_000)) {
            digits = tenThousands.generalDescription + "万"
        }
        return ["余", "多"].contains(approximation) ? digits + approximation + symbol : approximation + digits + symbol
    }

    /// `part / whole` as a plain ratio: `#DIV/0!` for a zero whole, `#UNIT!` unless the units
    /// cancel (万元 over 万元 or 元 do; 万元 over 户 does not).
    private static func ratio(_ part: Quantity, _ whole: Quantity, function: String) throws(CellError) -> Exact {
        let quotient = try part.divided(by: whole)
        guard quotient.isPlain else {
            throw CellError(.unit, "\(function) compares figures in one dimension, not \(part.unit.symbol) and \(whole.unit.symbol)")
        }
        return quotient.amount
    }
}

extension Exact {
    /// The number without its sign.
    var magnitude: Exact { isNegative ? -self : self }
}
