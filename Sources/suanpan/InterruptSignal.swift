import Foundation
import SuanpanCore
import Synchronization

/// Ctrl-C at the prompt: at the prompt it abandons the line being typed; while a statement
/// runs it asks the statement to stop (`Interruption.request()`, which the engine polls).
///
/// The handlers only store to atomics and write one byte to a pipe — what a signal handler
/// may do. The byte wakes `LineReader`'s `poll` whichever thread the kernel delivered the
/// signal to (the self-pipe trick); readline's own handlers are off (`rl_catch_signals = 0`).
/// A terminal resize (SIGWINCH) wakes the prompt the same way, so that the line being typed
/// is redrawn for the new width at once.
enum InterruptSignal {
    /// A Ctrl-C at the prompt not yet seen by `LineReader`.
    private static let atPrompt = Atomic<Bool>(false)
    /// A terminal resize (SIGWINCH) not yet passed on to readline.
    private static let resized = Atomic<Bool>(false)
    /// The pipe's ends: the handler writes, `LineReader` polls and drains.
    nonisolated(unsafe) private(set) static var wakeReadEnd: Int32 = -1
    nonisolated(unsafe) private static var wakeWriteEnd: Int32 = -1

    /// Makes the pipe and lets Ctrl-C through to this thread, the one that reads and runs
    /// statements. Called once, before any handler is installed, so that the handlers find
    /// everything initialised.
    static func prepare() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
        wakeReadEnd = ends[0]
        wakeWriteEnd = ends[1]
        _ = atPrompt.load(ordering: .relaxed)
        _ = resized.load(ordering: .relaxed)
        Interruption.reset()
        unblockInThisThread()
        // Whichever thread the kernel picks for SIGWINCH, the byte wakes the prompt's poll.
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            InterruptSignal.resized.store(true, ordering: .relaxed)
            var byte: UInt8 = 0
            _ = write(InterruptSignal.wakeWriteEnd, &byte, 1)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGWINCH, &action, nil)
    }

    /// Whether the terminal was resized since the last call. The pipe is emptied by
    /// `takePromptInterrupt`, which the prompt calls first.
    static func takeResize() -> Bool {
        resized.exchange(false, ordering: .relaxed)
    }

    /// From now on Ctrl-C abandons the line at the prompt.
    static func catchAtPrompt() {
        install { _ in
            InterruptSignal.atPrompt.store(true, ordering: .relaxed)
            var byte: UInt8 = 0
            _ = write(InterruptSignal.wakeWriteEnd, &byte, 1)
        }
    }

    /// From now on Ctrl-C asks the running statement to stop.
    static func catchDuringStatement() {
        install { _ in Interruption.request() }
    }

    /// Whether Ctrl-C was pressed at the prompt since the last call; empties the pipe.
    static func takePromptInterrupt() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakeReadEnd, &buffer, buffer.count) > 0 {}
        return atPrompt.exchange(false, ordering: .relaxed)
    }

    /// Lets SIGINT reach the calling thread, even when the program that started suanpan
    /// blocked it (the mask is inherited).
    static func unblockInThisThread() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Keeps SIGINT from the calling thread, so that the kernel delivers it to another.
    static func blockInThisThread() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Installs `handler` for SIGINT without SA_RESTART, so that a blocking call returns.
    private static func install(_ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }
}
