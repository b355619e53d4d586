/// `summarize SHEET [where CONDITION] by KEY, … into NEWSHEET with NAME = FORMULA, …`: a
/// live summary sheet, one row per group.
extension StatementTable {
    static let summarizeUsage = "summarize SHEET [where CONDITION] by COLUMN, … into NEWSHEET with NAME = FORMULA, …"

    static let summarize = StatementSpec(
        "summarize", usage: summarizeUsage,
        summary: "group a sheet's rows into a new sheet that stays up to date",
        details: """
            One row per distinct combination of the `by` columns, sorted by them (numbers \
            ascending, text by Unicode code point, blanks last); the key columns come first, \
            then one column per `with` item. In an item, a bare column inside an aggregate is \
            the group's rows (SUM(预算数) sums the group; COUNT, AVERAGE, MAX, COUNTIF… work \
            alike) and outside one its first row (for a key, the group's key); an item may use \
            the items before it by name (执行率 = RATE(决算, 预算)). Units carry (a SUM of 万元 is \
            万元). `where` keeps the rows for which the condition is TRUE. The new sheet stays \
            live: change the source and it is computed again, and so is whatever reads it. \
            An existing sheet made by summarize or pivot is replaced; a sheet holding data never \
            is. `save` keeps the definition, so the sheet is live after `open` too.
            """,
        examples: ["summarize 台账 by 部门 into 部门汇总 with 预算 = SUM(预算数), 决算 = SUM(决算数), 执行率 = RATE(决算, 预算)",
                   "summarize 台账 where 户数 > 0 by 部门, 季度 into 户均 with 户均决算 = PER(SUM(决算数), SUM(户数))"],
        completes: [.sheet, .formula]
    ) { words throws(Diagnostic) in
        let source = try words.take("a sheet to summarize")
        var condition: Clause?
        if words.takeIf("where") { condition = try words.clause("a condition after 'where'", until: ["by"]) }
        try words.expect("by", after: condition == nil ? "the sheet" : "the condition", usage: summarizeUsage)
        let keyList = try words.clause("the columns to group by", until: ["into"])
        var keys: [(String, SourceSpan)] = []
        for key in keyList.items() { keys.append((try key.identifier("a column to group by"), key.span)) }
        try words.expect("into", after: "the columns to group by", usage: summarizeUsage)
        let target = try words.take("a name for the new sheet")
        try words.expect("with", after: "the new sheet's name", usage: summarizeUsage)
        let itemList = try words.clause("the columns to compute, as NAME = FORMULA", until: [])
        var items: [Derivation.Item] = []
        var seen = Set(keys.map { $0.0 })
        for clause in itemList.items() {
            let (name, nameSpan, formula) = try clause.assignment("a column to compute")
            guard seen.insert(name).inserted else {
                throw Diagnostic("the result already has a column '\(name)'", at: nameSpan)
            }
            items.append(Derivation.Item(name: name, formula: formula))
        }
        let derivation = Derivation(source: source.text, condition: try condition?.formula(),
                                    kind: .summarize(keys: keys.map { $0.0 }, items: items))
        return DeriveStatement(derivation: derivation, target: target.text, targetSpan: target.span,
                               sourceSpan: source.span, condition: condition, keySpans: keys.map { $0.1 },
                               itemClauses: itemList.items())
    }
}
