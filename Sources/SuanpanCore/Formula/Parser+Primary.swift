/// The `primary` rule: literals, parentheses, array constants, function calls and paths.
/// References (`A1`, `C:C`, `支出!C2:C9`) are in `Parser+References.swift`.
extension Parser {
    mutating func parsePrimary() throws(Diagnostic) -> Parsed {
        let token = current
        switch token.kind {
        case .number(let value, let unit):
            if peek().kind == .colon, let row = Self.rowNumber(token) { return try parseRowRange(sheet: nil, from: row) }
            advance()
            return Parsed(expr: .number(value, unit: unit), depth: 1)
        case .string(let text):
            advance()
            return Parsed(expr: .text(text), depth: 1)
        case .bool(let value):
            advance()
            return Parsed(expr: .bool(value), depth: 1)
        case .error(let kind):
            advance()
            return Parsed(expr: .error(kind), depth: 1)
        case .leftParen:
            return try parseParenthesized()
        case .leftBrace:
            return try parseArray()
        case .identifier:
            switch peek().kind {
            case .leftParen: return try parseCall()
            case .bang: return try parseSheetQualified()
            case .colon where Lexer.columnIndex(token.text) != nil: return try parseReference(sheet: nil)
            default: return try parsePath()
            }
        case .sheetName:
            return try parseSheetQualified()
        case .cell, .absoluteColumn, .absoluteRow:
            return try parseReference(sheet: nil)
        case .end:
            throw .expectedExpression(after: position > 0 ? tokens[position - 1] : nil, at: token)
        default:
            throw unexpected(token)
        }
    }

    /// `( expression )`.
    private mutating func parseParenthesized() throws(Diagnostic) -> Parsed {
        let open = advance()
        try enterBracket(open)
        guard startsExpression(current) else { throw expectedExpression(after: open) }
        let inner = try parseBinary(minimumPrecedence: 1)
        _ = try expectClosing(.rightParen, of: open)
        leaveBracket()
        return inner
    }

    /// `NAME ( [argument { , argument }] )`, where an argument may be left empty.
    private mutating func parseCall() throws(Diagnostic) -> Parsed {
        let name = advance()
        let open = advance()
        try enterBracket(open)
        var arguments: [Expr] = []
        var depth = 0
        if current.kind != .rightParen {
            while true {
                if current.kind == .comma || current.kind == .rightParen {
                    arguments.append(.missing)
                } else {
                    if current.isEnd, arguments.isEmpty { throw .unclosed(open, at: current) }
                    guard startsExpression(current) else { throw expectedExpression(after: tokens[position - 1]) }
                    let argument = try parseBinary(minimumPrecedence: 1)
                    arguments.append(argument.expr)
                    depth = max(depth, argument.depth)
                }
                guard current.kind == .comma else { break }
                advance()
            }
        }
        let close = try expectClosing(.rightParen, of: open)
        leaveBracket()
        let span = SourceSpan(name.span.start, close.span.end)
        return try node(.call(name.text.uppercased(), arguments, span), over: depth, at: open.span)
    }

    /// `{1,2;3,4}`: rows of literal constants, every row as long as the first.
    private mutating func parseArray() throws(Diagnostic) -> Parsed {
        let open = advance()
        try enterBracket(open)
        var rows: [[Expr]] = [[]]
        while true {
            rows[rows.count - 1].append(try parseArrayConstant(after: tokens[position - 1]))
            if current.kind == .comma {
                advance()
            } else if current.kind == .semicolon {
                let separator = advance()
                guard rows[rows.count - 1].count == rows[0].count else { throw .raggedArray(at: separator.span) }
                rows.append([])
            } else {
                break
            }
        }
        let close = try expectClosing(.rightBrace, of: open)
        guard rows[rows.count - 1].count == rows[0].count else { throw .raggedArray(at: close.span) }
        leaveBracket()
        return try node(.array(rows), over: 1, at: open.span)
    }

    /// One value of an array constant: a literal, a number possibly signed.
    private mutating func parseArrayConstant(after previous: Token) throws(Diagnostic) -> Expr {
        var negative = false
        var sign: Token?
        if current.kind == .minus || current.kind == .plus {
            negative = current.kind == .minus
            sign = advance()
        }
        let token = current
        switch token.kind {
        case .number(let value, let unit):
            advance()
            return .number(negative ? -value : value, unit: unit)
        case .string(let text) where sign == nil:
            advance()
            return .text(text)
        case .bool(let value) where sign == nil:
            advance()
            return .bool(value)
        case .error(let kind) where sign == nil:
            advance()
            return .error(kind)
        case .end:
            throw .expectedExpression(after: sign ?? previous, at: token)
        case .invalid(let problem):
            throw .invalidToken(token, problem)
        default:
            throw .expectedArrayConstant(at: token)
        }
    }

    /// `NAME { . NAME } [ "[" expression "]" ]`: a column, a workbook name, an aliased path,
    /// possibly choosing a row by its key.
    private mutating func parsePath() throws(Diagnostic) -> Parsed {
        let first = advance()
        var names = [first.text]
        var end = first.span.end
        while current.kind == .dot {
            let dot = advance()
            switch current.kind {
            case .identifier, .cell, .bool:
                // After a dot a cell-like or boolean word is only a name: `支出.Q1`.
                let name = advance()
                names.append(name.text)
                end = name.span.end
            case .end:
                throw .expectedName(after: dot, at: current)
            default:
                throw unexpected(current)
            }
        }
        let path = Parsed(expr: .path(names, SourceSpan(first.span.start, end)), depth: 1)
        guard current.kind == .leftBracket else { return path }
        let open = advance()
        try enterBracket(open)
        guard startsExpression(current) else { throw expectedExpression(after: open) }
        let key = try parseBinary(minimumPrecedence: 1)
        _ = try expectClosing(.rightBracket, of: open)
        leaveBracket()
        return try node(.keyed(path.expr, key: key.expr), over: max(path.depth, key.depth), at: open.span)
    }
}
