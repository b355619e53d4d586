/// `check CONDITION ["MESSAGE"]`: a consistency or plausibility check, row by row where
/// the condition reads columns; `check add …` keeps one with the workbook; `check` alone
/// runs those kept.
extension StatementTable {
    static let checkUsage = "check [add] CONDITION [\"MESSAGE\"]  ·  check"

    static let check = StatementSpec(
        "check", usage: checkUsage,
        summary: "report where a condition is not TRUE: check 支出.执行率 <= 120% \"执行率异常\"",
        details: """
            A condition that reads a sheet's columns row by row (执行率 on the current sheet, \
            or 支出.执行率) is checked on every row, and each failing row gets a note with its \
            row number (headings are row 1), its key and the values read — the first \
            \(Session.checkRowsListed), then a count. Any other condition is checked once; a \
            failing comparison shows both sides. Only TRUE passes: an error value, a number or \
            text fails. A passing check prints nothing. A failing one is reported and the \
            script goes on, unless strict (--strict, set strict on): then the statement \
            fails. {name} in the message is replaced by the name's value. `check add` keeps \
            the check with the workbook (saved as [[checks]]); `check` alone runs the kept \
            ones — write SHEET.COLUMN in them, since bare columns mean the current sheet.
            """,
        examples: ["check 支出.执行率 <= 120% \"执行率异常\"",
                   "check SUM(支出.决算数) = 支出.决算数[\"整体支出\"] \"合计不符\"",
                   "check add 支出.决算数 >= 0 \"决算数为负\"", "check"],
        completes: [.formula]
    ) { words throws(Diagnostic) in
        if words.isEmpty { return StoredChecksStatement(span: words.keyword.span) }
        // `add` followed by an operator is a column called add.
        let adds = words.rest.count > 1 && !"=<>+-*/^&%".contains(words.rest[1].text.first ?? " ")
            && words.takeIf("add")
        let message = Self.trailingMessage(&words)
        let clause = try words.clause("a condition", until: [])
        let condition = try clause.formula()
        let check = CheckStatement(condition: condition, clause: clause, message: message?.text, messageSpan: message?.span)
        return adds ? AddCheckStatement(check: check) : check
    }

    /// The message: a last word in quotes, when what comes before it is a whole formula —
    /// in `check 名称 = "珠晖区"` the quoted word is part of the condition.
    private static func trailingMessage(_ words: inout CommandWords) -> CommandWords.Word? {
        var trial = words
        guard trial.rest.count >= 2, let last = trial.takeLast(), last.isQuoted,
              let clause = trial.clause(until: []), (try? clause.formula()) != nil else { return nil }
        _ = words.takeLast()
        return last
    }
}

/// One check, typed.
struct CheckStatement: Command {
    let condition: Expr
    let clause: Clause
    let message: String?
    let messageSpan: SourceSpan?

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        var label = clause.text
        if let message, let messageSpan { label = try session.substitute(message, at: messageSpan) }
        let notes: [String]
        do {
            notes = try session.failures(of: condition, label: label)
        } catch {
            throw clause.diagnostic(for: error)
        }
        guard !notes.isEmpty else { return }
        session.failedChecks += 1
        for note in notes { emit(.note(note)) }
        if session.isStrict { throw Diagnostic("strict: the check failed: \(label)", at: clause.span) }
    }
}

/// `check add CONDITION "MESSAGE"`: kept with the workbook, after making sure it can be
/// evaluated; it is not run now.
struct AddCheckStatement: Command {
    let check: CheckStatement
    var effect: CommandEffect { .changesCurrentWorkbook }

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let workbook = session.current
        var binder = Binder(environment: session.environment, workbook: workbook,
                            sheet: session.rowSheet(of: check.condition) ?? session.currentSheet, hasRow: true)
        _ = binder.bind(check.condition)
        if let issue = binder.issues.first { throw check.clause.diagnostic(for: issue) }
        workbook.checks.append(WorkbookCheck(source: check.clause.text, message: check.message ?? ""))
    }
}

/// `check` alone: every check kept with the workbook, then a count.
struct StoredChecksStatement: Command {
    let span: SourceSpan

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let checks = session.current.checks
        guard !checks.isEmpty else {
            emit(.note("the workbook keeps no checks: add one with check add CONDITION \"MESSAGE\""))
            return
        }
        var failed = 0
        for (index, check) in checks.enumerated() {
            let notes = Self.failures(of: check, number: index + 1, in: session)
            guard !notes.isEmpty else { continue }
            failed += 1
            session.failedChecks += 1
            for note in notes { emit(.note(note)) }
        }
        let count = checks.count == 1 ? "1 check" : "\(checks.count) checks"
        emit(.note(failed == 0 ? "\(count) kept with the workbook: all passed" : "\(count) kept with the workbook: \(failed) failed"))
        if failed > 0, session.isStrict {
            throw Diagnostic("strict: \(failed) of the workbook's checks failed", at: span)
        }
    }

    /// The notes of one kept check; one that cannot be read or evaluated fails with the reason.
    private static func failures(of check: WorkbookCheck, number: Int, in session: Session) -> [String] {
        var label = check.message.isEmpty ? check.source : check.message
        if let substituted = try? session.substitute(label, at: SourceSpan(0, 0)) { label = substituted }
        let condition: Expr
        do {
            condition = try Parser.parse(check.source, unitSymbols: session.current.units.symbols)
        } catch {
            return ["check failed: kept check \(number) (\(check.source)) cannot be read: \(error.message)"]
        }
        do {
            return try session.failures(of: condition, label: label)
        } catch {
            return ["check failed: kept check \(number) (\(check.source)) cannot be evaluated: \(error.message)"]
        }
    }
}
