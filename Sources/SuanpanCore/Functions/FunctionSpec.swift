/// One declared function: its name, parameters, summary and body.
///
/// The table of specs (`Builtins.all`) is the only list of functions: evaluation, `help` and
/// Tab completion all read it.
public struct FunctionSpec: Sendable {
    /// One parameter as `help` shows it and the binder treats it.
    public struct Parameter: Sendable {
        /// How a bare column name in this position is read inside a computed column.
        public enum Kind: Sendable {
            /// The current row's value (implicit intersection).
            case scalar
            /// The whole column or range: aggregates, criteria ranges, lookup tables.
            case range
        }

        public var name: String
        public var kind: Kind
        /// May be left out.
        public var optional: Bool
        /// May be repeated: `number1, number2, …`.
        public var repeating: Bool

        public init(_ name: String, _ kind: Kind = .scalar, optional: Bool = false, repeating: Bool = false) {
            self.name = name
            self.kind = kind
            self.optional = optional
            self.repeating = repeating
        }

        /// A parameter that may be left out.
        public static func optional(_ name: String, _ kind: Kind = .scalar) -> Parameter {
            Parameter(name, kind, optional: true)
        }

        /// A parameter that may be repeated (and is optional after its first use).
        public static func repeating(_ name: String, _ kind: Kind = .scalar) -> Parameter {
            Parameter(name, kind, repeating: true)
        }
    }

    public typealias Body = @Sendable (Arguments) throws(CellError) -> Value

    /// Upper-case name as written in formulas: `SUM`, `RATE`.
    public let name: String
    public let parameters: [Parameter]
    /// One sentence for `help` and completion, ending with a period.
    public let summary: String
    public let body: Body

    public init(_ name: String, _ parameters: [Parameter], summary: String, body: @escaping Body) {
        self.name = name
        self.parameters = parameters
        self.summary = summary
        self.body = body
    }

    /// The fewest arguments a call may have.
    public var minimumArity: Int {
        parameters.prefix { !$0.optional }.count
    }

    /// The most arguments a call may have, or nil when the last parameter repeats.
    public var maximumArity: Int? {
        parameters.last?.repeating == true ? nil : parameters.count
    }

    /// The parameter that argument `index` fills (repeating parameters cycle, as in SUMIFS).
    public func parameter(at index: Int) -> Parameter? {
        if index < parameters.count { return parameters[index] }
        guard parameters.last?.repeating == true else { return nil }
        // Repeating groups: the trailing run of repeating parameters repeats as a whole.
        let group = parameters.reversed().prefix { $0.repeating }.count
        let firstRepeating = parameters.count - group
        return parameters[firstRepeating + (index - firstRepeating) % group]
    }

    /// `SUM(number, …)` for help and messages.
    public var signature: String {
        let list = parameters.map { parameter -> String in
            var text = parameter.name
            if parameter.optional { text = "[\(text)]" }
            if parameter.repeating { text += ", …" }
            return text
        }
        return "\(name)(\(list.joined(separator: ", ")))"
    }
}
