import Synchronization

/// Ctrl-C while a statement runs: the signal handler calls `request()`, long loops poll
/// `isRequested` and stop early, and the session then puts the workbook back as it was
/// before the statement.
///
/// A lock-free atomic is the one thing a signal handler may safely touch.
public enum Interruption {
    private static let flag = Atomic<Bool>(false)

    /// Asks the running statement to stop. Safe to call from a signal handler.
    public static func request() {
        flag.store(true, ordering: .relaxed)
    }

    /// Whether a stop was asked for and not yet handled.
    public static var isRequested: Bool {
        flag.load(ordering: .relaxed)
    }

    /// Forgets a request: at the prompt once the interrupted statement has been undone.
    public static func reset() {
        flag.store(false, ordering: .relaxed)
    }
}
