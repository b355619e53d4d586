/// One keyword statement of the language: how it is written, what it does, and how its
/// words are read. The same entry drives parsing, `help` and Tab completion, so the three
/// never disagree.
public struct StatementSpec: Sendable {
    /// The word it starts with.
    public let keyword: String
    /// How it is written: `show SHEET [where CONDITION] [order by COLUMN [desc]] [limit N]`.
    public let usage: String
    /// One line for the list `help` prints.
    public let summary: String
    /// More for `help KEYWORD`: what it does, in a few sentences.
    public let details: String
    /// Lines the analyst can type, shown by `help KEYWORD`.
    public let examples: [String]
    /// What follows the keyword, for completion: the kind of word at each position.
    public let completes: [CompletionKind]
    /// Reads the words after the keyword.
    let parse: @Sendable (inout CommandWords) throws(Diagnostic) -> any Command

    init(
        _ keyword: String, usage: String, summary: String, details: String = "", examples: [String] = [],
        completes: [CompletionKind] = [],
        parse: @escaping @Sendable (inout CommandWords) throws(Diagnostic) -> any Command
    ) {
        self.keyword = keyword
        self.usage = usage
        self.summary = summary
        self.details = details
        self.examples = examples
        self.completes = completes
        self.parse = parse
    }
}

/// What a word after a keyword names, so that Tab can offer the right candidates.
public enum CompletionKind: Sendable, Equatable {
    case sheet
    case column
    case workbookAlias
    case file
    case topic
    /// A formula: functions, columns and names.
    case formula
}
