/// Incremental recalculation: after a change, recompute exactly the formulas that depend on
/// it, each after everything it reads, and mark the formulas caught in a cycle `#CIRC!`.
///
/// The affected nodes are found breadth-first from the change; their order comes from
/// Tarjan's strongly-connected-components algorithm, run with an explicit stack so that a
/// chain of a hundred thousand formulas cannot overflow the call stack. Tarjan yields the
/// components dependencies-last, so they are evaluated in reverse; a component of more than
/// one node, or a node that reads itself, is a cycle.
extension Workbook {
    /// Recomputes everything that reads what `changes` changed.
    func recalculate(after changes: [Change], environment: Environment) {
        var starting: [FormulaNode] = []
        var triggers: [FormulaNode: [Change]] = [:]
        for change in changes {
            for reader in graph.readers(of: change) {
                starting.append(reader)
                triggers[reader, default: []].append(change)
            }
        }
        recompute(starting: starting, environment: environment, triggers: triggers)
    }

    /// Recomputes every formula of the workbook (after loading it).
    func recalculateAll(environment: Environment) {
        recompute(starting: Array(graph.nodes), environment: environment)
    }

    /// Recomputes `starting` and everything that reads them, transitively. `triggers` are
    /// the changes that made each starting node stale, when known; a node is told every
    /// change that reached it (`evaluate(_:after:)`), or nothing when one of its triggers is
    /// unknown, and then recomputes in full.
    func recompute(starting: [FormulaNode], environment: Environment, triggers: [FormulaNode: [Change]] = [:]) {
        var nodes: [FormulaNode] = []
        var position: [FormulaNode: Int] = [:]
        var successors: [[Int]] = []
        var cursor = 0
        // What reached each node; nil once something unknown did.
        var reached: [[Change]?] = []

        func add(_ node: FormulaNode) -> Int {
            if let index = position[node] { return index }
            position[node] = nodes.count
            nodes.append(node)
            successors.append([])
            reached.append([])
            return nodes.count - 1
        }
        for node in starting {
            let index = add(node)
            if let changes = triggers[node] { reached[index]? += changes } else { reached[index] = nil }
        }
        while cursor < nodes.count {
            let node = nodes[cursor]
            for change in changes(made: node) {
                for reader in graph.readers(of: change) {
                    let index = add(reader)
                    successors[cursor].append(index)
                    reached[index]?.append(change)
                }
            }
            cursor += 1
        }
        for component in Self.componentsInEvaluationOrder(successors) {
            let cyclic = component.count > 1 || successors[component[0]].contains(component[0])
            // Ctrl-C: stop; the session puts the workbook back as it was.
            if environment.interruption.isRequested { return }
            for index in component {
                if cyclic {
                    markCircular(nodes[index])
                } else {
                    evaluate(nodes[index], environment: environment, after: reached[index])
                }
            }
        }
    }

    /// The changes a node's recomputation makes; none when its sheet or column is gone.
    func changes(made node: FormulaNode) -> [Change] {
        switch node {
        case .cell(let sheet, let address): return [.cell(sheet: sheet, address)]
        case .column(let sheet, let name):
            guard let index = self.sheet(id: sheet)?.columnIndex(named: name) else { return [] }
            return [.column(sheet: sheet, column: index)]
        case .name(let name): return [.name(name)]
        case .derived(let sheet):
            // Every column may change; column 0 always, so that a reader of the whole sheet
            // (a summarize of this summarize) follows even when it is still empty.
            let count = self.sheet(id: sheet)?.columns.count ?? 0
            return (0..<max(count, 1)).map { .column(sheet: sheet, column: $0) }
        }
    }

    /// The sheet with this identity, or nil.
    func sheet(id: ObjectIdentifier) -> Sheet? {
        sheets.first { ObjectIdentifier($0) == id }
    }

    /// Strongly connected components of the graph `successors`, dependencies first.
    static func componentsInEvaluationOrder(_ successors: [[Int]]) -> [[Int]] {
        let count = successors.count
        var index = Array(repeating: -1, count: count)
        var lowLink = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var stack: [Int] = []
        var components: [[Int]] = []
        var counter = 0

        for root in 0..<count where index[root] == -1 {
            // Each frame is a node and how many of its successors have been looked at.
            var frames: [(node: Int, next: Int)] = [(root, 0)]
            index[root] = counter; lowLink[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let frame = frames.last {
                let node = frame.node
                if frame.next < successors[node].count {
                    frames[frames.count - 1].next += 1
                    let successor = successors[node][frame.next]
                    if index[successor] == -1 {
                        index[successor] = counter; lowLink[successor] = counter; counter += 1
                        stack.append(successor); onStack[successor] = true
                        frames.append((successor, 0))
                    } else if onStack[successor] {
                        lowLink[node] = min(lowLink[node], index[successor])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                if lowLink[node] == index[node] {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == node { break }
                    }
                    components.append(component)
                }
            }
        }
        // Tarjan finishes a component after everything reachable from it, that is, after its
        // readers: reversed, each component comes after what it reads.
        return components.reversed()
    }
}
