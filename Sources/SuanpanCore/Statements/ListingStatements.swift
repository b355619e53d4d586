/// `sheets`, `columns [SHEET]`, `names`: what the current workbook holds.
extension StatementTable {
    static let sheets = StatementSpec(
        "sheets", usage: "sheets", summary: "list the current workbook's sheets with their sizes"
    ) { words throws(Diagnostic) in
        try words.finish("sheets")
        return SheetsStatement()
    }

    static let columns = StatementSpec(
        "columns", usage: "columns [SHEET]",
        summary: "list a sheet's columns: unit, what they hold, the formula of a computed one",
        examples: ["columns 支出"], completes: [.sheet]
    ) { words throws(Diagnostic) in
        let sheet = words.isEmpty ? nil : try words.take("a sheet")
        try words.finish("columns [SHEET]")
        return ColumnsStatement(sheet: sheet?.text, span: sheet?.span ?? words.keyword.span)
    }

    static let names = StatementSpec(
        "names", usage: "names", summary: "list the workbook's names with their values and formulas"
    ) { words throws(Diagnostic) in
        try words.finish("names")
        return NamesStatement()
    }
}

/// The listings print aligned tables, as `show` does: at the prompt they are read, and
/// tabs would not line up under Chinese names.
extension Session {
    func emitListing(headers: [String], rows: [[TextTable.Cell]], right: Set<Int> = [], emit: (SessionEvent) -> Void) {
        let alignments = headers.indices.map { right.contains($0) ? TextTable.Alignment.right : .left }
        let table = fitted(TextTable(headers: headers, rows: rows, alignments: alignments), limitsRows: false)
        for line in table.layout().lines { emit(.output(line)) }
    }
}

struct SheetsStatement: Command {
    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let rows = session.current.sheets.map { sheet -> [TextTable.Cell] in
            [TextTable.Cell(sheet.name), TextTable.Cell(sheet.rowCount.grouped), TextTable.Cell(sheet.columns.count.grouped)]
        }
        session.emitListing(headers: ["sheet", "rows", "columns"], rows: rows, right: [1, 2], emit: emit)
    }
}

struct ColumnsStatement: Command {
    let sheet: String?
    let span: SourceSpan

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let target = try session.sheet(named: sheet, at: span)
        let rows = target.columns.map { Self.describe($0, in: target).map { TextTable.Cell($0) } }
        session.emitListing(headers: ["column", "unit", "holds", "formula"], rows: rows, emit: emit)
    }

    /// One row: name, unit, what the cells hold, and the formula of a computed column.
    static func describe(_ column: Column, in sheet: Sheet) -> [String] {
        let kind = switch column.storage {
        case .numbers: "numbers"
        case .text: "text"
        case .values: "mixed"
        }
        let formula = sheet.columnFormulas[column.name].map { "= " + $0.formulaText } ?? ""
        return [column.name, column.unit.isNone ? "-" : column.unit.symbol, kind, formula]
    }
}

struct NamesStatement: Command {
    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let workbook = session.current
        let rows = workbook.nameOrder.compactMap { name -> [TextTable.Cell]? in
            guard let definition = workbook.names[name] else { return nil }
            let isConstant = definition.formula.literalValue(units: workbook.units) != nil
            return [TextTable.Cell(name), TextTable.Cell((workbook.nameValues[name] ?? .blank).generalDescription),
                    TextTable.Cell(isConstant ? "" : "= " + definition.formula.formulaText)]
        }
        session.emitListing(headers: ["name", "value", "formula"], rows: rows, emit: emit)
    }
}
