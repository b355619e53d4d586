/// Ways in for the libFuzzer targets under `Fuzz/`, to parts of the engine that are not
/// public API. Nothing else calls these; each does what the statement it names does,
/// without touching the file system.
public enum FuzzEntryPoints {
    /// Reads `template` as `report` does and renders it against the session's current
    /// workbook, as plain text and as Markdown. Returns the plain-text report, or nil when
    /// the template is refused (a malformed placeholder, a name that does not exist).
    public static func renderReport(template: String, in session: Session) -> String? {
        let parsed: ReportTemplate
        do {
            parsed = try ReportTemplate(parsing: template, unitSymbols: session.current.units.symbols)
        } catch {
            return nil
        }
        var markdown = ReportRenderer(session: session, style: .markdown)
        _ = try? markdown.render(parsed)
        var plain = ReportRenderer(session: session, style: .plainText)
        return try? plain.render(parsed)
    }
}

extension FuzzEntryPoints {
    /// Puts `workbook` back as it is now when called, as a failed statement or `undo` puts
    /// workbooks back: a fuzz target builds its workbook once and restores it after each
    /// input, instead of building it again.
    public static func restorer(of workbook: Workbook) -> () -> Void {
        let contents = workbook.contents
        return { workbook.restore(contents) }
    }
}
