/// Splitting a column heading into its name and the unit written after it.
///
/// Published tables put the unit in brackets after the heading: `决算数(万元)`,
/// `决算数（万元）` with fullwidth brackets, sometimes `金额（单位：元）`. The bracket text counts
/// as a unit only when the catalog knows it; otherwise (`备注(说明)`, `项目(一)`) the whole
/// heading is the name, so no heading loses text to a guess.
public enum HeaderUnit {
    /// The name and unit a heading spells; the unit is nil when there is none.
    public static func split(_ heading: String, units: UnitCatalog = .standard) -> (name: String, unit: Unit?) {
        let trimmed = String(heading.trimmingSpaces)
        guard let last = trimmed.last, last == ")" || last == "）",
              let open = trimmed.lastIndex(where: { $0 == "(" || $0 == "（" })
        else { return (trimmed, nil) }
        let name = String(trimmed[..<open].trimmingSpaces)
        var inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].trimmingSpaces
        for prefix in ["单位：", "单位:"] where inside.hasPrefix(prefix) {
            inside = inside.dropFirst(prefix.count).trimmingSpaces
        }
        guard !name.isEmpty, let unit = units.unit(named: String(inside)), !unit.isNone else { return (trimmed, nil) }
        return (name, unit)
    }
}
