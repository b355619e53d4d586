import Foundation
import Testing
@testable import SuanpanCore

/// A fixed "today" (2024-03-31) so that tests do not depend on the clock.
let testToday = 45382

/// What running statements printed: output lines, and error messages as `message` or
/// `message (hint)`.
struct Transcript: Equatable {
    var output: [String] = []
    var errors: [Diagnostic] = []
    var notes: [String] = []
}

/// Runs `statements` in a new session (or `session`) and collects what they printed.
@discardableResult
func run(_ statements: String, in session: Session = Session(today: testToday), stopOnError: Bool = true) -> Transcript {
    var transcript = Transcript()
    session.execute(statements, stopOnError: stopOnError) { event in
        switch event {
        case .output(let line): transcript.output.append(line)
        case .error(let error): transcript.errors.append(error.diagnostic)
        case .note(let note): transcript.notes.append(note)
        }
    }
    return transcript
}

/// The General display of one formula's value, or `error: MESSAGE` when it is refused.
func evaluate(_ formula: String, in session: Session = Session(today: testToday)) -> String {
    let transcript = run(formula, in: session)
    if let error = transcript.errors.first { return "error: \(error.message)" }
    return transcript.output.joined(separator: "\n")
}

/// The value one formula evaluates to in a fresh session, or nil when it is refused.
func value(of formula: String, in session: Session = Session(today: testToday)) -> Argument? {
    guard let expr = try? Parser.parse(formula, unitSymbols: session.current.units.symbols) else { return nil }
    return try? session.current.evaluate(expr, sheet: session.currentSheet, environment: session.environment)
}

/// The last line `script` printed, or `error: MESSAGE` for its first error: statements that
/// set up cells, then the formula under test.
func lastResult(of script: String) -> String {
    let transcript = run(script)
    if let error = transcript.errors.first { return "error: \(error.message)" }
    return transcript.output.last ?? ""
}

/// One row of a table-driven test: a formula (or statements ending in one) and the General
/// display expected from it.
struct FormulaCase: CustomTestStringConvertible, Sendable {
    let source: String
    let expected: String

    init(_ source: String, _ expected: String) {
        self.source = source
        self.expected = expected
    }

    var testDescription: String { source }
}

/// Calls the function `name` with arguments already evaluated, as the evaluator would: for
/// tests that hand a function a grid directly (a column's typed storage, say).
func callFunction(_ name: String, _ arguments: [Argument]) -> Value {
    let list = Arguments(count: arguments.count, context: FunctionContext(today: testToday)) { arguments[$0] }
    do {
        return try Builtins.named(name)!.body(list)
    } catch {
        return .error(error)
    }
}
