/// Every keyword statement of the language, in the order `help` lists them. Parsing, `help`
/// and Tab completion all read this one table.
public enum StatementTable {
    public static let all: [StatementSpec] = [
        open, use, sheets, columns, names, show,
        sheet, summarize, pivot,
        format, check, explain, chart,
        export, report, run, param, set,
        save, undo, redo, help, quit,
    ]

    /// The statement for a keyword (ASCII case ignored).
    public static func spec(for keyword: String) -> StatementSpec? {
        byKeyword[keyword.lowercased()]
    }

    private static let byKeyword: [String: StatementSpec] = Dictionary(uniqueKeysWithValues: all.map { ($0.keyword, $0) })

    /// The command when `text` begins with a keyword, nil when it is an assignment or an
    /// expression. A keyword followed by `=`, `(` or an operator is a name in a formula
    /// (`names = 5`, `sheets * 2`) — a path may begin with `/` or `.`, so only a word that is
    /// an operator by itself counts.
    static func parse(_ text: String, unitSymbols: Set<String>) throws(Diagnostic) -> (any Command)? {
        let firstWord = text.drop { $0.isWhitespace }.prefix { !$0.isWhitespace && $0 != "(" && $0 != "=" }
        guard let spec = spec(for: String(firstWord)) else { return nil }
        var words = try CommandWords(text: text, unitSymbols: unitSymbols)
        if words.keyword.text.count != firstWord.count { return nil }
        if let next = words.next?.text, !words.next!.isQuoted {
            // `export * to …` (every sheet) is the one command whose first word is an operator.
            let wildcard = next == "*" && words.rest.dropFirst().first?.text.lowercased() == "to"
            if next.hasPrefix("=") || next.hasPrefix("(") || (operators.contains(next) && !wildcard) { return nil }
        }
        return try spec.parse(&words)
    }

    private static let operators: Set<String> = ["+", "-", "*", "/", "^", "&", "%", "<", ">", "<=", ">=", "<>"]
}
