/// `132.01 / 72.19`: prints the value.
struct ExpressionStatement: Command {
    let formula: Expr
    let span: SourceSpan

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        do {
            let result = try session.current.evaluate(formula, sheet: session.currentSheet, environment: session.environment)
            emit(.output(Session.display(result)))
        } catch {
            throw error.diagnostic(at: span)
        }
    }
}

/// `A1 = 72.19`, `支出!E8 = SUM(E2:E7)`: a constant when the formula is a literal, else a formula.
struct CellAssignment: Command {
    let sheet: String?
    let address: CellAddress
    let formula: Expr
    let span: SourceSpan
    var effect: CommandEffect { .changesCurrentWorkbook }

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let workbook = session.current
        do {
            let target = try session.sheet(named: sheet, span: span)
            let content: CellContent = formula.literalValue(units: workbook.units).map { .constant($0) } ?? .formula(formula)
            if case .constant(let value) = content, workbook === session.current {
                session.prepareInPlaceEdit(of: target, at: address, writing: value)
            }
            try workbook.setCell(address, in: target, to: content, environment: session.environment)
        } catch {
            throw error.diagnostic(at: span)
        }
    }
}

/// `支出.执行率 = 决算数 / 预算数`: a computed column, created or replaced.
struct ColumnAssignment: Command {
    let sheet: String?
    let column: String
    let formula: Expr
    let span: SourceSpan
    var effect: CommandEffect { .changesCurrentWorkbook }

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        do {
            let target = try session.sheet(named: sheet, span: span)
            try session.current.setColumnFormula(column, in: target, to: formula, environment: session.environment)
        } catch {
            throw error.diagnostic(at: span)
        }
    }
}

/// `序时进度 = PROGRESS(3)`: a workbook name. When the formula reads the current sheet row by
/// row (`差额 = 决算数 - 预算数`) a computed column is meant, not a name whose value would be
/// #VALUE!, and one is made.
struct NameAssignment: Command {
    let name: String
    let formula: Expr
    let span: SourceSpan
    var effect: CommandEffect { .changesCurrentWorkbook }

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let workbook = session.current
        let sheet = session.currentSheet
        let environment = session.environment
        do {
            if workbook.readsRowWise(formula, sheet: sheet, environment: environment) {
                try workbook.setColumnFormula(name, in: sheet, to: formula, environment: environment)
            } else {
                try workbook.setName(name, to: formula, sheet: sheet, environment: environment)
            }
        } catch {
            throw error.diagnostic(at: span)
        }
    }
}

extension Expr {
    /// The constant this formula is when it is a literal (`72.19`, `-5`, `"text"`, `3.6万元`,
    /// `50%`, `#N/A`), so that assigning it stores a constant rather than a formula.
    func literalValue(units: UnitCatalog) -> Value? {
        switch self {
        case .number(let amount, let symbol):
            if symbol.isEmpty { return .number(amount) }
            return units.unit(named: symbol).map { .number(Quantity(amount, $0)) }
        case .text(let text): return .text(text)
        case .bool(let flag): return .bool(flag)
        case .error(let kind): return .error(CellError(kind))
        case .unary(.negate, let operand):
            return operand.literalValue(units: units).map { Value.unary(.negate, $0) }
        case .percent(let operand):
            return operand.literalValue(units: units).map { Value.percent($0) }
        default: return nil
        }
    }
}
