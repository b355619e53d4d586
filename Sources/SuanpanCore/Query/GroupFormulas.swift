/// Formulas evaluated once per group of rows: the `with` items of `summarize` and the value
/// of `pivot`.
///
/// The formulas are bound once, against a scratch sheet shaped like the source: before each
/// group is evaluated the scratch sheet's columns are set to that group's rows, so that a
/// bare column inside an aggregate (`SUM(预算数)`) is the group's cells. Outside an aggregate
/// a bare column is read at the group's first row — for a key column, the group's key. Each
/// item's value is then added to the scratch sheet as a one-row column, so that later items
/// read it by name (`执行率 = RATE(决算, 预算)`); an item named like a source column hides it
/// from the items after it.
struct GroupFormulas {
    /// The formulas, bound against `scratch`, in order.
    private(set) var bound: [Bound] = []
    /// The first problem binding each formula, if any.
    private(set) var issues: [BindingIssue?] = []
    /// What the formulas read besides the source's rows: names, other sheets.
    private(set) var precedents: Set<Precedent> = []
    private let scratch: Sheet
    private let source: Sheet
    /// The source columns the formulas read, filled per group.
    private(set) var readColumns: Set<Int> = []
    /// For each formula, the scratch column holding its value (items are appended after the
    /// source's columns).
    private var itemColumns: [Int] = []
    private let context: FunctionContext

    /// Binds `items` (name, formula) in order in the workbook of `source`.
    init(_ items: [(name: String, formula: Expr)], source: Sheet, workbook: Workbook, environment: Environment) {
        self.source = source
        self.context = workbook.functionContext(environment)
        scratch = Sheet(name: source.name, columns: [])
        scratch.replaceColumns(source.columns.map { Column(name: $0.name, unit: $0.unit, storage: .values([])) })
        let scratchID = ObjectIdentifier(scratch)
        for item in items {
            var binder = Binder(environment: environment, workbook: workbook, sheet: scratch, hasRow: true)
            bound.append(binder.bind(item.formula))
            issues.append(binder.issues.first)
            for precedent in binder.precedents {
                switch precedent {
                case .column(let sheet, let column) where sheet == scratchID:
                    if column < source.columns.count { readColumns.insert(column) }
                case .cells(let sheet, _, _) where sheet == scratchID:
                    // A cell or range of the group (`A1:B3`) reads any source column.
                    readColumns.formUnion(source.columns.indices)
                default:
                    precedents.insert(precedent)
                }
            }
            // Later items see this one by name; a source column of that name is hidden.
            var columns = scratch.columns
            if let hidden = columns.firstIndex(where: { $0.name == item.name }) { columns[hidden].name = "\u{1}" + item.name }
            columns.append(Column(name: item.name, storage: .values([.blank])))
            itemColumns.append(columns.count - 1)
            scratch.replaceColumns(columns)
        }
    }

    /// Each formula's value over the data rows `rows` of the source.
    func values(forRows rows: [Int]) -> [Value] {
        for index in readColumns {
            var gathered = source.columns[index].gathering(rows)
            gathered.name = scratch.columns[index].name
            scratch.replaceColumn(at: index, with: gathered)
        }
        let evaluator = Evaluator(context: context, row: 0)
        var values: [Value] = []
        for (index, formula) in bound.enumerated() {
            let value = evaluator.value(of: formula)
            values.append(value)
            scratch.replaceColumn(at: itemColumns[index], with: Column(name: scratch.columns[itemColumns[index]].name,
                                                                      storage: .values([value])))
        }
        return values
    }
}
