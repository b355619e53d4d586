/// Reads one statement's text into a command ready to run.
///
/// An assignment is `TARGET = FORMULA` where TARGET is a cell (`A1`, `支出!E8`,
/// `'my sheet'!E8`), a sheet's column (`支出.执行率`) or a bare identifier (a column of the
/// current sheet, else a workbook name). Anything else is a bare expression, so
/// `0.1+0.2=0.3` compares: its left side is no target.
public struct StatementParser {
    public let unitSymbols: Set<String>

    public init(unitSymbols: Set<String>) {
        self.unitSymbols = unitSymbols
    }

    /// The statement, or a diagnostic whose span is counted from the start of `text`.
    /// `isColumn` says whether a bare identifier names a column of the current sheet.
    func parse(_ text: String, isColumn: (String) -> Bool) throws(Diagnostic) -> any Command {
        if let command = try StatementTable.parse(text, unitSymbols: unitSymbols) { return command }
        let span = SourceSpan(0, text.count)
        let tokens = Lexer(unitSymbols: unitSymbols).tokenize(text)
        if let equals = Self.assignmentEquals(in: tokens), let target = Self.target(Array(tokens[..<equals]), isColumn: isColumn) {
            var parser = Parser(tokens: Array(tokens[(equals + 1)...]))
            if parser.current.isEnd {
                throw Diagnostic("expected a formula after '='", at: parser.current.span, isIncomplete: true)
            }
            let formula = try parser.parseFormula()
            switch target {
            case .cell(let sheet, let address):
                return CellAssignment(sheet: sheet, address: address, formula: formula, span: span)
            case .column(let sheet, let column):
                return ColumnAssignment(sheet: sheet, column: column, formula: formula, span: span)
            case .name(let name):
                return NameAssignment(name: name, formula: formula, span: span)
            }
        }
        var parser = Parser(tokens: tokens)
        return ExpressionStatement(formula: try parser.parseFormula(), span: span)
    }

    private enum Target {
        case cell(String?, CellAddress)
        case column(String?, String)
        case name(String)
    }

    /// The index of the first `=` outside brackets, when something stands before it.
    private static func assignmentEquals(in tokens: [Token]) -> Int? {
        var depth = 0
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .leftParen, .leftBrace, .leftBracket: depth += 1
            case .rightParen, .rightBrace, .rightBracket: depth -= 1
            case .equal where depth == 0: return index > 0 ? index : nil
            default: break
            }
        }
        return nil
    }

    private static func target(_ tokens: [Token], isColumn: (String) -> Bool) -> Target? {
        let kinds = tokens.map(\.kind)
        switch kinds.count {
        case 1:
            if case .cell(let reference) = kinds[0] { return .cell(nil, reference.address) }
            guard kinds[0] == .identifier else { return nil }
            let name = tokens[0].text
            return isColumn(name) ? .column(nil, name) : .name(name)
        case 3 where kinds[1] == .bang:
            guard case .cell(let reference) = kinds[2] else { return nil }
            if kinds[0] == .identifier { return .cell(tokens[0].text, reference.address) }
            if case .sheetName(let sheet) = kinds[0] { return .cell(sheet, reference.address) }
            return nil
        case 3 where kinds[1] == .dot:
            guard kinds[0] == .identifier, kinds[2] == .identifier else { return nil }
            return .column(tokens[0].text, tokens[2].text)
        default:
            return nil
        }
    }
}
