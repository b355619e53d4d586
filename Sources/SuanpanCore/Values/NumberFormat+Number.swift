/// Applying a format to values, and the number sections.
///
/// A unit in the suffix converts: when the value carries a unit and the literal text after
/// the last placeholder names a unit of the same dimension, the figure is expressed in that
/// unit first, so 36000元 under `0.0万元` shows `3.6万元`. A suffix naming a unit of another
/// dimension is `#UNIT!` (the label would lie). A plain number keeps its figure (`0.0万元`
/// on 3.6 shows `3.6万元`, as a spreadsheet's literal does), and a value whose unit the
/// pattern does not name shows its figure in its own unit.
///
/// `个百分点` is the one suffix that changes a plain number: a difference of two rates is a
/// plain fraction (`执行率 - 序时进度` is 0.0153), and `0.00个百分点` shows it as `1.53个百分点`,
/// × 100 as `%` would (SPEC §4, "低于序时进度1.53个百分点"). A value already in percentage
/// points (what `PPDIFF` gives, 1.53个百分点) shows its figure as it is.
extension NumberFormat {
    /// `value` as this format shows it, rounding in `mode`; `units` names the units a suffix
    /// may convert to. Text goes through the text section or `@` (else as it is), booleans
    /// show TRUE/FALSE, numeric text is read as a number, blank is 0, and an error is thrown.
    public func format(_ value: Value, mode: RoundingMode = .halfAwayFromZero,
                       units: UnitCatalog = .standard) throws(CellError) -> String {
        switch value {
        case .error(let error): throw error
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        case .blank: return try format(Quantity.zero, mode: mode, units: units)
        case .date(let serial): return try format(Quantity(Exact(serial)), mode: mode, units: units)
        case .number(let quantity): return try format(quantity, mode: mode, units: units)
        case .text(let text):
            if let number = Value.numberFromText(text) { return try format(Quantity(number), mode: mode, units: units) }
            return formatText(text)
        }
    }

    /// Text through the fourth section, or a section holding `@`; else the text unchanged.
    private func formatText(_ text: String) -> String {
        let section = sections.count == 4 ? sections[3] : sections.first { $0.tokens.contains(.text) }
        guard let section else { return text }
        return section.tokens.map { token in
            switch token {
            case .text: text
            case .literal(let literal): literal
            default: ""
            }
        }.joined()
    }

    /// A figure with its unit: the section its sign picks, converted to a suffix unit.
    func format(_ quantity: Quantity, mode: RoundingMode, units: UnitCatalog) throws(CellError) -> String {
        let amount = quantity.amount
        var section = sections[0]
        var signed = true
        if amount.isNegative && sections.count >= 2 {
            (section, signed) = (sections[1], false)
        } else if amount.isZero && sections.count >= 3 {
            section = sections[2]
        }
        if section.isDate { return try formatDate(amount, section) }
        var figure = try converted(quantity, toSuffixOf: section, units: units)
        if !signed { figure = -figure }
        return render(figure, section, mode: mode)
    }

    /// The amount in the unit the section's suffix names, when the quantity has a unit.
    private func converted(_ quantity: Quantity, toSuffixOf section: Section,
                           units: UnitCatalog) throws(CellError) -> Exact {
        let lastPlaceholder = section.tokens.lastIndex { if case .digit = $0 { true } else { $0 == .general } }
        let suffix = section.tokens[(lastPlaceholder.map { $0 + 1 } ?? 0)...].compactMap { token -> String? in
            if case .literal(let text) = token { text } else { nil }
        }.joined().trimmingSpaces
        guard !suffix.isEmpty, let unit = units.unit(named: String(suffix)) else { return quantity.amount }
        if quantity.isPlain { return unit == .percentagePoints ? quantity.amount * Exact(100) : quantity.amount }
        return try quantity.convert(to: unit).amount
    }

    /// The digits of `figure` laid into the section's placeholders.
    private func render(_ figure: Exact, _ section: Section, mode: RoundingMode) -> String {
        let tokens = section.tokens
        if tokens.contains(.general) {
            return tokens.map { token in
                switch token {
                case .general: figure.generalDescription
                case .literal(let text): text
                default: ""
                }
            }.joined()
        }
        let pointIndex = tokens.firstIndex(of: .point) ?? tokens.count
        var integerTokens = Array(tokens[..<pointIndex])
        let fractionTokens = pointIndex < tokens.count ? Array(tokens[(pointIndex + 1)...]) : []
        let (grouping, scaling) = NumberFormat.classifyCommas(&integerTokens)
        let fractionPlaces = fractionTokens.filter { if case .digit = $0 { true } else { false } }.count
        // × 100 per percent sign, ÷ 1000 per scaling comma: both exact on decimals.
        let percents = tokens.filter { $0 == .percent }.count
        let shift = 3 * scaling - 2 * percents
        let scaled = shift == 0 ? figure : figure * Exact(significand: 1, scale: Int16(clamping: shift))
        let rounded = scaled.rounded(places: fractionPlaces, mode)
        let digits = rounded.fixedDescription(places: fractionPlaces).filter { $0 != "-" }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let integerDigits = parts[0] == "0" ? "" : String(parts[0])
        let fractionDigits = parts.count > 1 ? Array(parts[1]) : []
        let hasIntegerPlaceholder = integerTokens.contains { if case .digit = $0 { true } else { false } }
        if !hasIntegerPlaceholder && (pointIndex < tokens.count || fractionPlaces == 0) && !integerDigits.isEmpty {
            // Excel shows the integer digits even when the pattern has no place for them (`.00`).
            integerTokens.append(.digit("#"))
        }
        var text = NumberFormat.integerPart(integerDigits, integerTokens, grouping: grouping)
        if pointIndex < tokens.count {
            text += "." + NumberFormat.fractionPart(fractionDigits, fractionTokens)
        }
        let showsDigits = hasIntegerPlaceholder || fractionPlaces > 0
        return rounded.isNegative && showsDigits ? "-" + text : text
    }

    /// Removes the commas of the integer part, telling whether one stood between
    /// placeholders (grouping) and how many followed the last placeholder (÷ 1000 each).
    private static func classifyCommas(_ tokens: inout [Token]) -> (grouping: Bool, scaling: Int) {
        let isDigit: (Token) -> Bool = { if case .digit = $0 { true } else { false } }
        guard let last = tokens.lastIndex(where: isDigit) else {
            tokens.removeAll { $0 == .comma }
            return (false, 0)
        }
        let first = tokens.firstIndex(where: isDigit)!
        let grouping = tokens[first..<last].contains(.comma)
        let scaling = tokens[last...].prefix { $0 == .comma || isDigit($0) }.filter { $0 == .comma }.count
        tokens.removeAll { $0 == .comma }
        return (grouping, scaling)
    }

    /// The integer digits laid right to left into the placeholders; the leftmost takes any
    /// digits left over. `0` pads with 0, `?` with a space, `#` with nothing.
    private static func integerPart(_ digits: String, _ tokens: [Token], grouping: Bool) -> String {
        var remaining = Array(digits)
        var written: [Character] = []  // reversed
        var position = 0
        func put(_ digit: Character) {
            if grouping && position > 0 && position % 3 == 0 { written.append(",") }
            written.append(digit)
            position += 1
        }
        let leftmost = tokens.firstIndex { if case .digit = $0 { true } else { false } }
        for (index, token) in tokens.enumerated().reversed() {
            switch token {
            case .digit(let kind):
                if let digit = remaining.popLast() {
                    put(digit)
                    if index == leftmost { while let digit = remaining.popLast() { put(digit) } }
                } else if kind == "0" {
                    put("0")
                } else if kind == "?" {
                    written.append(" ")
                }
            case .literal(let text): written.append(contentsOf: text.reversed())
            case .percent: written.append("%")
            default: break
            }
        }
        return String(written.reversed())
    }

    /// The decimals laid left to right; `#` drops, and `?` blanks, trailing zeros.
    private static func fractionPart(_ digits: [Character], _ tokens: [Token]) -> String {
        let lastSignificant = digits.lastIndex { $0 != "0" } ?? -1
        var text = ""
        var index = 0
        for token in tokens {
            switch token {
            case .digit(let kind):
                let digit = index < digits.count ? digits[index] : "0"
                if kind == "0" || index <= lastSignificant { text.append(digit) } else if kind == "?" { text.append(" ") }
                index += 1
            case .literal(let literal): text += literal
            case .percent: text += "%"
            default: break
            }
        }
        return text
    }
}
