/// How a derived sheet is computed from another sheet: the definition `summarize` or
/// `pivot` leaves on the sheet it makes.
///
/// The definition, not the figures, is what the workbook keeps: whenever the source sheet
/// changes the derived sheet is computed again (its node in the dependency graph reads the
/// whole source), undo puts the definition back with the sheet, and `save` writes it to
/// workbook.toml as the statement that makes it, so that a reopened workbook is live too.
public struct Derivation: Sendable, Equatable {
    /// One `with` item of `summarize`: `执行率 = RATE(决算, 预算)`.
    public struct Item: Sendable, Equatable {
        public var name: String
        public var formula: Expr

        public init(name: String, formula: Expr) {
            self.name = name
            self.formula = formula
        }
    }

    /// What is computed per group.
    public enum Kind: Sendable, Equatable {
        /// One row per distinct combination of `keys`; the keys, then one column per item.
        case summarize(keys: [String], items: [Item])
        /// One row per distinct value of `rows`, one column per distinct value of `columns`,
        /// each cell `value` over the matching rows.
        case pivot(rows: String, columns: String, value: Expr)
    }

    /// The sheet read, by name.
    public var source: String
    /// `where CONDITION`: only the rows it holds for are read.
    public var condition: Expr?
    public var kind: Kind

    public init(source: String, condition: Expr?, kind: Kind) {
        self.source = source
        self.condition = condition
        self.kind = kind
    }

    /// The statement that makes the sheet `target` so, in canonical form: what
    /// workbook.toml keeps (`derived = 'summarize 台账 by 部门 into 部门汇总 with …'`).
    public func statementText(into target: String) -> String {
        var text: String
        switch kind {
        case .summarize: text = "summarize " + Self.word(source)
        case .pivot: text = "pivot " + Self.word(source)
        }
        if let condition { text += " where " + condition.formulaText }
        switch kind {
        case .summarize(let keys, let items):
            text += " by " + keys.map(Self.word).joined(separator: ", ") + " into " + Self.word(target)
            text += " with " + items.map { Self.word($0.name) + " = " + $0.formula.formulaText }.joined(separator: ", ")
        case .pivot(let rows, let columns, let value):
            text += " rows \(Self.word(rows)) columns \(Self.word(columns)) value \(value.formulaText) into \(Self.word(target))"
        }
        return text
    }

    /// A name as a statement word: quoted ('…', quotes doubled) when it holds a space, a
    /// quote, a comma or a bracket, which would otherwise cut it.
    static func word(_ name: String) -> String {
        let plain = !name.isEmpty && !name.contains { $0.isWhitespace || "'\",，()[]{}（）=".contains($0) }
        return plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// The column names the derivation reads from its source as keys.
    var keyColumns: [String] {
        switch kind {
        case .summarize(let keys, _): keys
        case .pivot(let rows, let columns, _): [rows, columns]
        }
    }
}
