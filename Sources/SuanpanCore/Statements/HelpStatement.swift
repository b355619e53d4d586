/// `help [TOPIC]`: written from the statement table and the function table, the same
/// tables that run statements and functions, so it cannot fall behind them.
extension StatementTable {
    static let help = StatementSpec(
        "help", usage: "help [STATEMENT | FUNCTION | functions | formulas]",
        summary: "what statements and functions there are, and how to write them",
        examples: ["help", "help show", "help SUM", "help functions"],
        completes: [.topic]
    ) { words throws(Diagnostic) in
        let topic = words.isEmpty ? nil : try words.take("a topic")
        try words.finish("help [TOPIC]")
        return HelpStatement(topic: topic?.text, span: topic?.span ?? words.keyword.span)
    }
}

struct HelpStatement: Command {
    let topic: String?
    let span: SourceSpan

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        for line in try HelpText.lines(for: topic, at: span) { emit(.output(line)) }
    }
}

/// The text of `help`, also used for the generated language reference.
public enum HelpText {
    /// Topics that are not a statement or a function.
    static let topics: [(name: String, summary: String, text: [String])] = [
        ("formulas", "how formulas, references and units are written", [
            "A formula is written as in Excel, a leading '=' optional: 决算数 / 预算数, SUM(B2:B7).",
            "References: A1 and ranges B2:B7 on the current sheet; 支出!E8; a column by name, 决算数",
            "(the current row in a computed column, the whole column in SUM); 支出.决算数;",
            "支出.决算数[\"基本支出\"] for the row whose key is 基本支出; y2021.支出.决算数 in another workbook.",
            "Numbers are exact decimals and may carry units: 3.6万元, 72户, 500元/户, 50%.",
            "A statement ends at ';' or the end of the line, and goes on while a bracket or quote",
            "is open or the line ends with ','. '#' starts a comment.",
        ]),
        ("assignments", "the three kinds of assignment", [
            "A1 = 72.19                  a cell: a constant when a literal, else a formula",
            "支出.执行率 = 决算数 / 预算数     a computed column, created or replaced",
            "序时进度 = PROGRESS(3)        a workbook name",
            "A bare name that reads the current sheet row by row (差额 = 决算数 - 预算数) makes a",
            "computed column. Write (a = b) to compare instead of assigning.",
        ]),
    ]

    /// The help lines for `topic`: the overview when nil.
    public static func lines(for topic: String?, at span: SourceSpan = SourceSpan(0, 0)) throws(Diagnostic) -> [String] {
        guard let topic else { return overview() }
        if topic.lowercased() == "functions" { return functionList() }
        if let spec = StatementTable.spec(for: topic) { return statement(spec) }
        if let function = Builtins.named(topic) { return [function.signature, "  " + function.summary] }
        if let entry = topics.first(where: { $0.name == topic.lowercased() }) { return entry.text }
        let known = StatementTable.all.map(\.keyword) + topics.map(\.name) + ["functions"] + Builtins.all.map(\.name)
        throw Diagnostic("no help for '\(topic)'", at: span, hint: Suggestion.hint(for: topic, among: known))
    }

    static func overview() -> [String] {
        var lines = ["Statements (help STATEMENT for more):"]
        let width = StatementTable.all.map { $0.keyword.count }.max() ?? 0
        for spec in StatementTable.all {
            lines.append("  " + spec.keyword.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + spec.summary)
        }
        lines.append("Also: help formulas, help assignments, help functions, help FUNCTION (help SUM).")
        return lines
    }

    static func statement(_ spec: StatementSpec) -> [String] {
        var lines = ["usage: " + spec.usage, "  " + spec.summary]
        if !spec.details.isEmpty { lines.append("  " + spec.details) }
        if !spec.examples.isEmpty {
            lines.append("examples:")
            lines += spec.examples.map { "  " + $0 }
        }
        return lines
    }

    static func functionList() -> [String] {
        let width = Builtins.all.map { $0.name.count }.max() ?? 0
        return Builtins.all.map { $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.summary }
    }
}
