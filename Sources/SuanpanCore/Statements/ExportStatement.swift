import Foundation

/// `export SHEET to FILE.csv [bom] [encoding gb18030]`: a sheet's values for other programs.
extension StatementTable {
    static let exportUsage = "export SHEET to FILE.csv [bom] [encoding utf-8|gb18030]"

    static let export = StatementSpec(
        "export", usage: exportUsage,
        summary: "write a sheet's values to a CSV file",
        details: """
            Values, not formulas: RFC 4180, UTF-8 unless `encoding gb18030` (what zh-CN Excel \
            and WPS read by default); `bom` lets Excel see UTF-8. Text starting with = + - @ is \
            escaped so that Excel does not run it. An existing file is replaced only once the \
            new one is complete.
            """,
        examples: ["export 部门季度 to out/q3.csv bom", "export 支出 to 支出.csv encoding gb18030"],
        completes: [.sheet, .file]
    ) { words throws(Diagnostic) in
        let sheet = try words.take("a sheet to export")
        try words.expect("to", after: "the sheet", usage: exportUsage)
        let file = try words.take("a file after 'to'")
        var options = ExportOptions()
        while let word = words.next {
            if words.takeIf("bom") {
                options.byteOrderMark = true
            } else if words.takeIf("encoding") {
                let name = try words.take("an encoding: utf-8 or gb18030")
                switch name.text.lowercased() {
                case "utf-8", "utf8": options.gb18030 = false
                case "gb18030", "gbk": options.gb18030 = true
                default: throw Diagnostic("unknown encoding '\(name.text)'", at: name.span, hint: "utf-8 or gb18030")
                }
            } else {
                throw Diagnostic("unexpected '\(word.text)'", at: word.span, hint: "usage: \(exportUsage)")
            }
        }
        return ExportStatement(sheet: sheet.text, sheetSpan: sheet.span, file: file.text, fileSpan: file.span, options: options)
    }
}

struct ExportStatement: Command {
    let sheet: String
    let sheetSpan: SourceSpan
    let file: String
    let fileSpan: SourceSpan
    let options: ExportOptions

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let source = try session.sheet(named: sheet, at: sheetSpan)
        let path = try session.authorize(session.substitute(file, at: fileSpan), for: .write, at: fileSpan)
        // `export … to out/q3.csv` into a folder not made yet: make it, as `save to` does.
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw Diagnostic("cannot create the folder '\(folder)': \(error.localizedDescription)", at: fileSpan)
            }
        }
        do {
            try CSVExport.write(source, to: path, options: options)
        } catch {
            throw Diagnostic(error.description, at: fileSpan)
        }
    }
}
