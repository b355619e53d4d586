import Foundation
@testable import SuanpanCore

/// A fixed "today" (2024-03-31) so that tests do not depend on the clock.
let testToday = 45382

/// What running statements printed: output lines, and error messages as `message` or
/// `message (hint)`.
struct Transcript: Equatable {
    var output: [String] = []
    var errors: [Diagnostic] = []
}

/// Runs `statements` in a new session (or `session`) and collects what they printed.
@discardableResult
func run(_ statements: String, in session: Session = Session(today: testToday), stopOnError: Bool = true) -> Transcript {
    var transcript = Transcript()
    session.execute(statements, stopOnError: stopOnError) { event in
        switch event {
        case .output(let line): transcript.output.append(line)
        case .error(let diagnostic): transcript.errors.append(diagnostic)
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
