/// One statement's text and where it starts in the whole source.
public struct StatementText: Sendable, Equatable {
    public var text: String
    /// Character offset of the statement's first character in the whole source.
    public var offset: Int

    public init(text: String, offset: Int) {
        self.text = text
        self.offset = offset
    }
}

/// Cuts source text into statements: at `;` and line ends outside quotes and brackets.
///
/// A statement continues onto the next line while a bracket or quote is open or the line
/// ends with `,` (SPEC §7). A `#` that starts a line or follows white space, and is followed
/// by white space or ends the line, begins a comment to the end of the line — so error
/// literals such as `#N/A` are not comments.
public enum StatementSplitter {
    /// The statements of `source`, in order; blank ones (and comments alone) are left out.
    public static func split(_ source: String) -> [StatementText] {
        scan(source).statements
    }

    /// True when `source` stops inside a statement that goes on: a bracket or quote is still
    /// open, or its last line ends with `,`. The prompt and piped standard input read
    /// another line before running it.
    public static func needsMoreInput(_ source: String) -> Bool {
        scan(source).isOpen
    }

    /// Cuts `source` into statements, and tells whether the last one is left unfinished.
    private static func scan(_ source: String) -> (statements: [StatementText], isOpen: Bool) {
        let characters = Array(source)
        var statements: [StatementText] = []
        var current: [Character] = []
        var start = 0
        var depth = 0
        var quote: Character?
        var index = 0

        func finish(at end: Int) {
            let text = String(current)
            if !text.trimmingSpaces.isEmpty { statements.append(StatementText(text: text, offset: start)) }
            current = []
            start = end + 1
        }

        while index < characters.count {
            let character = characters[index]
            if let open = quote {
                current.append(character)
                if character == closingQuote(open) { quote = nil }
                index += 1
                continue
            }
            switch character {
            case "\"", "'", "“":
                quote = character
            case "(", "[", "{", "（":
                depth += 1
            case ")", "]", "}", "）":
                depth = max(0, depth - 1)
            case "#" where startsComment(characters, at: index):
                // Skip to the end of the line; the line end itself is handled next round.
                while index < characters.count, characters[index] != "\n" {
                    current.append(" ")
                    index += 1
                }
                continue
            case ";" where depth == 0:
                finish(at: index)
                index += 1
                continue
            case "\n" where depth == 0 && !endsWithComma(current):
                finish(at: index)
                index += 1
                continue
            default:
                break
            }
            current.append(character)
            index += 1
        }
        let isOpen = quote != nil || depth > 0 || endsWithComma(current)
        finish(at: characters.count)
        return (statements, isOpen)
    }

    /// True when the text so far (a statement continuing over lines) ends in `,`.
    private static func endsWithComma(_ text: [Character]) -> Bool {
        text.last { $0 != " " && $0 != "\t" && $0 != "\r" } == ","
    }

    private static func closingQuote(_ open: Character) -> Character {
        open == "“" ? "”" : open
    }

    private static func startsComment(_ characters: [Character], at index: Int) -> Bool {
        let before = index == 0 ? "\n" : characters[index - 1]
        let after = index + 1 < characters.count ? characters[index + 1] : "\n"
        return before.isWhitespace && (after.isWhitespace || after == "#")
    }
}
