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
        installParameters(in: workbook)
        return notes
    }

    /// The path a statement may use for `use`, or an error at `span` saying why not. Safe
    /// mode (`--safe`) keeps writes inside the output folder and reads inside the readable
    /// folders and the output folder, after resolving `..` and symbolic links; it runs no
    /// other script.
    func authorize(_ path: String, for use: FileUse, at span: SourceSpan) throws(Diagnostic) -> String {
        let resolved = resolve(path)
        guard case .safe(let readable, let outputDirectory) = fileAccess else { return resolved }
        let base = workingDirectory ?? FileManager.default.currentDirectoryPath
        let target = CanonicalPath.of(resolved, base: base)
        let output = outputDirectory.map { CanonicalPath.of($0, base: base) }
        switch use {
        case .runScript:
            throw Diagnostic("safe mode: scripts may not run other scripts", at: span)
        case .write:
            guard let output else {
                throw Diagnostic("safe mode: no file may be written without an output folder", at: span,
                                 hint: "give one with --out DIR")
            }
            guard CanonicalPath.isInside(target, output) else {
                throw Diagnostic("safe mode: '\(path)' is outside the output folder \(output)", at: span)
            }
        case .read:
            let folders = readable.map { CanonicalPath.of($0, base: base) } + (output.map { [$0] } ?? [])
            guard folders.contains(where: { CanonicalPath.isInside(target, $0) }) else {
                throw Diagnostic("safe mode: '\(path)' is outside the folders this script may read", at: span,
                                 hint: folders.isEmpty ? nil : "readable: " + folders.joined(separator: ", "))
            }
        }
        return resolved
    }

    /// `path` made absolute against `workingDirectory` when that is set; otherwise as given,
    /// so that messages name files the way the analyst wrote them.
    func resolve(_ path: String) -> String {
        guard let workingDirectory, !path.hasPrefix("/") else { return path }
        if path.hasPrefix("~") { return (path as NSString).expandingTildeInPath }
        return (workingDirectory as NSString).appendingPathComponent(path)
    }

    /// A script's `param`s given before `open` become names of the workbook opened, so that
    /// what is computed from them there (a summary `where 年度 = 本年`) is saved with what it
    /// reads. A name the workbook has already is its own; a parameter that cannot be defined
    /// there is still read through the session.
    private func installParameters(in workbook: Workbook) {
        for (name, formula) in parameterFormulas.sorted(by: { $0.key < $1.key }) where workbook.names[name] == nil {
            try? workbook.setName(name, to: formula, sheet: currentSheet, environment: environment)
        }
    }
}
