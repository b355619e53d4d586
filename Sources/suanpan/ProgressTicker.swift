import Foundation
import SuanpanCore

/// The progress line a long step shows on a terminal (SPEC §6), redrawn in place:
///
///     reading 台账.csv … 1,234,567 rows, 2.3 s
///
/// The engine records what it does in the session's `ProgressReport`; this ticker, on a
/// thread of its own, looks ten times a second and draws the status on standard error once
/// the step has run for a second — a quick statement never flickers a line. Only when
/// standard error is a terminal that understands "erase to end of line" (not `dumb`):
/// redirected output never holds progress. The line is erased before anything else is
/// printed and as soon as the step ends, so it never mixes with results or the prompt.
final class ProgressTicker: @unchecked Sendable {
    static let shared = ProgressTicker()

    /// How long a step runs before its progress shows.
    static let delay: Duration = .seconds(1)

    /// Guards `report` and `isShown`, so that drawing and erasing do not interleave with
    /// each other or with output written by the statement's thread.
    private let lock = NSLock()
    private var report: ProgressReport?
    /// Whether a progress line is on the screen now.
    private var isShown = false

    /// Gives `session` a progress report and starts ticking, when standard error is a
    /// terminal; otherwise does nothing, and the engine records nothing.
    func start(for session: Session) {
        let environment = ProcessInfo.processInfo.environment
        guard isatty(STDERR_FILENO) != 0, environment["TERM"] != "dumb" else { return }
        let report = ProgressReport { ProgressTicker.shared.erase() }
        lock.withLock { self.report = report }
        session.progress = report
        let thread = Thread { [self] in
            // Ctrl-C belongs to the thread running statements.
            InterruptSignal.blockInThisThread()
            while true {
                usleep(100_000)
                tick()
            }
        }
        thread.start()
    }

    /// Draws the current status, or erases a line whose step has ended.
    private func tick() {
        lock.withLock {
            guard let status = report?.status(), status.elapsed >= Self.delay else {
                eraseLocked()
                return
            }
            // One column spare: a line that fills the terminal exactly would wrap.
            let width = TerminalOutput.width(of: STDERR_FILENO) ?? 80
            let line = status.line.truncated(toDisplayWidth: width - 1)
            Self.writeError("\r" + line + "\u{1B}[K")
            isShown = true
        }
    }

    /// Removes the progress line, if one is shown: before output, and when a step ends.
    func erase() {
        lock.withLock { eraseLocked() }
    }

    private func eraseLocked() {
        guard isShown else { return }
        Self.writeError("\r\u{1B}[K")
        isShown = false
    }

    private static func writeError(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
