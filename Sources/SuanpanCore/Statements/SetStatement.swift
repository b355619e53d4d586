/// `set OPTION VALUE`: a session setting; `set` alone lists them.
extension StatementTable {
    static let setUsage = "set [OPTION [VALUE]]"

    static let set = StatementSpec(
        "set", usage: setUsage,
        summary: "change a session setting (set rounding half-even); alone, list them",
        details: """
            Settings belong to the session, not the workbook: they are not saved and `undo` \
            does not step over them. `set OPTION` shows the value in force. Options: \
            rounding half-up|half-even|truncate (how formats round shown figures, to \
            reproduce a published table that cut 38.285% to 38.28%; ROUND is always half away \
            from zero), strict off|on (whether a failing check fails), rows 40|all|N (how many \
            rows `show` prints without `limit`: the first and last halves, with a line counting \
            those between), width auto|none|N (the columns a table may take: the terminal's, \
            unlimited, or N; a wider table leaves out middle columns, shows a … column and names \
            them under the table; output to a file or pipe is never narrowed under auto), \
            ambiguous narrow|wide (whether the terminal draws · — “ ” … ① one column wide or \
            two, so that tables line up), ascii off|on (charts drawn with # bars), timer \
            off|on (a note after each statement of the time it took, as `time: 3.214 ms`).
            """,
        examples: ["set", "set rounding truncate", "set strict on", "set rows all", "set width 100",
                   "set ambiguous wide", "set timer on"]
    ) { words throws(Diagnostic) in
        guard let optionWord = words.isEmpty ? nil : try words.take("an option") else {
            return SetStatement(option: nil, value: nil)
        }
        guard let option = SessionOption.named(optionWord.text) else {
            let names = SessionOption.all.map(\.name)
            throw Diagnostic("unknown setting '\(optionWord.text)'", at: optionWord.span,
                             hint: Suggestion.hint(for: optionWord.text, among: names) ?? "one of: " + names.joined(separator: ", "))
        }
        let valueWord = words.isEmpty ? nil : try words.take("a value")
        try words.finish(setUsage)
        guard let valueWord else { return SetStatement(option: option, value: nil) }
        let value = valueWord.text.lowercased()
        guard option.accepts(value) else {
            let choices = option.values.joined(separator: ", ") + (option.acceptsCount ? ", or a whole number above 0" : "")
            throw Diagnostic("'\(option.name)' cannot be '\(valueWord.text)'", at: valueWord.span,
                             hint: Suggestion.hint(for: valueWord.text, among: option.values) ?? "one of: " + choices)
        }
        return SetStatement(option: option, value: value)
    }
}

/// Lists the settings, shows one, or changes one.
struct SetStatement: Command {
    let option: SessionOption?
    let value: String?

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        guard let option else {
            for option in SessionOption.all {
                emit(.output("\(option.name)\t\(option.current(session))\t\(option.valuesText)\t\(option.summary)"))
            }
            return
        }
        guard let value else {
            emit(.output("\(option.name)\t\(option.current(session))"))
            return
        }
        option.apply(session, value)
    }
}
