/// `{quarter}` in a path or a statement's text: replaced by the value of the workbook name
/// `quarter`, as General format shows it (`out/q{quarter}.csv` → `out/q3.csv`). `{{` and `}}`
/// stand for the braces themselves.
extension Session {
    func substitute(_ text: String, at span: SourceSpan) throws(Diagnostic) -> String {
        guard text.contains("{") || text.contains("}") else { return text }
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "{" || character == "}", index + 1 < characters.count, characters[index + 1] == character {
                result.append(character)
                index += 2
                continue
            }
            guard character == "{" else {
                result.append(character)
                index += 1
                continue
            }
            guard let close = characters[index...].firstIndex(of: "}") else {
                throw Diagnostic("'{' without a closing '}'", at: span, hint: "write {{ for a brace")
            }
            let name = String(String(characters[(index + 1)..<close]).trimmingSpaces)
            guard let value = current.nameValues[name] else {
                throw Diagnostic("no name '\(name)' to put in place of {\(name)}", at: span,
                                 hint: Suggestion.hint(for: name, among: current.nameOrder))
            }
            result += value.generalDescription
            index = close + 1
        }
        return result
    }
}
