/// Column names and units from a CSV file's header row.
///
/// Each heading is split into name and unit (`决算数(万元)` → 决算数, 万元); a unit the
/// manifest declares for the name overrides the heading's. An empty heading takes the
/// column's letters (`C`), as a sheet names a column without a heading; a name used twice
/// gets a suffix (`决算数_2`) so that every column can be named in a formula. Both are noted.
enum CSVHeadings {
    /// The name and unit of each column, and notes about renamed columns.
    static func columns(
        from headings: [String], units: UnitCatalog, declaredUnits: [String: Unit]
    ) -> (columns: [(name: String, unit: Unit?)], notes: [String]) {
        var columns: [(name: String, unit: Unit?)] = []
        var notes: [String] = []
        var taken: Set<String> = []
        for (index, heading) in headings.enumerated() {
            var (name, unit) = HeaderUnit.split(heading, units: units)
            let letters = CellAddress.columnLetters(index)
            if name.isEmpty {
                name = letters
                notes.append("column \(letters) has no heading and is named \(letters)")
            }
            if taken.contains(name) {
                var suffix = 2
                while taken.contains("\(name)_\(suffix)") { suffix += 1 }
                notes.append("column \(letters) repeats the heading \(name) and is named \(name)_\(suffix)")
                name = "\(name)_\(suffix)"
            }
            taken.insert(name)
            if let declared = declaredUnits[name] { unit = declared.isNone ? nil : declared }
            columns.append((name, unit))
        }
        return (columns, notes)
    }
}
