/// Writing a sheet to a file in the format its extension names: the one entry point of the
/// `export` statement.
///
/// Every format is written through `AtomicFile`, so that an export that fails half-way (a
/// full disk, Ctrl-C) never replaces a good file with a partial one.
public enum SheetExport {
    /// How figures look in the formats people read (`.txt`, `.md`): the workbook's units and
    /// the session's display rounding.
    public struct Display: Sendable {
        public var units: UnitCatalog
        public var rounding: RoundingMode
        /// Display patterns by column name (those a derived sheet inherits included); nil
        /// for the sheet's own.
        public var formats: [String: String]?

        public init(units: UnitCatalog = .standard, rounding: RoundingMode = .halfAwayFromZero,
                    formats: [String: String]? = nil) {
            self.units = units
            self.rounding = rounding
            self.formats = formats
        }

        /// The sheet's rows as `show` lays them out, in these display settings.
        func table(of sheet: Sheet) -> TextTable {
            SheetTable(sheet: sheet, units: units, rounding: rounding, formats: formats).table(rows: Array(0..<sheet.rowCount))
        }
    }

    /// Writes `sheet` to `path` as `format`; errors name `path` as given.
    public static func write(_ sheet: Sheet, to path: String, as format: ExportFormat,
                             options: ExportOptions = ExportOptions(), display: Display = Display()) throws(FileError) {
        if format == .csv { return try CSVExport.write(sheet, to: path, options: options) }
        try AtomicFile.write(to: path) { emit throws(FileError) in
            try produce(sheet, as: format, options: options, display: display, emit)
        }
    }

    /// The bytes an export of `sheet` would write, for tests and previews.
    public static func bytes(of sheet: Sheet, as format: ExportFormat, options: ExportOptions = ExportOptions(),
                             display: Display = Display()) throws(FileError) -> [UInt8] {
        if format == .csv { return try CSVExport.bytes(of: sheet, options: options) }
        var all: [UInt8] = []
        try produce(sheet, as: format, options: options, display: display) { chunk throws(FileError) in all += chunk }
        return all
    }

    private static func produce(_ sheet: Sheet, as format: ExportFormat, options: ExportOptions, display: Display,
                                _ emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) {
        switch format {
        case .csv:
            try emit(try CSVExport.bytes(of: sheet, options: options))
        case .txt:
            try TextExport.write(sheet, display: display, to: emit)
        case .md:
            try MarkdownExport.write(sheet, display: display, to: emit)
        case .json:
            try JSONExport(numbersAsText: options.numbersAsText).write(sheet, to: emit)
        }
    }
}
