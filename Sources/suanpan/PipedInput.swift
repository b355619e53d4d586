import Foundation
import SuanpanCore

/// Statements from standard input when it is not a terminal (`suanpan < q.sp`, a pipe): no
/// banner, no prompt, no readline.
///
/// Each statement runs as soon as its last line has arrived — a program feeding suanpan may
/// wait for the answer before it writes more. An error is reported and the next statement
/// runs, as at the prompt (SPEC §1); at the end of input suanpan leaves without saving.
struct PipedInput {
    let session: Session

    /// Runs everything on standard input; false when any statement failed.
    func run() -> Bool {
        var succeeded = true
        var pending = PendingStatement()
        var lineNumber = 0
        while let line = Swift.readLine(strippingNewline: true) {
            lineNumber += 1
            pending.add(line, lineNumber: lineNumber)
            if pending.needsMoreInput { continue }
            succeeded = execute(pending) && succeeded
            pending.clear()
            if session.quitRequested { return succeeded }
        }
        // An unfinished statement at the end runs too, so that its error is reported.
        if !pending.isEmpty { succeeded = execute(pending) && succeeded }
        return succeeded
    }

    private func execute(_ pending: PendingStatement) -> Bool {
        let origin = SourceOrigin(name: SourceOrigin.standardInput.name, firstLine: pending.firstLine)
        return session.execute(pending.text, origin: origin, stopOnError: false, emit: Terminal.emit)
    }
}
