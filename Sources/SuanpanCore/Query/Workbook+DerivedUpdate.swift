/// Bringing a summarize sheet up to date after a few cells of its source changed, by
/// computing again only the groups that hold them.
extension Workbook {
    /// Updates the derived `sheet` for `changes` (what its recomputation was triggered by),
    /// group by group. Returns false, changing nothing, when that is not enough — a key or
    /// `where` column changed, rows or columns came or went, the sheet is a pivot or was
    /// never computed here — and the sheet must be computed in full.
    func updateDerived(_ sheet: Sheet, after changes: [Change], environment: Environment) -> Bool {
        guard let derivation = sheet.derivation, case .summarize(_, let items) = derivation.kind,
              let state = sheet.derivedGroups, let source = self.sheet(named: derivation.source),
              let groups = state.groupsToUpdate(after: changes, in: source) else { return false }
        guard !groups.isEmpty else { return true }
        let formulas = GroupFormulas(items.map { ($0.name, $0.formula) }, source: source, workbook: self,
                                     environment: environment)
        guard formulas.readColumns == state.readColumns, sheet.columns.count >= items.count else { return false }
        let firstItem = sheet.columns.count - items.count
        for group in groups.sorted() where group < sheet.rowCount {
            for (index, value) in formulas.values(forRows: state.groupRows[group]).enumerated() {
                sheet.setValue(value, at: CellAddress(row: group + 1, column: firstItem + index))
            }
        }
        return true
    }
}
