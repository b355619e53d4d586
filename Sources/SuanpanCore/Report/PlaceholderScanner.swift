/// Cuts a template line into literal text and `{{ … }}` placeholders.
///
/// A placeholder closes at the first `}}` outside quotes, so that `{{ "{{" }}` and
/// `{{ "}}" }}` write the braces themselves; a `}}` in the text outside placeholders is
/// only text. A `{{` left open on its line is an error at the `{{`: placeholders do not run
/// over lines, and a stray brace pair would otherwise swallow the rest of the report.
enum PlaceholderScanner {
    /// A run of a line.
    enum Piece: Equatable {
        case literal(String)
        /// The text between the braces, where that text starts, and the braces' span.
        case placeholder(String, contentOffset: Int, span: SourceSpan)
    }

    /// The pieces of `characters`, a line whose first character stands at `offset`.
    static func pieces(_ characters: [Character], at offset: Int) throws(Diagnostic) -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        var index = 0
        while index < characters.count {
            guard characters[index] == "{", index + 1 < characters.count, characters[index + 1] == "{" else {
                literal.append(characters[index])
                index += 1
                continue
            }
            guard let close = closingBraces(characters, from: index + 2) else {
                throw Diagnostic("'{{' without a closing '}}' on its line", at: SourceSpan(offset + index, offset + index + 2),
                                 hint: "write {{ \"{{\" }} for the braces themselves")
            }
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = ""
            pieces.append(.placeholder(String(characters[(index + 2)..<close]), contentOffset: offset + index + 2,
                                       span: SourceSpan(offset + index, offset + close + 2)))
            index = close + 2
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }

    /// The index of the `}}` closing a placeholder whose content starts at `start`, skipping
    /// quoted text ("…" with "" inside, and '…' names).
    private static func closingBraces(_ characters: [Character], from start: Int) -> Int? {
        var quote: Character?
        var index = start
        while index < characters.count {
            let character = characters[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "}", index + 1 < characters.count, characters[index + 1] == "}" {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Where a placeholder's content splits into expression and format: the last `:`
    /// outside brackets and quotes that only a quoted pattern and blanks follow. A colon of a
    /// range (`SUM(A1:A3)`, `A1:A3`) is never followed by a quote, so it is never taken.
    static func formatSplit(_ content: String) -> (colon: Int, pattern: String, patternStart: Int, patternEnd: Int)? {
        let characters = Array(content)
        var end = characters.count
        while end > 0, characters[end - 1].isWhitespace { end -= 1 }
        guard end > 0, characters[end - 1] == "\"" else { return nil }
        var depth = 0
        var quote: Character?
        var found: (Int, String, Int, Int)?
        for (index, character) in characters[..<end].enumerated() {
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "(", "[", "{", "（": depth += 1
            case ")", "]", "}", "）": depth -= 1
            case ":" where depth == 0:
                var start = index + 1
                while start < end, characters[start].isWhitespace { start += 1 }
                if start < end, characters[start] == "\"", let pattern = quoted(characters[(start + 1)..<(end - 1)]) {
                    found = (index, pattern, start, end)
                }
            default: break
            }
        }
        return found
    }

    /// The text of a quoted pattern's inside, `""` standing for a quote; nil when a lone
    /// quote ends the string early (then the colon was not the format's).
    private static func quoted(_ inside: ArraySlice<Character>) -> String? {
        var text = ""
        var iterator = inside.makeIterator()
        while let character = iterator.next() {
            if character == "\"" {
                guard iterator.next() == "\"" else { return nil }
            }
            text.append(character)
        }
        return text
    }
}
