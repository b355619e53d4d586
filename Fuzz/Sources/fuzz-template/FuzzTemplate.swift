import FuzzSupport
import SuanpanCore

/// The report template parser and renderer: the input is a template, read as `report` reads
/// one and rendered, as plain text and as Markdown, against a session's small workbook.
@main
enum FuzzTemplate {
    static func main() { runFuzzer { data, size in fuzzTemplate(data ?? emptyInput, size) } }
}

func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = text(data, size)
    withLargeStack {
        FuzzSession.with { session in
            _ = FuzzEntryPoints.renderReport(template: source, in: session)
        }
    }
    return 0
}
