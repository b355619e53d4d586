/// Writing a formula back as text, in the canonical form `save` and `explain` rely on.
///
/// The text parses back to an equal `Expr` (given the same unit symbols) and printing is a
/// fixed point: parentheses appear only where precedence or left-associativity needs them,
/// there are no spaces, function names are upper case, numbers keep their written scale
/// (`12.30`), units stay attached (`72户`, `500元/户`) and strings use ASCII quotes.
extension Expr {
    /// The canonical formula text, without a leading `=`: `SUM(C2:C9)/72户`.
    public var formulaText: String {
        var text = ""
        write(to: &text)
        return text
    }

    /// How tightly the printed form binds, on the parser's scale: binary operators use their
    /// precedence (1…5), then prefix signs 6, postfix `%` 7, and anything self-delimited 8.
    private var printedPrecedence: Int {
        switch self {
        case .binary(let op, _, _): op.precedence
        // A negative literal (as in arrays) is written with a leading minus, like a prefix sign.
        case .unary: 6
        case .number(let value, _) where value < .zero: 6
        case .percent: 7
        default: 8
        }
    }

    private func write(to text: inout String) {
        switch self {
        case .number(let value, let unit):
            text += value.description
            text += unit
        case .text(let string):
            text += "\"" + string.replacing("\"", with: "\"\"") + "\""
        case .bool(let value):
            text += value ? "TRUE" : "FALSE"
        case .error(let kind):
            text += kind.rawValue
        case .missing:
            break
        case .cell(let reference):
            text += reference.formulaText
        case .range(let reference):
            text += reference.formulaText
        case .path(let names, _):
            text += names.joined(separator: ".")
        case .keyed(let base, let key):
            base.write(to: &text, atLeast: 8)
            text += "["
            key.write(to: &text)
            text += "]"
        case .array(let rows):
            text += "{"
            for (index, row) in rows.enumerated() {
                if index > 0 { text += ";" }
                writeList(row, to: &text)
            }
            text += "}"
        case .unary(let op, let operand):
            text += op.rawValue
            operand.write(to: &text, atLeast: 6)
        case .percent(let operand):
            operand.write(to: &text, atLeast: 7)
            text += "%"
        case .binary(let op, let left, let right):
            left.write(to: &text, atLeast: op.precedence)
            text += op.rawValue
            // Operators group to the left, so an equal operator on the right needs parentheses.
            right.write(to: &text, atLeast: op.precedence + 1)
        case .call(let name, let arguments, _):
            text += name + "("
            writeList(arguments, to: &text)
            text += ")"
        }
    }

    /// Writes the expression, in parentheses when it binds less tightly than `precedence`.
    private func write(to text: inout String, atLeast precedence: Int) {
        guard printedPrecedence < precedence else { return write(to: &text) }
        text += "("
        write(to: &text)
        text += ")"
    }

    private func writeList(_ items: [Expr], to text: inout String) {
        for (index, item) in items.enumerated() {
            if index > 0 { text += "," }
            item.write(to: &text)
        }
    }
}

extension CellReference {
    /// The reference as written in a formula: `C2`, `$A$1`, `支出!C2`, `'my sheet'!A1`.
    public var formulaText: String {
        sheetPrefix(sheet) + addressText
    }

    /// The address alone with its `$` marks, without the sheet.
    var addressText: String {
        (absoluteColumn ? "$" : "") + Lexer.columnName(address.column)
            + (absoluteRow ? "$" : "") + String(address.row + 1)
    }
}

extension RangeReference {
    /// The range as written in a formula: `A1:B9`, `C:E`, `2:3`, `支出!C2:C9`.
    public var formulaText: String {
        let body = switch extent {
        case .cells(let from, let to): from.addressText + ":" + to.addressText
        case .columns(let from, let to): Lexer.columnName(from) + ":" + Lexer.columnName(to)
        case .rows(let from, let to): String(from + 1) + ":" + String(to + 1)
        }
        return sheetPrefix(sheet) + body
    }
}

/// `支出!`, `'my sheet'!` (quoted unless the name reads as one identifier), or "" for none.
private func sheetPrefix(_ sheet: String?) -> String {
    guard let sheet else { return "" }
    let isIdentifier = sheet.first?.isIdentifierStart == true && sheet.allSatisfy(\.isIdentifierContinuation)
    if isIdentifier { return sheet + "!" }
    return "'" + sheet.replacing("'", with: "''") + "'!"
}
