/// `export … to FILE.md`: a sheet as a Markdown table (GitHub's pipe tables), for reports,
/// wikis and chat. Cells are what `show` shows — units in the headings, numbers in their
/// column's format — so that the figures read the same in the terminal and in the document.
enum MarkdownExport {
    static func write(_ sheet: Sheet, display: SheetExport.Display,
                      to emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) {
        // A Markdown table needs at least one column: a sheet without any writes an empty file.
        guard !sheet.columns.isEmpty else { return }
        let table = display.table(of: sheet)
        try TextExport.emitLines(table.markdownLines, to: emit)
    }
}
