@testable import SuanpanCore

extension ArgumentKindsTests {
    /// CHANGETEXT, GAPTEXT, SHARETEXT and FIGURETEXT: ours alone.
    ///
    /// Figures coerce as the operators do (blank is 0, numeric text its number, other text
    /// `#VALUE!`, an error is the result); the words (prefix, benchmark, approximation) are
    /// text, a number there is its General text. Units must agree as for `-` and `/`: a
    /// change keeps the values' unit, a share and a gap cancel theirs.
    static let phrasesRows: [Row] = [
        // CHANGETEXT
        Row("CHANGETEXT", .blank, "CHANGETEXT(5万元, A5)", "同比增加5.00万元"),
        Row("CHANGETEXT", .blank, "CHANGETEXT(A5, 4)", "同比减少4.00，下降100.00%"),
        Row("CHANGETEXT", .blank, "CHANGETEXT(5, 4, )", "同比增加1.00，增长25.00%"),
        Row("CHANGETEXT", .text, "CHANGETEXT(\"120\", \"100\")", "同比增加20.00，增长20.00%"),
        Row("CHANGETEXT", .text, "CHANGETEXT(\"x\", 100)", "#VALUE!"),
        Row("CHANGETEXT", .text, "CHANGETEXT(120, 100, 2022)", "2022增加20.00，增长20.00%"),
        Row("CHANGETEXT", .error, "CHANGETEXT(NA(), 100)", "#N/A"),
        Row("CHANGETEXT", .error, "A2 = 1/0; CHANGETEXT(1, 1, A2)", "#DIV/0!"),
        Row("CHANGETEXT", .unit, "CHANGETEXT(12万元, 100000元)", "同比增加2.00万元，增长20.00%"),
        Row("CHANGETEXT", .unit, "CHANGETEXT(72户, 60户)", "同比增加12.00户，增长20.00%"),
        Row("CHANGETEXT", .unit, "CHANGETEXT(3户, 1万元)", "#UNIT!"),

        // GAPTEXT
        Row("GAPTEXT", .blank, "GAPTEXT(A5, 75%)", "低于序时进度75.00个百分点"),
        Row("GAPTEXT", .text, "GAPTEXT(\"80%\", \"75%\")", "高于序时进度5.00个百分点"),
        Row("GAPTEXT", .text, "GAPTEXT(\"x\", 75%)", "#VALUE!"),
        Row("GAPTEXT", .error, "GAPTEXT(75%, NA())", "#N/A"),
        Row("GAPTEXT", .unit, "GAPTEXT(73.47%, 75%)", "低于序时进度1.53个百分点"),
        Row("GAPTEXT", .unit, "GAPTEXT(3户, 75%)", "#UNIT!"),

        // SHARETEXT
        Row("SHARETEXT", .blank, "SHARETEXT(A5, 100)", "占0.00%"),
        Row("SHARETEXT", .blank, "SHARETEXT(5, A5)", "#DIV/0!"),
        Row("SHARETEXT", .text, "A2 = \"25\"; SHARETEXT(A2, 100)", "占25.00%"),
        Row("SHARETEXT", .text, "SHARETEXT(25, \"x\")", "#VALUE!"),
        Row("SHARETEXT", .error, "SHARETEXT(1/0, 100)", "#DIV/0!"),
        Row("SHARETEXT", .unit, "SHARETEXT(2500元, 1万元)", "占25.00%"),
        Row("SHARETEXT", .unit, "SHARETEXT(18户, 1万元)", "#UNIT!"),

        // FIGURETEXT
        Row("FIGURETEXT", .blank, "FIGURETEXT(A5)", "0"),
        Row("FIGURETEXT", .blank, "A2 = 800份; FIGURETEXT(A2, A5)", "800份"),
        Row("FIGURETEXT", .text, "FIGURETEXT(\"800\", \"余\")", "800余"),
        Row("FIGURETEXT", .text, "FIGURETEXT(\"x\")", "#VALUE!"),
        Row("FIGURETEXT", .error, "FIGURETEXT(NA(), \"余\")", "#N/A"),
        Row("FIGURETEXT", .error, "FIGURETEXT(800份, 1/0)", "#DIV/0!"),
        Row("FIGURETEXT", .unit, "FIGURETEXT(30000支, \"多\")", "3万多支"),
        Row("FIGURETEXT", .unit, "FIGURETEXT(600人, \"多\", \"名\")", "600多名"),
        Row("FIGURETEXT", .unit, "FIGURETEXT(600人, \"多\", \"万元\")", "#UNIT!"),
    ]
}
