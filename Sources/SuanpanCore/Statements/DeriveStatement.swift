/// What `summarize` and `pivot` share once read: a derivation, the sheet it makes, and where
/// each of its parts was typed, so that a problem points at the word or formula concerned.
struct DeriveStatement: Command {
    let derivation: Derivation
    let target: String
    let targetSpan: SourceSpan
    let sourceSpan: SourceSpan
    /// The `where` clause, if any.
    let condition: Clause?
    /// Where each key column was typed.
    let keySpans: [SourceSpan]
    /// Where each item's formula was typed: the clause its spans count in.
    let itemClauses: [Clause]
    var effect: CommandEffect { .changesCurrentWorkbook }

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        if let problem = Sheet.problemWithName(target) { throw Diagnostic(problem, at: targetSpan) }
        do {
            let errors = try session.current.setDerivation(derivation, target: target, environment: session.environment)
            if let note = RowFilter.note(errorCount: errors) { emit(.note(note)) }
        } catch {
            throw diagnostic(for: error)
        }
    }

    private func diagnostic(for problem: Workbook.DerivationIssue) -> Diagnostic {
        let issue = problem.issue
        switch problem.part {
        case .source: return issue.diagnostic(at: sourceSpan)
        case .target: return issue.diagnostic(at: targetSpan)
        case .key(let position): return issue.diagnostic(at: keySpans[position])
        case .condition: return condition.map(issue.diagnostic(in:)) ?? issue.diagnostic(at: sourceSpan)
        case .item(let position): return issue.diagnostic(in: itemClauses[position])
        }
    }

    /// The derivation and target of a `summarize` or `pivot` statement's text, as
    /// workbook.toml keeps it; nil when the text is another statement.
    static func parse(_ text: String, unitSymbols: Set<String>) throws(Diagnostic) -> DeriveStatement? {
        try StatementTable.parse(text, unitSymbols: unitSymbols) as? DeriveStatement
    }
}

extension CommandWords {
    /// A clause that names one column (a key of `summarize` or `pivot`), and where it stands.
    mutating func columnName(_ what: String, until stops: Set<String>) throws(Diagnostic) -> (String, SourceSpan) {
        let clause = try clause(what, until: stops)
        return (try clause.identifier(what), clause.span)
    }
}
