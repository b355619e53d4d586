import FuzzSupport
import SuanpanCore

/// The statement splitter and parser and every statement, as a script runs them: the input
/// is a script, run to its end in a safe-mode session holding a small workbook, so that no
/// statement can read or write a file.
@main
enum FuzzStatements {
    static func main() { runFuzzer { data, size in fuzzStatements(data ?? emptyInput, size) } }
}

func fuzzStatements(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = text(data, size)
    withLargeStack {
        FuzzSession.with { session in
            session.execute(source, origin: .command, stopOnError: false) { _ in }
        }
    }
    return 0
}
