import Foundation

/// `export SHEET to FILE.csv|.txt|.md|.json [OPTIONS]`: a sheet's values for other programs
/// and people; the file's extension says the format.
extension StatementTable {
    static let exportUsage = "export SHEET|* to FILE.csv|.txt|.md|.json [bom] [encoding utf-8|gb18030] [numbers as text]"

    static let export = StatementSpec(
        "export", usage: exportUsage,
        summary: "write a sheet's values to a .csv, .txt, .md or .json file",
        details: """
            The extension says the format. `.csv`: values, not formulas, RFC 4180, UTF-8 unless \
            `encoding gb18030` (what zh-CN Excel and WPS read by default); `bom` lets Excel see \
            UTF-8; text starting with = + - @ is escaped so that Excel does not run it. `.txt`: \
            the aligned table `show` prints, every row, no colour. `.md`: a Markdown table, units \
            in the headings, numbers in their column's format and right-aligned (`---:`). \
            `.json`: an array of records, one per row, keyed by the headings as the table shows \
            them (`{"部门": "办公室", "决算数(万元)": 118.20}`), in column order; numbers are JSON \
            numbers with exactly their decimal digits, or strings with `numbers as text`; a \
            blank is null, TRUE/FALSE true/false, a date "2022-09-30", an error "#DIV/0!". The \
            folder is made if missing, and an existing file is replaced only once the new one \
            is complete. `export * to out/{sheet}.csv` writes every sheet of the workbook, \
            {sheet} standing for each sheet's name.
            """,
        examples: ["export 部门季度 to out/q3.csv bom", "export 支出 to 支出.csv encoding gb18030",
                   "export 部门季度 to out/q3.md", "export 部门季度 to out/q3.json numbers as text",
                   "export * to out/{sheet}.csv bom"],
        completes: [.sheet, .file]
    ) { words throws(Diagnostic) in
        let sheet = try words.take("a sheet to export")
        try words.expect("to", after: "the sheet", usage: exportUsage)
        let file = try words.take("a file after 'to'")
        var options = ExportOptions()
        var uses: [ExportStatement.OptionUse] = []
        while let word = words.next {
            if words.takeIf("bom") {
                options.byteOrderMark = true
                uses.append(.init(option: "bom", span: word.span, formats: [.csv]))
            } else if words.takeIf("encoding") {
                let name = try words.take("an encoding: utf-8 or gb18030")
                switch name.text.lowercased() {
                case "utf-8", "utf8": options.gb18030 = false
                case "gb18030", "gbk": options.gb18030 = true
                default: throw Diagnostic("unknown encoding '\(name.text)'", at: name.span, hint: "utf-8 or gb18030")
                }
                uses.append(.init(option: "encoding", span: SourceSpan(word.span.start, name.span.end), formats: [.csv]))
            } else if words.takeIf("numbers") {
                try words.expect("as", after: "'numbers'", usage: exportUsage)
                let end = words.next?.span.end ?? word.span.end
                try words.expect("text", after: "'numbers as'", usage: exportUsage)
                options.numbersAsText = true
                uses.append(.init(option: "numbers as text", span: SourceSpan(word.span.start, end), formats: [.json]))
            } else {
                throw Diagnostic("unexpected '\(word.text)'", at: word.span, hint: "usage: \(exportUsage)")
            }
        }
        return ExportStatement(sheet: sheet.text, sheetSpan: sheet.span, file: file.text, fileSpan: file.span,
                               options: options, optionUses: uses)
    }
}

struct ExportStatement: Command {
    /// An option as written, and the formats it applies to: `bom` with a `.json` file is a
    /// mistake worth a message, not something to ignore.
    struct OptionUse {
        var option: String
        var span: SourceSpan
        var formats: Set<ExportFormat>
    }

    let sheet: String
    let sheetSpan: SourceSpan
    let file: String
    let fileSpan: SourceSpan
    let options: ExportOptions
    let optionUses: [OptionUse]

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        guard sheet == "*" else {
            return try export(session.sheet(named: sheet, at: sheetSpan), to: file, in: session)
        }
        // `export * to out/{sheet}.csv`: every sheet, each to the file its name makes.
        guard file.contains(Self.sheetPlaceholder) else {
            throw Diagnostic("exporting every sheet needs {sheet} in the file name, so that each gets its own file",
                             at: fileSpan, hint: "export * to out/{sheet}.csv")
        }
        for source in session.current.sheets {
            let stem = WorkbookStore.safeStem(source.name)
            try export(source, to: file.replacingOccurrences(of: Self.sheetPlaceholder, with: stem), in: session)
        }
    }

    /// In the file of `export *`, the name of each sheet in turn.
    static let sheetPlaceholder = "{sheet}"

    private func export(_ source: Sheet, to file: String, in session: Session) throws(Diagnostic) {
        let named = try session.substitute(file, at: fileSpan)
        guard let format = ExportFormat(path: named) else {
            throw Diagnostic("cannot export to '\(named)': the file must end in \(ExportFormat.supportedList)", at: fileSpan)
        }
        for use in optionUses where !use.formats.contains(format) {
            let formats = use.formats.map { "." + $0.rawValue }.sorted().joined(separator: " and ")
            throw Diagnostic("'\(use.option)' applies only to \(formats) exports, not .\(format.rawValue)", at: use.span)
        }
        let path = try session.authorize(named, for: .write, at: fileSpan)
        try Self.makeFolder(of: path, at: fileSpan)
        let display = SheetExport.Display(units: session.current.units, rounding: session.displayRounding,
                                          formats: session.current.displayFormats(of: source))
        do {
            try SheetExport.write(source, to: path, as: format, options: options, display: display)
        } catch {
            throw Diagnostic(error.description, at: fileSpan)
        }
    }

    /// `export … to out/q3.csv` into a folder not made yet: make it, as `save to` does.
    static func makeFolder(of path: String, at span: SourceSpan) throws(Diagnostic) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic("cannot create the folder '\(folder)': \(error.localizedDescription)", at: span)
        }
    }
}
