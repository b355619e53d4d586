/// What computing a summarize sheet learnt about its source, kept with the sheet so that a
/// change to a few source cells recomputes only the groups holding them (SPEC §11: a live
/// summary of a million rows follows one typed cell in milliseconds, not a full regroup).
///
/// It describes the source as it was when the sheet was computed; `Workbook.updateDerived`
/// uses it only when the source still has those rows and columns and no cell changed that
/// could move a row to another group or in or out of the `where`.
struct DerivedGroups {
    /// The source's data rows and column names when the groups were made.
    var sourceRowCount: Int
    var sourceColumnNames: [String]
    /// For each source data row, the derived row (the group) it belongs to; -1 for a row
    /// the `where` left out.
    var groupOfRow: [Int32]
    /// Each group's source data rows, ascending.
    var groupRows: [[Int]]
    /// Source columns whose cells decide the groups: the keys, and what `where` reads (all
    /// columns when it reads a cell or range of the source).
    var groupingColumns: Set<Int>
    /// Source columns the `with` items read.
    var readColumns: Set<Int>

    init(source: Sheet, grouping: Grouping, groupingColumns: Set<Int>, readColumns: Set<Int>) {
        sourceRowCount = source.rowCount
        sourceColumnNames = source.columns.map(\.name)
        var groupOfRow = [Int32](repeating: -1, count: source.rowCount)
        for (group, rows) in grouping.rows.enumerated() {
            for row in rows { groupOfRow[row] = Int32(group) }
        }
        self.groupOfRow = groupOfRow
        groupRows = grouping.rows
        self.groupingColumns = groupingColumns
        self.readColumns = readColumns
    }

    /// The groups whose items must be computed again after `changes`, or nil when the
    /// changes may have moved rows between groups and the sheet must be computed in full.
    /// Only data cells of `source` in columns that decide no group qualify.
    func groupsToUpdate(after changes: [Change], in source: Sheet) -> Set<Int>? {
        guard source.rowCount == sourceRowCount, source.columns.count == sourceColumnNames.count,
              zip(source.columns, sourceColumnNames).allSatisfy({ $0.name == $1 }) else { return nil }
        let sourceID = ObjectIdentifier(source)
        var groups: Set<Int> = []
        for change in changes {
            guard case .cell(let sheet, let address) = change, sheet == sourceID, address.row >= 1,
                  address.row <= sourceRowCount, !groupingColumns.contains(address.column) else { return nil }
            // A column no item reads changes nothing in the summary.
            guard readColumns.contains(address.column) else { continue }
            let group = groupOfRow[address.row - 1]
            if group >= 0 { groups.insert(Int(group)) }
        }
        return groups
    }
}
