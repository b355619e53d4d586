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
        var offset = 0
        while let bytes = Self.readLineBytes() {
            lineNumber += 1
            defer { offset += bytes.count }
            // Swift's readLine would mend invalid UTF-8 into U+FFFD and run the mended text;
            // a script file with such a line is refused, and so is the line here (SPEC §10).
            if let invalid = ScriptFile.firstInvalidByte(bytes) {
                Terminal.reportError("<stdin>:\(lineNumber): is not UTF-8 at byte \(offset + invalid) "
                                     + "(send UTF-8 text; the statement is skipped)")
                succeeded = false
                pending.clear()
                continue
            }
            var line = String(decoding: bytes, as: UTF8.self)
            // "\r\n" is one Character in Swift.
            if let last = line.last, last == "\n" || last == "\r\n" { line.removeLast() }
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

    /// Standard input as a C stream. Only this reader uses it, on the one thread that runs
    /// the session (the global `stdin` is a mutable C variable Swift cannot check).
    nonisolated(unsafe) private static let input = fdopen(STDIN_FILENO, "r")

    /// The next line of standard input as bytes, with its line ending; nil at the end.
    private static func readLineBytes() -> [UInt8]? {
        guard let input else { return nil }
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        let length = getline(&buffer, &capacity, input)
        guard length >= 0, let buffer else { return nil }
        return UnsafeRawBufferPointer(start: buffer, count: length).map { $0 }
    }

    private func execute(_ pending: PendingStatement) -> Bool {
        let origin = SourceOrigin(name: SourceOrigin.standardInput.name, firstLine: pending.firstLine)
        return session.execute(pending.text, origin: origin, stopOnError: false, emit: Terminal.emit)
    }
}
