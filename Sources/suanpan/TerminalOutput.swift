import Foundation
import SuanpanCore

/// What the session needs to know about standard output: whether a person reads it on a
/// terminal (colour), and how wide that terminal is (tables fit it). Redirected output gets
/// neither, so a file or a pipe receives every column and no escape codes (SPEC §6).
enum TerminalOutput {
    /// Gives `session` the output's colour and width: once at start, and at the prompt
    /// before each statement, so that a resized window is followed.
    static func configure(_ session: Session) {
        session.usesColor = usesColor
        session.terminalWidth = width()
    }

    /// Colour on standard output only on a terminal that is not `dumb`, without `NO_COLOR`
    /// (https://no-color.org) — the rule `Terminal.colorsErrors` applies to standard error.
    static let usesColor: Bool = {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDOUT_FILENO) != 0 && environment["TERM"] != "dumb" && environment["NO_COLOR"] == nil
    }()

    /// The width in columns of the terminal `descriptor` writes to (standard output by
    /// default): the kernel's window size, else `COLUMNS` (a terminal that reports 0, as a
    /// serial console may); nil when it is not a terminal (redirected output).
    static func width(of descriptor: Int32 = STDOUT_FILENO) -> Int? {
        guard isatty(descriptor) != 0 else { return nil }
        var size = winsize()
        if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        guard let columns = ProcessInfo.processInfo.environment["COLUMNS"], let count = Int(columns), count > 0 else {
            return nil
        }
        return count
    }
}
