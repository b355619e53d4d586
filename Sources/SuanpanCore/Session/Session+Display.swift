/// How the session's settings shape a printed table: rows, width, measure and colour.
extension Session {
    /// The width tables fit: `set width N`; else the terminal's (`auto`); nil under
    /// `set width none` or when output is not a terminal.
    public var tableWidth: Int? {
        if tableWidthUnlimited { return nil }
        return fixedTableWidth ?? terminalWidth
    }

    /// How tables measure text, after `set ambiguous`.
    public var displayMeasure: DisplayWidth { DisplayWidth(ambiguous: ambiguousWidth) }

    /// `table` laid out for this session's output: its width, measure and colour; and, when
    /// `limitsRows`, at most `set rows` rows (head and tail).
    public func fitted(_ table: TextTable, limitsRows: Bool = true) -> TextTable {
        var table = table
        if limitsRows { table.maxRows = tableRows }
        table.maxWidth = tableWidth
        table.measure = displayMeasure
        table.usesColor = usesColor
        return table
    }
}
