import ArgumentParser
import Foundation
import SuanpanCore

/// The `suanpan` command: parses the command line and hands statements to a `Session` — from
/// `-c`, from piped standard input, or from the prompt. `suanpan run` is `RunCommand`;
/// `suanpan run --help` describes it.
@main
struct Suanpan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suanpan",
        abstract: "算盘 — exact spreadsheet formulas for budget and performance analysts.",
        discussion: """
            Modes:
              suanpan                          the prompt, with an empty workbook
              suanpan workbooks/zhuhui-2022    the prompt, with a workbook open
              suanpan run scripts/q.sp --set quarter=3 workbooks/zhuhui-2022
                                               run a saved script and exit (see
                                               'suanpan run --help': --strict, --safe)
              suanpan -c '132.01 / 72.19'      run statements and exit
              suanpan -c 'A1 = 3.6万元; A2 = 72户; A1 / A2'
              suanpan < statements.sp          read statements from standard input: no
                                               prompt, report each error and go on

            At the prompt: Tab completes statements, sheets, columns, names, functions
            and file paths; a statement goes on over lines while a bracket or quote is
            open or a line ends with ','; Ctrl-C abandons the line or stops a long
            computation; Ctrl-D or 'quit' leaves, asking first when changes are not
            saved (Ctrl-D at that question leaves too). History is kept in
            $XDG_STATE_HOME/suanpan/history (~/.local/state/suanpan/history);
            SUANPAN_HISTORY names another file, or none when empty. ~/.inputrc
            sections '$if suanpan' apply.

            Exit status: 0 success, 1 a statement failed (with --strict, also a check),
            2 bad usage.
            """,
        version: Suanpan.version
    )

    static let version = "0.1.0"

    @Option(name: .customShort("c"), parsing: .unconditional, help: ArgumentHelp("Run STATEMENTS (separated by ';' or newlines) and exit.", valueName: "STATEMENTS"))
    var statements: String?

    @OptionGroup var options: SessionOptions

    @ArgumentParser.Argument(help: "A workbook directory, .csv or .xlsx file to open.")
    var workbook: String?

    /// How much stack the command runs with. Formulas may nest 1000 levels and binding and
    /// evaluation recurse with them; a debug build needs about 10 KB a level, more than the
    /// main thread's 8 MB. Only the pages touched are ever committed.
    static let stackSize = 512 << 20

    static func main() {
        let worker = Thread { runCommandLine() }
        worker.stackSize = stackSize
        worker.start()
        // The worker was created with Ctrl-C unblocked and handles it; the main thread, which
        // only waits, must not take the signal from it.
        InterruptSignal.blockInThisThread()
        // runCommandLine ends the process; the main thread only waits.
        while true { sleep(.max) }
    }

    /// Parses the command line and runs it, then exits. Usage errors exit with status 2
    /// (SPEC §1), not ArgumentParser's 64.
    ///
    /// `run` is picked out here rather than declared a subcommand: ArgumentParser would
    /// otherwise take `run` for the optional WORKBOOK argument. (A workbook folder called
    /// `run` is opened as `./run`.)
    static func runCommandLine() -> Never {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "run" { execute(RunCommand.self, Array(arguments.dropFirst())) }
        if let (workbook, statements) = QuickCommandLine.parse(arguments) {
            do {
                try run(statements: statements, workbook: workbook, settings: SessionSettings())
                Foundation.exit(ExitStatus.success)
            } catch {
                Foundation.exit(ExitStatus.failure)
            }
        }
        execute(Suanpan.self, arguments)
    }

    private static func execute<Command: ParsableCommand>(_ type: Command.Type, _ arguments: [String]) -> Never {
        do {
            var command = try type.parseAsRoot(arguments)
            try command.run()
            Foundation.exit(ExitStatus.success)
        } catch {
            if type.exitCode(for: error) == .validationFailure {
                Terminal.writeError(type.fullMessage(for: error))
                Foundation.exit(ExitStatus.usage)
            }
            type.exit(withError: error)
        }
    }

    func run() throws {
        try Self.run(statements: statements, workbook: workbook, settings: options.values)
    }

    /// Opens `workbook`, then runs `statements`, piped input or the prompt. Throws
    /// `ExitCode(1)` when a statement failed.
    static func run(statements: String?, workbook: String?, settings: SessionSettings) throws {
        let session = Session()
        settings.apply(to: session)
        TerminalOutput.configure(session)
        if let workbook { try open(workbook, in: session) }
        let succeeded: Bool
        if let statements {
            succeeded = session.execute(statements, origin: .command, stopOnError: true, emit: Terminal.emit)
        } else if isatty(STDIN_FILENO) == 0 {
            succeeded = PipedInput(session: session).run()
        } else {
            succeeded = REPL(session: session).run()
        }
        if statements != nil { settings.warnAboutUnused(in: session) }
        if !succeeded { throw ExitCode(ExitStatus.failure) }
    }

    /// Opens the workbook named on the command line, or exits 1 saying why not.
    static func open(_ workbook: String, in session: Session) throws {
        do {
            for note in try session.open(workbook) { Terminal.emit(.note(note)) }
        } catch {
            Terminal.reportError(error.description)
            throw ExitCode(ExitStatus.failure)
        }
    }
}
