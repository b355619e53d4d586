/// A spreadsheet number format such as `#,##0.00`, `0.0%`, `0.0万元` or `yyyy年m月d日`, read
/// once and applied to many values: by `TEXT` and by the display's `format` statement.
///
/// A pattern has up to four sections separated by `;`: positive, negative, zero and text, as
/// in Excel. A number section holds digit placeholders (`0` shows a digit or 0, `#` a digit
/// or nothing, `?` a digit or a space), one decimal point, grouping commas (between
/// placeholders), scaling commas (after the last integer placeholder: ÷ 1000 each), `%`
/// (× 100 each) and literal text — quoted (`"万元"`), escaped (`\元`) or bare (`万元`). A date
/// section holds `yyyy yy m mm mmm mmmm d dd ddd dddd` and literals. `General` and `@` (the
/// text itself) are understood. Times, fractions, scientific notation and conditions
/// (`[>100]`) are refused: such a pattern does not load, and `TEXT` gives `#VALUE!`.
///
/// Everything is exact: figures are rounded once, in a `RoundingMode` the caller chooses.
/// See `NumberFormat+Number.swift` for units in a suffix and `NumberFormat+Date.swift`.
public struct NumberFormat: Sendable, Hashable {
    /// The pattern as written.
    public let pattern: String
    /// Positive, negative, zero and text sections, as many as the pattern has (1 to 4).
    let sections: [Section]

    /// One `;`-separated part of the pattern.
    struct Section: Sendable, Hashable {
        /// The section's elements in pattern order.
        var tokens: [Token]
        /// True when the section formats dates (it has date letters and no digit placeholders).
        var isDate: Bool
    }

    /// One element of a section.
    enum Token: Sendable, Hashable {
        /// Text shown as it is: quoted, escaped or bare.
        case literal(String)
        /// A digit placeholder: `0`, `#` or `?`.
        case digit(Character)
        /// The decimal point (the first `.`; later ones are literals).
        case point
        /// A comma, classified when the section is complete.
        case comma
        /// `%`: the figure × 100, and the sign shown.
        case percent
        /// `@`: the text being formatted.
        case text
        /// `General`: the figure in General format.
        case general
        /// A run of one date letter: `yyyy`, `m`, `dd`, ….
        case date(Character, Int)
    }

    /// Reads `pattern`; `#VALUE!` when it uses a feature this format does not support.
    public init(_ pattern: String) throws(CellError) {
        self.pattern = pattern
        var sections: [Section] = []
        for part in try NumberFormat.splitSections(pattern) {
            sections.append(try NumberFormat.section(part))
        }
        guard sections.count <= 4 else { throw CellError(.value, "a number format has at most four sections") }
        self.sections = sections
    }

    /// The pattern split at the `;` that are not quoted or escaped.
    private static func splitSections(_ pattern: String) throws(CellError) -> [[Character]] {
        var parts: [[Character]] = [[]]
        var quoted = false, escaped = false
        for character in pattern {
            if escaped {
                escaped = false
            } else if character == "\\" && !quoted {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ";" && !quoted {
                parts.append([])
                continue
            }
            parts[parts.count - 1].append(character)
        }
        guard !quoted else { throw CellError(.value, "the number format has an unclosed quote") }
        return parts
    }

    /// One section's tokens.
    private static func section(_ characters: [Character]) throws(CellError) -> Section {
        let isDate = isDateSection(characters)
        var tokens: [Token] = []
        var index = 0
        func literal(_ text: String) {
            if case .literal(let previous) = tokens.last {
                tokens[tokens.count - 1] = .literal(previous + text)
            } else {
                tokens.append(.literal(text))
            }
        }
        while index < characters.count {
            let character = characters[index]
            index += 1
            let next: Character? = index < characters.count ? characters[index] : nil
            switch character {
            case "\"":
                let end = characters[index...].firstIndex(of: "\"") ?? characters.count
                literal(String(characters[index..<end]))
                index = end + 1
            case "\\":
                if let next { literal(String(next)) }
                index += 1
            case "_":
                // Excel leaves room as wide as the next character; a space does that here.
                literal(" ")
                index += 1
            case "*":
                // A fill to the column width: no column here, so it is dropped with its character.
                index += 1
            case "[":
                let end = characters[index...].firstIndex(of: "]") ?? characters.count
                let inside = characters[index..<end]
                guard !inside.contains(where: { "<>=".contains($0) }) else {
                    throw CellError(.value, "conditions in number formats are not supported")
                }
                // A colour or locale tag changes nothing in text; `[$元-804]` shows 元.
                if inside.first == "$" { literal(String(inside.dropFirst().prefix { $0 != "-" })) }
                index = end + 1
            case "0", "#", "?":
                tokens.append(isDate ? .literal(String(character)) : .digit(character))
            case ".":
                if tokens.contains(.point) || isDate { literal(".") } else { tokens.append(.point) }
            case ",":
                if isDate { literal(",") } else { tokens.append(.comma) }
            case "%":
                tokens.append(.percent)
            case "@":
                tokens.append(.text)
            case _ where "Ee".contains(character) && !isDate && (next == "+" || next == "-"):
                throw CellError(.value, "scientific number formats are not supported")
            case _ where String(characters[(index - 1)...].prefix(7)).lowercased() == "general":
                tokens.append(.general)
                index += 6
            case _ where isDate && "yYmMdD".contains(character):
                let letter = Character(character.lowercased())
                var run = 1
                while index < characters.count, characters[index].lowercased() == String(letter) {
                    run += 1
                    index += 1
                }
                tokens.append(.date(letter, run))
            case _ where isDate && "hHsS".contains(character):
                throw CellError(.value, "time formats are not supported")
            default:
                literal(String(character))
            }
        }
        return Section(tokens: tokens, isDate: isDate)
    }

    /// True when the unquoted characters hold date letters and no digit placeholder.
    private static func isDateSection(_ characters: [Character]) -> Bool {
        var quoted = false, escaped = false
        var letters = false, digits = false
        for character in characters {
            if escaped { escaped = false; continue }
            switch character {
            case "\\" where !quoted: escaped = true
            case "\"": quoted.toggle()
            case _ where quoted: break
            case "0", "#", "?": digits = true
            case _ where "yYmMdDhHsS".contains(character): letters = true
            default: break
            }
        }
        return letters && !digits && !String(characters).lowercased().contains("general")
    }
}
