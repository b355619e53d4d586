/// Reads formula text into an `Expr`, by recursive descent over the lexer's tokens.
///
/// Grammar (`{ }` repeats, `[ ]` is optional, CAPITALS are tokens):
///
///     formula    = [ "=" ] expression END
///     expression = binary(1)
///     binary(p)  = unary { OPERATOR-of-precedence-q≥p binary(q+1) }    -- all left-associative
///     unary      = { "+" | "-" } postfix                               -- tighter than "^"
///     postfix    = primary { "%" }
///     primary    = NUMBER | STRING | BOOL | ERROR
///                | "(" expression ")"
///                | "{" constant { "," constant } { ";" constant { "," constant } } "}"
///                | NAME "(" [ argument { "," argument } ] ")"    -- an empty argument is `missing`
///                | reference
///                | NAME { "." NAME } [ "[" expression "]" ]      -- path, keyed row
///     constant   = [ "-" | "+" ] NUMBER | STRING | BOOL | ERROR
///     reference  = [ (NAME | SHEETNAME) "!" ] range
///     range      = CELL [ ":" CELL ] | column ":" column | row ":" row
///     column     = NAME-of-column-letters | ABSOLUTECOLUMN           -- C, $C
///     row        = NUMBER-integer | ABSOLUTEROW                       -- 2, $2
///
/// Operator precedence, lowest first (Excel's, `BinaryOperator.precedence`):
///
///     1  = <> < > <= >=        comparisons
///     2  &                     concatenation
///     3  + -                   addition
///     4  * /                   multiplication
///     5  ^                     power (left-associative: 2^3^2 is 64)
///     6  prefix - +            so -2^2 is 4
///     7  postfix %             so -5% is -(5%)
///
/// Depth is bounded (Lua's `enterlevel`): the resulting tree may be at most `maximumDepth`
/// levels deep, counting left-deep operator chains, and brackets may nest at most as deep.
/// Past either, the parser stops with a diagnostic rather than risk the stack, both while
/// parsing and later when the tree is compared, printed, evaluated or freed.
public struct Parser {
    /// The deepest tree, and the deepest bracket nesting, a formula may have.
    public static let maximumDepth = 1000

    let tokens: [Token]
    /// Index of the current token in `tokens`.
    public private(set) var position = 0
    /// Brackets currently open while parsing, to bound the recursion.
    private var nesting = 0

    /// Creates a parser over tokens from `Lexer.tokenize(_:)`, which end with `.end`.
    public init(tokens: [Token]) {
        precondition(tokens.last?.kind == .end, "tokens must end with .end")
        self.tokens = tokens
    }

    /// Parses a whole formula: an optional leading `=`, one expression, nothing after it.
    public static func parse(_ source: String, unitSymbols: Set<String> = []) throws(Diagnostic) -> Expr {
        var parser = Parser(tokens: Lexer(unitSymbols: unitSymbols).tokenize(source))
        return try parser.parseFormula()
    }

    /// The token the parser looks at.
    public var current: Token { tokens[position] }

    /// Parses an optional `=`, then an expression that must reach the end of the tokens.
    public mutating func parseFormula() throws(Diagnostic) -> Expr {
        if current.kind == .equal { advance() }
        if current.isEnd, position == 0 { throw .emptyFormula(at: current.span) }
        let expr = try parseExpression()
        guard current.isEnd else { throw unexpected(current) }
        return expr
    }

    /// Parses the longest expression starting at the current token and stops before the first
    /// token that cannot continue it, so that a statement parser can go on from there.
    public mutating func parseExpression() throws(Diagnostic) -> Expr {
        try parseBinary(minimumPrecedence: 1).expr
    }

    // MARK: Operators

    /// An expression under construction with the depth of its tree.
    struct Parsed {
        /// The tree so far.
        var expr: Expr
        /// Levels in `expr`: 1 for a leaf, 0 for a missing argument.
        var depth: Int
    }

    /// Joins children into a node one level deeper, refusing trees past `maximumDepth`.
    func node(_ expr: Expr, over children: Int, at span: SourceSpan) throws(Diagnostic) -> Parsed {
        guard children < Self.maximumDepth else { throw .nestedTooDeeply(at: span) }
        return Parsed(expr: expr, depth: children + 1)
    }

    // The functions on the path of recursion (parseBinary → parseOperand → parsePrimary →
    // parseParenthesized or parseCall → parseBinary) are kept small, with the work of each
    // step in helpers that return before recursing: a debug build gives every local its own
    // stack slot, and 1000 levels must fit in a thread's stack.

    /// `binary(p)`: an operand and the operators after it that bind at least as tightly as
    /// `minimumPrecedence`, looping for chains and recursing only for the right operands.
    mutating func parseBinary(minimumPrecedence: Int) throws(Diagnostic) -> Parsed {
        var left = try parseOperand()
        while let op = binaryOperator(atLeast: minimumPrecedence) {
            left = try parseRightOperand(of: op, left: left)
        }
        return left
    }

    /// The operator at the current token if it binds at least as tightly as `precedence`.
    private func binaryOperator(atLeast precedence: Int) -> BinaryOperator? {
        guard let op = Self.binaryOperator(tokens[position].kind), op.precedence >= precedence else { return nil }
        return op
    }

    /// Parses what follows the operator at the current token and joins it to `left`.
    private mutating func parseRightOperand(of op: BinaryOperator, left: Parsed) throws(Diagnostic) -> Parsed {
        let opIndex = try passOperator()
        // precedence + 1 on the right makes equal operators group to the left.
        let right = try parseBinary(minimumPrecedence: op.precedence + 1)
        return try node(.binary(op, left.expr, right.expr), over: max(left.depth, right.depth), at: tokens[opIndex].span)
    }

    /// Passes an operator that must be followed by an operand; returns its token index.
    private mutating func passOperator() throws(Diagnostic) -> Int {
        let op = advance()
        guard startsExpression(current) else { throw expectedExpression(after: op) }
        return position - 1
    }

    /// `{ "+" | "-" } primary { "%" }`: postfix `%` binds tighter than the signs before it.
    private mutating func parseOperand() throws(Diagnostic) -> Parsed {
        let signs = try passSigns()
        let primary = try parsePrimary()
        return try applyOperators(to: primary, signs: signs)
    }

    /// Passes the signs before an operand, in a loop so that `------1` costs no stack, and
    /// returns their token indices.
    private mutating func passSigns() throws(Diagnostic) -> Range<Int> {
        let first = position
        while current.kind.isSign { advance() }
        if position > first, !startsExpression(current) { throw expectedExpression(after: tokens[position - 1]) }
        return first..<position
    }

    /// Wraps an operand in the `%` after it, then in the signs (token indices) before it.
    private mutating func applyOperators(to primary: Parsed, signs: Range<Int>) throws(Diagnostic) -> Parsed {
        var operand = primary
        while current.kind == .percent {
            let percent = advance()
            operand = try node(.percent(operand.expr), over: operand.depth, at: percent.span)
        }
        for index in signs.reversed() {
            let sign = tokens[index]
            let op: UnaryOperator = sign.kind == .minus ? .negate : .plus
            operand = try node(.unary(op, operand.expr), over: operand.depth, at: sign.span)
        }
        return operand
    }

    /// The infix operator a token stands for, if any.
    static func binaryOperator(_ kind: Token.Kind) -> BinaryOperator? {
        switch kind {
        case .caret: .power
        case .star: .multiply
        case .slash: .divide
        case .plus: .add
        case .minus: .subtract
        case .ampersand: .concatenate
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterOrEqual
        default: nil
        }
    }

    // MARK: Cursor

    /// Moves past the current token and returns it; `.end` is never passed.
    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    /// The token `offset` places after the current one (`.end` past the end).
    func peek(_ offset: Int = 1) -> Token {
        tokens[min(position + offset, tokens.count - 1)]
    }

    /// Consumes the closing bracket of `open`, or reports it missing.
    mutating func expectClosing(_ kind: Token.Kind, of open: Token) throws(Diagnostic) -> Token {
        guard current.kind == kind else {
            if case .invalid(let problem) = current.kind { throw .invalidToken(current, problem) }
            throw .unclosed(open, at: current)
        }
        return advance()
    }

    /// Passes the opening bracket at the current token, counting one more nesting level and
    /// checking an expression follows; returns the bracket's token index for `leaveBracket`.
    mutating func enterBracket() throws(Diagnostic) -> Int {
        let open = advance()
        try enterBracket(open)
        guard startsExpression(current) else { throw expectedExpression(after: open) }
        return position - 1
    }

    /// Passes the closing bracket for the one at token index `open`, or reports it missing.
    mutating func leaveBracket(_ closing: Token.Kind, openedAt open: Int) throws(Diagnostic) {
        _ = try expectClosing(closing, of: tokens[open])
        leaveBracket()
    }

    /// Counts one more open bracket, refusing to nest past `maximumDepth`.
    mutating func enterBracket(_ open: Token) throws(Diagnostic) {
        guard nesting < Self.maximumDepth else { throw .nestedTooDeeply(at: open.span) }
        nesting += 1
    }

    /// Counts a bracket closed.
    mutating func leaveBracket() {
        nesting -= 1
    }

    /// False for tokens that cannot begin an expression, to report them after an operator.
    func startsExpression(_ token: Token) -> Bool {
        switch token.kind {
        case .end, .rightParen, .rightBrace, .rightBracket, .comma, .semicolon, .colon, .dot, .bang,
             .star, .slash, .caret, .ampersand, .percent, .equal, .notEqual, .less, .lessOrEqual,
             .greater, .greaterOrEqual:
            false
        default:
            true
        }
    }

    /// The diagnostic for a token that cannot stand where it is.
    func unexpected(_ token: Token) -> Diagnostic {
        if case .invalid(let problem) = token.kind { return .invalidToken(token, problem) }
        return .unexpectedToken(token)
    }

    /// The diagnostic for a missing operand after `token` (incomplete at the end of input).
    func expectedExpression(after token: Token) -> Diagnostic {
        switch current.kind {
        case .end: .expectedExpression(after: token, at: current)
        case .invalid(let problem): .invalidToken(current, problem)
        default: .unexpectedToken(current)
        }
    }
}
