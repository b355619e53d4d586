/// The lexer's moving part: a cursor over the source's characters that appends one token at
/// a time. Each `scan…` method starts at the token's first character, advances `index` past
/// the token, and returns its kind.
struct TokenScanner {
    let characters: [Character]
    let lexer: Lexer
    var index = 0
    private var line = 1
    private var lineStart = 0
    private var tokens: [Token] = []

    /// Creates a scanner at the start of `characters`, finding units with `lexer`.
    init(characters: [Character], lexer: Lexer) {
        self.characters = characters
        self.lexer = lexer
    }

    /// Scans the whole source and returns its tokens followed by `.end`.
    mutating func run() -> [Token] {
        while true {
            skipWhitespace()
            guard index < characters.count else { break }
            let start = index
            let kind = scanToken()
            tokens.append(Token(
                kind, text: String(characters[start..<index]), span: SourceSpan(start, index),
                line: line, column: start - lineStart + 1))
            // Strings may span lines; later tokens must still get the right line.
            for offset in start..<index where characters[offset].isNewline {
                line += 1
                lineStart = offset + 1
            }
        }
        let end = characters.count
        tokens.append(Token(.end, text: "", span: SourceSpan(end, end), line: line, column: end - lineStart + 1))
        return tokens
    }

    private mutating func skipWhitespace() {
        while index < characters.count, characters[index].isWhitespace {
            if characters[index].isNewline {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
    }

    private func character(at offset: Int) -> Character? {
        offset < characters.count ? characters[offset] : nil
    }

    private mutating func scanToken() -> Token.Kind {
        let first = characters[index]
        if first.isASCIIDigit || (first == "." && character(at: index + 1)?.isASCIIDigit == true) {
            return scanNumber()
        }
        switch first {
        case "\"": return scanQuoted(closing: "\"").map(Token.Kind.string) ?? .invalid(.unterminatedString)
        case "“": return scanQuoted(closing: "”").map(Token.Kind.string) ?? .invalid(.unterminatedString)
        case "'": return scanQuoted(closing: "'").map(Token.Kind.sheetName) ?? .invalid(.unterminatedSheetName)
        case "#": return scanErrorLiteral()
        case "$": return scanAbsoluteReference()
        default: break
        }
        if first.isIdentifierStart { return scanWord() }
        if let (kind, length) = punctuation(at: index) {
            index += length
            return kind
        }
        index += 1
        return .invalid(.unknownCharacter(first))
    }

    private mutating func skipDigits() {
        while index < characters.count, characters[index].isASCIIDigit { index += 1 }
    }

    /// `12`, `12.30`, `.5`, `1e5`, `1.5E-3`, then a unit (`72户`) or a multiplier (`3.6万`).
    private mutating func scanNumber() -> Token.Kind {
        let start = index
        skipDigits()
        if character(at: index) == "." {
            index += 1
            skipDigits()
        }
        if let e = character(at: index), e == "e" || e == "E" {
            // An exponent only when digits follow; otherwise `e` starts the next token.
            var digitsAt = index + 1
            if let sign = character(at: digitsAt), sign == "+" || sign == "-" { digitsAt += 1 }
            if character(at: digitsAt)?.isASCIIDigit == true {
                index = digitsAt
                skipDigits()
            }
        }
        let numeral = String(characters[start..<index])
        guard let value = Exact(numeral) else { return .invalid(.numberOutOfRange(numeral)) }
        if let length = lexer.unitLength(in: characters, at: index) {
            let unit = String(characters[index..<index + length])
            index += length
            return .number(value, unit: unit)
        }
        guard let power = character(at: index).flatMap(Self.multiplierPower) else {
            return .number(value, unit: "")
        }
        // `3.6万` is 36000; `3.6万户` is 36000户; `3.6万人口` is 3.6 and a name.
        let after = index + 1
        let unitLength = lexer.unitLength(in: characters, at: after)
        if unitLength == nil, character(at: after)?.isIdentifierContinuation == true {
            return .number(value, unit: "")
        }
        guard let scale = Int16(exactly: Int(value.scale) - power) else {
            index = after + (unitLength ?? 0)
            return .invalid(.numberOutOfRange(String(characters[start..<index])))
        }
        let unit = unitLength.map { String(characters[after..<after + $0]) } ?? ""
        index = after + (unitLength ?? 0)
        return .number(Exact(significand: value.significand, scale: scale), unit: unit)
    }

    /// The power of ten of the Chinese multipliers written after figures.
    private static func multiplierPower(_ character: Character) -> Int? {
        switch character {
        case "万": 4
        case "亿": 8
        default: nil
        }
    }

    /// A quoted text where a doubled closing quote stands for itself (`"a""b"`, `'it''s'`),
    /// or nil when the source ends before the closing quote.
    private mutating func scanQuoted(closing: Character) -> String? {
        index += 1
        var value = ""
        while index < characters.count {
            let character = characters[index]
            index += 1
            if character == closing {
                guard self.character(at: index) == closing else { return value }
                index += 1
            }
            value.append(character)
        }
        return nil
    }

    /// `#DIV/0!`, `#N/A`, … in any case; anything else after `#` is one invalid token.
    private mutating func scanErrorLiteral() -> Token.Kind {
        for kind in CellError.Kind.allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count }) {
            let spelling = Array(kind.rawValue)
            let end = index + spelling.count
            guard end <= characters.count else { continue }
            if zip(characters[index..<end], spelling).allSatisfy({ $0.uppercased() == String($1) }) {
                index = end
                return .error(kind)
            }
        }
        let start = index
        index += 1
        while let next = character(at: index), next.isIdentifierContinuation || "/!?".contains(next) {
            index += 1
        }
        return .invalid(.unknownErrorLiteral(String(characters[start..<index])))
    }

    /// `$A$1`, `$A1`, or the halves of whole-column and whole-row ranges, `$C` and `$2`.
    private mutating func scanAbsoluteReference() -> Token.Kind {
        let start = index
        index += 1
        let lettersStart = index
        while character(at: index)?.isASCIILetter == true { index += 1 }
        let letters = characters[lettersStart..<index]
        var absoluteRow = false
        if !letters.isEmpty, character(at: index) == "$" {
            absoluteRow = true
            index += 1
        }
        let digitsStart = index
        skipDigits()
        let digits = characters[digitsStart..<index]
        // The reference must end here: `$A1B` is not a reference followed by a name.
        while character(at: index)?.isIdentifierContinuation == true { index += 1 }
        let whole = String(characters[start..<index])
        guard index == digitsStart + digits.count else { return .invalid(.invalidReference(whole)) }
        switch (letters.isEmpty, digits.isEmpty) {
        case (false, false):
            guard let column = Lexer.columnIndex(letters), let row = Lexer.rowIndex(digits) else { break }
            return .cell(CellReference(
                address: CellAddress(row: row, column: column), absoluteColumn: true, absoluteRow: absoluteRow))
        case (false, true):
            if !absoluteRow, let column = Lexer.columnIndex(letters) { return .absoluteColumn(column) }
        case (true, false):
            if let row = Lexer.rowIndex(digits) { return .absoluteRow(row) }
        case (true, true):
            return .invalid(.unknownCharacter("$"))
        }
        return .invalid(.invalidReference(whole))
    }

    /// A name, a cell reference (`A1`, `A$1`) or a boolean.
    private mutating func scanWord() -> Token.Kind {
        let start = index
        while character(at: index)?.isIdentifierContinuation == true { index += 1 }
        let word = characters[start..<index]
        // `A$1`: the word stopped at the `$` before the row.
        if character(at: index) == "$", character(at: index + 1)?.isASCIIDigit == true,
           let column = Lexer.columnIndex(word) {
            let digitsStart = index + 1
            var end = digitsStart
            while character(at: end)?.isASCIIDigit == true { end += 1 }
            if character(at: end)?.isIdentifierContinuation != true,
               let row = Lexer.rowIndex(characters[digitsStart..<end]) {
                index = end
                return .cell(CellReference(address: CellAddress(row: row, column: column), absoluteRow: true))
            }
        }
        // Before `.`, `(` or `!` a word is a name even when it looks like a cell or a boolean:
        // `y2021.支出`, `LOG10(`, `TRUE()`, `Q1!A1`.
        if let next = character(at: index), next == "." || next == "(" || next == "!" { return .identifier }
        if let address = Lexer.cellAddress(word) { return .cell(CellReference(address: address)) }
        switch String(word).uppercased() {
        case "TRUE": return .bool(true)
        case "FALSE": return .bool(false)
        default: return .identifier
        }
    }

    /// Operators and punctuation, reading the fullwidth forms Chinese input methods type
    /// (`（`, `，`, `＝`, …) and `≤ ≥ ≠ × ÷ −` as their ASCII counterparts.
    private func punctuation(at offset: Int) -> (Token.Kind, Int)? {
        let first = Self.asciiPunctuation(characters[offset])
        let second = character(at: offset + 1).map(Self.asciiPunctuation)
        switch first {
        case "+": return (.plus, 1)
        case "-": return (.minus, 1)
        case "*": return (.star, 1)
        case "/": return (.slash, 1)
        case "^": return (.caret, 1)
        case "&": return (.ampersand, 1)
        case "%": return (.percent, 1)
        case "=": return (.equal, 1)
        case "≠": return (.notEqual, 1)
        case "≤": return (.lessOrEqual, 1)
        case "≥": return (.greaterOrEqual, 1)
        case "<":
            if second == ">" { return (.notEqual, 2) }
            return second == "=" ? (.lessOrEqual, 2) : (.less, 1)
        case ">": return second == "=" ? (.greaterOrEqual, 2) : (.greater, 1)
        case "(": return (.leftParen, 1)
        case ")": return (.rightParen, 1)
        case "{": return (.leftBrace, 1)
        case "}": return (.rightBrace, 1)
        case "[": return (.leftBracket, 1)
        case "]": return (.rightBracket, 1)
        case ",": return (.comma, 1)
        case ";": return (.semicolon, 1)
        case ":": return (.colon, 1)
        case ".": return (.dot, 1)
        case "!": return (.bang, 1)
        default: return nil
        }
    }

    private static let fullwidthPunctuation: [Character: Character] = [
        "（": "(", "）": ")", "［": "[", "］": "]", "｛": "{", "｝": "}", "，": ",", "；": ";",
        "：": ":", "！": "!", "＋": "+", "－": "-", "−": "-", "＊": "*", "×": "*", "／": "/",
        "÷": "/", "＾": "^", "＆": "&", "％": "%", "＝": "=", "＜": "<", "＞": ">",
    ]

    private static func asciiPunctuation(_ character: Character) -> Character {
        fullwidthPunctuation[character] ?? character
    }
}
