/// `set OPTION VALUE`: a session setting; `set` alone lists them.
extension StatementTable {
    static let setUsage = "set [OPTION [VALUE]]"

    static let set = StatementSpec(
        "set", usage: setUsage,
        summary: "change a session setting (set rounding half-even); alone, list them",
        details: """
            Settings belong to the session, not the workbook: they are not saved and `undo` \
            does not step over them. `set OPTION` shows the value in force. Options: \
            rounding half-up|half-even|truncate (how formats round shown figures; ROUND is \
            always half away from zero), strict off|on (whether a failing check fails).
            """,
        examples: ["set", "set rounding half-even", "set strict on"]
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
        guard option.values.contains(value) else {
            throw Diagnostic("'\(option.name)' cannot be '\(valueWord.text)'", at: valueWord.span,
                             hint: Suggestion.hint(for: valueWord.text, among: option.values)
                                ?? "one of: " + option.values.joined(separator: ", "))
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
                emit(.output("\(option.name)\t\(option.current(session))\t\(option.values.joined(separator: "|"))\t\(option.summary)"))
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
