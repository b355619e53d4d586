/// Reads the statements that begin with a keyword: `open`, `use`, `sheets`, `columns`,
/// `save`, `export`.
///
/// They take words and paths rather than formulas, so they are read as words: runs of
/// characters without white space, or text in double quotes for a path with spaces. A
/// keyword followed by `=` is not a command but an assignment (`sheets = 5` defines a name).
struct CommandParser {
    /// One word and where it starts, in characters from the statement's start.
    struct Word: Equatable {
        var text: String
        var span: SourceSpan
    }

    /// The statement if it is a command, nil if it is an assignment or an expression.
    static func parse(_ text: String) throws(Diagnostic) -> Statement? {
        // Only a statement that starts with a keyword is split into words: formulas are not.
        let firstWord = text.drop { $0.isWhitespace }.prefix { !$0.isWhitespace }
        guard CommandParser.keywords[String(firstWord)] != nil else { return nil }
        let words = try Self.words(text)
        guard let keyword = words.first, let spec = CommandParser.keywords[keyword.text] else { return nil }
        // `sheets = 5`, `sheets * 2`, `save(…)`: the keyword is a name in a formula. A path
        // may begin with `/` or `.`, so only `=`, `(` or an operator standing alone count.
        if let next = words.dropFirst().first?.text {
            if next.hasPrefix("=") || next.hasPrefix("(") || Self.operators.contains(next) { return nil }
        }
        return try spec(Arguments(keyword: keyword, rest: Array(words.dropFirst()), end: text.count))
    }

    /// Operators that, standing alone after a keyword, make the statement a formula.
    private static let operators: Set<String> = ["+", "-", "*", "/", "^", "&", "%", "<", ">", "<=", ">=", "<>"]

    /// The words after a keyword, consumed from the front.
    struct Arguments {
        let keyword: Word
        var rest: [Word]
        /// Where the statement ends, for "expected …" at the end.
        let end: Int

        /// The next word, or an error naming what was expected.
        mutating func take(_ what: String) throws(Diagnostic) -> Word {
            guard !rest.isEmpty else {
                throw Diagnostic("'\(keyword.text)' expects \(what)", at: SourceSpan(end, end))
            }
            return rest.removeFirst()
        }

        /// Consumes `word` if it comes next.
        mutating func takeIf(_ word: String) -> Bool {
            guard rest.first?.text == word else { return false }
            rest.removeFirst()
            return true
        }

        /// Fails if anything is left.
        func finish(_ usage: String) throws(Diagnostic) {
            if let extra = rest.first {
                throw Diagnostic("unexpected '\(extra.text)'", at: extra.span, hint: "usage: \(usage)")
            }
        }
    }

    private static let keywords: [String: @Sendable (Arguments) throws(Diagnostic) -> Statement] = [
        "open": { arguments throws(Diagnostic) in
            var arguments = arguments
            let path = try arguments.take("a workbook folder, .csv or .xlsx file")
            var alias: String?
            if arguments.takeIf("as") { alias = try arguments.take("an alias after 'as'").text }
            try arguments.finish("open PATH [as ALIAS]")
            return .open(path: path.text, alias: alias, span: path.span)
        },
        "use": { arguments throws(Diagnostic) in
            var arguments = arguments
            let alias = try arguments.take("the alias of an open workbook")
            try arguments.finish("use ALIAS")
            return .use(alias.text, span: alias.span)
        },
        "sheets": { arguments throws(Diagnostic) in
            try arguments.finish("sheets")
            return .sheets
        },
        "columns": { arguments throws(Diagnostic) in
            var arguments = arguments
            let sheet = arguments.rest.isEmpty ? nil : try arguments.take("a sheet")
            try arguments.finish("columns [SHEET]")
            return .columns(sheet: sheet?.text, span: sheet?.span)
        },
        "save": { arguments throws(Diagnostic) in
            var arguments = arguments
            var directory: Word?
            if arguments.takeIf("to") { directory = try arguments.take("a folder after 'to'") }
            try arguments.finish("save [to DIR]")
            return .save(to: directory?.text, span: directory?.span)
        },
        "export": { arguments throws(Diagnostic) in
            var arguments = arguments
            let sheet = try arguments.take("a sheet to export")
            guard arguments.takeIf("to") else {
                throw Diagnostic("expected 'to' after the sheet", at: arguments.rest.first?.span ?? SourceSpan(arguments.end, arguments.end),
                                 hint: "usage: export SHEET to FILE.csv [bom] [encoding gb18030]")
            }
            let file = try arguments.take("a file after 'to'")
            var options = ExportOptions()
            while let word = arguments.rest.first {
                if arguments.takeIf("bom") {
                    options.byteOrderMark = true
                } else if arguments.takeIf("encoding") {
                    let name = try arguments.take("an encoding: utf-8 or gb18030")
                    switch name.text.lowercased() {
                    case "utf-8", "utf8": options.gb18030 = false
                    case "gb18030", "gbk": options.gb18030 = true
                    default: throw Diagnostic("unknown encoding '\(name.text)'", at: name.span, hint: "utf-8 or gb18030")
                    }
                } else {
                    throw Diagnostic("unexpected '\(word.text)'", at: word.span,
                                     hint: "usage: export SHEET to FILE.csv [bom] [encoding gb18030]")
                }
            }
            return .export(sheet: sheet.text, file: file.text, options: options, span: sheet.span)
        },
    ]

    /// The statement's words: white-space separated, or in double quotes (`""` inside for a
    /// quote). A `#` comment has already been removed by the splitter.
    static func words(_ text: String) throws(Diagnostic) -> [Word] {
        let characters = Array(text)
        var words: [Word] = []
        var index = 0
        while index < characters.count {
            if characters[index].isWhitespace {
                index += 1
                continue
            }
            let start = index
            var word = ""
            if characters[index] == "\"" {
                index += 1
                while true {
                    guard index < characters.count else {
                        throw Diagnostic("unterminated quoted path", at: SourceSpan(start, characters.count), isIncomplete: true)
                    }
                    if characters[index] == "\"" {
                        if index + 1 < characters.count, characters[index + 1] == "\"" {
                            word.append("\"")
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    word.append(characters[index])
                    index += 1
                }
            } else {
                while index < characters.count, !characters[index].isWhitespace {
                    word.append(characters[index])
                    index += 1
                }
            }
            words.append(Word(text: word, span: SourceSpan(start, index)))
        }
        return words
    }
}

/// How `export` writes a CSV file.
public struct ExportOptions: Sendable, Equatable {
    /// Write the UTF-8 byte order mark, so that Excel reads the file as UTF-8.
    public var byteOrderMark = false
    /// Write GB18030 (what zh-CN Excel and WPS read by default) instead of UTF-8.
    public var gb18030 = false

    public init(byteOrderMark: Bool = false, gb18030: Bool = false) {
        self.byteOrderMark = byteOrderMark
        self.gb18030 = gb18030
    }
}
