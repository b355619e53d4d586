import Foundation

/// `report TEMPLATE to FILE`: a template's text with its figures computed (SPEC §8).
extension StatementTable {
    static let reportUsage = "report TEMPLATE to FILE[.txt|.md]"

    static let report = StatementSpec(
        "report", usage: reportUsage,
        summary: "write a report from a template whose placeholders are computed from the workbook",
        details: """
            The template is plain text. {{ EXPRESSION }} writes a value in General, a unit \
            joined to its figure (72.19万元); {{ EXPRESSION : "0.00%" }} writes it in a number \
            format, rounded as `set rounding` says. {{ table SHEET [columns A, B] [where …] \
            [order by …] [limit N] }}, alone on its line, writes the rows as `show` lays them \
            out. A line starting with # to #### is a heading numbered in the Chinese \
            convention — 一、 （一） 1. （1） — each level counting on until a higher one \
            starts; a title that already has its number (# 二、…) keeps it and the counting \
            goes on from it. {{# … }} is a comment; {{ "{{" }} writes the braces. FILE ending \
            in .md is Markdown: headings as #, ## with their numbers, tables with pipes; any \
            other name is plain text. A name that does not exist stops the report with an \
            error at its line and column in the template; a placeholder that gives an error \
            value (#DIV/0!) is written as it is, with a note. The file is replaced only once \
            the new one is complete; its folder is made if missing. {name} in either path is \
            replaced by the name's value. Phrase helpers write the usual sentences: \
            CHANGETEXT, GAPTEXT, SHARETEXT.
            """,
        examples: ["report templates/seed-section-2.txt to out/seed-section-2.txt",
                   "report templates/quarterly.txt to out/q{quarter}-report.md"],
        completes: [.file, .file]
    ) { words throws(Diagnostic) in
        let template = try words.take("a template to read")
        try words.expect("to", after: "the template", usage: reportUsage)
        let file = try words.take("a file after 'to'")
        try words.finish(reportUsage)
        return ReportStatement(template: template.text, templateSpan: template.span, file: file.text, fileSpan: file.span)
    }
}

struct ReportStatement: Command {
    let template: String
    let templateSpan: SourceSpan
    let file: String
    let fileSpan: SourceSpan

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let shownTemplate = try session.substitute(template, at: templateSpan)
        let templatePath = try session.authorize(shownTemplate, for: .read, at: templateSpan)
        let shownFile = try session.substitute(file, at: fileSpan)
        let path = try session.authorize(shownFile, for: .write, at: fileSpan)
        let source: String
        do {
            source = try ScriptFile.read(templatePath, shownPath: shownTemplate, what: "template")
        } catch {
            throw Diagnostic(error.description, at: templateSpan)
        }

        let origin = SourceOrigin(name: shownTemplate)
        let style: ReportRenderer.Style = ["md", "markdown"].contains((path as NSString).pathExtension.lowercased())
            ? .markdown : .plainText
        var renderer = ReportRenderer(session: session, style: style)
        let text: String
        do {
            let parsed = try ReportTemplate(parsing: source, unitSymbols: session.current.units.symbols)
            text = try renderer.render(parsed)
        } catch {
            // The template's own line and column, then this statement's failure.
            emit(.error(SessionError(error, origin: origin, source: source)))
            throw Diagnostic("the report was not written: template '\(shownTemplate)' has an error at line \(error.lineNumber(in: source))",
                             at: templateSpan)
        }
        for note in renderer.notes { emit(.note(note)) }
        for value in renderer.errorValues {
            let place = SessionError(Diagnostic("", at: value.placeholder.span), origin: origin, source: source).location
            let why = value.error.message.map { " (\($0))" } ?? ""
            emit(.note("\(place): {{ \(value.placeholder.source) }} is \(value.error.description)\(why); written as it is"))
        }
        do {
            try FileManager.default.createDirectory(atPath: AtomicFile.folder(of: path), withIntermediateDirectories: true)
        } catch {
            throw Diagnostic("cannot create the folder '\(AtomicFile.folder(of: shownFile))': \(error.localizedDescription)", at: fileSpan)
        }
        do {
            try AtomicFile.write(Array(text.utf8), to: path, displayPath: shownFile)
        } catch {
            throw Diagnostic(error.description, at: fileSpan)
        }
    }
}

extension SessionError {
    /// `FILE:LINE:COLUMN`, as the rendered error begins.
    var location: String {
        let header = rendered.prefix { $0 != "\n" }
        return String(header.prefix(upTo: header.range(of: ": ")?.lowerBound ?? header.endIndex))
    }
}
