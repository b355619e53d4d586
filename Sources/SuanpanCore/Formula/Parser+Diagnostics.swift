/// The parser's messages. A diagnostic raised at the `.end` token is incomplete: the formula
/// stopped early, and another line of input may complete it.
extension Diagnostic {
    /// A token that cannot stand where it is: "unexpected ')'".
    static func unexpectedToken(_ token: Token) -> Diagnostic {
        Diagnostic("unexpected \(describe(token))", at: token.span, hint: sqlWordHint(token), isIncomplete: token.isEnd)
    }

    /// Analysts coming from SQL write `a and b`; formulas say AND(a, b), as Excel does.
    private static func sqlWordHint(_ token: Token) -> String? {
        guard token.kind == .identifier else { return nil }
        switch token.text.lowercased() {
        case "and": return "combine conditions with AND(a, b)"
        case "or": return "combine conditions with OR(a, b)"
        case "not": return "negate a condition with NOT(a)"
        default: return nil
        }
    }

    /// Text the lexer could not read: "unknown character '§'", "unterminated string".
    static func invalidToken(_ token: Token, _ problem: Token.Problem) -> Diagnostic {
        Diagnostic(problem.message, at: token.span, isIncomplete: problem.isIncomplete)
    }

    /// Nothing to parse at all.
    static func emptyFormula(at span: SourceSpan) -> Diagnostic {
        Diagnostic("expected an expression", at: span)
    }

    /// An operand missing: "expected an expression after '+'".
    static func expectedExpression(after previous: Token?, at token: Token) -> Diagnostic {
        let message = previous.map { "expected an expression after '\($0.text)'" } ?? "expected an expression"
        return Diagnostic(message, at: token.span, isIncomplete: token.isEnd)
    }

    /// A bracket left open: "expected ')' to close '('", with a note at the opening bracket
    /// (a note, not a column in the message, because the renderer alone knows where the
    /// formula stands in its file).
    static func unclosed(_ open: Token, at token: Token) -> Diagnostic {
        let closing = switch open.kind {
        case .leftBrace: "}"
        case .leftBracket: "]"
        default: ")"
        }
        var diagnostic = Diagnostic(
            "expected '\(closing)' to close '\(open.text)'", at: token.span, isIncomplete: token.isEnd)
        diagnostic.notes = [Diagnostic("'\(open.text)' opened here", at: open.span, severity: .note)]
        return diagnostic
    }

    /// A formula past `Parser.maximumDepth`, at the bracket or operator that crossed it.
    static func nestedTooDeeply(at span: SourceSpan) -> Diagnostic {
        Diagnostic("formula is nested too deeply (more than \(Parser.maximumDepth) levels)", at: span)
    }

    /// A dot not followed by a name: `支出.`.
    static func expectedName(after dot: Token, at token: Token) -> Diagnostic {
        Diagnostic("expected a name after '\(dot.text)'", at: token.span, isIncomplete: token.isEnd)
    }

    /// A sheet name not followed by `!`: `'my sheet'`.
    static func expectedBang(after sheet: Token, at token: Token) -> Diagnostic {
        Diagnostic("expected '!' after the sheet name \(sheet.text)", at: token.span, isIncomplete: token.isEnd)
    }

    /// `支出!` followed by something that is not a cell or range.
    static func expectedReference(after bang: Token, at token: Token) -> Diagnostic {
        Diagnostic("expected a cell or range after '\(bang.text)'", at: token.span, isIncomplete: token.isEnd)
    }

    /// `$C` or `2` used as a range half with no `:` after it.
    static func expectedColon(after first: Token, at token: Token) -> Diagnostic {
        Diagnostic(
            "expected ':' after '\(first.text)' to make a range", at: token.span, isIncomplete: token.isEnd)
    }

    /// A range whose second half is missing or of the wrong kind: `A1:`, `C:5`.
    static func expectedRangeEnd(_ what: String, after colon: Token, at token: Token) -> Diagnostic {
        Diagnostic("expected \(what) after '\(colon.text)'", at: token.span, isIncomplete: token.isEnd)
    }

    /// An array constant holding something other than a literal.
    static func expectedArrayConstant(at token: Token) -> Diagnostic {
        Diagnostic(
            "an array constant may hold only numbers, texts, TRUE/FALSE and errors, not \(describe(token))",
            at: token.span)
    }

    /// `{1,2;3}`: rows of different lengths.
    static func raggedArray(at span: SourceSpan) -> Diagnostic {
        Diagnostic("every row of an array constant must have the same number of values", at: span)
    }

    /// How a token is named in a message: `')'`, `number '12'`, `name 'abc'`.
    static func describe(_ token: Token) -> String {
        switch token.kind {
        case .end: "end of formula"
        case .number: "number '\(token.text)'"
        case .string: "text \(token.text)"
        case .identifier: "name '\(token.text)'"
        case .cell, .absoluteColumn, .absoluteRow: "reference '\(token.text)'"
        case .sheetName: "sheet name \(token.text)"
        default: "'\(token.text)'"
        }
    }
}
