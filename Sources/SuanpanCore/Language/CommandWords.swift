/// The words of a statement that begins with a keyword, consumed from the front.
///
/// Keyword statements mix words and paths (`export 部门季度 to out/q3.csv bom`) with
/// formulas (`show 支出 where 执行率 > 1 order by 执行率 desc`). Words are runs without white
/// space, where a quoted part ('…' or "…") may hold spaces; a formula clause is cut out of
/// the statement's text between its clause word and the next one, so that it is parsed
/// exactly as typed.
public struct CommandWords {
    /// One word and where it stands, in characters from the statement's start.
    public struct Word: Equatable, Sendable {
        /// The word without its quotes when it is one quoted string (`"my file.csv"`).
        public var text: String
        public var span: SourceSpan
        /// Whether the whole word was quoted: a quoted word is never a clause keyword.
        public var isQuoted: Bool
        /// How many brackets the word opens (positive) or closes (negative), outside quotes.
        var depthChange: Int
    }

    /// The keyword the statement began with.
    public let keyword: Word
    /// The words not yet consumed.
    public private(set) var rest: [Word]
    /// The statement's whole text.
    public let text: String
    /// The unit symbols formulas may use.
    public let unitSymbols: Set<String>
    private let characters: [Character]

    init(text: String, unitSymbols: Set<String>) throws(Diagnostic) {
        self.text = text
        self.characters = Array(text)
        self.unitSymbols = unitSymbols
        var words = try Self.split(characters)
        self.keyword = words.removeFirst()
        self.rest = words
    }

    /// Where the statement ends, for "expected …" at the end.
    public var end: Int { characters.count }
    public var isEmpty: Bool { rest.isEmpty }
    public var next: Word? { rest.first }

    /// The next word, or an error naming what was expected.
    public mutating func take(_ what: String) throws(Diagnostic) -> Word {
        guard !rest.isEmpty else {
            throw Diagnostic("'\(keyword.text)' expects \(what)", at: SourceSpan(end, end), isIncomplete: false)
        }
        return rest.removeFirst()
    }

    /// Consumes the clause word `word` (ASCII case ignored, never quoted) if it comes next.
    public mutating func takeIf(_ word: String) -> Bool {
        guard let first = rest.first, Self.isClause(first, word) else { return false }
        rest.removeFirst()
        return true
    }

    /// Consumes `first second` (`order by`) if both come next.
    public mutating func takeIf(_ first: String, _ second: String) -> Bool {
        guard rest.count >= 2, Self.isClause(rest[0], first), Self.isClause(rest[1], second) else { return false }
        rest.removeFirst(2)
        return true
    }

    /// Consumes the last word, if any: a trailing part such as `check`'s message.
    public mutating func takeLast() -> Word? {
        rest.popLast()
    }

    /// Requires the clause word `word` next (`after` says after what, for the message).
    public mutating func expect(_ word: String, after: String? = nil, usage: String) throws(Diagnostic) {
        guard takeIf(word) else {
            let span = rest.first?.span ?? SourceSpan(end, end)
            let message = "expected '\(word)'" + (after.map { " after \($0)" } ?? "")
            throw Diagnostic(message, at: span, hint: "usage: \(usage)")
        }
    }

    /// Fails if anything is left.
    public func finish(_ usage: String) throws(Diagnostic) {
        if let extra = rest.first {
            throw Diagnostic("unexpected '\(extra.text)'", at: extra.span, hint: "usage: \(usage)")
        }
    }

    /// The text of the words up to (not including) the next clause word in `stops` that
    /// stands outside brackets, consumed; nil when no word comes before such a stop.
    public mutating func clause(until stops: Set<String>) -> Clause? {
        var depth = 0
        var count = 0
        for word in rest {
            if depth == 0, stops.contains(where: { Self.isClause(word, $0) }) { break }
            depth += word.depthChange
            count += 1
        }
        guard count > 0 else { return nil }
        let start = rest[0].span.start
        let end = rest[count - 1].span.end
        rest.removeFirst(count)
        return Clause(text: String(characters[start..<end]), offset: start, unitSymbols: unitSymbols)
    }

    /// A clause that must be there: `what` names it in the error when it is missing.
    public mutating func clause(_ what: String, until stops: Set<String>) throws(Diagnostic) -> Clause {
        guard let clause = clause(until: stops) else {
            let span = rest.first?.span ?? SourceSpan(end, end)
            throw Diagnostic("'\(keyword.text)' expects \(what)", at: span)
        }
        return clause
    }

    private static func isClause(_ word: Word, _ keyword: String) -> Bool {
        !word.isQuoted && word.text.lowercased() == keyword
    }

    /// Cuts the statement into words.
    static func split(_ characters: [Character]) throws(Diagnostic) -> [Word] {
        var words: [Word] = []
        var index = 0
        while index < characters.count {
            if characters[index].isWhitespace {
                index += 1
                continue
            }
            let start = index
            var unquoted = ""
            var quotedParts = 0
            var plainCharacters = 0
            var depth = 0
            while index < characters.count, !characters[index].isWhitespace {
                let character = characters[index]
                if character == "\"" || character == "'" {
                    let (content, after) = try quoted(characters, from: index)
                    unquoted += content
                    quotedParts += 1
                    index = after
                    continue
                }
                switch character {
                case "(", "[", "{", "（": depth += 1
                case ")", "]", "}", "）": depth -= 1
                default: break
                }
                unquoted.append(character)
                plainCharacters += 1
                index += 1
            }
            let isQuoted = quotedParts == 1 && plainCharacters == 0
            let text = isQuoted ? unquoted : String(characters[start..<index])
            words.append(Word(text: text, span: SourceSpan(start, index), isQuoted: isQuoted, depthChange: depth))
        }
        return words
    }

    /// The content of the quoted string opening at `start` (a doubled quote stands for
    /// itself) and the index after its closing quote.
    private static func quoted(_ characters: [Character], from start: Int) throws(Diagnostic) -> (String, Int) {
        let quote = characters[start]
        var content = ""
        var index = start + 1
        while true {
            guard index < characters.count else {
                let what = quote == "'" ? "quoted name" : "quoted text"
                throw Diagnostic("unterminated \(what)", at: SourceSpan(start, characters.count), isIncomplete: true)
            }
            if characters[index] == quote {
                if index + 1 < characters.count, characters[index + 1] == quote {
                    content.append(quote)
                    index += 2
                    continue
                }
                return (content, index + 1)
            }
            content.append(characters[index])
            index += 1
        }
    }
}

/// Part of a keyword statement's text: a formula, a list, or assignments. Diagnostics from
/// reading it count from the statement's start.
public struct Clause: Sendable, Equatable {
    public var text: String
    /// Where the clause starts in the statement, in characters.
    public var offset: Int
    public var unitSymbols: Set<String>

    public var span: SourceSpan { SourceSpan(offset, offset + text.count) }

    /// The clause as one formula (a leading `=` allowed).
    public func formula() throws(Diagnostic) -> Expr {
        do {
            var parser = Parser(tokens: Lexer(unitSymbols: unitSymbols).tokenize(text))
            return try parser.parseFormula()
        } catch {
            throw error.shifted(by: offset)
        }
    }

    /// The clause cut at commas outside brackets and quotes, each part trimmed.
    public func items() -> [Clause] {
        var parts: [Clause] = []
        var depth = 0
        var quote: Character?
        var start = 0
        let characters = Array(text)
        func add(_ end: Int) {
            var low = start
            var high = end
            while low < high, characters[low].isWhitespace { low += 1 }
            while high > low, characters[high - 1].isWhitespace { high -= 1 }
            parts.append(Clause(text: String(characters[low..<high]), offset: offset + low, unitSymbols: unitSymbols))
        }
        for (index, character) in characters.enumerated() {
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "(", "[", "{", "（": depth += 1
            case ")", "]", "}", "）": depth -= 1
            case "," where depth == 0, "，" where depth == 0:
                add(index)
                start = index + 1
            default: break
            }
        }
        add(characters.count)
        return parts
    }

    /// The clause as one identifier: a column, sheet or name (quotes allowed: `'my column'`).
    public func identifier(_ what: String) throws(Diagnostic) -> String {
        let tokens = Lexer(unitSymbols: []).tokenize(text)
        if tokens.count == 2, let name = Self.name(tokens[0]) { return name }
        throw Diagnostic("expected \(what), found '\(text)'", at: span)
    }

    /// `NAME = FORMULA`: the name and the formula.
    public func assignment(_ what: String) throws(Diagnostic) -> (name: String, nameSpan: SourceSpan, formula: Expr) {
        let tokens = Lexer(unitSymbols: unitSymbols).tokenize(text)
        guard tokens.count > 2, let name = Self.name(tokens[0]), tokens[1].kind == .equal else {
            throw Diagnostic("expected \(what) as NAME = FORMULA", at: span)
        }
        do {
            var parser = Parser(tokens: Array(tokens[2...]))
            return (name, SourceSpan(offset + tokens[0].span.start, offset + tokens[0].span.end), try parser.parseFormula())
        } catch {
            throw error.shifted(by: offset)
        }
    }

    /// The name a token spells: an identifier, a quoted name (`'my column'`), or a word that
    /// looks like a cell (a column headed `Q1`).
    private static func name(_ token: Token) -> String? {
        switch token.kind {
        case .identifier, .cell: token.text
        case .sheetName(let name): name
        default: nil
        }
    }
}
