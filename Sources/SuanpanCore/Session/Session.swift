import Foundation

/// The state an analyst works in: the open workbooks, the current one and its current
/// sheet. `execute` is the one way statements run — the prompt, `suanpan run`, `suanpan -c`
/// and piped standard input all go through it.
public final class Session {
    /// Open workbooks by alias, and the order they were opened in.
    public private(set) var workbooks: [String: Workbook]
    public private(set) var aliases: [String]
    /// The workbook statements act on.
    public private(set) var current: Workbook
    /// The sheet whose columns bare names refer to.
    public var currentSheet: Sheet
    /// Today's date as an Excel serial.
    public let today: Int

    /// Values given on the command line with `--set NAME=VALUE`, as typed: a `param`
    /// statement takes one over its default.
    public var parameterOverrides: [String: String] = [:]
    /// The values `param` statements gave, which every open workbook can read by name.
    public internal(set) var parameters: [String: Value] = [:]
    /// The formulas behind `parameters`, defined as names in each workbook opened after them.
    var parameterFormulas: [String: Expr] = [:]
    /// `--strict`: a failing `check` fails its statement (and the run exits 1).
    public var isStrict = false
    /// Which files statements may read and write (`--safe`).
    public var fileAccess: FileAccess = .unrestricted
    /// Set by Ctrl-C while a statement runs. The command line shares the flag its SIGINT
    /// handler sets (`InterruptionFlag.shared`); by default each session has its own.
    public var interruption = InterruptionFlag()
    /// The most cells an operator applied cell by cell may produce (`Environment.arrayCellLimit`).
    public var arrayCellLimit = Sheet.maximumCells
    /// The folder relative paths in statements start from; nil for the process's current
    /// directory. Golden-script tests set it to the script's folder.
    public var workingDirectory: String?
    /// Set by `quit`: the statements after it do not run, and the prompt leaves.
    public internal(set) var quitRequested = false
    /// Changes that `undo` can step back over, the latest last; and those `redo` can make again.
    var undoSteps: [SessionSnapshot] = []
    var redoSteps: [SessionSnapshot] = []
    /// The workbooks as they were before each statement now running (more than one inside
    /// `run`): what a failing statement is put back to, and its undo step.
    var pendingSnapshots: [SessionSnapshot] = []
    /// Whether a typed cell is written in place (`prepareInPlaceEdit`); off only in the tests
    /// that compare it with copying.
    var editsInPlace = true
    /// How many scripts deep `run` is: only a statement typed or read at the top is a step
    /// of its own for `undo`.
    var scriptDepth = 0
    /// The scripts running, outermost first, so that `run` can refuse one already among
    /// them: the script `suanpan run` started (`startsScript`), then each `run`'s.
    var runningScripts: [RunningScript] = []
    /// How many `check`s have failed so far (a check statement, or one stored check, counts
    /// once however many rows fail): `suanpan run` reports them, and exits 1 under `--strict`.
    public internal(set) var failedChecks = 0
    /// `set rounding`: how figures are rounded where a format shows fewer digits than they
    /// have. Never what a formula computes: `ROUND` is always half away from zero.
    public var displayRounding: RoundingMode = .halfAwayFromZero
    /// The width of the terminal standard output goes to, in columns; nil when it is not a
    /// terminal (a file, a pipe, a test). The command line sets it, and again before each
    /// statement typed at the prompt, so that a resized window is followed.
    public var terminalWidth: Int?
    /// Whether output may carry colour: the command line sets it when standard output is a
    /// terminal that is not `dumb` and `NO_COLOR` is unset (SPEC §6).
    public var usesColor = false
    /// `set ambiguous`: how wide the terminal draws East Asian Ambiguous characters.
    public var ambiguousWidth: AmbiguousWidth = .narrow
    /// `set rows`: how many rows `show` prints without `limit` (head and tail); nil for all.
    public var tableRows: Int? = 40
    /// `set width`: a fixed width tables fit, overriding the terminal's; nil for `auto`.
    public var fixedTableWidth: Int?
    /// `set width none`: tables are never narrowed, on a terminal too.
    public var tableWidthUnlimited = false
    /// `set timer on`: each statement is followed by a note of the time it took.
    public var reportsTime = false
    /// Draw with ASCII only (`#` bars, `|` axis): `--ascii`, or a locale that is not UTF-8.
    public var asciiOnly = false
    /// Where statements and file reading record what they are doing, for the command line's
    /// progress line on a terminal; nil (the default) records nothing.
    public var progress: ProgressReport?
    /// The `NAME=VALUE` arguments of the `run` statements now running, the innermost
    /// winning: a `param` takes its value from here first, then from `parameterOverrides`.
    var runArguments: [String: String] = [:]
    /// The `--set` names a `param` statement has taken, for `unusedOverrides`.
    var consumedOverrides: Set<String> = []

    /// A session with an untitled workbook holding one empty sheet, `Sheet1` (SPEC §5).
    public init(today: Int = Session.todaySerial()) {
        let workbook = Workbook.untitled()
        self.workbooks = ["untitled": workbook]
        self.aliases = ["untitled"]
        self.current = workbook
        self.currentSheet = workbook.sheets[0]
        self.today = today
    }

    /// Adds an open workbook under `alias` and makes it current, its first sheet the current
    /// sheet; a workbook already open under that alias is replaced.
    public func add(_ workbook: Workbook, alias: String) {
        if workbooks[alias] == nil { aliases.append(alias) }
        workbooks[alias] = workbook
        current = workbook
        currentSheet = workbook.sheets.first ?? Sheet(name: "Sheet1")
        if workbook.sheets.isEmpty { workbook.addSheet(currentSheet) }
    }

    /// What formulas can reach: every open workbook by alias, and today.
    public var environment: Environment {
        var environment = Environment(workbooks: workbooks, today: today, interruption: interruption)
        environment.parameters = parameters
        environment.progress = progress
        environment.arrayCellLimit = arrayCellLimit
        return environment
    }

    /// Today in the local time zone, as an Excel serial (1970-01-01 is 25569).
    ///
    /// From the C library's `localtime_r` (which honours `TZ` as Foundation does) rather
    /// than `TimeZone.current`, whose first use loads ICU's zone data: a sixth of the time
    /// `suanpan -c '1+1'` took.
    public static func todaySerial() -> Int {
        var now = time(nil)
        var local = tm()
        guard localtime_r(&now, &local) != nil else { return Int(now) / 86_400 + 25_569 }
        let seconds = Int(now) + Int(local.tm_gmtoff)
        return Int((Double(seconds) / 86_400).rounded(.down)) + 25_569
    }

    /// Runs every statement of `source`, reporting through `emit`. Stops at the first failing
    /// statement when `stopOnError` (scripts and `-c`); otherwise goes on (piped input and
    /// the prompt). Returns false when any statement failed.
    @discardableResult
    public func execute(_ source: String, origin: SourceOrigin = .command, stopOnError: Bool = true,
                        emit: (SessionEvent) -> Void) -> Bool {
        var succeeded = true
        for statement in StatementSplitter.split(source) {
            if quitRequested { break }
            let started = ContinuousClock.now
            // Read after the statement: `set timer on` times the statements after it.
            defer { if reportsTime { emit(.note("time: \(Self.milliseconds(ContinuousClock.now - started)) ms")) } }
            do {
                // Trailing blanks (a comment is blanked out) would put "at the end" errors far
                // to the right of what was typed.
                var text = statement.text
                while text.last?.isWhitespace == true { text.removeLast() }
                try execute(text, emit: emit)
            } catch {
                emit(.error(SessionError(error.shifted(by: statement.offset), origin: origin, source: source)))
                succeeded = false
                if stopOnError { break }
            }
            // Ctrl-C: the rest of the input is abandoned too.
            if interruption.isRequested { break }
        }
        return succeeded
    }

    /// A duration as milliseconds with three decimals: `3.214`.
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let microseconds = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
        let fraction = String(microseconds % 1000)
        return "\(microseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// Runs one statement. A statement that may change a workbook is all or nothing: when
    /// it fails or is interrupted, the workbooks are put back as they were before it.
    /// Spans count from `text`'s start.
    private func execute(_ text: String, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        progress?.beginStep(text)
        defer { progress?.endStep() }
        let sheet = currentSheet
        let command = try StatementParser(unitSymbols: current.units.symbols).parse(text) {
            sheet.columnIndex(named: $0) != nil
        }
        guard command.effect != .none else {
            try command.run(in: self, emit: emit)
            return try stopIfInterrupted(text)
        }
        // Kept on the session while the statement runs: an edit in place updates it.
        pendingSnapshots.append(SessionSnapshot(of: self, before: String(text.trimmingSpaces)))
        let revisions = workbooks.mapValues(\.revision)
        do {
            try command.run(in: self, emit: emit)
            try stopIfInterrupted(text)
            if command.effect == .changesCurrentWorkbook { current.markChanged() }
        } catch {
            restore(pendingSnapshots.removeLast())
            throw error
        }
        let before = pendingSnapshots.removeLast()
        // A statement that changed nothing (`save`, a `run` of a script that only prints)
        // leaves no step to undo.
        let changed = workbooks.filter { revisions[$0.key] != $0.value.revision }
        if !changed.isEmpty, scriptDepth == 0 { recordUndoStep(before) }
    }

    /// Ctrl-C during the statement: it is abandoned (and undone by the caller).
    private func stopIfInterrupted(_ text: String) throws(Diagnostic) {
        guard interruption.isRequested else { return }
        throw Diagnostic("interrupted; the workbook is as it was before this statement", at: SourceSpan(0, text.count))
    }

    func sheet(named name: String?, span: SourceSpan) throws(BindingIssue) -> Sheet {
        guard let name else { return currentSheet }
        if let sheet = current.sheet(named: name) { return sheet }
        throw BindingIssue("no sheet named '\(name)'", span: span,
                           hint: Suggestion.hint(for: name, among: current.sheets.map(\.name)), kind: .ref)
    }

    /// The current workbook's sheet `name` (the current sheet when nil), or an error at `span`.
    func sheet(named name: String?, at span: SourceSpan) throws(Diagnostic) -> Sheet {
        do {
            return try sheet(named: name, span: span)
        } catch {
            throw error.diagnostic(at: span)
        }
    }

    /// How a bare expression's result prints: a value in General format; a range as rows of
    /// tab-separated values.
    static func display(_ result: Argument) -> String {
        switch result {
        case .value(let value):
            return value.generalDescription
        case .grid(let grid):
            var lines: [String] = []
            for row in 0..<grid.rowCount {
                lines.append((0..<grid.columnCount).map { grid.value(row: row, column: $0).generalDescription }
                    .joined(separator: "\t"))
            }
            return lines.joined(separator: "\n")
        }
    }
}

extension Session {
    /// The aliases of open workbooks with changes not yet saved, in the order they were opened.
    public var unsavedWorkbookAliases: [String] {
        aliases.filter { workbooks[$0]?.hasUnsavedChanges == true }
    }

    /// Whether leaving now would lose changes: `quit` and Ctrl-D ask first.
    public var hasUnsavedChanges: Bool { !unsavedWorkbookAliases.isEmpty }
}
