import Foundation

/// What a statement means to do with a file, for safe mode.
enum FileUse {
    /// Open a workbook or read a template.
    case read
    /// Write an export, a report or a saved workbook.
    case write
    /// Run another script.
    case runScript
}

extension Session {
    /// The alias a workbook opened from `path` gets: its file name without extension.
    static func defaultAlias(for path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return (name as NSString).deletingPathExtension
    }

    /// Opens a workbook folder, .csv or .xlsx file and makes it current, under `alias` or
    /// the file's name; returns notes for the analyst.
    @discardableResult
    public func open(_ path: String, alias: String? = nil) throws(FileError) -> [String] {
        let (workbook, notes) = try WorkbookLoader.load(path, environment: environment)
        add(workbook, alias: alias ?? Self.defaultAlias(for: path))
        return notes
    }

    /// The path a statement may use for `use`, or an error at `span` saying why not. Safe
    /// mode (`--safe`) keeps reads beside the script and in the output folder, writes in the
    /// output folder, and runs no other script.
    func authorize(_ path: String, for use: FileUse, at span: SourceSpan) throws(Diagnostic) -> String {
        let resolved = resolve(path)
        // TODO: safe mode checks land with `run --safe`.
        return resolved
    }

    /// `path` made absolute against `workingDirectory` when that is set; otherwise as given,
    /// so that messages name files the way the analyst wrote them.
    func resolve(_ path: String) -> String {
        guard let workingDirectory, !path.hasPrefix("/") else { return path }
        if path.hasPrefix("~") { return (path as NSString).expandingTildeInPath }
        return (workingDirectory as NSString).appendingPathComponent(path)
    }
}
