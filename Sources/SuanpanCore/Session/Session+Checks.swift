/// Evaluating `check` conditions: once, or on every row of the sheet whose columns the
/// condition reads row by row.
///
/// `支出.执行率 <= 120%` reads 支出's 执行率 one row at a time (as a computed column would), so
/// it is checked on each row of 支出 and each failing row is named; `SUM(支出.决算数) =
/// 支出.决算数["整体支出"]` reads whole columns and keyed cells, so it is checked once. Only
/// TRUE passes: FALSE, an error value, a number or text fails, and the note says what the
/// condition was.
extension Session {
    /// How many failing rows one check lists before it only counts the rest.
    static let checkRowsListed = 10

    /// Evaluates `condition` and returns a note for each failure (none when it passes).
    /// `label` is the check's message, or its condition when it has none.
    func failures(of condition: Expr, label: String) throws(BindingIssue) -> [String] {
        let environment = self.environment
        let context = current.functionContext(environment)
        guard let sheet = rowSheet(of: condition) else {
            var binder = Binder(environment: environment, workbook: current, sheet: currentSheet, hasRow: false)
            let bound = binder.bind(condition)
            if let issue = binder.issues.first { throw issue }
            let value = Evaluator(context: context).value(of: bound)
            if value == .bool(true) { return [] }
            return ["check failed: \(label) — " + onceDetails(condition, value: value, context: context)]
        }
        var binder = Binder(environment: environment, workbook: current, sheet: sheet, hasRow: true)
        let bound = binder.bind(condition)
        if let issue = binder.issues.first { throw issue }
        // The condition as a column: the fast paths of computed columns, and aggregates
        // inside it computed once rather than once per row.
        let results = ColumnEvaluator(context: context, rowCount: sheet.rowCount).column(named: "check", of: bound)
        let columns = bound.rowWiseColumns
        var notes: [String] = []
        var failing = 0
        for row in 0..<results.count where results[row] != .bool(true) {
            failing += 1
            guard failing <= Self.checkRowsListed else { continue }
            var details = columns.map { "\(sheet.columns[$0].name) is \(Self.shown(sheet.columns[$0][row]))" }
            if results[row].isBoolean == false { details.insert("the condition is \(Self.shown(results[row]))", at: 0) }
            notes.append("check failed: \(sheet.name) \(Self.rowLabel(row, in: sheet)): \(label) — " + details.joined(separator: ", "))
        }
        if failing > Self.checkRowsListed {
            notes.append("check failed: \(sheet.name): \(failing - Self.checkRowsListed) more rows fail (\(failing) in all): \(label)")
        }
        return notes
    }

    /// The sheet whose rows `condition` reads one at a time: the current sheet when a bare
    /// column of it is read so, else the first sheet named as `SHEET.COLUMN` that is; nil
    /// when the condition is to be checked once.
    func rowSheet(of condition: Expr) -> Sheet? {
        let environment = self.environment
        if current.readsRowWise(condition, sheet: currentSheet, environment: environment) { return currentSheet }
        for name in condition.qualifiedSheetNames {
            guard let sheet = current.sheet(named: name), sheet !== currentSheet else { continue }
            if current.readsRowWise(condition, sheet: sheet, environment: environment) { return sheet }
        }
        return nil
    }

    /// What a check evaluated once found: the sides of a comparison that are not literals,
    /// else its value.
    private func onceDetails(_ condition: Expr, value: Value, context: FunctionContext) -> String {
        guard value.isBoolean, case .binary(let op, let left, let right) = condition, op.precedence == 1 else {
            return "the condition is \(Self.shown(value))"
        }
        let read = [left, right].filter { $0.literalValue(units: current.units) == nil }
        guard !read.isEmpty else { return "the condition is \(Self.shown(value))" }
        let sides = read.map { side in
            var binder = Binder(environment: environment, workbook: current, sheet: currentSheet, hasRow: false)
            let bound = binder.bind(side)
            return "\(side.formulaText) is \(Self.shown(Evaluator(context: context).value(of: bound)))"
        }
        return sides.joined(separator: ", ")
    }

    /// "row 4 (项目支出)": the spreadsheet row (headings are row 1) and the row's key.
    private static func rowLabel(_ row: Int, in sheet: Sheet) -> String {
        var label = "row \(row + 2)"
        if let key = sheet.keyColumnIndex {
            let value = sheet.columns[key][row].generalDescription
            if !value.isEmpty { label += " (\(value))" }
        }
        return label
    }

    /// A value in a note: General format, an error with its reason, a blank said in words.
    static func shown(_ value: Value) -> String {
        switch value {
        case .blank: "blank"
        case .text(let text) where text.isEmpty: "\"\" (empty text)"
        case .error(let error): error.message.map { "\(error.description) (\($0))" } ?? error.description
        default: value.generalDescription
        }
    }
}

extension Value {
    var isBoolean: Bool {
        if case .bool = self { return true }
        return false
    }
}

extension Bound {
    /// The columns a row-wise formula reads in the current row, in the order it reads them.
    var rowWiseColumns: [Int] {
        var found: [Int] = []
        func visit(_ bound: Bound) {
            switch bound {
            case .column(_, let index, whole: false): if !found.contains(index) { found.append(index) }
            case .keyed(_, _, let key): visit(key)
            case .unary(_, let operand), .percent(let operand): visit(operand)
            case .binary(_, let left, let right): visit(left); visit(right)
            case .call(_, let arguments, _): arguments.forEach(visit)
            default: break
            }
        }
        visit(self)
        return found
    }
}

extension Expr {
    /// The first parts of the two-part paths in the formula (`支出` of `支出.决算数`), in order.
    var qualifiedSheetNames: [String] {
        var names: [String] = []
        func visit(_ expr: Expr) {
            switch expr {
            case .path(let parts, _): if parts.count == 2, !names.contains(parts[0]) { names.append(parts[0]) }
            case .keyed(let base, let key): visit(base); visit(key)
            case .array(let rows): rows.joined().forEach(visit)
            case .unary(_, let operand), .percent(let operand): visit(operand)
            case .binary(_, let left, let right): visit(left); visit(right)
            case .call(_, let arguments, _): arguments.forEach(visit)
            default: break
            }
        }
        visit(self)
        return names
    }
}
