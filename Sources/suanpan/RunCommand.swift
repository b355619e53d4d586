import ArgumentParser
import Foundation
import SuanpanCore

/// `suanpan run SCRIPT [--set NAME=VALUE]… [--strict] [--safe [--out DIR]] [WORKBOOK]`: runs a
/// saved script, stopping at the first failing statement, and exits.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suanpan run",
        abstract: "Run a saved script and exit.",
        discussion: """
            Examples:
              suanpan run scripts/quarterly.sp workbooks/zhuhui-2022
              suanpan run scripts/quarterly.sp --set quarter=3 --strict
              suanpan run colleague.sp --safe --out out/ workbooks/zhuhui-2022

            --safe runs a script from someone else: it may read files only beside
            itself and in the --out folder, write only into the --out folder (created
            if missing; with no --out it writes nothing), and run no other script.
            --out is the folder of --safe and goes with it. The WORKBOOK named here
            is opened before the limits apply.
            """
    )

    @ArgumentParser.Argument(help: "The script: statements, one per line or separated by ';'.")
    var script: String

    @ArgumentParser.Argument(help: "A workbook directory, .csv or .xlsx file to open first.")
    var workbook: String?

    @OptionGroup var options: SessionOptions

    @Flag(help: "Limit the script's files: read beside it and in --out, write only in --out.")
    var safe = false

    @Option(help: ArgumentHelp("The one folder a --safe script may write to.", valueName: "DIR"))
    var out: String?

    func validate() throws {
        if out != nil && !safe {
            throw ValidationError("--out is the folder a --safe script writes to; use it with --safe")
        }
    }

    func run() throws {
        let source: String
        do {
            source = try ScriptFile.read(script, shownPath: script)
        } catch {
            Terminal.reportError(error.description)
            throw ExitCode(ExitStatus.failure)
        }
        let session = Session()
        options.values.apply(to: session)
        TerminalOutput.configure(session)
        if let workbook { try Suanpan.open(workbook, in: session) }
        if safe { session.fileAccess = try safeAccess() }
        session.startsScript(at: script)
        let succeeded = session.execute(source, origin: .script(script), stopOnError: true, emit: Terminal.emit)
        options.values.warnAboutUnused(in: session)
        guard succeeded else { throw ExitCode(ExitStatus.failure) }
    }

    /// What a `--safe` script may touch: its own folder and the output folder, made absolute
    /// so that no later change of directory moves them.
    private func safeAccess() throws -> FileAccess {
        let scriptFolder = URL(fileURLWithPath: script).standardizedFileURL.deletingLastPathComponent().path
        guard let out else { return .safe(readable: [scriptFolder], outputDirectory: nil) }
        let outFolder = URL(fileURLWithPath: out).standardizedFileURL.path
        do {
            try FileManager.default.createDirectory(atPath: outFolder, withIntermediateDirectories: true)
        } catch {
            Terminal.reportError("cannot create the output folder '\(out)': \(error.localizedDescription)")
            throw ExitCode(ExitStatus.failure)
        }
        return .safe(readable: [scriptFolder, outFolder], outputDirectory: outFolder)
    }
}
