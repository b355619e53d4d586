/// Something computed from a formula: a node of the dependency graph.
enum FormulaNode: Hashable {
    case cell(sheet: ObjectIdentifier, CellAddress)
    /// A computed column, by the column's name.
    case column(sheet: ObjectIdentifier, name: String)
    case name(String)
    /// A derived sheet (`summarize`, `pivot`), computed as a whole from its source.
    case derived(sheet: ObjectIdentifier)
}

/// What changed when a value was typed or a node recomputed.
enum Change: Hashable {
    case cell(sheet: ObjectIdentifier, CellAddress)
    case column(sheet: ObjectIdentifier, column: Int)
    case name(String)
}

/// Who reads what: for each formula node, its precedents; and indexes from cells, columns,
/// rectangles and names back to the nodes that read them, so that the nodes a change
/// affects are found without scanning every formula.
///
/// A range or a whole column is one entry, so `SUM(决算数)` over a million rows is one edge.
final class DependencyGraph {
    fileprivate(set) var precedents: [FormulaNode: Set<Precedent>] = [:]
    /// Single-cell precedents: sheet → column → row → readers.
    fileprivate var cellReaders: [ObjectIdentifier: [Int: [Int: Set<FormulaNode>]]] = [:]
    /// Whole-column precedents.
    fileprivate var columnReaders: [ColumnKey: Set<FormulaNode>] = [:]
    /// Multi-cell rectangles, few in practice, scanned.
    fileprivate var rectangleReaders: [ObjectIdentifier: [Rectangle]] = [:]
    fileprivate var nameReaders: [String: Set<FormulaNode>] = [:]

    fileprivate struct ColumnKey: Hashable {
        let sheet: ObjectIdentifier
        let column: Int
    }

    fileprivate struct Rectangle {
        let rows: ClosedRange<Int>
        let columns: ClosedRange<Int>
        let reader: FormulaNode
    }

    /// Every node with a formula.
    var nodes: Dictionary<FormulaNode, Set<Precedent>>.Keys { precedents.keys }

    /// Records what `node` reads, replacing what it read before.
    func setPrecedents(_ newPrecedents: Set<Precedent>, for node: FormulaNode) {
        remove(node)
        precedents[node] = newPrecedents
        for precedent in newPrecedents {
            switch precedent {
            case .cells(let sheet, let rows, let columns) where rows.count == 1 && columns.count == 1:
                cellReaders[sheet, default: [:]][columns.lowerBound, default: [:]][rows.lowerBound, default: []].insert(node)
            case .cells(let sheet, let rows, let columns):
                rectangleReaders[sheet, default: []].append(Rectangle(rows: rows, columns: columns, reader: node))
            case .column(let sheet, let column):
                columnReaders[ColumnKey(sheet: sheet, column: column), default: []].insert(node)
            case .name(let name):
                nameReaders[name, default: []].insert(node)
            }
        }
    }

    /// Forgets `node` and what it read.
    func remove(_ node: FormulaNode) {
        guard let old = precedents.removeValue(forKey: node) else { return }
        for precedent in old {
            switch precedent {
            case .cells(let sheet, let rows, let columns) where rows.count == 1 && columns.count == 1:
                cellReaders[sheet]?[columns.lowerBound]?[rows.lowerBound]?.remove(node)
            case .cells(let sheet, _, _):
                rectangleReaders[sheet]?.removeAll { $0.reader == node }
            case .column(let sheet, let column):
                columnReaders[ColumnKey(sheet: sheet, column: column)]?.remove(node)
            case .name(let name):
                nameReaders[name]?.remove(node)
            }
        }
    }

    /// The nodes that read what `change` changed.
    func readers(of change: Change) -> Set<FormulaNode> {
        var result: Set<FormulaNode> = []
        switch change {
        case .cell(let sheet, let address):
            if let readers = cellReaders[sheet]?[address.column]?[address.row] { result.formUnion(readers) }
            if address.row >= 1, let readers = columnReaders[ColumnKey(sheet: sheet, column: address.column)] {
                result.formUnion(readers)
            }
            for rectangle in rectangleReaders[sheet] ?? []
            where rectangle.rows.contains(address.row) && rectangle.columns.contains(address.column) {
                result.insert(rectangle.reader)
            }
        case .column(let sheet, let column):
            if let readers = columnReaders[ColumnKey(sheet: sheet, column: column)] { result.formUnion(readers) }
            for (_, readers) in cellReaders[sheet]?[column] ?? [:] { result.formUnion(readers) }
            for rectangle in rectangleReaders[sheet] ?? [] where rectangle.columns.contains(column) {
                result.insert(rectangle.reader)
            }
        case .name(let name):
            if let readers = nameReaders[name] { result.formUnion(readers) }
        }
        return result
    }
}

extension DependencyGraph {
    /// The graph's indexes as values, for `undo`.
    struct Contents {
        fileprivate var precedents: [FormulaNode: Set<Precedent>]
        fileprivate var cellReaders: [ObjectIdentifier: [Int: [Int: Set<FormulaNode>]]]
        fileprivate var columnReaders: [ColumnKey: Set<FormulaNode>]
        fileprivate var rectangleReaders: [ObjectIdentifier: [Rectangle]]
        fileprivate var nameReaders: [String: Set<FormulaNode>]
    }

    var contents: Contents {
        Contents(precedents: precedents, cellReaders: cellReaders, columnReaders: columnReaders,
                 rectangleReaders: rectangleReaders, nameReaders: nameReaders)
    }

    func restore(_ contents: Contents) {
        precedents = contents.precedents
        cellReaders = contents.cellReaders
        columnReaders = contents.columnReaders
        rectangleReaders = contents.rectangleReaders
        nameReaders = contents.nameReaders
    }
}
