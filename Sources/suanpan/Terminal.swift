import Foundation
import SuanpanCore

/// The process's exit statuses (SPEC §1).
enum ExitStatus {
    static let success: Int32 = 0
    /// A statement failed (or, with --strict, a check).
    static let failure: Int32 = 1
    /// Bad command-line usage.
    static let usage: Int32 = 2
}

/// Writing to standard output and standard error.
enum Terminal {
    static func writeOutput(_ text: String) {
        ProgressTicker.shared.erase()
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func writeError(_ text: String) {
        ProgressTicker.shared.erase()
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// An error that belongs to no source line: `suanpan: error: MESSAGE`.
    static func reportError(_ message: String) {
        writeError("suanpan: \(highlighted("error:")) \(message)")
    }

    /// Prints what a statement produced: results on standard output, errors and notes on
    /// standard error. Every mode passes this to `Session.execute`.
    static func emit(_ event: SessionEvent) {
        switch event {
        case .output(let line):
            writeOutput(line)
        case .error(let error):
            writeError(highlightingFirstError(in: error.rendered))
        case .note(let note):
            writeError("note: \(note)")
        }
    }

    /// Colour on standard error only when a person reads it there: a terminal that is not
    /// `dumb`, and no `NO_COLOR` (swift-format's TTY check; https://no-color.org).
    static let colorsErrors: Bool = {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDERR_FILENO) != 0 && environment["TERM"] != "dumb" && environment["NO_COLOR"] == nil
    }()

    /// `text` in bold red when colouring.
    static func highlighted(_ text: String) -> String {
        colorsErrors ? "\u{1B}[1;31m\(text)\u{1B}[0m" : text
    }

    /// The first line of a rendered error with its `error:` in red.
    private static func highlightingFirstError(in rendered: String) -> String {
        guard colorsErrors, let range = rendered.range(of: ": error:") else { return rendered }
        return rendered.replacingCharacters(in: range, with: ": " + highlighted("error:"))
    }
}
