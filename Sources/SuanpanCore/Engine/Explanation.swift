/// How a value was computed, as a tree: each part of a formula with its value, for `explain`.
///
/// Each sub-formula is bound in the position it stands in (an argument of `SUM` reads the
/// whole column, an operand the current row) and evaluated on its own, so that every node
/// shows what that part was worth. References say where they point: a cell's own formula, a
/// range's size and sum, a column's row. A node whose value is an error and none of whose
/// parts is one is where the error arose, and says why.
struct Explanation {
    /// One line of the tree.
    struct Node {
        var label: String
        /// What follows `→`: the value, or what a reference holds.
        var detail: String?
        var children: [Node] = []
        /// The error the node's value is, if any.
        var error: CellError?
    }

    let environment: Environment
    let workbook: Workbook
    /// Where bare columns and unqualified cells are looked up.
    let sheet: Sheet?
    /// The 0-based data row a cell formula or computed column is evaluated in, if any.
    let row: Int?
    /// Nodes shown at most, and levels: a formula nested a thousand deep is cut short.
    static let nodeLimit = 200
    static let depthLimit = 24

    /// The tree of `formula`, its root the whole formula.
    func tree(of formula: Expr) -> Node {
        var budget = Self.nodeLimit
        return node(formula, kind: .scalar, depth: 0, budget: &budget)
    }

    private func node(_ expr: Expr, kind: FunctionSpec.Parameter.Kind, depth: Int, budget: inout Int) -> Node {
        budget -= 1
        if expr.literalValue(units: workbook.units) != nil { return Node(label: Self.abbreviated(expr.formulaText)) }
        var binder = Binder(environment: environment, workbook: workbook, sheet: sheet, hasRow: row != nil)
        let bound = binder.bind(expr, as: kind)
        if let issue = binder.issues.first {
            return Node(label: expr.formulaText, detail: "error: " + issue.message, error: CellError(issue.kind, issue.message))
        }
        let context = workbook.functionContext(environment)
        let result = Evaluator(context: context, row: row).evaluate(bound)
        var node = describe(expr, bound, result, context: context)
        let parts = subexpressions(expr)
        if depth >= Self.depthLimit, !parts.isEmpty {
            node.children = [Node(label: "… (deeper parts not shown)")]
            return node
        }
        for (part, partKind) in parts {
            guard budget > 0 else {
                node.children.append(Node(label: "… (more parts not shown)"))
                break
            }
            node.children.append(self.node(part, kind: partKind, depth: depth + 1, budget: &budget))
        }
        if let error = node.error, !node.children.contains(where: { $0.error != nil }) {
            node.detail = (node.detail ?? error.description) + "  ← arises here" + (error.message.map { ": " + $0 } ?? "")
        }
        return node
    }

    /// The parts of `expr` worth a line of their own, with the kind of position each is in.
    private func subexpressions(_ expr: Expr) -> [(Expr, FunctionSpec.Parameter.Kind)] {
        switch expr {
        case .unary(_, let operand), .percent(let operand): return [(operand, .scalar)]
        case .binary(_, let left, let right): return [(left, .scalar), (right, .scalar)]
        case .call(let name, let arguments, _):
            let spec = Builtins.named(name)
            return arguments.enumerated().compactMap { index, argument in
                argument == .missing ? nil : (argument, spec?.parameter(at: index)?.kind ?? .scalar)
            }
        default: return []
        }
    }

    /// The node for `expr`: its value, and for a reference where it points.
    private func describe(_ expr: Expr, _ bound: Bound, _ result: Argument, context: FunctionContext) -> Node {
        var label = Self.abbreviated(expr.formulaText)
        var detail = Self.shown(result)
        let value: Value? = if case .value(let value) = result { value } else { nil }
        switch bound {
        case .cell(let target, let address):
            if let formula = target.cellFormulas[address] { label += " = " + formula.formulaText }
        case .range(_, let rows, let columns):
            detail = "\(rows.count * columns.count) cells" + Self.sum(result, context: context)
        case .column(let target, let index, let whole):
            let column = target.columns[index]
            if let formula = target.columnFormulas[column.name] { label += " = " + formula.formulaText }
            detail = whole ? "column of \(target.name), \(column.count) rows" + Self.sum(result, context: context)
                           : detail + "  (row \((row ?? 0) + 2))"
        case .keyed(let target, _, let key):
            let keyValue = Evaluator(context: context, row: row).value(of: key)
            if let index = target.row(forKey: keyValue) { detail += "  (row \(index + 2))" }
        case .name(let owner, let name):
            if let definition = owner.names[name], definition.formula.literalValue(units: owner.units) == nil {
                label += " = " + definition.formula.formulaText
            }
        default:
            break
        }
        return Node(label: label, detail: detail, error: value?.error ?? Self.singleCell(result)?.error)
    }

    /// A part's formula, cut to a line's worth: its own parts follow on the lines below.
    static func abbreviated(_ text: String) -> String {
        text.count <= labelLimit ? text : text.prefix(labelLimit - 1) + "…"
    }

    static let labelLimit = 60

    /// A result as a node shows it: a value, one cell's value, or a grid's size.
    static func shown(_ result: Argument) -> String {
        // An error shows its reason once, where it arises, not on every node above it.
        if let value = singleCell(result) { return value.error?.description ?? Session.shown(value) }
        if case .grid(let grid) = result { return "\(grid.rowCount)×\(grid.columnCount) values" }
        return ""
    }

    private static func singleCell(_ result: Argument) -> Value? {
        switch result {
        case .value(let value): return value
        case .grid(let grid) where grid.rowCount == 1 && grid.columnCount == 1: return grid.value(row: 0, column: 0)
        case .grid: return nil
        }
    }

    /// ", SUM 132.01 万元" for a range or column of figures; "" when it sums to nothing useful.
    private static func sum(_ result: Argument, context: FunctionContext) -> String {
        guard let spec = Builtins.named("SUM"),
              case .number(let total)? = try? spec.body(Arguments(count: 1, context: context) { _ in result }) else { return "" }
        return ", SUM " + total.generalDescription
    }
}

extension Explanation.Node {
    /// The tree as lines drawn with box characters: the root first, each part indented
    /// under the one it belongs to.
    var lines: [String] {
        var lines = [line]
        appendChildren(to: &lines, prefix: "")
        return lines
    }

    private var line: String {
        detail.map { "\(label)  →  \($0)" } ?? label
    }

    private func appendChildren(to lines: inout [String], prefix: String) {
        for (index, child) in children.enumerated() {
            let isLast = index == children.count - 1
            lines.append(prefix + (isLast ? "└─ " : "├─ ") + child.line)
            child.appendChildren(to: &lines, prefix: prefix + (isLast ? "   " : "│  "))
        }
    }
}
