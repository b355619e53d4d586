/// One setting `set` changes: its name, the values it takes, and how it reads and writes
/// the session. `set`, `help set` and Tab completion all read `SessionOption.all`.
public struct SessionOption: Sendable {
    public let name: String
    /// The values it accepts, the default first.
    public let values: [String]
    /// One line for `set`'s list and for help.
    public let summary: String
    /// The value now in force, spelt as one of `values`.
    let current: @Sendable (Session) -> String
    /// Puts one of `values` in force.
    let apply: @Sendable (Session, String) -> Void

    /// Every option, in the order `set` lists them.
    public static let all: [SessionOption] = [rounding, strict, ascii]

    /// The option called `name` (ASCII case ignored).
    public static func named(_ name: String) -> SessionOption? {
        all.first { $0.name == name.lowercased() }
    }

    /// How figures are rounded for display (SPEC §3): published tables disagree, and
    /// reproducing one must be possible.
    static let rounding = SessionOption(
        name: "rounding", values: ["half-up", "half-even", "truncate"],
        summary: "how shown figures are rounded: 四舍五入, banker's, or cut off (never ROUND's own rule)",
        current: { session in
            switch session.displayRounding {
            case .halfEven: "half-even"
            case .towardZero: "truncate"
            default: "half-up"
            }
        },
        apply: { session, value in
            session.displayRounding = switch value {
            case "half-even": .halfEven
            case "truncate": .towardZero
            default: .halfAwayFromZero
            }
        })

    /// `--strict` at the prompt or in a script.
    static let strict = SessionOption(
        name: "strict", values: ["off", "on"],
        summary: "whether a failing check fails its statement (and stops a script)",
        current: { $0.isStrict ? "on" : "off" },
        apply: { session, value in session.isStrict = value == "on" })

    /// `--ascii` at the prompt or in a script: the command line sets it from the locale too.
    static let ascii = SessionOption(
        name: "ascii", values: ["off", "on"],
        summary: "whether charts draw with ASCII only (# bars), for terminals without Unicode",
        current: { $0.asciiOnly ? "on" : "off" },
        apply: { session, value in session.asciiOnly = value == "on" })
}
