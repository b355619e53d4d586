/// `{quarter}` in a path or a statement's text: replaced by the value of the workbook name
/// `quarter`, as General format shows it (`out/q{quarter}.csv` → `out/q3.csv`). `{{` and `}}`
/// stand for the braces themselves.
extension Session {
    /// `text` with every `{name}` replaced. `span` is where the word holding `text` stands;
    /// an error points at the `{name}` itself when the word was typed as `text` (plain, or in
    /// one pair of quotes), else at the whole word.
    func substitute(_ text: String, at span: SourceSpan) throws(Diagnostic) -> String {
        guard text.contains("{") || text.contains("}") else { return text }
        let characters = Array(text)
        // Where `text`'s first character stands: after the opening quote of a quoted word.
        let first: Int? = switch span.end - span.start {
        case characters.count: span.start
        case characters.count + 2: span.start + 1
        default: nil
        }
        func place(_ start: Int, _ end: Int) -> SourceSpan {
            first.map { SourceSpan($0 + start, $0 + end) } ?? span
        }
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
                throw Diagnostic("'{' without a closing '}'", at: place(index, index + 1), hint: "write {{ for a brace")
            }
            let name = String(String(characters[(index + 1)..<close]).trimmingSpaces)
            let placeholder = place(index, close + 1)
            guard let value = current.nameValues[name] ?? parameters[name] else {
                throw Diagnostic("no name '\(name)' to put in place of {\(name)}", at: placeholder,
                                 hint: Suggestion.hint(for: name, among: current.nameOrder + parameters.keys.sorted()))
            }
            // An error in a file name or a message would only hide the problem.
            if case .error(let error) = value {
                throw Diagnostic("the name '\(name)' is \(error.description), which cannot stand in for {\(name)}",
                                 at: placeholder, hint: error.message)
            }
            result += value.generalDescription
            index = close + 1
        }
        return result
    }
}
