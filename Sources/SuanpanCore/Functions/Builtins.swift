/// The table of every function formulas may call, gathered from the family files.
///
/// Evaluation, `help` and Tab completion read this table and nothing else.
public enum Builtins {
    /// Every declared function, family by family.
    public static let all: [FunctionSpec] =
        aggregate + conditional + math + logical + lookup + text + dateTime + analysis + phrases

    /// Functions by upper-case name.
    private static let byName: [String: FunctionSpec] = Dictionary(
        all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    /// The function with this name (any case), or nil.
    public static func named(_ name: String) -> FunctionSpec? {
        byName[name.uppercased()]
    }
}
