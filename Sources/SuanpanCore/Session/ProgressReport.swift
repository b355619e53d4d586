import Synchronization

/// What a long statement is doing, for the command line to show on a terminal (SPEC §6):
/// `reading 台账.csv … 1,234,567 rows, 2.3 s`.
///
/// The engine only records — the statement running, the file being read and the rows read
/// so far — and never prints: a ticker on another thread (the command line's) asks for
/// `status()` a few times a second, and decides whether a person is watching and whether the
/// step has run long enough to be worth a line. Recording is cheap (a lock, no allocation per
/// row): readers report per part of a file, never per row.
public final class ProgressReport: Sendable {
    private struct State {
        /// The statements running, innermost last (`run` nests a script's statements), and
        /// when each began.
        var steps: [(text: String, started: ContinuousClock.Instant)] = []
        /// What the innermost step is doing now (`reading 台账.csv`), and when that began.
        var task: (text: String, started: ContinuousClock.Instant)?
        var rows = 0
    }

    private let state = Mutex(State())
    /// Called when nothing is running any more, on the thread that finished: a ticker erases
    /// its line there, before the statement's caller prints anything.
    private let whenIdle: @Sendable () -> Void

    public init(whenIdle: @escaping @Sendable () -> Void = {}) {
        self.whenIdle = whenIdle
    }

    /// A statement starts; `text` is how it was written.
    public func beginStep(_ text: String, at instant: ContinuousClock.Instant = .now) {
        state.withLock { $0.steps.append((text, instant)) }
    }

    /// The innermost statement has finished.
    public func endStep() {
        let idle = state.withLock { state in
            _ = state.steps.popLast()
            if state.steps.isEmpty { state.task = nil }
            return state.steps.isEmpty
        }
        if idle { whenIdle() }
    }

    /// The step now does `text` (`reading 台账.csv`), counting rows from 0.
    public func beginTask(_ text: String, at instant: ContinuousClock.Instant = .now) {
        state.withLock { state in
            state.task = (text, instant)
            state.rows = 0
        }
    }

    /// `count` more rows read — from any thread.
    public func addRows(_ count: Int) {
        state.withLock { $0.rows += count }
    }

    /// The task is done; the step (if any) goes on.
    public func endTask() {
        let idle = state.withLock { state in
            state.task = nil
            return state.steps.isEmpty
        }
        if idle { whenIdle() }
    }

    /// What is running and for how long, or nil when nothing is. The time counts from the
    /// start of the outermost step (a task outside any step, from its own start).
    public func status(at now: ContinuousClock.Instant = .now) -> (line: String, elapsed: Duration)? {
        state.withLock { state in
            guard let started = state.steps.first?.started ?? state.task?.started else { return nil }
            let elapsed = now - started
            let tenths = Int((elapsed / .milliseconds(100)).rounded(.down))
            let time = "\(tenths / 10).\(tenths % 10) s"
            if let task = state.task {
                let rows = state.rows == 0 ? "" : "\(state.rows.grouped) \(state.rows == 1 ? "row" : "rows"), "
                return ("\(task.text) … \(rows)\(time)", elapsed)
            }
            return ("\(Self.shortened(state.steps.last!.text)) … \(time)", elapsed)
        }
    }

    /// A statement cut to its first line and about 40 columns, for a status line.
    static func shortened(_ text: String) -> String {
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        let trimmed = String(firstLine.trimmingSpaces)
        return displayWidth(trimmed) <= 40 ? trimmed : trimmed.truncated(toDisplayWidth: 40)
    }
}
