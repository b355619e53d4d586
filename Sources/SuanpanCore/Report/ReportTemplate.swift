/// A report template, read: its lines, each text with placeholders, a numbered heading or a
/// table (SPEC §8). `ReportRenderer` evaluates it against a workbook.
///
/// The markup, line by line:
///
/// ```
/// # 部门整体支出管理及使用情况        heading, level 1 → 一、部门整体支出管理及使用情况
/// ## 基本支出                      level 2 → （一）基本支出; 3 → 1.; 4 → （1）
/// # 二、部门整体支出…               an explicit number is kept, and later headings count on
/// 预算数为{{ 支出.预算数["基本支出"] }}   a value, in General (72.19万元)
/// 执行率{{ RATE(a, b) : "0.00%" }}   a value in a number format
/// {{ table 支出 columns 项目, 决算数 where 决算数 > 0 order by 决算数 desc limit 5 }}
/// {{# a comment, which writes nothing }}
/// {{ "{{" }}                       the braces themselves: a placeholder giving text
/// ```
///
/// A heading is one to four `#` then a space at the start of a line. Counters run through
/// the template, a heading resetting those below its level. A placeholder ends on its own
/// line; a `}}` inside quotes does not close it. A table stands alone on its line, and a line
/// holding only comments is left out of the report. Every position is a character offset
/// into the template's text, so errors point at the template's own line and column.
struct ReportTemplate {
    /// One line of the template.
    enum Line: Equatable {
        /// Text with placeholders, written as it reads.
        case text([Part])
        /// `#`…`####`: the level (1–4), its explicit number if the title starts with one in
        /// that level's style, and the title.
        case heading(level: Int, number: Int?, title: [Part])
        /// `{{ table … }}` alone on its line.
        case table(TableRequest)
    }

    /// A run of a text line.
    enum Part: Equatable {
        case literal(String)
        case value(ValuePlaceholder)
    }

    /// `{{ EXPRESSION [: "FORMAT"] }}`.
    struct ValuePlaceholder: Equatable {
        var formula: Expr
        /// The expression's text and where it starts.
        var source: String
        var offset: Int
        /// The number format, and where its quoted pattern stands.
        var format: NumberFormat?
        var formatSpan: SourceSpan?
        /// `{{` to `}}`.
        var span: SourceSpan
    }

    var lines: [Line]

    /// Reads `text`; a malformed placeholder is a diagnostic at its place in `text`.
    init(parsing text: String, unitSymbols: Set<String>) throws(Diagnostic) {
        var lines: [Line] = []
        var offset = 0
        // "\r\n" is one Character in Swift: a template saved on Windows splits alike, and
        // offsets stay one per character, as the diagnostic renderer counts them.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if let parsed = try Self.line(Array(line), at: offset, unitSymbols: unitSymbols) { lines.append(parsed) }
            offset += line.count + 1
        }
        // A final newline ends the last line; it does not start an empty one. An empty
        // template has no lines at all.
        if text.isEmpty || text.last == "\n" || text.last == "\r\n", case .text(let parts)? = lines.last, parts.isEmpty {
            lines.removeLast()
        }
        self.lines = lines
    }

    /// One line: a heading, a table, text — or nil for a line of comments only.
    private static func line(_ characters: [Character], at offset: Int, unitSymbols: Set<String>) throws(Diagnostic) -> Line? {
        let level = characters.prefix { $0 == "#" }.count
        if (1...4).contains(level), characters.count > level, characters[level] == " " {
            var start = level
            while start < characters.count, characters[start] == " " { start += 1 }
            let title = try headingTitle(Array(characters[start...]), at: offset + start, unitSymbols: unitSymbols)
            let number = title.first.flatMap { part -> Int? in
                guard case .literal(let text) = part else { return nil }
                return HeadingNumber.explicit(in: text, level: level)
            }
            return .heading(level: level, number: number, title: title)
        }
        let pieces = try PlaceholderScanner.pieces(characters, at: offset)
        if let table = try tableLine(pieces, unitSymbols: unitSymbols) { return .table(table) }
        // A line of comments (and blanks) only leaves no empty line behind.
        let isCommentsOnly = pieces.contains(where: \.isPlaceholder) && pieces.allSatisfy {
            $0.isPlaceholder ? $0.isComment : $0.literalText.allSatisfy(\.isWhitespace)
        }
        if isCommentsOnly { return nil }
        return .text(try parts(pieces, unitSymbols: unitSymbols))
    }

    /// The table request when the line is one `{{ table … }}` and blanks; an error when a
    /// table shares its line with text.
    private static func tableLine(_ pieces: [PlaceholderScanner.Piece], unitSymbols: Set<String>) throws(Diagnostic) -> TableRequest? {
        guard let index = pieces.firstIndex(where: \.isTable) else { return nil }
        guard case .placeholder(let content, let contentOffset, let span) = pieces[index] else { return nil }
        let others = pieces.enumerated().filter { $0.offset != index }.map(\.element)
        guard others.allSatisfy({ $0.literalText.allSatisfy(\.isWhitespace) && !$0.isPlaceholder }) else {
            throw Diagnostic("a table must stand on a line of its own", at: span,
                             hint: "put {{ table … }} on a line without text")
        }
        return try TableRequest(content, at: contentOffset, unitSymbols: unitSymbols)
    }

    /// A heading's title: text and values, never a table.
    private static func headingTitle(_ characters: [Character], at offset: Int, unitSymbols: Set<String>) throws(Diagnostic) -> [Part] {
        let pieces = try PlaceholderScanner.pieces(characters, at: offset)
        if let table = pieces.first(where: \.isTable), case .placeholder(_, _, let span) = table {
            throw Diagnostic("a table cannot stand in a heading", at: span)
        }
        return try parts(pieces, unitSymbols: unitSymbols)
    }

    private static func parts(_ pieces: [PlaceholderScanner.Piece], unitSymbols: Set<String>) throws(Diagnostic) -> [Part] {
        var parts: [Part] = []
        for piece in pieces {
            switch piece {
            case .literal(let text):
                parts.append(.literal(text))
            case .placeholder(let content, let contentOffset, let span):
                if piece.isComment { continue }
                parts.append(.value(try valuePlaceholder(content, at: contentOffset, span: span, unitSymbols: unitSymbols)))
            }
        }
        return parts
    }

    /// `EXPRESSION [: "FORMAT"]`, the content between the braces starting at `offset`.
    private static func valuePlaceholder(_ content: String, at offset: Int, span: SourceSpan,
                                         unitSymbols: Set<String>) throws(Diagnostic) -> ValuePlaceholder {
        var expression = content
        var format: NumberFormat?
        var formatSpan: SourceSpan?
        if let split = PlaceholderScanner.formatSplit(content) {
            expression = String(content.prefix(split.colon))
            let place = SourceSpan(offset + split.patternStart, offset + split.patternEnd)
            do throws(CellError) {
                format = try NumberFormat(split.pattern)
            } catch {
                throw Diagnostic("'\(split.pattern)' is not a number format: \(error.message ?? error.description)",
                                 at: place, hint: "as 0.00%, #,##0.00 or 0.0万元")
            }
            formatSpan = place
        }
        let leading = expression.prefix { $0 == " " || $0 == "\t" }.count
        let trimmed = String(expression.dropFirst(leading)).trimmingSpaces
        guard !trimmed.isEmpty else {
            throw Diagnostic("expected an expression inside {{ }}", at: span, hint: "write {{ \"{{\" }} for the braces themselves")
        }
        let source = String(trimmed)
        let formula: Expr
        do {
            formula = try Parser.parse(source, unitSymbols: unitSymbols)
        } catch {
            throw error.shifted(by: offset + leading)
        }
        return ValuePlaceholder(formula: formula, source: source, offset: offset + leading,
                                format: format, formatSpan: formatSpan, span: span)
    }
}

extension PlaceholderScanner.Piece {
    var literalText: String {
        if case .literal(let text) = self { return text }
        return ""
    }

    var isPlaceholder: Bool {
        if case .placeholder = self { return true }
        return false
    }

    /// `{{# … }}`: writes nothing.
    var isComment: Bool {
        guard case .placeholder(let content, _, _) = self else { return false }
        return content.trimmingSpaces.hasPrefix("#")
    }

    /// `{{ table SHEET … }}`: the word `table` followed by more words.
    var isTable: Bool {
        guard case .placeholder(let content, _, _) = self else { return false }
        let words = content.split(whereSeparator: \.isWhitespace)
        return words.count > 1 && words[0].lowercased() == "table"
    }
}
