import Foundation
import SuanpanCore

/// The prompt: read a statement, run it, print what it printed — over and over until Ctrl-D
/// or `quit` (lua.c's `doREPL`, SQLite's `process_input`).
///
/// A statement goes on over lines while a bracket or quote is open or a line ends with `,`;
/// errors name `<prompt>` and the line of the statement. Leaving with unsaved changes asks
/// first: `y` leaves, anything else stays, Ctrl-D at the question leaves (pressed twice,
/// it means it), Ctrl-C stays.
struct REPL {
    let session: Session

    static let prompt = "算盘> "
    /// The continuation prompt, as wide on screen as the first so that the lines align.
    static let continuationPrompt = String(repeating: " ", count: max(displayWidth(prompt) - 5, 0)) + "...> "

    /// Runs the prompt until the analyst leaves.
    func run() -> Bool {
        let reader = LineReader(history: History(path: History.path(in: ProcessInfo.processInfo.environment)),
                                completingFrom: session)
        Terminal.writeOutput("算盘 suanpan \(Suanpan.version) — type 'help' for help, 'quit' to leave")
        var pending = PendingStatement()
        while true {
            ReadlineCompletion.earlierLines = pending.text
            switch reader.read(prompt: pending.isEmpty ? Self.prompt : Self.continuationPrompt) {
            case .interrupted:
                pending.clear()
            case .endOfInput where !pending.isEmpty:
                // Ctrl-D on an empty continuation line gives up the statement, as Ctrl-C does.
                pending.clear()
            case .endOfInput:
                if mayLeave(reader) { return true }
            case .line(let line):
                pending.add(line, lineNumber: pending.lines.count + 1)
                if pending.needsMoreInput { continue }
                reader.remember(pending.text)
                execute(pending.text)
                pending.clear()
                if session.quitRequested {
                    if mayLeave(reader) { return true }
                    session.cancelQuit()
                }
            }
        }
    }

    /// Runs one statement with Ctrl-C asking it to stop.
    private func execute(_ statement: String) {
        InterruptSignal.catchDuringStatement()
        // The window may have been resized since the last statement.
        session.terminalWidth = TerminalTraits.outputWidth()
        var lineBroken = false
        session.execute(statement, origin: SourceOrigin.prompt, stopOnError: false) { event in
            // The terminal echoed `^C` with no line end: start the report on a line of its own.
            if Interruption.isRequested, !lineBroken {
                Terminal.writeError("")
                lineBroken = true
            }
            Terminal.emit(event)
        }
        // The session has reported the interruption and undone the statement; the next
        // statement starts afresh.
        if Interruption.isRequested { Interruption.reset() }
    }

    /// Whether to leave: yes when everything is saved, else as the analyst answers.
    private func mayLeave(_ reader: LineReader) -> Bool {
        guard session.hasUnsavedChanges else { return true }
        let aliases = session.unsavedWorkbookAliases.joined(separator: ", ")
        switch reader.read(prompt: "unsaved changes in \(aliases). Leave without saving? [y/N] ") {
        case .line(let answer):
            return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
        case .endOfInput:
            return true
        case .interrupted:
            return false
        }
    }
}
