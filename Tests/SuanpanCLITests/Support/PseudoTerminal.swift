import Foundation
import Glibc
import Testing

/// The built `suanpan` running in a real pseudo-terminal, as an analyst's terminal runs it:
/// readline, Ctrl-C and Ctrl-D behave as they do for a person.
///
/// Tests type keystrokes with `type(_:)` and wait for text with `expect(_:)`, which
/// searches the output from where the last match ended, with escape sequences and carriage
/// returns removed. Timeouts are generous (a loaded two-core CI machine); nothing is timed.
final class PseudoTerminal {
    private let pid: pid_t
    private let master: Int32
    private var received: [UInt8] = []
    /// Where in the cleaned output the next `expect` starts looking.
    private var searchFrom = 0
    private var exitStatus: Int32?

    static let timeout: Duration = .seconds(30)

    /// Starts `suanpan ARGUMENTS` with a UTF-8 locale, no ~/.inputrc, colour off and the
    /// history in `historyFile`.
    init(_ arguments: [String], historyFile: String, environment extra: [String: String] = [:]) throws {
        var environment = ProcessInfo.processInfo.environment
        environment.merge(["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm", "INPUTRC": "/dev/null",
                           "NO_COLOR": "1", "SUANPAN_HISTORY": historyFile]) { _, new in new }
        environment.merge(extra) { _, new in new }
        // Everything the child needs is made before fork: after it only execve runs.
        let path = suanpanExecutable.path
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
        var master: Int32 = -1
        let pid = forkpty(&master, nil, nil, &size)
        if pid == 0 {
            // A terminal's shell starts programs with no signal blocked; the test runner's
            // thread may block some, and the mask would be inherited.
            var none = sigset_t()
            sigemptyset(&none)
            sigprocmask(SIG_SETMASK, &none, nil)
            signal(SIGINT, SIG_DFL)
            execve(path, argv, envp)
            _exit(127)
        }
        guard pid > 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        self.pid = pid
        self.master = master
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Sends keystrokes: `\r` is Enter, `\t` Tab, `\u{3}` Ctrl-C, `\u{4}` Ctrl-D, `\u{1B}[A` Up.
    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until `text` appears in the output after the previous match; records an issue
    /// with the output so far if it does not.
    @discardableResult
    func expect(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let deadline = ContinuousClock.now + Self.timeout
        while true {
            let output = cleanOutput
            let start = output.index(output.startIndex, offsetBy: min(searchFrom, output.count))
            if let range = output[start...].range(of: text) {
                searchFrom = output.distance(from: output.startIndex, to: range.upperBound)
                return true
            }
            guard ContinuousClock.now < deadline, readMore(until: deadline) else {
                Issue.record("expected \(text.debugDescription) after:\n\(output[start...])", sourceLocation: sourceLocation)
                return false
            }
        }
    }

    /// Waits for the process to end, and returns its exit status (nil if it did not end).
    func waitForExit() -> Int32? {
        let deadline = ContinuousClock.now + Self.timeout
        while exitStatus == nil, ContinuousClock.now < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            } else {
                _ = readMore(until: min(deadline, ContinuousClock.now + .milliseconds(200)))
            }
        }
        return exitStatus
    }

    /// Everything printed so far, as the terminal received it.
    var rawOutput: String {
        String(decoding: received, as: UTF8.self)
    }

    /// Everything printed so far, without escape sequences and carriage returns.
    var cleanOutput: String {
        // Carriage returns go as bytes: in a String "\r\n" is one Character, not "\r" + "\n".
        String(decoding: received.filter { $0 != 13 }, as: UTF8.self)
            .replacing(/\u{1B}(\[[0-9;?]*[A-Za-z@]|[()][A-Z0-9]|[=>])/, with: "")
    }

    /// Reads what is there, waiting until `deadline` for something; false at the end.
    private func readMore(until deadline: ContinuousClock.Instant) -> Bool {
        let remaining = deadline - ContinuousClock.now
        let milliseconds = Int32(max(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000, 0))
        var source = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&source, 1, min(milliseconds, 500)) >= 0 else { return errno == EINTR }
        guard source.revents != 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        // EIO once the child has closed the terminal.
        guard count > 0 else { return false }
        received += buffer[..<count]
        return true
    }
}

/// A fresh folder for one test's files.
func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "suanpan-cli-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
