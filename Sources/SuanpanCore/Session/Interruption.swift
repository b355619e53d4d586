import Synchronization

/// Ctrl-C while a statement runs: the signal handler calls `request()`, long loops poll
/// `isRequested` and stop early, and the session then puts the workbook back as it was
/// before the statement.
///
/// A lock-free atomic is the one thing a signal handler may safely touch. Each session has
/// its own flag, so that sessions (and tests) running side by side do not stop each other;
/// the command line gives its session `InterruptionFlag.shared`, the one its SIGINT handler
/// sets.
public final class InterruptionFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    /// The flag of the process's signal handler.
    public static let shared = InterruptionFlag()

    /// Asks the running statement to stop. Safe to call from a signal handler.
    public func request() {
        flag.store(true, ordering: .relaxed)
    }

    /// Whether a stop was asked for and not yet handled.
    public var isRequested: Bool {
        flag.load(ordering: .relaxed)
    }

    /// Forgets a request: at the prompt once the interrupted statement has been undone.
    public func reset() {
        flag.store(false, ordering: .relaxed)
    }
}

/// The process-wide flag, for the command line's signal handler.
public enum Interruption {
    public static func request() { InterruptionFlag.shared.request() }
    public static var isRequested: Bool { InterruptionFlag.shared.isRequested }
    public static func reset() { InterruptionFlag.shared.reset() }
}
