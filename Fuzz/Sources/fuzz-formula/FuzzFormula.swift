import FuzzSupport
import SuanpanCore

/// The formula lexer, parser, printer and evaluator. The input is one formula's text:
/// it is tokenized, parsed, printed and the printed text parsed again — a formula the
/// parser accepted must print as one it accepts, and printing that must give the same
/// text — then evaluated in a session holding a small workbook.
@main
enum FuzzFormula {
    static func main() { runFuzzer { data, size in fuzzFormula(data ?? emptyInput, size) } }
}

func fuzzFormula(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = text(data, size)
    withLargeStack {
        FuzzSession.with { session in
            let symbols = session.current.units.symbols
            _ = Lexer(unitSymbols: symbols).tokenize(source)
            guard let formula = try? Parser.parse(source, unitSymbols: symbols) else { return }
            let printed = formula.formulaText
            let reparsed: Expr
            do {
                reparsed = try Parser.parse(printed, unitSymbols: symbols)
            } catch {
                fatalError("the printed formula does not parse: \(source.debugDescription) printed as \(printed.debugDescription): \(error)")
            }
            guard reparsed.formulaText == printed else {
                fatalError("printing is not stable: \(printed.debugDescription) reprinted as \(reparsed.formulaText.debugDescription)")
            }
            _ = try? session.current.evaluate(formula, sheet: session.currentSheet, environment: session.environment)
        }
    }
    return 0
}
