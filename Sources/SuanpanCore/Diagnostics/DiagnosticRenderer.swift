/// Prints diagnostics in the form SPEC §1 fixes, with the source line and a caret under it:
///
///     scripts/quarterly.sp:12:9: error: unknown function 'SUMM'
///        12 | 支出.合计 = SUMM(决算数)
///           |             ^~~~ did you mean 'SUM'?
///
/// Line and column are 1-based and the column counts characters, as editors do; the caret is
/// placed by display width, so that it stands under the right character in a terminal even
/// after Chinese text (each ideograph takes two columns).
public struct DiagnosticRenderer: Sendable {
    /// What the first part of the location names: a path, `<command>` or `<stdin>`.
    public var file: String
    /// The line of `file` on which the rendered source begins, when it is one statement cut
    /// out of a larger file.
    public var firstLine: Int

    /// Creates a renderer for sources from `file` beginning at line `firstLine` of it.
    public init(file: String, firstLine: Int = 1) {
        self.file = file
        self.firstLine = firstLine
    }

    /// The diagnostic as three lines (without a final newline): location and message, the
    /// source line, and the caret with the hint if any; then its notes, three lines each.
    /// `source` is the text the spans count in.
    public func render(_ diagnostic: Diagnostic, in source: String) -> String {
        ([diagnostic] + diagnostic.notes).map { renderOne($0, in: source) }.joined(separator: "\n")
    }

    private func renderOne(_ diagnostic: Diagnostic, in source: String) -> String {
        let characters = Array(source)
        let start = min(max(diagnostic.span.start, 0), characters.count)
        var lineStart = start
        while lineStart > 0, !characters[lineStart - 1].isNewline { lineStart -= 1 }
        var lineEnd = start
        while lineEnd < characters.count, !characters[lineEnd].isNewline { lineEnd += 1 }
        let lineIndex = characters[..<lineStart].reduce(0) { $1.isNewline ? $0 + 1 : $0 }
        let lineNumber = firstLine + lineIndex
        let column = start - lineStart + 1

        let header = "\(file):\(lineNumber):\(column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        let number = String(lineNumber)
        let gutter = String(repeating: " ", count: max(5 - number.count, 0)) + number
        let blankGutter = String(repeating: " ", count: gutter.count)
        let text = String(characters[lineStart..<lineEnd])
        // Tabs are copied into the padding so that the terminal expands them alike.
        let padding = characters[lineStart..<start].map { $0 == "\t" ? "\t" : String(repeating: " ", count: displayWidth($0)) }
        let end = min(max(diagnostic.span.end, start), lineEnd)
        let underlined = max(displayWidth(String(characters[start..<end])), 1)
        var caret = padding.joined() + "^" + String(repeating: "~", count: underlined - 1)
        if let hint = diagnostic.hint { caret += " " + hint }
        return [header, "\(gutter) | \(text)", "\(blankGutter) | \(caret)"].joined(separator: "\n")
    }
}
