import Testing
@testable import SuanpanCore

/// Every function meets blanks, text, errors and units among its arguments.
///
/// The rows live in one file per family (`ArgumentKinds+Aggregate.swift` …), each row a
/// function, the kind of argument it is about, statements (cells set up, then the call) and
/// the General display expected: Excel's answer, or for units the rule the function's source
/// documents. `everyFunctionHasEveryKind` keeps the table complete as `Builtins.all` grows.
@Suite struct ArgumentKindsTests {
    typealias Row = ArgumentKindCase

    /// Every row, family by family.
    static let rows: [Row] =
        aggregateRows + conditionalRows + mathRows + logicalRows + lookupRows + textRows
        + dateTimeRows + analysisRows + phrasesRows

    @Test(arguments: rows)
    func argumentOfKind(_ row: Row) {
        #expect(lastResult(of: row.source) == row.expected)
    }

    @Test func everyFunctionHasEveryKind() {
        let covered = Set(Self.rows.map { "\($0.function) \($0.kind)" })
        let wanted = Builtins.all.flatMap { spec in Row.Kind.allCases.map { "\(spec.name) \($0)" } }
        let missing = wanted.filter { !covered.contains($0) }
        #expect(missing.isEmpty, "no row for \(missing.joined(separator: ", "))")
    }

    @Test func everyRowCallsItsFunction() {
        let names = Set(Builtins.all.map(\.name))
        for row in Self.rows {
            #expect(names.contains(row.function), "\(row.function) is not a function")
            #expect(row.calledFunctions.contains(row.function), "\(row.source) does not call \(row.function)")
        }
    }
}

/// One row of the argument-kinds table.
struct ArgumentKindCase: CustomTestStringConvertible, Sendable {
    /// The kind of argument a row hands the function.
    enum Kind: String, CaseIterable, Sendable {
        /// An empty referenced cell, or an argument written empty (`IF(A2,,1)`).
        case blank
        /// Text typed or referenced, numeric (`"3"`) or not (`"x"`).
        case text
        /// An error value: `1/0`, `#N/A`, `NA()`, or a cell holding one.
        case error
        /// A number with a unit: `3.6万元`, `72户`, or a cell holding one.
        case unit
    }

    /// The function under test, upper case as in `Builtins.all`.
    let function: String
    /// The kind of argument the row is about.
    let kind: Kind
    /// Statements separated by `;`, the last one the formula whose result is compared.
    let source: String
    /// The General display of the result, or `error: MESSAGE` when the formula is refused.
    let expected: String

    /// A row: `Row("SUM", .blank, "A2 = 1; SUM(A2:A5)", "1")`.
    init(_ function: String, _ kind: Kind, _ source: String, _ expected: String) {
        self.function = function
        self.kind = kind
        self.source = source
        self.expected = expected
    }

    /// The function, the kind and the statements, as the test list shows them.
    var testDescription: String { "\(function) [\(kind)] \(source)" }

    /// The names of the functions the source calls (`SUM` in `SUM(A2:A5)`).
    var calledFunctions: Set<String> {
        var names: Set<String> = []
        var word = ""
        for character in source {
            if character == "(" && !word.isEmpty { names.insert(word) }
            // A name is an ASCII letter, then letters or digits; anything else ends it.
            let continuesName = character.isASCII && (character.isLetter || (character.isNumber && !word.isEmpty))
            word = continuesName ? word + String(character) : ""
        }
        return names
    }
}
