import ArgumentParser
import Foundation
import SuanpanCore

/// The `suanpan` command: parses the command line and hands statements to a `Session`.
@main
struct Suanpan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suanpan",
        abstract: "算盘 — exact spreadsheet formulas for budget and performance analysts.",
        discussion: """
            Examples:
              suanpan -c '132.01 / 72.19'
              suanpan -c 'A1 = 3.6万元; A2 = 72户; A1 / A2'
            """,
        version: "0.1.0"
    )

    @Option(name: .customShort("c"), parsing: .unconditional, help: ArgumentHelp("Run STATEMENTS (separated by ';' or newlines) and exit.", valueName: "STATEMENTS"))
    var statements: String?

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
        // runCommandLine ends the process; the main thread only waits.
        while true { sleep(.max) }
    }

    /// Parses the command line and runs it, then exits. Usage errors exit with status 2
    /// (SPEC §1), not ArgumentParser's 64.
    static func runCommandLine() -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            Foundation.exit(ExitStatus.success)
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }

    func run() throws {
        guard let statements else {
            Terminal.reportError("the interactive prompt is not available yet; use -c 'STATEMENTS'")
            throw ExitCode(ExitStatus.usage)
        }
        let session = Session()
        if let workbook {
            do {
                for note in try session.open(workbook) { Terminal.writeError("note: \(note)") }
            } catch {
                Terminal.reportError(error.description)
                throw ExitCode(ExitStatus.failure)
            }
        }
        let succeeded = session.execute(statements, stopOnError: true) { event in
            switch event {
            case .output(let line):
                Terminal.writeOutput(line)
            case .error(let error):
                Terminal.writeError(error.rendered)
            case .note(let note):
                Terminal.writeError("note: \(note)")
            }
        }
        if !succeeded { throw ExitCode(ExitStatus.failure) }
    }
}
