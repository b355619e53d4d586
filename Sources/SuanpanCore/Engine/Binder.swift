/// Resolves a parsed formula against the workbook it lives in.
///
/// A path (`决算数`, `支出.决算数`, `y2021.支出.决算数`) becomes a column or a name; a bare
/// column is the current row's value where the formula has a row (a computed column or a
/// cell formula), except in a position a function declares `.range` (aggregates, criteria
/// ranges, lookup tables), where it is the whole column — the spreadsheet's implicit
/// intersection. Everything read is recorded as a precedent for the dependency graph.
struct Binder {
    let environment: Environment
    let workbook: Workbook
    /// The formula's own sheet, where bare column names and unqualified cells are looked up.
    let sheet: Sheet?
    /// True when the formula is evaluated once per row (computed column or cell formula).
    let hasRow: Bool
    /// Past this many cells (four whole columns of the grid) a range is read only as far as
    /// the sheet's data reaches; see `bindRange`.
    static let largeRangeCells = 4 * CellAddress.maxRows
    private(set) var precedents: Set<Precedent> = []
    private(set) var issues: [BindingIssue] = []

    init(environment: Environment, workbook: Workbook, sheet: Sheet?, hasRow: Bool) {
        self.environment = environment
        self.workbook = workbook
        self.sheet = sheet
        self.hasRow = hasRow
    }

    /// The bound form of `expr`; problems are collected in `issues` and bound as error values.
    mutating func bind(_ expr: Expr, as kind: FunctionSpec.Parameter.Kind = .scalar) -> Bound {
        switch expr {
        case .number(let amount, let symbol):
            if symbol.isEmpty { return .constant(.number(amount)) }
            guard let unit = workbook.units.unit(named: symbol) else {
                return fail(BindingIssue("unknown unit '\(symbol)'", span: nil, kind: .name))
            }
            return .constant(.number(Quantity(amount, unit)))
        case .text(let text): return .constant(.text(text))
        case .bool(let flag): return .constant(.bool(flag))
        case .error(let kind): return .constant(.error(CellError(kind)))
        case .missing: return .constant(.blank)
        case .cell(let reference): return bindCell(reference)
        case .range(let reference): return bindRange(reference)
        case .path(let parts, let span): return bindPath(parts, span: span, kind: kind)
        case .keyed(let base, let key): return bindKeyed(base, key: key)
        case .array(let rows): return bindArray(rows)
        case .unary(let op, let operand): return .unary(op, bind(operand))
        case .percent(let operand): return .percent(bind(operand))
        case .binary(let op, let left, let right): return .binary(op, bind(left), bind(right))
        case .call(let name, let arguments, let span): return bindCall(name, arguments, span: span)
        }
    }

    private mutating func fail(_ issue: BindingIssue) -> Bound {
        issues.append(issue)
        return .constant(.error(CellError(issue.kind, issue.message)))
    }

    private mutating func sheet(named name: String?, span: SourceSpan?) -> Sheet? {
        guard let name else {
            if sheet == nil { issues.append(BindingIssue("a cell reference needs a sheet here, as in 支出!C2", span: span, kind: .ref)) }
            return sheet
        }
        if let found = workbook.sheet(named: name) { return found }
        issues.append(BindingIssue("no sheet named '\(name)'", span: span,
                                   hint: Suggestion.hint(for: name, among: workbook.sheets.map(\.name)), kind: .ref))
        return nil
    }

    private mutating func bindCell(_ reference: CellReference) -> Bound {
        guard let target = sheet(named: reference.sheet, span: nil) else {
            return .constant(.error(CellError(.ref, "no such sheet")))
        }
        let address = reference.address
        precedents.insert(.cells(sheet: ObjectIdentifier(target), rows: address.row...address.row,
                                 columns: address.column...address.column))
        return .cell(target, address)
    }

    private mutating func bindRange(_ reference: RangeReference) -> Bound {
        guard let target = sheet(named: reference.sheet, span: nil) else {
            return .constant(.error(CellError(.ref, "no such sheet")))
        }
        let id = ObjectIdentifier(target)
        let lastRow = target.rowCount  // grid row of the last data row
        switch reference.extent {
        case .cells(let from, let to):
            let rows = min(from.address.row, to.address.row)...max(from.address.row, to.address.row)
            let columns = min(from.address.column, to.address.column)...max(from.address.column, to.address.column)
            precedents.insert(.cells(sheet: id, rows: rows, columns: columns))
            guard rows.count * columns.count > Self.largeRangeCells else {
                return .range(target, rows: rows, columns: columns)
            }
            // A huge rectangle (`A1:XFD1048576`, 17 billion cells) is read as far as the
            // sheet's data reaches, as whole columns and rows are; walking every blank cell
            // past it would take minutes. The precedent above keeps the whole rectangle, so
            // data added later inside it is seen.
            let lastColumn = max(target.columns.count - 1, columns.lowerBound)
            return .range(target, rows: rows.lowerBound...min(rows.upperBound, max(lastRow, rows.lowerBound)),
                          columns: columns.lowerBound...min(columns.upperBound, lastColumn))
        case .columns(let from, let to):
            let columns = min(from, to)...max(from, to)
            for column in columns { precedents.insert(.column(sheet: id, column: column)) }
            // Read as far as the data reaches across too, as whole rows are: `T:XFD` on a
            // sheet of ten columns is one blank column, not sixteen thousand — which,
            // combined cell by cell with a tall range, made a grid of tens of millions.
            let lastColumn = max(target.columns.count - 1, columns.lowerBound)
            return .range(target, rows: 0...lastRow, columns: columns.lowerBound...min(columns.upperBound, lastColumn))
        case .rows(let from, let to):
            let rows = min(from, to)...max(from, to)
            let lastColumn = max(target.columns.count - 1, 0)
            precedents.insert(.cells(sheet: id, rows: rows, columns: 0...(CellAddress.maxColumns - 1)))
            return .range(target, rows: rows, columns: 0...lastColumn)
        }
    }

    private mutating func bindColumn(_ target: Sheet, _ index: Int, kind: FunctionSpec.Parameter.Kind) -> Bound {
        precedents.insert(.column(sheet: ObjectIdentifier(target), column: index))
        let rowWise = kind == .scalar && hasRow && target === sheet
        return .column(target, index, whole: !rowWise)
    }

    private mutating func bindPath(_ parts: [String], span: SourceSpan, kind: FunctionSpec.Parameter.Kind) -> Bound {
        switch parts.count {
        case 1:
            let name = parts[0]
            if let sheet, let index = sheet.columnIndex(named: name) { return bindColumn(sheet, index, kind: kind) }
            if workbook.names[name] != nil {
                precedents.insert(.name(name))
                return .name(workbook, name)
            }
            // A script's `param`, given before the workbook it is used with was opened.
            if let value = environment.parameters[name] { return .constant(value) }
            let candidates = (sheet?.columns.map(\.name) ?? []) + workbook.nameOrder + environment.parameters.keys.sorted()
            return fail(BindingIssue("unknown name '\(name)'", span: span,
                                     hint: Lexer.offGridReason(name) ?? Suggestion.hint(for: name, among: candidates),
                                     kind: .name))
        case 2:
            let (first, second) = (parts[0], parts[1])
            if let target = workbook.sheet(named: first) {
                if let index = target.columnIndex(named: second) { return bindColumn(target, index, kind: kind) }
                return fail(BindingIssue("sheet '\(target.name)' has no column '\(second)'", span: span,
                                         hint: Suggestion.hint(for: second, among: target.columns.map(\.name)), kind: .ref))
            }
            if let other = environment.workbook(alias: first), other.names[second] != nil {
                return .name(other, second)
            }
            return fail(BindingIssue("no sheet or workbook named '\(first)'", span: span,
                                     hint: Suggestion.hint(for: first, among: workbook.sheets.map(\.name) + environment.workbooks.keys),
                                     kind: .ref))
        case 3:
            guard let other = environment.workbook(alias: parts[0]) else {
                return fail(BindingIssue("no workbook opened as '\(parts[0])'", span: span,
                                         hint: Suggestion.hint(for: parts[0], among: environment.workbooks.keys), kind: .ref))
            }
            guard let target = other.sheet(named: parts[1]) else {
                return fail(BindingIssue("workbook '\(parts[0])' has no sheet '\(parts[1])'", span: span,
                                         hint: Suggestion.hint(for: parts[1], among: other.sheets.map(\.name)), kind: .ref))
            }
            guard let index = target.columnIndex(named: parts[2]) else {
                return fail(BindingIssue("sheet '\(parts[0]).\(parts[1])' has no column '\(parts[2])'", span: span,
                                         hint: Suggestion.hint(for: parts[2], among: target.columns.map(\.name)), kind: .ref))
            }
            return .column(target, index, whole: true)
        default:
            return fail(BindingIssue("'\(parts.joined(separator: "."))' has too many parts: write SHEET.COLUMN or ALIAS.SHEET.COLUMN",
                                     span: span, kind: .name))
        }
    }

    private mutating func bindKeyed(_ base: Expr, key: Expr) -> Bound {
        let boundKey = bind(key)
        switch bind(base, as: .range) {
        case .column(let target, let index, _):
            if let keyIndex = target.keyColumnIndex {
                precedents.insert(.column(sheet: ObjectIdentifier(target), column: keyIndex))
            }
            return .keyed(target, column: index, key: boundKey)
        case .constant(let value) where value.error != nil:
            return .constant(value)
        default:
            return fail(BindingIssue("only a column can be indexed by a row key, as in 支出.决算数[\"基本支出\"]",
                                     span: nil, kind: .value))
        }
    }

    private mutating func bindArray(_ rows: [[Expr]]) -> Bound {
        var values: [[Value]] = []
        for row in rows {
            var boundRow: [Value] = []
            for element in row {
                switch bind(element) {
                case .constant(let value): boundRow.append(value)
                case .unary(.negate, .constant(let value)): boundRow.append(Value.unary(.negate, value))
                default:
                    return fail(BindingIssue("an array constant holds only literals, as in {1,2;3,4}", span: nil, kind: .value))
                }
            }
            values.append(boundRow)
        }
        return .array(values)
    }

    private mutating func bindCall(_ name: String, _ arguments: [Expr], span: SourceSpan) -> Bound {
        guard let spec = Builtins.named(name) else {
            let nameSpan = SourceSpan(span.start, span.start + name.count)
            return fail(BindingIssue("unknown function '\(name)'", span: nameSpan,
                                     hint: Suggestion.hint(for: name, among: Builtins.all.map(\.name)), kind: .name))
        }
        if arguments.count < spec.minimumArity || spec.maximumArity.map({ arguments.count > $0 }) == true {
            return fail(BindingIssue("\(spec.name) takes \(spec.arityDescription), not \(arguments.count): \(spec.signature)",
                                     span: span, kind: .value))
        }
        var bound: [Bound] = []
        var missing: [Bool] = []
        for (index, argument) in arguments.enumerated() {
            bound.append(bind(argument, as: spec.parameter(at: index)?.kind ?? .scalar))
            missing.append(argument == .missing)
        }
        return .call(spec, bound, missing: missing)
    }
}

extension FunctionSpec {
    /// "1 argument", "2 to 3 arguments", "at least 1 argument".
    var arityDescription: String {
        let minimum = minimumArity
        let noun: (Int) -> String = { $0 == 1 ? "argument" : "arguments" }
        guard let maximum = maximumArity else { return "at least \(minimum) \(noun(minimum))" }
        if minimum == maximum { return "\(minimum) \(noun(minimum))" }
        return "\(minimum) to \(maximum) \(noun(maximum))"
    }
}
