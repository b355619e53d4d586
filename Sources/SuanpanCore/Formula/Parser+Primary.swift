/// The `primary` rule: literals, parentheses, array constants, function calls and paths.
/// References (`A1`, `C:C`, `支出!C2:C9`) are in `Parser+References.swift`.
extension Parser {
    /// Dispatches on the current token. Kept small because it is on the path of recursion;
    /// literals and references are read by helpers that do not recurse.
    mutating func parsePrimary() throws(Diagnostic) -> Parsed {
        switch primaryForm() {
        case .parenthesized: try parseParenthesized()
        case .array: try parseArray()
        case .call: try parseCall()
        case .named: try parseNamed()
        case .leaf: try parseLeaf()
        }
    }

    /// The forms of `primary`, told apart by the current token and the next.
    private enum PrimaryForm {
        case parenthesized, array, call, named, leaf
    }

    private func primaryForm() -> PrimaryForm {
        switch tokens[position].kind {
        case .leftParen: return .parenthesized
        case .leftBrace: return .array
        case .identifier:
            if case .leftParen = peek().kind { return .call }
            return .named
        default: return .leaf
        }
    }

    /// A literal or a reference, or the diagnostic for a token that cannot start an operand.
    private mutating func parseLeaf() throws(Diagnostic) -> Parsed {
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

    /// A name not followed by `(`: a sheet before `!`, a whole-column range, or a path with
    /// perhaps a key.
    private mutating func parseNamed() throws(Diagnostic) -> Parsed {
        if let reference = try parseNamedReference() { return reference }
        let path = try parsePathNames()
        guard tokens[position].kind == .leftBracket else { return path }
        return try parseKey(of: path)
    }

    /// `支出!…` or `C:E` when the name at the current token starts one, else nil.
    private mutating func parseNamedReference() throws(Diagnostic) -> Parsed? {
        switch peek().kind {
        case .bang: try parseSheetQualified()
        case .colon where Lexer.columnIndex(current.text) != nil: try parseReference(sheet: nil)
        default: nil
        }
    }

    /// `( expression )`.
    private mutating func parseParenthesized() throws(Diagnostic) -> Parsed {
        let open = try enterBracket()
        let inner = try parseBinary(minimumPrecedence: 1)
        try leaveBracket(.rightParen, openedAt: open)
        return inner
    }

    /// `NAME ( [argument { , argument }] )`, where an argument may be left empty.
    private mutating func parseCall() throws(Diagnostic) -> Parsed {
        let open = try enterCall()
        var arguments: [Expr] = []
        var depth = 0
        if !isAtCallEnd() {
            repeat {
                let argument = try parseArgument(open: open, isFirst: arguments.isEmpty)
                arguments.append(argument.expr)
                depth = max(depth, argument.depth)
            } while advanceIfComma()
        }
        try leaveBracket(.rightParen, openedAt: open)
        return try makeCall(open: open, arguments, depth: depth)
    }

    /// Passes the name and `(` of a call; returns the index of the `(`.
    private mutating func enterCall() throws(Diagnostic) -> Int {
        advance()
        let open = advance()
        try enterBracket(open)
        return position - 1
    }

    private func isAtCallEnd() -> Bool {
        tokens[position].kind == .rightParen
    }

    /// The call node, once the `)` after token index `open` has been passed.
    private func makeCall(open: Int, _ arguments: [Expr], depth: Int) throws(Diagnostic) -> Parsed {
        let name = tokens[open - 1]
        let span = SourceSpan(name.span.start, tokens[position - 1].span.end)
        return try node(.call(name.text.uppercased(), arguments, span), over: depth, at: tokens[open].span)
    }

    /// One argument, or `missing` (depth 0) when the next token ends it already.
    private mutating func parseArgument(open: Int, isFirst: Bool) throws(Diagnostic) -> Parsed {
        if try isMissingArgument(open: open, isFirst: isFirst) { return Parsed(expr: .missing, depth: 0) }
        return try parseBinary(minimumPrecedence: 1)
    }

    /// True when the argument at the current token is left empty; reports what cannot start one.
    private func isMissingArgument(open: Int, isFirst: Bool) throws(Diagnostic) -> Bool {
        switch current.kind {
        case .comma, .rightParen:
            return true
        case .end where isFirst:
            throw .unclosed(tokens[open], at: current)
        default:
            guard startsExpression(current) else { throw expectedExpression(after: tokens[position - 1]) }
            return false
        }
    }

    /// Passes a `,` if the current token is one.
    private mutating func advanceIfComma() -> Bool {
        guard current.kind == .comma else { return false }
        advance()
        return true
    }

    /// `{1,2;3,4}`: rows of literal constants, every row as long as the first.
    private mutating func parseArray() throws(Diagnostic) -> Parsed {
        let open = advance()
        try enterBracket(open)
        var rows: [[Expr]] = [[]]
        while true {
            rows[rows.count - 1].append(try parseArrayConstant(after: tokens[position - 1]))
            if current.kind == .comma {
                // A later row longer than the first is reported at the comma that overruns it.
                let comma = advance()
                if rows.count > 1, rows[rows.count - 1].count >= rows[0].count { throw .raggedArray(at: comma.span) }
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

    /// `NAME { . NAME }`: a column, a workbook name or an aliased path.
    private mutating func parsePathNames() throws(Diagnostic) -> Parsed {
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
        return Parsed(expr: .path(names, SourceSpan(first.span.start, end)), depth: 1)
    }

    /// `[ expression ]` after a path: the row whose key the expression gives.
    private mutating func parseKey(of path: Parsed) throws(Diagnostic) -> Parsed {
        let open = try enterBracket()
        let key = try parseBinary(minimumPrecedence: 1)
        try leaveBracket(.rightBracket, openedAt: open)
        return try node(.keyed(path.expr, key: key.expr), over: max(path.depth, key.depth), at: tokens[open].span)
    }
}
