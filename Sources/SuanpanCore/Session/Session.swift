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
    /// `--strict`: a failing `check` fails its statement (and the run exits 1).
    public var isStrict = false
    /// Which files statements may read and write (`--safe`).
    public var fileAccess: FileAccess = .unrestricted
    /// Set by `quit`: the statements after it do not run, and the prompt leaves.
    public internal(set) var quitRequested = false

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
        Environment(workbooks: workbooks, today: today)
    }

    /// Today in the local time zone, as an Excel serial (1970-01-01 is 25569).
    public static func todaySerial() -> Int {
        let now = Date()
        let seconds = now.timeIntervalSince1970 + Double(TimeZone.current.secondsFromGMT(for: now))
        return Int((seconds / 86_400).rounded(.down)) + 25_569
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
            do {
                for event in try execute(statement.text) { emit(event) }
            } catch {
                emit(.error(SessionError(error.shifted(by: statement.offset), origin: origin, source: source)))
                succeeded = false
                if stopOnError { break }
            }
        }
        return succeeded
    }

    /// Runs one statement; returns what it prints. Spans count from `text`'s start.
    private func execute(_ text: String) throws(Diagnostic) -> [SessionEvent] {
        let parser = StatementParser(unitSymbols: current.units.symbols)
        let sheet = currentSheet
        let statement = try parser.parse(text) { sheet.columnIndex(named: $0) != nil }
        let wholeSpan = SourceSpan(0, text.count)
        do {
            switch statement {
            case .expression(let formula):
                return [.output(Self.display(try current.evaluate(formula, sheet: currentSheet, environment: environment)))]
            case .assignCell(let sheetName, let address, let formula):
                let target = try self.sheet(named: sheetName, span: wholeSpan)
                let content: CellContent = formula.literalValue(units: current.units).map { .constant($0) } ?? .formula(formula)
                try current.setCell(address, in: target, to: content, environment: environment)
            case .assignColumn(let sheetName, let column, let formula):
                let target = try self.sheet(named: sheetName, span: wholeSpan)
                try current.setColumnFormula(column, in: target, to: formula, environment: environment)
            case .assignName(let name, let formula) where current.readsRowWise(formula, sheet: currentSheet, environment: environment):
                // `差额 = 决算数 - 预算数` reads the current sheet row by row: a computed column is
                // meant, not a name whose value would be #VALUE!.
                try current.setColumnFormula(name, in: currentSheet, to: formula, environment: environment)
            case .assignName(let name, let formula):
                try current.setName(name, to: formula, sheet: currentSheet, environment: environment)
            case .open, .use, .sheets, .columns, .save, .export:
                return try executeCommand(statement)
            }
            current.markChanged()
        } catch let issue {
            throw Diagnostic(issue.message, at: issue.span ?? wholeSpan, hint: issue.hint)
        }
        return []
    }

    func sheet(named name: String?, span: SourceSpan) throws(BindingIssue) -> Sheet {
        guard let name else { return currentSheet }
        if let sheet = current.sheet(named: name) { return sheet }
        throw BindingIssue("no sheet named '\(name)'", span: span,
                           hint: Suggestion.hint(for: name, among: current.sheets.map(\.name)), kind: .ref)
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
