/// `export … to FILE.txt`: the aligned table `show` prints, for a person to read or paste
/// into a message — every row (no elision), no colour, no row-count footer, UTF-8, each line
/// ended by LF, the last one too.
enum TextExport {
    static func write(_ sheet: Sheet, display: SheetExport.Display,
                      to emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) {
        guard !sheet.columns.isEmpty else { return }
        let table = display.table(of: sheet)
        try emitLines(table.lines, to: emit)
    }

    /// Lines joined with LF and ended by one, handed on in chunks of about a megabyte so that
    /// a large table is not copied into one buffer twice.
    static func emitLines(_ lines: [String], to emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) {
        var buffer: [UInt8] = []
        for line in lines {
            buffer.append(contentsOf: line.utf8)
            buffer.append(0x0A)
            if buffer.count >= 1 << 20 {
                try emit(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { try emit(buffer) }
    }
}
