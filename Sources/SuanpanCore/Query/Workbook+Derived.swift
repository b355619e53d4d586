/// Installing a derived sheet: the definition is checked, kept on the sheet, computed, and
/// from then on recomputed by the dependency graph like any formula (its node reads the
/// whole source sheet), so that names and sheets reading it follow too.
extension Workbook {
    /// A problem with a derivation, and which part of it is at fault, so that the statement
    /// can point at the word or formula concerned.
    struct DerivationIssue: Error {
        enum Part: Equatable {
            case source
            case target
            case condition
            /// The key column at this position (`by` keys; `rows` then `columns` for pivot).
            case key(Int)
            /// The `with` item at this position (0 for pivot's value).
            case item(Int)
        }

        var part: Part
        var issue: BindingIssue
    }

    /// Checks that `derivation` can make the sheet `target`: its source and key columns
    /// exist, its formulas bind, it reads no sheet made from `target`, and `target` is new,
    /// empty or derived already (a sheet holding data is never overwritten).
    func check(_ derivation: Derivation, target: String, environment: Environment) throws(DerivationIssue) {
        guard let source = sheet(named: derivation.source) else {
            throw DerivationIssue(part: .source, issue: BindingIssue(
                "no sheet named '\(derivation.source)'", span: nil,
                hint: Suggestion.hint(for: derivation.source, among: sheets.map(\.name)), kind: .ref))
        }
        if let existing = sheet(named: target), existing.derivation == nil, !existing.columns.isEmpty {
            throw DerivationIssue(part: .target, issue: BindingIssue(
                "the sheet '\(existing.name)' holds data; write the result into a new sheet", span: nil, kind: .ref))
        }
        if source.name.lowercased() == target.lowercased() {
            throw DerivationIssue(part: .target, issue: BindingIssue(
                "the result cannot replace its own source '\(source.name)'", span: nil, kind: .circular))
        }
        if derivesFrom(source, target: target) {
            throw DerivationIssue(part: .source, issue: BindingIssue(
                "'\(source.name)' is computed from '\(target)', so '\(target)' cannot be computed from it",
                span: nil, kind: .circular))
        }
        for (position, key) in derivation.keyColumns.enumerated() where source.columnIndex(named: key) == nil {
            throw DerivationIssue(part: .key(position), issue: BindingIssue(
                "sheet '\(source.name)' has no column '\(key)'", span: nil,
                hint: Suggestion.hint(for: key, among: source.columns.map(\.name)), kind: .ref))
        }
        if let condition = derivation.condition {
            var binder = Binder(environment: environment, workbook: self, sheet: source, hasRow: true)
            _ = binder.bind(condition)
            if let issue = binder.issues.first { throw DerivationIssue(part: .condition, issue: issue) }
        }
        let items: [(name: String, formula: Expr)] = switch derivation.kind {
        case .summarize(_, let items): items.map { ($0.name, $0.formula) }
        case .pivot(_, _, let value): [("value", value)]
        }
        let formulas = GroupFormulas(items, source: source, workbook: self, environment: environment)
        if let position = formulas.issues.firstIndex(where: { $0 != nil }), let issue = formulas.issues[position] {
            throw DerivationIssue(part: .item(position), issue: issue)
        }
    }

    /// Whether `sheet` is `target` or computed (through derived sheets) from it.
    private func derivesFrom(_ sheet: Sheet, target: String) -> Bool {
        var current: Sheet? = sheet
        var seen: Set<ObjectIdentifier> = []
        while let next = current, seen.insert(ObjectIdentifier(next)).inserted {
            if next.name == target || next.name.lowercased() == target.lowercased() { return true }
            current = next.derivation.flatMap { self.sheet(named: $0.source) }
        }
        return false
    }

    /// Makes the sheet `target` (added when new) the result of `derivation`, computes it and
    /// what reads it. Returns how many source rows the `where` condition could not judge.
    @discardableResult
    func setDerivation(_ derivation: Derivation, target: String, environment: Environment) throws(DerivationIssue) -> Int {
        try check(derivation, target: target, environment: environment)
        let sheet: Sheet
        if let existing = self.sheet(named: target) {
            sheet = existing
        } else {
            sheet = Sheet(name: target)
            addSheet(sheet)
        }
        sheet.derivation = derivation
        let node = FormulaNode.derived(sheet: ObjectIdentifier(sheet))
        let result = derivation.compute(in: self, environment: environment)
        graph.setPrecedents(result.precedents, for: node)
        sheet.replaceColumns(result.columns)
        sheet.derivedGroups = result.groups
        recalculate(after: changes(made: node), environment: environment)
        return result.conditionErrors
    }
}
