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

struct SheetsStatement: Command {
    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        for sheet in session.current.sheets {
            emit(.output("\(sheet.name)\t\(sheet.rowCount) rows\t\(sheet.columns.count) columns"))
        }
    }
}

struct ColumnsStatement: Command {
    let sheet: String?
    let span: SourceSpan

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let target = try session.sheet(named: sheet, at: span)
        for column in target.columns { emit(.output(Self.describe(column, in: target))) }
    }

    /// One line: name, unit, what the cells hold, and the formula of a computed column.
    static func describe(_ column: Column, in sheet: Sheet) -> String {
        let kind = switch column.storage {
        case .numbers: "numbers"
        case .text: "text"
        case .values: "mixed"
        }
        var fields = [column.name, column.unit.isNone ? "-" : column.unit.symbol, kind]
        if let formula = sheet.columnFormulas[column.name] { fields.append("= " + formula.formulaText) }
        return fields.joined(separator: "\t")
    }
}

struct NamesStatement: Command {
    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let workbook = session.current
        for name in workbook.nameOrder {
            guard let definition = workbook.names[name] else { continue }
            var fields = [name, (workbook.nameValues[name] ?? .blank).generalDescription]
            if definition.formula.literalValue(units: workbook.units) == nil {
                fields.append("= " + definition.formula.formulaText)
            }
            emit(.output(fields.joined(separator: "\t")))
        }
    }
}
