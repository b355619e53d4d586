import Testing
@testable import SuanpanCore

/// Templates read and rendered against the sample workbook: placeholders, formats, tables,
/// heading numbers, escapes — and errors at the template's own line and column.
@Suite struct ReportTemplateTests {
    /// The report `template` makes from workbooks/zhuhui-2022, or `error: L:C: MESSAGE`.
    func render(_ template: String, _ style: ReportRenderer.Style = .plainText, setup: String = "") -> String {
        let session = Session(today: testToday)
        _ = try? session.open(repositoryPath("workbooks/zhuhui-2022"))
        if !setup.isEmpty { run(setup, in: session) }
        do throws(Diagnostic) {
            var renderer = ReportRenderer(session: session, style: style)
            return try renderer.render(ReportTemplate(parsing: template, unitSymbols: session.current.units.symbols))
        } catch {
            let header = SessionError(error, origin: SourceOrigin(name: "t"), source: template).rendered.prefix { $0 != "\n" }
            return "error: " + header.dropFirst(2).replacingOccurrences(of: ": error: ", with: ": ")
        }
    }

    @Test func aValueIsWrittenInGeneralWithItsUnitJoined() {
        #expect(render("预算数为{{ 支出.预算数[\"基本支出\"] }}，决算数{{支出.报告所列决算数[\"基本支出\"]}}。")
            == "预算数为72.19万元，决算数132.01万元。\n")
        #expect(render("{{ 春节慰问户均 }}; {{ 在职人数 }}; {{ \"文字\" }}; {{ 1 = 1 }}; {{ DATE(2022, 9, 30) }}; [{{ 支出!B4 }}] {{ 支出!C3 }}")
            == "500元/户; 5人; 文字; TRUE; 2022-09-30; [] 78.63万元\n")
    }

    @Test func aFormatRoundsAsTheSessionSays() {
        #expect(render("{{ 支出.执行率[\"基本支出\"] : \"0.00%\" }} {{ 36000元 :\"0.0万元\" }} {{ 1234.5 : \"#,##0.00\" }}")
            == "108.92% 3.6万元 1,234.50\n")
        #expect(render("{{ 0.382899 : \"0.00%\" }}") == "38.29%\n")
        #expect(render("{{ 0.382899 : \"0.00%\" }}", setup: "set rounding truncate") == "38.28%\n")
        // The colon of a range, or one inside quotes, is the formula's.
        #expect(render("{{ SUM(支出!C3:C4) }} {{ \"a:b\" }} {{ \"x\" & \":\" & \"y\" }}") == "143.26万元 a:b x:y\n")
        // A quote inside the pattern is doubled, as in a formula's text.
        #expect(render("{{ 5 : \"0\"\"件\"\"\" }}") == "5件\n")
    }

    @Test func headingsAreNumberedAtFourLevelsAndCountersReset() {
        let template = "# A\n## B\n### C\n#### D\n#### E\n### F\n## G\n# H\n## I\n#### J\n"
        #expect(render(template) == "一、A\n（一）B\n1.C\n（1）D\n（2）E\n2.F\n（二）G\n二、H\n（一）I\n（1）J\n")
        #expect(render(template, .markdown) == """
            # 一、A
            ## （一）B
            ### 1.C
            #### （1）D
            #### （2）E
            ### 2.F
            ## （二）G
            # 二、H
            ## （一）I
            #### （1）J

            """)
    }

    @Test func anExplicitNumberIsKeptAndCountingGoesOnFromIt() {
        #expect(render("# 二、支出\n## 基本\n# 收入\n## (三)项目\n## 其他\n### 12.细目\n### 再\n#### （4）末\n#### 又")
            == "二、支出\n（一）基本\n三、收入\n(三)项目\n（四）其他\n12.细目\n13.再\n（4）末\n（5）又\n")
        #expect(HeadingNumber.label(level: 1, number: 11) == "十一、")
        #expect(HeadingNumber.label(level: 2, number: 20) == "（二十）")
        #expect(HeadingNumber.label(level: 1, number: 99) == "九十九、")
        #expect(HeadingNumber.explicit(in: "十二、x", level: 1) == 12)
        #expect(HeadingNumber.explicit(in: "二x", level: 1) == nil)
    }

    @Test func windowsLineEndsReadAsLines() {
        #expect(render("# 甲\r\n{{ 1 + 1 }}\r\n") == "一、甲\n2\n")
        #expect(render("a\r\n{{ 未知 }}") == "error: 2:4: unknown name '未知'")
    }

    @Test func onlyOneToFourHashesAndASpaceMakeAHeading() {
        #expect(render("#5号文件\n##### 五级\n # 缩进") == "#5号文件\n##### 五级\n # 缩进\n")
        #expect(render("# {{ 支出.项目[\"项目支出\"] }}情况") == "一、项目支出情况\n")
    }

    @Test func bracesAreWrittenThroughPlaceholdersAndCommentsWriteNothing() {
        #expect(render("{{ \"{{\" }}名称{{ \"}}\" }} 与 a }} b { c") == "{{名称}} 与 a }} b { c\n")
        #expect(render("{{# 说明 }}\n甲{{# 注 }}乙\n  {{# 整行 }}  {{#又}}\n\n丙\n") == "甲乙\n\n丙\n")
    }

    @Test func aTableIsLaidOutAsShowDoesOrInMarkdown() {
        let table = "表：\n{{ table 支出 columns 项目, 决算数, 执行率 where 决算数 > 60 order by 决算数 desc limit 2 }}\n完"
        #expect(render(table) == """
            表：
            项目      决算数(万元)  执行率
            --------  ------------  -------
            整体支出        132.01  105.13%
            基本支出         78.63  108.92%
            完

            """)
        #expect(render(table, .markdown) == """
            表：
            | 项目     | 决算数(万元) | 执行率  |
            | -------- | -----------: | ------- |
            | 整体支出 |       132.01 | 105.13% |
            | 基本支出 |        78.63 | 108.92% |
            完

            """)
        #expect(render("{{ table 人员 }}") == "项目      数量  说明\n--------  ----  ---------------------\n编制人数  7 人  区计生协会编制人数7人\n在职人数  5 人  实际在职人员5人\n内设机构  1 个  设置办公室1个内设机构\n")
        #expect(TextTable(headers: ["a|b"], rows: [["x|y"]]).markdownLines == ["| a\\|b |", "| ---- |", "| x\\|y |"])
    }

    @Test func anErrorValueIsWrittenAsItIs() {
        let session = Session(today: testToday)
        var renderer = ReportRenderer(session: session, style: .plainText)
        let text = try? renderer.render(ReportTemplate(parsing: "x{{ 1/0 }}y", unitSymbols: []))
        #expect(text == "x#DIV/0!y\n")
        #expect(renderer.errorValues.map(\.placeholder.source) == ["1/0"])
    }

    @Test(arguments: [
        // An unclosed `{{` points at itself; a placeholder never runs over lines.
        FormulaCase("第一行\n预算{{ 支出.预算数", "error: 2:3: '{{' without a closing '}}' on its line"),
        FormulaCase("a {{ \"}}\" \n }}", "error: 1:3: '{{' without a closing '}}' on its line"),
        // An unknown name, a syntax error and a bad format point inside the line.
        FormulaCase("甲\n乙丙{{ 支出.预算数[\"基本支出\"] + 未知数 }}", "error: 2:23: unknown name '未知数'"),
        FormulaCase("预算{{ 支出.预算 }}", "error: 1:6: sheet '支出' has no column '预算'"),
        FormulaCase("x\n\n  {{ 1 + }}", "error: 3:9: expected an expression after '+'"),
        FormulaCase("执行率{{ 0.5 : \"0.0E+0\" }}", "error: 1:13: '0.0E+0' is not a number format: scientific number formats are not supported"),
        FormulaCase("{{ 3户 : \"0万元\" }}", "error: 1:9: cannot show the value in \"0万元\": cannot convert 户 to 万元"),
        FormulaCase("空{{  }}", "error: 1:2: expected an expression inside {{ }}"),
        FormulaCase("{{ 支出.决算数 }}", "error: 1:1: a placeholder writes one value, not a range"),
        // Tables: on a line of their own, with columns the sheet has.
        FormulaCase("见 {{ table 支出 }}", "error: 1:3: a table must stand on a line of its own"),
        FormulaCase("# {{ table 支出 }}", "error: 1:3: a table cannot stand in a heading"),
        FormulaCase("{{ table 支出 columns 项目, 决算 }}", "error: 1:25: sheet '支出' has no column '决算'"),
        FormulaCase("{{ table 支出 where 决算 > 1 }}", "error: 1:19: unknown name '决算'"),
        FormulaCase("{{ table 收入 }}", "error: 1:10: no sheet named '收入'"),
        FormulaCase("{{ table 支出 limit 0 }}", "error: 1:19: limit expects a positive whole number, not '0'"),
        FormulaCase("{{ table 支出 sorted }}", "error: 1:13: unexpected 'sorted'"),
    ])
    func errorsPointIntoTheTemplate(_ c: FormulaCase) {
        #expect(render(c.source) == c.expected)
    }
}
