/// An error value inside a cell, as spreadsheets show them: `#DIV/0!`, `#VALUE!`, ….
///
/// Cell errors are values: they propagate through formulas instead of stopping evaluation.
/// The `message` says why in words (shown by `explain`); it does not take part in equality,
/// which compares kinds only, as `=ISERROR` and `=IFERROR` do.
public struct CellError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The error kinds a spreadsheet knows, plus `#UNIT!` for unit mismatches.
    public enum Kind: String, Sendable, CaseIterable {
        case divisionByZero = "#DIV/0!"
        case value = "#VALUE!"
        case ref = "#REF!"
        case name = "#NAME?"
        case notAvailable = "#N/A"
        case num = "#NUM!"
        case circular = "#CIRC!"
        case unit = "#UNIT!"
    }

    /// Which error: decides the display and what `ISNA`, `IFNA` and `ERROR.TYPE` see.
    public var kind: Kind
    /// Why, in a sentence, or nil where the kind says it all.
    public var message: String?

    /// An error of `kind`, with an optional sentence saying why.
    public init(_ kind: Kind, _ message: String? = nil) {
        self.kind = kind
        self.message = message
    }

    /// The spreadsheet spelling, `#DIV/0!`.
    public var description: String { kind.rawValue }

    /// Errors of one kind are equal whatever their messages.
    public static func == (a: CellError, b: CellError) -> Bool { a.kind == b.kind }
    /// Hashes the kind only, in step with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(kind) }

    /// Reads an error literal such as `#N/A` (case-insensitive), or nil.
    public init?(literal: some StringProtocol) {
        let upper = literal.uppercased()
        guard let kind = Kind.allCases.first(where: { $0.rawValue == upper }) else { return nil }
        self.init(kind)
    }
}
