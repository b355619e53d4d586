/// One lexical unit of a formula: what it is, how it was written and where it stands.
///
/// Tokens are produced by `Lexer`, which never fails: text it cannot read becomes an
/// `.invalid` token, so that Tab completion can still look at a half-typed line.
public struct Token: Sendable, Equatable {
    /// What a token is, with the value it carries when it is a literal or a reference.
    public enum Kind: Sendable, Equatable {
        /// `12`, `12.30`, `.5`, `1e5`, `72户`, `500元/户`; `3.6万` arrives as 36000 with no unit.
        case number(Exact, unit: String)
        /// `"a""b"` or `“a”`, with the quotes removed and doubled quotes undone.
        case string(String)
        /// `'my sheet'` (the `!` after it is a token of its own), quotes removed.
        case sheetName(String)
        /// A name: `SUM`, `决算数`, `y2021`, `C` (which may be a whole column before `:`).
        case identifier
        /// `A1`, `$A$1`, `XFD1048576`, without a sheet.
        case cell(CellReference)
        /// `$C`: an absolute column, only meaningful in a whole-column range (`$C:$E`).
        case absoluteColumn(Int)
        /// `$2` (0-based 1): an absolute row, only meaningful in a whole-row range (`$2:$3`).
        case absoluteRow(Int)
        /// `TRUE` or `FALSE`, in any case, when not a function name.
        case bool(Bool)
        /// `#DIV/0!`, `#N/A`, …
        case error(CellError.Kind)
        /// `+ - * / ^ & %` (also fullwidth `＋－＊／＾＆％`, and `× ÷ −`).
        case plus, minus, star, slash, caret, ampersand, percent
        /// `= <> < > <= >=` (also `＝ ＜ ＞`, and `≠ ≤ ≥`).
        case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
        /// `( ) { } [ ]` (also fullwidth `（ ）｛ ｝［ ］`).
        case leftParen, rightParen, leftBrace, rightBrace, leftBracket, rightBracket
        /// `,` and fullwidth `，`.
        case comma
        /// `;`: separates array rows inside `{}` and statements outside.
        case semicolon
        /// `:` between range corners, `.` between path names, `!` after a sheet name.
        case colon, dot, bang
        /// Text the lexer could not read; the parser reports the problem.
        case invalid(Problem)
        /// After the last token; its span is empty, at the end of the source.
        case end
    }

    /// Why a piece of text is not a token.
    public enum Problem: Sendable, Equatable {
        /// A character that starts no token: `§`, `?`.
        case unknownCharacter(Character)
        /// A string whose closing quote never came.
        case unterminatedString
        /// A `'sheet name` whose closing quote never came.
        case unterminatedSheetName
        /// `#` followed by something other than an error literal: `#FOO!`.
        case unknownErrorLiteral(String)
        /// A numeral past the range of `Exact`: `1e99999`.
        case numberOutOfRange(String)
        /// `$` followed by something other than a column or row: `$ABCD1`, `$A$`.
        case invalidReference(String)

        /// The sentence the parser reports.
        public var message: String {
            switch self {
            case .unknownCharacter(let character): "unknown character '\(character)'"
            case .unterminatedString: "unterminated string"
            case .unterminatedSheetName: "unterminated sheet name"
            case .unknownErrorLiteral(let text): "unknown error value '\(text)'"
            case .numberOutOfRange(let text): "the number '\(text)' is out of range"
            case .invalidReference(let text): "'\(text)' is not a valid reference"
            }
        }

        /// True when the text simply stopped too early, so that more input could mend it.
        public var isIncomplete: Bool {
            switch self {
            case .unterminatedString, .unterminatedSheetName: true
            default: false
            }
        }
    }

    /// What the token is.
    public var kind: Kind
    /// The source text of the token, exactly as written (`（` stays fullwidth).
    public var text: String
    /// Character offsets of the token in the lexed source.
    public var span: SourceSpan
    /// 1-based line of the token's first character, for messages that point back at it.
    public var line: Int
    /// 1-based column (in characters) of the token's first character on its line.
    public var column: Int

    /// Creates a token.
    public init(_ kind: Kind, text: String, span: SourceSpan, line: Int = 1, column: Int = 1) {
        self.kind = kind
        self.text = text
        self.span = span
        self.line = line
        self.column = column
    }

    /// True for the `.end` token.
    public var isEnd: Bool { kind == .end }
}

extension Token.Kind {
    /// `+` or `-`, which may stand before an operand.
    public var isSign: Bool {
        switch self {
        case .plus, .minus: true
        default: false
        }
    }
}
