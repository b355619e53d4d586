/// Writes a read template as a report: placeholders evaluated in the session's current
/// workbook, headings numbered, tables laid out — as plain text or as Markdown.
///
/// A placeholder's value is written in General, with a unit joined to its figure as `&`
/// joins it (`72.19万元`, `500元/户`), because Chinese prose writes no space there; with a
/// format (`{{ x : "0.00%" }}`) it is written in that format, rounded as `set rounding`
/// says. A placeholder that gives an error value (`#DIV/0!`) is written as the error and
/// reported as a note at its place in the template, so that the report still comes out but
/// the analyst sees what to fix; a name that does not exist fails the whole report.
struct ReportRenderer {
    /// What the report is written as.
    enum Style {
        /// Headings as numbered lines, tables aligned with spaces.
        case plainText
        /// Headings as `#` lines (numbers kept), tables in Markdown's pipes.
        case markdown
    }

    /// A placeholder that gave an error value, for a note.
    struct ErrorValue {
        var placeholder: ReportTemplate.ValuePlaceholder
        var error: CellError
    }

    let session: Session
    let style: Style
    /// The placeholders rendered so far that gave error values.
    private(set) var errorValues: [ErrorValue] = []
    /// Notes from selecting tables' rows, as `show` gives them.
    private(set) var notes: [String] = []

    init(session: Session, style: Style) {
        self.session = session
        self.style = style
    }

    /// The report's text, lines ending in a newline.
    mutating func render(_ template: ReportTemplate) throws(Diagnostic) -> String {
        var output: [String] = []
        var counters = [0, 0, 0, 0]
        for line in template.lines {
            switch line {
            case .text(let parts):
                output.append(try text(parts))
            case .heading(let level, let number, let title):
                // Explicit or not, a heading sets its level's counter and resets those below.
                counters[level - 1] = number ?? counters[level - 1] + 1
                for deeper in level..<counters.count { counters[deeper] = 0 }
                let label = number == nil ? HeadingNumber.label(level: level, number: counters[level - 1]) : ""
                let heading = label + (try text(title))
                output.append(style == .markdown ? String(repeating: "#", count: level) + " " + heading : heading)
            case .table(let request):
                var tableNotes: [String] = []
                let table = try ReportTableBuilder(session: session).table(request) { event in
                    if case .note(let note) = event { tableNotes.append(note) }
                }
                notes += tableNotes
                output += style == .markdown ? table.markdownLines : table.lines
            }
        }
        return output.map { $0 + "\n" }.joined()
    }

    private mutating func text(_ parts: [ReportTemplate.Part]) throws(Diagnostic) -> String {
        var text = ""
        for part in parts {
            switch part {
            case .literal(let literal): text += literal
            case .value(let placeholder): text += try value(placeholder)
            }
        }
        return text
    }

    /// One placeholder's text.
    private mutating func value(_ placeholder: ReportTemplate.ValuePlaceholder) throws(Diagnostic) -> String {
        let result: Argument
        do {
            result = try session.current.evaluate(placeholder.formula, sheet: session.currentSheet, environment: session.environment)
        } catch {
            throw error.diagnostic(at: SourceSpan(0, placeholder.source.count)).shifted(by: placeholder.offset)
        }
        let value: Value
        switch result {
        case .value(let single):
            value = single
        case .grid(let grid) where grid.rowCount == 1 && grid.columnCount == 1:
            value = grid.value(row: 0, column: 0)
        case .grid:
            throw Diagnostic("a placeholder writes one value, not a range", at: placeholder.span,
                             hint: "add the cells up with SUM, or pick one with INDEX")
        }
        if case .error(let error) = value {
            errorValues.append(ErrorValue(placeholder: placeholder, error: error))
            return error.description
        }
        if let format = placeholder.format {
            do throws(CellError) {
                return try format.format(value, mode: session.displayRounding, units: session.current.units)
            } catch {
                throw Diagnostic("cannot show the value in \"\(format.pattern)\": \(error.message ?? error.description)",
                                 at: placeholder.formatSpan ?? placeholder.span)
            }
        }
        switch value {
        case .number(let quantity): return quantity.amount.generalDescription + quantity.unit.symbol
        default: return value.generalDescription
        }
    }
}
