/// `pivot SHEET [where CONDITION] rows KEY columns KEY value FORMULA into NEWSHEET`: a live
/// cross table.
extension StatementTable {
    static let pivotUsage = "pivot SHEET [where CONDITION] rows COLUMN columns COLUMN value FORMULA into NEWSHEET"

    static let pivot = StatementSpec(
        "pivot", usage: pivotUsage,
        summary: "cross-tabulate a sheet into a new sheet that stays up to date",
        details: """
            One row per distinct value of the `rows` column and one column per distinct value \
            of the `columns` column, both sorted (numbers ascending, text by Unicode code point, \
            blanks last); a column is named by its key's General text (1, 2, 第一季度; \
            (空白) for a blank key). Each cell is the `value` formula over the rows with \
            those two keys — bare columns inside an aggregate are those rows, as in summarize — \
            and is blank when there are none. `where` keeps the rows for which the condition is \
            TRUE. Like summarize, the sheet stays live and `save` keeps its definition.
            """,
        examples: ["pivot 台账 rows 部门 columns 季度 value SUM(决算数) into 季度表",
                   "pivot 台账 where 户数 > 0 rows 部门 columns 季度 value PER(SUM(决算数), SUM(户数)) into 户均表"],
        completes: [.sheet, .formula]
    ) { words throws(Diagnostic) in
        let source = try words.take("a sheet to pivot")
        var condition: Clause?
        if words.takeIf("where") { condition = try words.clause("a condition after 'where'", until: ["rows"]) }
        try words.expect("rows", after: condition == nil ? "the sheet" : "the condition", usage: pivotUsage)
        let rows = try words.columnName("a column after 'rows'", until: ["columns"])
        try words.expect("columns", after: "the rows column", usage: pivotUsage)
        let columns = try words.columnName("a column after 'columns'", until: ["value"])
        try words.expect("value", after: "the columns column", usage: pivotUsage)
        let value = try words.clause("a formula after 'value'", until: ["into"])
        try words.expect("into", after: "the value formula", usage: pivotUsage)
        let target = try words.take("a name for the new sheet")
        try words.finish(pivotUsage)
        let derivation = Derivation(source: source.text, condition: try condition?.formula(),
                                    kind: .pivot(rows: rows.0, columns: columns.0, value: try value.formula()))
        return DeriveStatement(derivation: derivation, target: target.text, targetSpan: target.span,
                               sourceSpan: source.span, condition: condition, keySpans: [rows.1, columns.1],
                               itemClauses: [value])
    }
}
