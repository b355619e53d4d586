import Foundation

/// Loading a workbook directory: the manifest, each sheet through the CSV reader, then the
/// formulas installed through the editing API (which checks and computes them).
extension WorkbookStore {
    /// Loads the workbook in `directory`. Files the manifest does not name are ignored.
    /// Every problem is a `FileError` naming the file at fault: the directory, the manifest
    /// (with a line where one is known) or a sheet file (with the line of a bad formula).
    public static func load(directory: String, environment: Environment) throws(FileError) -> Workbook {
        let manifestPath = directory + "/" + WorkbookManifest.fileName
        let text = try manifestText(directory: directory, path: manifestPath)
        let manifest = try WorkbookManifest(parsing: text, path: manifestPath)
        let placer = ManifestReader(path: manifestPath, text: text)
        let catalog = manifest.unitCatalog
        let title = manifest.title.isEmpty ? String(directory.split(separator: "/").last ?? "untitled") : manifest.title
        let workbook = Workbook(title: title, units: catalog)
        workbook.year = manifest.year
        workbook.directory = directory
        workbook.checks = manifest.checks
        var pending: [PendingFormula] = []
        for entry in manifest.sheets {
            let sheet = try readSheet(entry, directory: directory, catalog: catalog, placer: placer, pending: &pending,
                                      progress: environment.progress)
            workbook.addSheet(sheet)
        }
        for entry in manifest.sheets {
            guard let sheet = workbook.sheet(named: entry.name) else { continue }
            for column in entry.columns {
                let formula = try parse(column.formula, catalog: catalog, placer: placer)
                pending.append(PendingFormula(kind: .column(sheet, column.name), formula: formula,
                                              place: placer.error("", near: column.formula)))
            }
        }
        for entry in manifest.sheets {
            guard let text = entry.derived, let sheet = workbook.sheet(named: entry.name) else { continue }
            let statement: DeriveStatement?
            do {
                statement = try DeriveStatement.parse(text, unitSymbols: catalog.symbols)
            } catch {
                throw placer.error("the derivation of sheet '\(entry.name)' does not parse: \(error.message)", near: text)
            }
            guard let derivation = statement?.derivation else { continue }
            // Marked derived before it is installed, so that the figures its file holds may
            // be replaced.
            sheet.derivation = derivation
            pending.append(PendingFormula(kind: .derived(sheet, derivation), formula: .missing,
                                          place: placer.error("", near: text)))
        }
        for name in manifest.names {
            var sheet: Sheet?
            if let sheetName = name.sheet {
                sheet = workbook.sheet(named: sheetName)
                if sheet == nil { throw placer.error("the name \(name.name) refers to sheet '\(sheetName)', which the manifest does not list", near: sheetName) }
            }
            let formula = try parse(name.formula, catalog: catalog, placer: placer)
            pending.append(PendingFormula(kind: .name(name.name, sheet), formula: formula, place: placer.error("", near: name.formula)))
        }
        try install(pending, in: workbook, environment: environment)
        return workbook
    }

    /// The manifest's text, after checking the directory is a workbook.
    private static func manifestText(directory: String, path: String) throws(FileError) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) else {
            throw FileError(directory, "no such directory")
        }
        guard isFolder.boolValue else { throw FileError(directory, "is not a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            if FileManager.default.fileExists(atPath: path) { throw FileError(path, "cannot be read") }
            throw FileError(directory, "is not a workbook: it has no \(WorkbookManifest.fileName)")
        }
        guard let text = String(bytes: data, encoding: .utf8) else { throw FileError(path, "is not UTF-8 text") }
        return text
    }

    /// Reads one sheet's CSV file with the manifest's units, key and formats; its `=…`
    /// cells are parsed and queued.
    private static func readSheet(_ entry: WorkbookManifest.SheetEntry, directory: String, catalog: UnitCatalog,
                                  placer: ManifestReader, pending: inout [PendingFormula],
                                  progress: ProgressReport?) throws(FileError) -> Sheet {
        let path = directory + "/" + entry.file
        guard FileManager.default.fileExists(atPath: path) else {
            throw placer.error("the file of sheet '\(entry.name)', \(entry.file), does not exist", near: entry.file)
        }
        // The manifest's path stays inside the folder (the manifest reader refuses `..` and
        // absolute paths), but a symbolic link on the way may still lead out of it: a
        // workbook received from someone else must not read /etc/passwd or ~/.ssh through
        // `sheets/x.csv -> /etc/passwd`. Links within the folder are fine.
        let folder = CanonicalPath.of(directory, base: FileManager.default.currentDirectoryPath)
        let target = CanonicalPath.of(path, base: FileManager.default.currentDirectoryPath)
        guard CanonicalPath.isInside(target, folder) else {
            throw placer.error("the file of sheet '\(entry.name)', \(entry.file), is a link to \(target), "
                               + "outside the workbook directory", near: entry.file)
        }
        let declared = entry.units.compactMapValues { catalog.unit(named: $0) }
        let result = try CSVReader.read(contentsOf: path, sheetName: entry.name, units: catalog, declaredUnits: declared,
                                        progress: progress)
        let sheet = result.sheet
        sheet.name = entry.name
        if let key = entry.key, sheet.columnIndex(named: key) == nil {
            throw placer.error("the key of sheet '\(entry.name)', \(key), is not one of its columns", near: key)
        }
        sheet.keyColumn = entry.key
        sheet.formats = entry.formats
        for (address, source) in result.formulas {
            let line = address.row + 1
            let formula: Expr
            do {
                formula = try Parser.parse(source, unitSymbols: catalog.symbols)
            } catch {
                throw FileError(path, line: line, "the formula in \(address.a1), '\(source)', does not parse: \(error.message) at character \(error.span.start + 1)")
            }
            pending.append(PendingFormula(kind: .cell(sheet, address), formula: formula, place: FileError(path, line: line, "")))
        }
        return sheet
    }

    /// Parses a manifest formula (already checked by the manifest reader).
    private static func parse(_ text: String, catalog: UnitCatalog, placer: ManifestReader) throws(FileError) -> Expr {
        do {
            return try Parser.parse(text, unitSymbols: catalog.symbols)
        } catch {
            throw placer.error("the formula '\(text)' does not parse: \(error.message)", near: text)
        }
    }
}
