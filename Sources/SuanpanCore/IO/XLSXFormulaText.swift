/// Rewriting formula text as stored in a worksheet into what Suanpan's parser reads.
///
/// Two rewrites, both done on the lexer's tokens so that text inside string literals and
/// quoted sheet names is never touched, and everything between tokens (spacing, the
/// writer's spelling) is copied as it was:
/// - the `_xlfn.` and `_xlws.` prefixes Excel stores before functions newer than 2007
///   (`_xlfn.XLOOKUP`, `_xlfn._xlws.SORT`) are removed;
/// - a shared formula (`<f t="shared" si="0"/>`) is its master's text with every relative
///   cell reference moved by the distance from the master cell, as Excel fills a formula
///   down or across: `B2*2+$B$2` in `C2` is `B3*2+$B$2` in `C3`. A reference moved off the
///   grid becomes `#REF!`, as in Excel. Whole-column and whole-row ranges (`B:B`, `2:2`) are
///   left as written: shared formulas filled down, by far the common case, keep them.
enum XLSXFormulaText {
    /// The one lexer the rewrites use: no units, so `100元` never joins into one token.
    private static let lexer = Lexer()

    /// `source` without function prefixes, its relative references moved by `rows` and
    /// `columns`.
    static func rewritten(_ source: String, movedBy rows: Int = 0, columns: Int = 0) -> String {
        guard rows != 0 || columns != 0 || source.contains("_xl") else { return source }
        let characters = Array(source)
        let tokens = lexer.tokenize(source)
        var result = ""
        var copied = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let span = token.span
            guard span.start >= copied, span.end <= characters.count else { index += 1; continue }
            switch token.kind {
            case .identifier where isPrefix(token.text) && index + 2 < tokens.count && tokens[index + 1].kind == .dot:
                // Drop `_xlfn` and its `.`, keeping the name that follows.
                result += String(characters[copied..<span.start])
                copied = tokens[index + 1].span.end
                index += 2
                continue
            case .cell(let reference) where rows != 0 || columns != 0:
                result += String(characters[copied..<span.start])
                result += moved(reference, rows: rows, columns: columns)
                copied = span.end
            default:
                break
            }
            index += 1
        }
        result += String(characters[min(copied, characters.count)...])
        return result
    }

    /// True for `_xlfn` and `_xlws` in any case (LibreOffice writes `_xlfn.xlookup`).
    private static func isPrefix(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower == "_xlfn" || lower == "_xlws"
    }

    /// A cell reference written again after the move, keeping its `$` marks.
    private static func moved(_ reference: CellReference, rows: Int, columns: Int) -> String {
        let row = reference.absoluteRow ? reference.address.row : reference.address.row + rows
        let column = reference.absoluteColumn ? reference.address.column : reference.address.column + columns
        guard (0..<CellAddress.maxRows).contains(row), (0..<CellAddress.maxColumns).contains(column) else {
            return "#REF!"
        }
        return (reference.absoluteColumn ? "$" : "") + CellAddress.columnLetters(column)
            + (reference.absoluteRow ? "$" : "") + String(row + 1)
    }
}
