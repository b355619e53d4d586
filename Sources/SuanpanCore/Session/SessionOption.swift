/// One setting `set` changes: its name, the values it takes, and how it reads and writes
/// the session. `set`, `help set` and Tab completion all read `SessionOption.all`.
public struct SessionOption: Sendable {
    public let name: String
    /// The words it accepts, the default first.
    public let values: [String]
    /// Whether a positive whole number is accepted besides `values` (`set rows 100`).
    public var acceptsCount = false
    /// One line for `set`'s list and for help.
    public let summary: String
    /// The value now in force, spelt as one of `values`.
    let current: @Sendable (Session) -> String
    /// Puts one of `values` in force.
    let apply: @Sendable (Session, String) -> Void

    /// Every option, in the order `set` lists them.
    public static let all: [SessionOption] = [rounding, strict, rows, width, ambiguous, ascii, timer]

    /// The option called `name` (ASCII case ignored).
    public static func named(_ name: String) -> SessionOption? {
        all.first { $0.name == name.lowercased() }
    }

    /// Whether `value` (lower-cased) is one this option takes.
    func accepts(_ value: String) -> Bool {
        values.contains(value) || (acceptsCount && Self.count(value) != nil)
    }

    /// The accepted values as `set` lists them: `40|all|N`.
    var valuesText: String {
        (values + (acceptsCount ? ["N"] : [])).joined(separator: "|")
    }

    /// A positive whole number, as `set rows` and `set width` take.
    static func count(_ text: String) -> Int? {
        guard let number = Int(text), number > 0 else { return nil }
        return number
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

    /// How many rows `show` prints without `limit`: the first and last halves, with a line
    /// counting the rest. One number for the prompt and for scripts alike, so that a
    /// script's output does not depend on the window it ran in.
    static let rows = SessionOption(
        name: "rows", values: ["40", "all"], acceptsCount: true,
        summary: "how many rows show prints without limit (head and tail), or all",
        current: { $0.tableRows.map(String.init) ?? "all" },
        apply: { session, value in session.tableRows = count(value) })

    /// The width tables fit: the terminal's (auto), none, or a fixed number of columns.
    static let width = SessionOption(
        name: "width", values: ["auto", "none"], acceptsCount: true,
        summary: "the columns a table may take: the terminal's (auto), unlimited (none), or N",
        current: { session in
            session.tableWidthUnlimited ? "none" : session.fixedTableWidth.map(String.init) ?? "auto"
        },
        apply: { session, value in
            session.tableWidthUnlimited = value == "none"
            session.fixedTableWidth = count(value)
        })

    /// East Asian Ambiguous characters (· — “ ” … ①) are drawn one column wide by most
    /// terminals and two by some CJK ones; tables must measure them as the terminal draws.
    static let ambiguous = SessionOption(
        name: "ambiguous", values: ["narrow", "wide"],
        summary: "how wide the terminal draws · — “ ” … ① (East Asian Ambiguous): 1 or 2 columns",
        current: { $0.ambiguousWidth.rawValue },
        apply: { session, value in session.ambiguousWidth = AmbiguousWidth(rawValue: value) ?? .narrow })

    /// `--ascii` at the prompt or in a script: the command line sets it from the locale too.
    static let ascii = SessionOption(
        name: "ascii", values: ["off", "on"],
        summary: "whether charts draw with ASCII only (# bars), for terminals without Unicode",
        current: { $0.asciiOnly ? "on" : "off" },
        apply: { session, value in session.asciiOnly = value == "on" })

    /// How long each statement took, as sqlite3's and DuckDB's `.timer on` tell: the way to
    /// time one step inside a session (the benchmark's live update and `show`).
    static let timer = SessionOption(
        name: "timer", values: ["off", "on"],
        summary: "whether each statement is followed by the time it took (a note: time: 3.214 ms)",
        current: { $0.reportsTime ? "on" : "off" },
        apply: { session, value in session.reportsTime = value == "on" })
}
