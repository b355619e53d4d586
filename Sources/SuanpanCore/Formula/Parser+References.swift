/// The `reference` rule: cells and ranges, whole columns and rows, with an optional sheet.
extension Parser {
    /// `支出!…` or `'my sheet'!…`: the current token names the sheet, `!` follows.
    mutating func parseSheetQualified() throws(Diagnostic) -> Parsed {
        let sheetToken = advance()
        var sheet = sheetToken.text
        if case .sheetName(let name) = sheetToken.kind { sheet = name }
        guard current.kind == .bang else {
            if current.isEnd { throw .expectedBang(after: sheetToken, at: current) }
            throw unexpected(current)
        }
        let bang = advance()
        switch current.kind {
        case .cell, .absoluteColumn, .absoluteRow:
            return try parseReference(sheet: sheet)
        case .identifier where peek().kind == .colon && Lexer.columnIndex(current.text) != nil:
            return try parseReference(sheet: sheet)
        case .number where peek().kind == .colon:
            guard let row = Self.rowNumber(current) else { break }
            return try parseRowRange(sheet: sheet, from: row)
        case .invalid(let problem):
            throw .invalidToken(current, problem)
        default:
            break
        }
        throw .expectedReference(after: bang, at: current)
    }

    /// A cell or range starting at the current token: `A1`, `A1:B9`, `C:E`, `$2:$3`.
    mutating func parseReference(sheet: String?) throws(Diagnostic) -> Parsed {
        let first = current
        switch first.kind {
        case .cell(var from):
            advance()
            guard current.kind == .colon else {
                from.sheet = sheet
                return Parsed(expr: .cell(from), depth: 1)
            }
            let colon = advance()
            guard case .cell(let to) = current.kind else { throw referenceEnd(after: colon, "a cell") }
            advance()
            return leaf(.range(RangeReference(sheet: sheet, extent: .cells(from: from, to: to))))
        case .absoluteRow(let row):
            return try parseRowRange(sheet: sheet, from: row)
        default:
            let from = Self.columnNumber(first)!
            advance()
            guard current.kind == .colon else { throw .expectedColon(after: first, at: current) }
            let colon = advance()
            guard let to = Self.columnNumber(current) else { throw referenceEnd(after: colon, "a column") }
            advance()
            return leaf(.range(RangeReference(sheet: sheet, extent: .columns(from: from, to: to))))
        }
    }

    /// Whole rows `2:3` or `$2:$3`, the current token being the first row.
    mutating func parseRowRange(sheet: String?, from: Int) throws(Diagnostic) -> Parsed {
        let first = advance()
        guard current.kind == .colon else { throw .expectedColon(after: first, at: current) }
        let colon = advance()
        guard let to = Self.rowNumber(current) else { throw referenceEnd(after: colon, "a row") }
        advance()
        return leaf(.range(RangeReference(sheet: sheet, extent: .rows(from: from, to: to))))
    }

    private func leaf(_ expr: Expr) -> Parsed {
        Parsed(expr: expr, depth: 1)
    }

    /// What to report when a range stops after its `:`.
    private func referenceEnd(after colon: Token, _ what: String) -> Diagnostic {
        if case .invalid(let problem) = current.kind { return .invalidToken(current, problem) }
        var diagnostic = Diagnostic.expectedRangeEnd(what, after: colon, at: current)
        if case .identifier = current.kind, let reason = Lexer.offGridReason(current.text) {
            diagnostic.hint = reason
        }
        return diagnostic
    }

    /// The 0-based column of `C` or `$C`, or nil for any other token.
    static func columnNumber(_ token: Token) -> Int? {
        switch token.kind {
        case .absoluteColumn(let column): column
        case .identifier: Lexer.columnIndex(token.text)
        default: nil
        }
    }

    /// The 0-based row of `2` or `$2` (a plain integer with no unit), or nil.
    static func rowNumber(_ token: Token) -> Int? {
        switch token.kind {
        case .absoluteRow(let row): row
        case .number(_, unit: ""): Lexer.rowIndex(token.text)
        default: nil
        }
    }
}
