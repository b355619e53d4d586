import Foundation

/// `run SCRIPT [NAME=VALUE …]`: another script's statements, run in this session.
extension StatementTable {
    static let runUsage = "run SCRIPT [NAME=VALUE …]"

    static let run = StatementSpec(
        "run", usage: runUsage,
        summary: "run a saved script's statements in this session",
        details: """
            The script's statements act on the current workbook as if typed; its errors name \
            the script's own file, line and column, and the first one stops it and fails the \
            `run`. The whole run is one step for `undo`, and a run that fails changes nothing. \
            Relative paths in the script start where relative paths here do, not at the \
            script's folder. NAME=VALUE sets the script's `param NAME` for this run only; a \
            NAME the script declares no `param` for is an error. Scripts may run other scripts, \
            \(Session.maximumScriptDepth) deep; safe mode (--safe) runs none.
            """,
        examples: ["run scripts/quarterly.sp", "run scripts/quarterly.sp quarter=3 部门=财政局"],
        completes: [.file]
    ) { words throws(Diagnostic) in
        let script = try words.take("a script to run")
        var arguments: [RunStatement.Argument] = []
        while let word = words.next {
            _ = try words.take("an argument")
            guard let equals = word.text.firstIndex(of: "="), equals != word.text.startIndex, !word.isQuoted else {
                throw Diagnostic("expected NAME=VALUE, found '\(word.text)'", at: word.span,
                                 hint: "write the argument without spaces, as quarter=3")
            }
            let name = String(word.text[..<equals])
            let value = String(word.text[word.text.index(after: equals)...])
            guard !value.isEmpty else {
                throw Diagnostic("expected a value after '\(name)='", at: word.span, hint: "write the argument without spaces, as quarter=3")
            }
            arguments.append(RunStatement.Argument(name: name, value: value, span: word.span))
        }
        return RunStatement(path: script.text, span: script.span, arguments: arguments)
    }
}

struct RunStatement: Command {
    struct Argument {
        var name: String
        var value: String
        var span: SourceSpan
    }

    let path: String
    let span: SourceSpan
    let arguments: [Argument]
    var effect: CommandEffect { .runsStatements }

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let shown = try session.substitute(path, at: span)
        let resolved = try session.authorize(shown, for: .runScript, at: span)
        let running = RunningScript(resolved, shown: shown, in: session)
        if let first = session.runningScripts.firstIndex(where: { $0.path == running.path }) {
            let cycle = (session.runningScripts[first...].map(\.shown) + [shown]).joined(separator: " → ")
            throw Diagnostic("script '\(shown)' is already running (\(cycle)): a script cannot run itself", at: span)
        }
        guard session.scriptDepth < Session.maximumScriptDepth else {
            throw Diagnostic("scripts nested too deep (\(Session.maximumScriptDepth) levels)", at: span)
        }
        let source: String
        do {
            source = try ScriptFile.read(resolved, shownPath: shown)
        } catch {
            throw Diagnostic(error.description, at: span)
        }
        let declared = Session.declaredParameters(in: source)
        for argument in arguments where !declared.contains(argument.name) {
            throw Diagnostic("'\(shown)' has no param '\(argument.name)'", at: argument.span,
                             hint: Suggestion.hint(for: argument.name, among: declared))
        }

        let outerArguments = session.runArguments
        session.scriptDepth += 1
        session.runningScripts.append(running)
        for argument in arguments { session.runArguments[argument.name] = argument.value }
        defer {
            session.scriptDepth -= 1
            session.runningScripts.removeLast()
            session.runArguments = outerArguments
        }
        var stoppedAt: Int?
        let succeeded = session.execute(source, origin: .script(shown), stopOnError: true) { event in
            // The last error is this script's own: a deeper script's come before it.
            if case .error(let error) = event { stoppedAt = error.diagnostic.lineNumber(in: error.source) }
            emit(event)
        }
        guard succeeded else {
            let line = stoppedAt.map { " at line \($0)" } ?? ""
            throw Diagnostic("script '\(shown)' stopped\(line)", at: span)
        }
    }
}

extension Session {
    /// How deep `run` may nest: deep enough for any honest use, shallow enough that scripts
    /// made on the fly (a script that writes the next and runs it) cannot overflow the stack.
    static let maximumScriptDepth = 16

    /// Tells `run` that the statements about to be executed are the script at `path`, as
    /// `suanpan run` does, so that a `run` of that script inside it is refused as a cycle.
    public func startsScript(at path: String) {
        runningScripts = [RunningScript(resolve(path), shown: path, in: self)]
    }
}

/// A script being run: its path with links and `..` resolved, so that `self.sp`,
/// `./self.sp` and a link to it are the same script, and the path as written, for messages.
struct RunningScript {
    let path: String
    let shown: String

    init(_ resolved: String, shown: String, in session: Session) {
        path = CanonicalPath.of(resolved, base: session.workingDirectory ?? FileManager.default.currentDirectoryPath)
        self.shown = shown
    }
}

extension Diagnostic {
    /// The 1-based line of `source` where the diagnostic starts.
    func lineNumber(in source: String) -> Int {
        source.prefix(span.start).reduce(1) { $0 + ($1 == "\n" ? 1 : 0) }
    }
}
