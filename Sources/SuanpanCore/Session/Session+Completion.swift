/// Tab completion at the prompt, answered from what the session holds now — its sheets,
/// columns, names, open workbooks and `Builtins.all` — never from a hand-kept list of
/// identifiers (SQLite's shell asks its engine the same way).
///
/// The word being completed runs back from the cursor to the nearest break character
/// (white space, an operator, a bracket, `,` `;` `:` `!` `.`). What comes before it decides
/// what it may become:
///
/// - nothing (the start of a statement): a statement keyword or anything a formula names;
/// - `SHEET.`: a column of that sheet (`支出.执` → `支出.执行率`);
/// - the word after `use`: an open workbook's alias;
/// - a path position — after `open`, `run`, `report`, or after `to` in `export`, `save`
///   and `report`: a file, which the prompt completes from the file system;
/// - anywhere else in a formula: a column of the current sheet, a sheet, a workbook name or
///   a function (with its `(`).
public struct Completion: Sendable, Equatable {
    /// Character offset in the line where the word being completed starts: the candidates
    /// replace the text from there to the cursor.
    public var replaceFrom: Int
    /// Whole replacements for the word, in the session's order: a keyword comes with a space
    /// after it, a function with its `(`.
    public var candidates: [String]
    /// The word is a file path: complete it from the file system instead.
    public var isPath: Bool

    public init(replaceFrom: Int, candidates: [String], isPath: Bool = false) {
        self.replaceFrom = replaceFrom
        self.candidates = candidates
        self.isPath = isPath
    }
}

extension Session {
    /// The ASCII characters that end a word for completion, for readline's
    /// `rl_completer_word_break_characters`. A path is completed with white space alone
    /// as its break (it holds `/` and `.`).
    public static let completionWordBreakCharacters = " \t\n()+-*/^&=<>[]{},!:;."

    /// Word breaks beyond ASCII: fullwidth brackets and comma, as a Chinese input method
    /// types them.
    private static let wordBreaks = Set(completionWordBreakCharacters).union(["（", "）", "，"])

    /// What the word before `cursor` (a character offset into `line`) may become. `line`
    /// holds the whole statement so far, earlier continuation lines included.
    public func completions(forLine line: String, cursor: Int) -> Completion {
        let characters = Array(line.prefix(max(cursor, 0)))
        var wordStart = characters.count
        while wordStart > 0, !Self.wordBreaks.contains(characters[wordStart - 1]) { wordStart -= 1 }
        let word = String(characters[wordStart...])
        let statementStart = Self.currentStatementStart(characters)
        let statement = Array(characters[statementStart...])

        if let pathStart = Self.pathStart(in: statement) {
            return Completion(replaceFrom: statementStart + pathStart, candidates: [], isPath: true)
        }
        let before = characters[statementStart..<wordStart]
        let candidates: [String]
        if before.allSatisfy(\.isWhitespace) {
            candidates = Self.keywords.map { $0 + " " } + identifierCandidates()
        } else if before.last == "." {
            candidates = columns(ofSheetBefore: Array(characters[..<(wordStart - 1)]))
        } else if before.last == "!" {
            candidates = []
        } else if Self.words(of: before) == ["use"] {
            candidates = aliases
        } else {
            candidates = identifierCandidates()
        }
        return Completion(replaceFrom: wordStart, candidates: Self.matching(word, in: candidates))
    }

    /// Columns of the current sheet, sheets, workbook names and functions, in that order.
    private func identifierCandidates() -> [String] {
        currentSheet.columns.map(\.name) + current.sheets.map(\.name) + current.nameOrder
            + Builtins.all.map { $0.name + "(" }
    }

    /// The columns of the sheet named just before a `.`; none when no sheet has that name
    /// (`3.` is the start of a number).
    private func columns(ofSheetBefore characters: [Character]) -> [String] {
        var start = characters.count
        while start > 0, !Self.wordBreaks.contains(characters[start - 1]) { start -= 1 }
        return current.sheet(named: String(characters[start...]))?.columns.map(\.name) ?? []
    }

    /// Candidates that begin with `word`, without repeats. Identifiers match exactly;
    /// keywords and functions in any case, as `sum` finds `SUM(` in a spreadsheet.
    private static func matching(_ word: String, in candidates: [String]) -> [String] {
        var seen = Set<String>()
        let folded = word.lowercased()
        return candidates.filter { candidate in
            let matches = candidate.hasPrefix(word)
                || (candidate.last == "(" || candidate.last == " ") && candidate.lowercased().hasPrefix(folded)
            return matches && seen.insert(candidate).inserted
        }
    }

    /// Where the statement the cursor is in begins: after the last `;` or finished line.
    private static func currentStatementStart(_ characters: [Character]) -> Int {
        guard let last = StatementSplitter.split(String(characters)).last,
              last.offset + last.text.count == characters.count else { return characters.count }
        return last.offset
    }

    /// Where the file path being typed begins, when the cursor is in a path position of
    /// `statement` (the current statement up to the cursor); nil elsewhere.
    private static func pathStart(in statement: [Character]) -> Int? {
        let words = Self.words(of: statement[...])
        let endsInSpace = statement.last?.isWhitespace ?? true
        let index = endsInSpace ? words.count : words.count - 1
        guard index >= 1 else { return nil }
        let keyword = words[0]
        let isPath = (pathFirstKeywords.contains(keyword) && index == 1)
            || (pathAfterToKeywords.contains(keyword) && index >= 2 && words[index - 1] == "to")
        guard isPath else { return nil }
        var start = statement.count
        while start > 0, !statement[start - 1].isWhitespace { start -= 1 }
        return start
    }

    private static func words(of characters: ArraySlice<Character>) -> [String] {
        characters.split(whereSeparator: \.isWhitespace).map { String($0) }
    }

    /// Statements whose first argument is a file: `open PATH`, `run SCRIPT`, `report TEMPLATE`.
    private static let pathFirstKeywords: Set<String> = ["open", "run", "report"]
    /// Statements with a file after `to`: `export … to`, `save to`, `report … to`.
    private static let pathAfterToKeywords: Set<String> = ["export", "save", "report"]

    /// The statement keywords, from the table that parses them.
    static let keywords = StatementTable.all.map(\.keyword)
}
