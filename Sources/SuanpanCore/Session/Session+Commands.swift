import Foundation

/// The statements that manage workbooks rather than compute: `open`, `use`, `sheets`,
/// `columns`, `save`, `export`.
extension Session {
    /// Runs a command statement; what it prints comes back as events.
    func executeCommand(_ statement: Statement) throws(BindingIssue) -> [SessionEvent] {
        switch statement {
        case .use(let alias, let span):
            guard let workbook = workbooks[alias] else {
                throw BindingIssue("no workbook is open as '\(alias)'", span: span,
                                   hint: Suggestion.hint(for: alias, among: aliases), kind: .ref)
            }
            add(workbook, alias: alias)
            return []
        case .sheets:
            return current.sheets.map { sheet in
                .output("\(sheet.name)\t\(sheet.rowCount) rows\t\(sheet.columns.count) columns")
            }
        case .columns(let name, let span):
            let sheet = try sheet(named: name, span: span ?? SourceSpan(0, 0))
            return sheet.columns.map { .output(Self.describe($0, in: sheet)) }
        case .open(let path, let alias, let span):
            do {
                return try open(path, alias: alias).map { .note($0) }
            } catch {
                throw BindingIssue(error.description, span: span, kind: .ref)
            }
        case .save(let directory, let span):
            return try save(to: directory, span: span)
        case .export(let name, let file, let options, let span):
            let sheet = try sheet(named: name, span: span)
            do {
                try CSVExport.write(sheet, to: file, options: options)
            } catch {
                throw BindingIssue(error.description, span: span, kind: .ref)
            }
            return []
        default:
            return []
        }
    }

    /// Opens a workbook folder, .csv or .xlsx file and makes it current, under `alias` or
    /// the file's name; returns notes for the analyst.
    @discardableResult
    public func open(_ path: String, alias: String? = nil) throws(FileError) -> [String] {
        let (workbook, notes) = try WorkbookLoader.load(path, environment: environment)
        let name = alias ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        add(workbook, alias: name)
        return notes
    }

    /// Writes the current workbook as a workbook folder: where it was opened from, or `directory`.
    private func save(to directory: String?, span: SourceSpan?) throws(BindingIssue) -> [SessionEvent] {
        guard let target = directory ?? current.directory else {
            throw BindingIssue("this workbook has no folder yet: save it with 'save to FOLDER'", span: span, kind: .ref)
        }
        do {
            try WorkbookStore.save(current, to: target)
            current.markSaved()
        } catch {
            throw BindingIssue(error.description, span: span, kind: .ref)
        }
        if directory == nil || current.directory == nil { current.directory = target }
        return []
    }

    /// One line of `columns`: name, unit, what the cells hold, and the formula of a computed
    /// column.
    static func describe(_ column: Column, in sheet: Sheet) -> String {
        let kind = switch column.storage {
        case .numbers: "numbers"
        case .text: "text"
        case .values: "mixed"
        }
        var fields = [column.name, column.unit.isNone ? "-" : column.unit.symbol, kind]
        if let formula = sheet.columnFormulas[column.name] { fields.append("= " + formula.formulaText) }
        return fields.joined(separator: "\t")
    }
}
