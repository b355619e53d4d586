import Foundation

/// Reading an `.xlsx` workbook: every worksheet's values, formulas and names (SPEC §9).
///
/// The steps, one file each: the zip archive within limits (`XLSXArchive`), the workbook's
/// sheet list and relationships (`XLSXWorkbookPart`), the shared strings
/// (`XLSXSharedStrings`), which styles are dates (`XLSXStyles`, `XLSXDateFormat`), each
/// worksheet's cells (`XLSXWorksheet`, `XLSXCellValue`, `XLSXFormulaText`) and the sheet
/// made from them (`XLSXSheetBuilder`). Every part is parsed as a stream (SAX), never as a
/// tree. Anything wrong with the file is a `FileError` naming it and the part.
public enum XLSXReader {
    /// Reads the workbook at `path`: its worksheets in tab order, the formulas in their
    /// cells and notes on what was read approximately or left out.
    ///
    /// `units` reads units from headings such as `决算数(万元)`.
    public static func read(contentsOf path: String, units: UnitCatalog = .standard,
                            limits: XLSXLimits = .standard) throws(FileError) -> XLSXContents {
        let archive = try XLSXArchive(file: path, limits: limits)
        let workbook = try XLSXWorkbookPart(archive: archive)
        let strings = try optionalPart(workbook.sharedStrings, in: archive) { data, part throws(FileError) in
            try XLSXSharedStrings.read(data, part: part, file: path)
        } ?? []
        let dateStyles = try optionalPart(workbook.styles, in: archive) { data, part throws(FileError) in
            try XLSXStyles.read(data, part: part, file: path)
        } ?? []
        let converter = XLSXCellValue(strings: strings, dateStyles: dateStyles, date1904: workbook.date1904)

        var contents = XLSXContents(sheets: [], formulas: [], notes: [])
        if workbook.date1904 {
            contents.notes.append("the workbook counts dates from 1904; they were moved to the 1900 count")
        }
        for entry in workbook.sheets {
            guard let part = entry.part else {
                contents.notes.append("'\(entry.name)' is a chart sheet, not a worksheet: skipped")
                continue
            }
            guard archive.contains(part) else {
                throw FileError(path, "the part \(part) of sheet '\(entry.name)' is missing")
            }
            let worksheet = XLSXWorksheet(converter: converter)
            try XLSXXML.parse(try archive.read(part), part: part, file: path, with: worksheet)
            let sheet = try XLSXSheetBuilder.sheet(named: entry.name, from: worksheet, units: units,
                                                   limits: limits, part: part, file: path)
            contents.sheets.append(sheet)
            contents.formulas += worksheet.formulas.map {
                XLSXFormula(sheet: entry.name, address: $0.address, source: $0.source, cached: $0.cached)
            }
            contents.notes += notes(for: entry.name, worksheet: worksheet, sheet: sheet)
        }
        return contents
    }

    /// What the analyst should know about one sheet: dropped times of day, shared formulas
    /// without their master, headings used twice.
    private static func notes(for name: String, worksheet: XLSXWorksheet, sheet: Sheet) -> [String] {
        var notes: [String] = []
        let dropped = worksheet.converter.droppedTimes
        if dropped > 0 {
            notes.append("'\(name)': \(dropped) date cell\(dropped == 1 ? "" : "s") held a time of day, dropped (dates are whole days)")
        }
        if !worksheet.orphanedSharedFormulas.isEmpty {
            let cells = worksheet.orphanedSharedFormulas.map(\.a1).joined(separator: ", ")
            notes.append("'\(name)': the shared formula of \(cells) has no master cell; their cached values were kept")
        }
        for duplicate in XLSXSheetBuilder.duplicateNames(sheet) {
            notes.append("'\(name)': the heading \(duplicate) is used more than once; the name refers to the first")
        }
        return notes
    }

    /// The result of `read` on `part`, or nil when the package has no such part.
    private static func optionalPart<T>(_ part: String?, in archive: XLSXArchive,
                                        _ read: (Data, String) throws(FileError) -> T) throws(FileError) -> T? {
        guard let part, archive.contains(part) else { return nil }
        return try read(try archive.read(part), part)
    }
}

/// What an `.xlsx` holds, ready for the workbook: sheets with their values, the formulas to
/// install over them, and notes for the analyst.
public struct XLSXContents {
    /// The worksheets in tab order, named as on their tabs; formula cells hold the values
    /// the writer cached (blank when it cached none, as openpyxl does).
    public var sheets: [Sheet]
    /// Every cell formula, shared formulas expanded to each cell.
    public var formulas: [XLSXFormula]
    /// Sentences about what was read approximately or skipped (dropped times of day, chart
    /// sheets, the 1904 date system), for the analyst to see once after `open`.
    public var notes: [String]

    /// Contents as given.
    public init(sheets: [Sheet], formulas: [XLSXFormula], notes: [String]) {
        self.sheets = sheets
        self.formulas = formulas
        self.notes = notes
    }
}

/// One cell formula of an `.xlsx`, as Excel stored it.
public struct XLSXFormula: Sendable, Equatable {
    /// The sheet the formula's cell is on.
    public var sheet: String
    /// The cell, 0-based, row 0 being the heading row (spreadsheet row 1).
    public var address: CellAddress
    /// The formula without its `=`, as Excel stores it, minus the `_xlfn.`/`_xlws.` prefixes
    /// of newer functions: `SUM(B2:B4)`, `'支出'!B2`, `XLOOKUP(…)`.
    public var source: String
    /// The value the writer cached for the cell: what to show when our engine cannot
    /// evaluate the formula. Blank when the writer cached nothing.
    public var cached: Value

    /// A formula as given.
    public init(sheet: String, address: CellAddress, source: String, cached: Value) {
        self.sheet = sheet
        self.address = address
        self.source = source
        self.cached = cached
    }
}
