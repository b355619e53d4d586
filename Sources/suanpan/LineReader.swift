@preconcurrency import CReadline
import Foundation
import SuanpanCore

/// Reads lines at the prompt with GNU readline: editing, history, Tab completion.
///
/// It uses readline's callback interface and its own `poll`, rather than `readline()`, so
/// that Ctrl-C can abandon a line without jumping out of a signal handler: the handler
/// wakes the `poll` (`InterruptSignal`), and the loop clears readline's state and returns
/// `.interrupted`. Everything readline hands over is freed here.
final class LineReader {
    enum Input: Equatable {
        case line(String)
        /// Ctrl-D on an empty line, or the terminal went away.
        case endOfInput
        /// Ctrl-C: the line was abandoned.
        case interrupted
    }

    private var history: History
    /// Set by the line handler readline calls when a line is complete.
    nonisolated(unsafe) private static var received: Input?

    init(history: History, completingFrom session: Session) {
        // Readline decodes UTF-8 (Chinese input, display widths) only under a UTF-8 locale.
        setlocale(LC_ALL, "")
        // `$if suanpan` in ~/.inputrc (or $INPUTRC, which readline reads itself).
        rl_readline_name = UnsafePointer(strdup("suanpan"))
        rl_catch_signals = 0
        // A resize is ours to catch too: readline's handler is installed only while it reads
        // a key, and the kernel may hand the signal to any thread (see `InterruptSignal`).
        rl_catch_sigwinch = 0
        InterruptSignal.prepare()
        ReadlineCompletion.install(for: session)
        self.history = history
    }

    /// Shows `prompt` and reads one line.
    func read(prompt: String) -> Input {
        InterruptSignal.catchAtPrompt()
        _ = InterruptSignal.takePromptInterrupt()
        // Resized while a statement ran: the prompt is drawn at the new width.
        if InterruptSignal.takeResize() { rl_reset_screen_size() }
        Self.received = nil
        using_history()
        // Readline leaves this set after a Ctrl-D in callback mode, and would then print an
        // extra newline after every line.
        rl_eof_found = 0
        rl_callback_handler_install(prompt) { line in
            // Removing the handler here stops readline from showing the prompt again.
            rl_callback_handler_remove()
            guard let line else {
                LineReader.received = .endOfInput
                return
            }
            LineReader.received = .line(String(cString: line))
            free(line)
        }
        while Self.received == nil {
            if InterruptSignal.takePromptInterrupt() { return abandonLine() }
            // Resized while the line is being typed: redrawn for the new width at once.
            if InterruptSignal.takeResize() { rl_resize_terminal() }
            var sources = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: InterruptSignal.wakeReadEnd, events: Int16(POLLIN), revents: 0)]
            if poll(&sources, 2, -1) < 0 {
                if errno == EINTR { continue }
                rl_callback_handler_remove()
                return .endOfInput
            }
            if sources[0].revents != 0 { rl_callback_read_char() }
        }
        return Self.received ?? .endOfInput
    }

    /// Remembers a statement that ran, for the Up arrow and the next session.
    func remember(_ statement: String) {
        history.add(statement)
    }

    /// After Ctrl-C: shows `^C` at the end of the line and starts afresh on the next.
    private func abandonLine() -> Input {
        rl_point = rl_end
        rl_redisplay()
        rl_callback_sigcleanup()
        rl_free_line_state()
        rl_callback_handler_remove()
        // rl_redisplay flushed readline's buffered output; this goes after it.
        FileHandle.standardOutput.write(Data("^C\n".utf8))
        return .interrupted
    }
}
