/// `format COLUMN "PATTERN"`: how a column's figures are shown (`0.00%`, `#,##0.00`, `0.0万元`).
extension StatementTable {
    static let formatUsage = "format [SHEET.]COLUMN [\"PATTERN\" | none]"

    static let format = StatementSpec(
        "format", usage: formatUsage,
        summary: "set how a column's figures are shown: format 支出.执行率 \"0.00%\"",
        details: """
            The pattern is a spreadsheet number format (0.00%, #,##0.00, 0.0万元, yyyy年m月d日) \
            and is kept with the workbook; values themselves do not change, and a bare \
            expression still prints General. Without a pattern, shows the column's format; \
            `none` (or "") removes it. `format SHEET` lists a sheet's formats.
            """,
        examples: ["format 支出.执行率 \"0.00%\"", "format 决算数 \"#,##0.00\"", "format 执行率", "format 执行率 none"],
        completes: [.column]
    ) { words throws(Diagnostic) in
        let target = try words.take("a column, as 支出.执行率")
        let place = try ColumnPlace(target, unitSymbols: words.unitSymbols)
        guard let patternWord = words.isEmpty ? nil : try words.take("a pattern") else {
            return FormatStatement(place: place, change: nil)
        }
        try words.finish(formatUsage)
        let isNone = patternWord.text.isEmpty || (!patternWord.isQuoted && patternWord.text.lowercased() == "none")
        if isNone { return FormatStatement(place: place, change: .remove) }
        do throws(CellError) {
            _ = try NumberFormat(patternWord.text)
        } catch {
            throw Diagnostic("'\(patternWord.text)' is not a number format: \(error.message ?? error.description)",
                             at: patternWord.span, hint: "as 0.00%, #,##0.00 or 0.0万元")
        }
        return FormatStatement(place: place, change: .set(patternWord.text))
    }
}

/// A column as a statement names it: `支出.执行率`, or `执行率` on the current sheet.
struct ColumnPlace {
    var sheet: String?
    var column: String
    var span: SourceSpan

    init(_ word: CommandWords.Word, unitSymbols: Set<String>) throws(Diagnostic) {
        span = word.span
        if word.isQuoted {
            column = word.text
            return
        }
        let clause = Clause(text: word.text, offset: word.span.start, unitSymbols: unitSymbols)
        switch try? clause.formula() {
        case .path(let parts, _) where parts.count == 1:
            column = parts[0]
        case .path(let parts, _) where parts.count == 2:
            sheet = parts[0]
            column = parts[1]
        default:
            throw Diagnostic("expected a column, as 支出.执行率 or 执行率, found '\(word.text)'", at: word.span)
        }
    }

    /// The sheet and the column's name as the sheet spells it, or an error pointing at the word.
    func resolve(in session: Session) throws(Diagnostic) -> (Sheet, String) {
        let target = try session.sheet(named: sheet, at: span)
        guard target.columnIndex(named: column) != nil else {
            throw Diagnostic("sheet '\(target.name)' has no column '\(column)'", at: span,
                             hint: Suggestion.hint(for: column, among: target.columns.map(\.name)))
        }
        return (target, column)
    }
}

struct FormatStatement: Command {
    enum Change {
        case set(String)
        case remove
    }

    let place: ColumnPlace
    /// Nil to show the format in force.
    let change: Change?
    var effect: CommandEffect { change == nil ? .none : .changesCurrentWorkbook }

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        // `format 支出`: a sheet, not a column of the current sheet — list its formats.
        if change == nil, place.sheet == nil, session.currentSheet.columnIndex(named: place.column) == nil,
           let sheet = session.current.sheet(named: place.column) {
            for column in sheet.columns {
                if let pattern = sheet.formats[column.name] { emit(.output("\(column.name)\t\(pattern)")) }
            }
            return
        }
        let (sheet, column) = try place.resolve(in: session)
        switch change {
        case nil: emit(.output("\(column)\t\(sheet.formats[column] ?? "General")"))
        case .set(let pattern): sheet.formats[column] = pattern
        case .remove: sheet.formats[column] = nil
        }
    }
}
