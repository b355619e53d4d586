import Foundation

/// Opens what `open PATH` names: a workbook folder, a `.csv` file (a one-sheet workbook
/// named after the file) or an `.xlsx` file (every sheet, with its formulas).
public enum WorkbookLoader {
    /// The workbook at `path`, and notes for the analyst (the encoding a CSV was read in,
    /// formulas kept as their cached values, figures that could not be read).
    public static func load(_ path: String, environment: Environment) throws(FileError) -> (workbook: Workbook, notes: [String]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FileError(path, "no such file or folder")
        }
        if isDirectory.boolValue {
            let workbook = try WorkbookStore.load(directory: path, environment: environment)
            return (workbook, [])
        }
        switch (path as NSString).pathExtension.lowercased() {
        case "csv", "tsv", "txt":
            return try loadCSV(path, environment: environment)
        case "xlsx":
            return try loadXLSX(path, environment: environment)
        default:
            throw FileError(path, "is not a workbook folder, a .csv or an .xlsx file")
        }
    }

    /// A one-sheet workbook from a CSV file; `=…` cells become formulas.
    private static func loadCSV(_ path: String, environment: Environment) throws(FileError) -> (workbook: Workbook, notes: [String]) {
        let result = try CSVReader.read(contentsOf: path, sheetName: nil, units: .standard, declaredUnits: [:],
                                        progress: environment.progress)
        let workbook = Workbook(title: result.sheet.name, sheets: [result.sheet])
        var notes = ["\(path): \(result.sheet.rowCount) rows, \(result.sheet.columns.count) columns, read as \(result.encoding)"]
        notes += result.notes
        for formula in result.formulas {
            if let problem = install(formula.source, at: formula.address, in: result.sheet, of: workbook, environment: environment) {
                notes.append("\(path): cell \(formula.address.a1): \(problem); kept as text")
                result.sheet.setValue(.text(formula.source), at: formula.address)
            }
        }
        return (workbook, notes)
    }

    /// Every sheet of an XLSX file; formulas our engine cannot read keep their cached value.
    private static func loadXLSX(_ path: String, environment: Environment) throws(FileError) -> (workbook: Workbook, notes: [String]) {
        environment.progress?.beginTask("reading " + (path as NSString).lastPathComponent)
        defer { environment.progress?.endTask() }
        let contents = try XLSXReader.read(contentsOf: path, units: .standard)
        let title = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let workbook = Workbook(title: title, sheets: contents.sheets)
        var notes = contents.notes
        // Sheets first, then formulas, so that cross-sheet references find their sheets.
        for formula in contents.formulas {
            guard let sheet = workbook.sheet(named: formula.sheet) else { continue }
            if let problem = install(formula.source, at: formula.address, in: sheet, of: workbook, environment: environment) {
                notes.append("\(path): \(formula.sheet)!\(formula.address.a1): \(problem); kept its saved value")
                sheet.setValue(formula.cached, at: formula.address)
            }
        }
        return (workbook, notes)
    }

    /// A formula as the analyst wrote it: with its leading `=`.
    private static func written(_ source: String) -> String {
        source.hasPrefix("=") ? source : "=" + source
    }

    /// Installs one formula; returns why it could not be, or nil.
    private static func install(_ source: String, at address: CellAddress, in sheet: Sheet, of workbook: Workbook,
                                environment: Environment) -> String? {
        do {
            let formula = try Parser.parse(source, unitSymbols: workbook.units.symbols)
            try workbook.setCell(address, in: sheet, to: .formula(formula), environment: environment)
            return nil
        } catch let diagnostic as Diagnostic {
            return "formula '\(written(source))': \(diagnostic.message)"
        } catch let issue as BindingIssue {
            return "formula '\(written(source))': \(issue.message)"
        } catch {
            return "formula '\(written(source))': \(error)"
        }
    }
}
