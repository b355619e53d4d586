/// Computing a derived sheet's columns from its source.
extension Derivation {
    /// What computing a derivation gives: the sheet's new columns, what it read (for the
    /// dependency graph), and how many source rows the `where` condition could not judge.
    struct Result {
        var columns: [Column]
        var precedents: Set<Precedent>
        var conditionErrors: Int
        /// For a summarize, its groups, so that a later change updates only the groups it touches.
        var groups: DerivedGroups?
    }

    /// The derived sheet's columns, computed in `workbook`. A missing source or key column
    /// (which the statement refuses up front) gives no columns.
    func compute(in workbook: Workbook, environment: Environment) -> Result {
        guard let source = workbook.sheet(named: source) else {
            return Result(columns: [], precedents: [], conditionErrors: 0)
        }
        let context = workbook.functionContext(environment)
        // The whole source, headings included: any typed cell, new row or replaced column
        // of it recomputes the derived sheet.
        var precedents: Set<Precedent> = [
            .cells(sheet: ObjectIdentifier(source), rows: 0...CellAddress.maxRows,
                   columns: 0...(CellAddress.maxColumns - 1)),
        ]
        var filter = RowFilter(all: source.rowCount)
        // The source columns whose cells decide which rows are grouped (the keys are added below).
        var groupingColumns: Set<Int> = []
        if let condition {
            var binder = Binder(environment: environment, workbook: workbook, sheet: source, hasRow: true)
            let bound = binder.bind(condition)
            precedents.formUnion(binder.precedents)
            for precedent in binder.precedents {
                switch precedent {
                case .column(let sheet, let column) where sheet == ObjectIdentifier(source): groupingColumns.insert(column)
                case .cells(let sheet, _, _) where sheet == ObjectIdentifier(source): groupingColumns.formUnion(source.columns.indices)
                default: break
                }
            }
            filter = RowFilter(condition: bound, rowCount: source.rowCount, context: context)
        }
        let keyIndices = keyColumns.compactMap { source.columnIndex(named: $0) }
        guard keyIndices.count == keyColumns.count else {
            return Result(columns: [], precedents: precedents, conditionErrors: filter.errorCount)
        }
        groupingColumns.formUnion(keyIndices)
        var columns: [Column]
        var groups: DerivedGroups?
        switch kind {
        case .summarize(_, let items):
            let formulas = GroupFormulas(items.map { ($0.name, $0.formula) }, source: source, workbook: workbook,
                                         environment: environment)
            precedents.formUnion(formulas.precedents)
            let grouping = Grouping(source, rows: filter.rows, keyColumns: keyIndices, interruption: context.interruption)
            columns = summarize(source, grouping: grouping, keys: keyIndices, items: items, formulas: formulas,
                                interruption: context.interruption)
            groups = DerivedGroups(source: source, grouping: grouping, groupingColumns: groupingColumns,
                                   readColumns: formulas.readColumns)
        case .pivot(_, _, let value):
            let formulas = GroupFormulas([("value", value)], source: source, workbook: workbook, environment: environment)
            precedents.formUnion(formulas.precedents)
            columns = pivot(source, rows: filter.rows, rowKey: keyIndices[0], columnKey: keyIndices[1],
                            formulas: formulas, interruption: context.interruption)
        }
        return Result(columns: columns, precedents: precedents, conditionErrors: filter.errorCount, groups: groups)
    }

    private func summarize(_ source: Sheet, grouping: Grouping, keys: [Int], items: [Item], formulas: GroupFormulas,
                           interruption: InterruptionFlag?) -> [Column] {
        var itemValues = [[Value]](repeating: [], count: items.count)
        for (group, groupRows) in grouping.rows.enumerated() {
            if group & 0x3FF == 0, interruption?.isRequested == true { break }
            for (index, value) in formulas.values(forRows: groupRows).enumerated() { itemValues[index].append(value) }
        }
        var columns = keys.enumerated().map { position, index in
            Column(name: source.columns[index].name, unit: source.columns[index].unit,
                   values: grouping.keys.map { $0[position] })
        }
        for (item, values) in zip(items, itemValues) {
            columns.append(Column(name: item.name, unit: ColumnEvaluator.commonUnit(values), values: values))
        }
        return columns
    }

    private func pivot(_ source: Sheet, rows: [Int], rowKey: Int, columnKey: Int, formulas: GroupFormulas,
                       interruption: InterruptionFlag?) -> [Column] {
        let grouping = Grouping(source, rows: rows, keyColumns: [rowKey, columnKey], interruption: interruption)
        // Distinct row keys in sorted order (the groups are sorted by row key first).
        var rowPosition: [Value: Int] = [:]
        var rowKeys: [Value] = []
        var columnKeys: [Value] = []
        var columnPosition: [Value: Int] = [:]
        for key in grouping.keys {
            if rowPosition[key[0]] == nil { rowPosition[key[0]] = rowKeys.count; rowKeys.append(key[0]) }
            if columnPosition[key[1]] == nil { columnPosition[key[1]] = columnKeys.count; columnKeys.append(key[1]) }
        }
        let columnOrder = columnKeys.indices.sorted { a, b in
            let order = ValueOrder.compare(columnKeys[a], columnKeys[b])
            return order != 0 ? order < 0 : a < b
        }
        var cells = [[Value]](repeating: [Value](repeating: .blank, count: rowKeys.count), count: columnKeys.count)
        for (group, groupRows) in grouping.rows.enumerated() {
            if group & 0x3FF == 0, interruption?.isRequested == true { break }
            let key = grouping.keys[group]
            cells[columnPosition[key[1]]!][rowPosition[key[0]]!] = formulas.values(forRows: groupRows)[0]
        }
        let keyColumn = source.columns[rowKey]
        var columns = [Column(name: keyColumn.name, unit: keyColumn.unit, values: rowKeys)]
        for index in columnOrder {
            let values = cells[index]
            columns.append(Column(name: Self.columnName(columnKeys[index]), unit: ColumnEvaluator.commonUnit(values),
                                  values: values))
        }
        return columns
    }

    /// A pivot column's name: the key's General text (a figure without its unit), `(空白)`
    /// for rows whose key is blank or empty text.
    static func columnName(_ key: Value) -> String {
        switch key {
        case .number(let quantity): quantity.amount.generalDescription
        case .blank, .text(""): "(空白)"
        default: key.generalDescription
        }
    }
}
