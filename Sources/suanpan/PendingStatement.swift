import SuanpanCore

/// The lines of a statement typed so far, at the prompt or from a pipe: it runs once no
/// bracket or quote is left open and its last line does not end with `,` (SPEC §7).
struct PendingStatement {
    private(set) var lines: [String] = []
    /// The input line the statement began on, for `<stdin>:LINE:COLUMN`.
    private(set) var firstLine = 1

    var isEmpty: Bool { lines.isEmpty }
    /// The statement's text, its lines joined as typed.
    var text: String { lines.joined(separator: "\n") }
    /// Whether another line is needed before it can run.
    var needsMoreInput: Bool { StatementSplitter.needsMoreInput(text) }

    /// Adds a line, which is line `lineNumber` of the input.
    mutating func add(_ line: String, lineNumber: Int) {
        if lines.isEmpty { firstLine = lineNumber }
        lines.append(line)
    }

    mutating func clear() {
        lines = []
    }
}
