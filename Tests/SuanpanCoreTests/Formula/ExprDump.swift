@testable import SuanpanCore

/// A fully parenthesised dump of a tree, to state parse results compactly in tests:
/// `-2^2` is `(^ (- 2) 2)`, `SUM(A1:B2,)` is `(SUM A1:B2 _)`.
func dump(_ expr: Expr) -> String {
    switch expr {
    case .number(let value, let unit): unit.isEmpty ? value.description : "\(value)[\(unit)]"
    case .text(let text): "\"\(text)\""
    case .bool(let value): value ? "TRUE" : "FALSE"
    case .error(let kind): kind.rawValue
    case .missing: "_"
    case .cell(let reference): reference.formulaText
    case .range(let reference): reference.formulaText
    case .path(let names, _): "path:" + names.joined(separator: "/")
    case .keyed(let base, let key): "(key \(dump(base)) \(dump(key)))"
    case .array(let rows): "{" + rows.map { $0.map(dump).joined(separator: " ") }.joined(separator: " | ") + "}"
    case .unary(let op, let operand): "(\(op.rawValue) \(dump(operand)))"
    case .percent(let operand): "(% \(dump(operand)))"
    case .binary(let op, let left, let right): "(\(op.rawValue) \(dump(left)) \(dump(right)))"
    case .call(let name, let arguments, _): "(\(([name] + arguments.map(dump)).joined(separator: " ")))"
    }
}

/// Source text with a marker character showing a position: `"SUM(1,⁰)"` is the source
/// `"SUM(1,"` with the offset 6 marked.
struct MarkedSource {
    static let marker: Character = "⁰"
    let source: String
    let offset: Int

    init(_ marked: String) {
        let characters = Array(marked)
        let index = characters.firstIndex(of: Self.marker)!
        offset = index
        var rest = characters
        rest.remove(at: index)
        source = String(rest)
    }
}
