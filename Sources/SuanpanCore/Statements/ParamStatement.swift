/// `param NAME = DEFAULT`: a script's parameter, a workbook name whose value the command
/// line (`--set NAME=VALUE`) or the `run` that runs the script (`run x.sp NAME=VALUE`) may
/// give instead of the default.
extension StatementTable {
    static let paramUsage = "param NAME = DEFAULT"

    static let param = StatementSpec(
        "param", usage: paramUsage,
        summary: "in a script: a name the caller may set (--set NAME=VALUE, run x.sp NAME=VALUE)",
        details: """
            Defines the workbook name NAME, as NAME = DEFAULT would, unless the script was run \
            with a value for it: an argument of the `run` that runs it first, then --set. The \
            value is read as a formula (3, 3.6万元, "财政局", DATE(2022,9,30)); a single word \
            that is no name is taken as text, so --set 部门=财政局 needs no quotes. A script \
            run by another sees the outer script's values, its own `run` arguments winning.
            """,
        examples: ["param quarter = 4", "param 单位 = \"万元\""],
        completes: [.formula]
    ) { words throws(Diagnostic) in
        let clause = try words.clause("NAME = DEFAULT", until: [])
        let (name, nameSpan, formula) = try clause.assignment("a parameter")
        return ParamStatement(name: name, nameSpan: nameSpan, formula: formula, clause: clause)
    }
}

struct ParamStatement: Command {
    let name: String
    let nameSpan: SourceSpan
    let formula: Expr
    let clause: Clause
    var effect: CommandEffect { .changesCurrentWorkbook }

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let workbook = session.current
        var value = formula
        var source: String?
        // A parameter whose default is text takes what is given as text, as typed: the
        // shell has eaten any quotes, and a path such as out/2022 is no formula.
        let isText = if case .text = formula { true } else { false }
        if let given = session.runArguments[name] {
            source = "the run argument \(name)=\(given)"
            value = isText ? .text(Self.unquoted(given)) : try Self.read(given, as: source!, in: session, at: nameSpan)
        } else if let given = session.parameterOverrides[name] {
            source = "--set \(name)=\(given)"
            session.consumedOverrides.insert(name)
            value = isText ? .text(Self.unquoted(given)) : try Self.read(given, as: source!, in: session, at: nameSpan)
        }
        do {
            try workbook.setName(name, to: value, sheet: session.currentSheet, environment: session.environment)
        } catch {
            // A default's problem points into the default; a given value's at the name.
            guard let source else { throw clause.diagnostic(for: error) }
            throw Diagnostic("\(source): \(error.message)", at: nameSpan, hint: error.hint)
        }
        session.parameters[name] = workbook.nameValues[name] ?? .blank
        session.parameterFormulas[name] = value
    }

    /// `"财政局"` → `财政局`: quotes that survived the shell are not part of the text.
    static func unquoted(_ text: String) -> String {
        guard text.count >= 2, text.first == "\"", text.last == "\"" else { return text }
        return String(text.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
    }

    /// A value given for the parameter, read as a formula; a single identifier that names no
    /// workbook name or column is text (the shell has eaten the quotes of --set 部门="财政局").
    static func read(_ text: String, as source: String, in session: Session, at span: SourceSpan) throws(Diagnostic) -> Expr {
        let unitSymbols = session.current.units.symbols
        let expr: Expr
        do {
            expr = try Parser.parse(text, unitSymbols: unitSymbols)
        } catch {
            throw Diagnostic("\(source) is not a value: \(error.message)", at: span,
                             hint: "quote text: --set 'NAME=\"text with spaces\"'")
        }
        if case .path(let parts, _) = expr, parts.count == 1, session.current.names[parts[0]] == nil,
           session.currentSheet.columnIndex(named: parts[0]) == nil {
            return .text(text)
        }
        return expr
    }
}

extension Session {
    /// The `--set` names no `param` statement has taken so far, sorted: after a run the
    /// command line warns about them (a typo in `--set quartr=3` would otherwise go unseen).
    public var unusedOverrides: [String] {
        parameterOverrides.keys.filter { !consumedOverrides.contains($0) }.sorted()
    }

    /// The names `source`'s `param` statements declare, in order: what `--set` and `run`'s
    /// arguments can set, known before the script runs.
    public static func declaredParameters(in source: String) -> [String] {
        var names: [String] = []
        for statement in StatementSplitter.split(source) {
            guard let words = try? CommandWords.split(Array(statement.text)), words.count >= 2,
                  words[0].text.lowercased() == "param" else { continue }
            let name = words[1].text.prefix { $0 != "=" }
            if !name.isEmpty { names.append(String(name)) }
        }
        return names
    }
}

extension Clause {
    /// A problem binding a formula read from this clause, pointing into the statement.
    func diagnostic(for issue: BindingIssue) -> Diagnostic {
        guard let span = issue.span else { return Diagnostic(issue.message, at: self.span, hint: issue.hint) }
        return Diagnostic(issue.message, at: SourceSpan(span.start + offset, span.end + offset), hint: issue.hint)
    }
}
