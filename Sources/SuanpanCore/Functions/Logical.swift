/// IF, IFS, IFERROR, IFNA, SWITCH, AND, OR and NOT, with the information functions
/// (`ISBLANK`, `ISNUMBER`, …) from `Logical+Information.swift`.
///
/// The branching functions read their arguments lazily: `IF(TRUE, 1, 1/0)` never divides,
/// and `IFS` and `SWITCH` stop at the first match. AND and OR read every argument, as Excel
/// does, because an error anywhere is their result (`AND(FALSE, 1/0)` is `#DIV/0!`); they
/// stop at the first error.
extension Builtins {
    /// The logical family: branching, connectives and the information functions.
    static let logical: [FunctionSpec] = branching + connectives + informationFunctions + constants

    /// `TRUE()` and `FALSE()`: Excel has them as functions, and LibreOffice writes booleans
    /// that way into the .xlsx files it saves.
    private static let constants: [FunctionSpec] = [
        FunctionSpec("TRUE", [], summary: "The logical value TRUE.") { _ throws(CellError) in .bool(true) },
        FunctionSpec("FALSE", [], summary: "The logical value FALSE.") { _ throws(CellError) in .bool(false) },
    ]

    private static let branching: [FunctionSpec] = [
        FunctionSpec("IF", [.init("logical_test"), .init("value_if_true"), .optional("value_if_false")],
                     summary: "Returns one value when a condition is TRUE and another when it is FALSE.") { args throws(CellError) in
            let test = try args.bool(0)
            // A branch left out is FALSE; a branch written empty is 0.
            if !test && args.count < 3 { return .bool(false) }
            return branch(args, test ? 1 : 2)
        },
        FunctionSpec("IFS", [.repeating("logical_test"), .repeating("value_if_true")],
                     summary: "Returns the value paired with the first TRUE condition, or #N/A when none is.") { args throws(CellError) in
            guard args.count % 2 == 0 else {
                throw CellError(.value, "IFS takes conditions and values in pairs")
            }
            for index in stride(from: 0, to: args.count, by: 2) where try args.bool(index) {
                return branch(args, index + 1)
            }
            throw CellError(.notAvailable, "no condition of IFS is TRUE")
        },
        FunctionSpec("IFERROR", [.init("value"), .init("value_if_error")],
                     summary: "Returns the value, or a replacement when the value is any error.") { args throws(CellError) in
            if args.scalar(0).error != nil { return branch(args, 1) }
            return args.scalar(0)
        },
        FunctionSpec("IFNA", [.init("value"), .init("value_if_na")],
                     summary: "Returns the value, or a replacement when the value is #N/A.") { args throws(CellError) in
            if args.scalar(0).error?.kind == .notAvailable { return branch(args, 1) }
            return args.scalar(0)
        },
        FunctionSpec("SWITCH", [.init("expression"), .repeating("value"), .repeating("result")],
                     summary: "Returns the result paired with the first value equal to the expression, else the default or #N/A.") { args throws(CellError) in
            let expression = try args.value(0)
            var index = 1
            while index + 1 < args.count {
                if try Value.compare(expression, try args.value(index)) == 0 {
                    return branch(args, index + 1)
                }
                index += 2
            }
            // An odd count of cases leaves a last argument without a pair: the default.
            if index < args.count { return branch(args, index) }
            throw CellError(.notAvailable, "no value of SWITCH matches")
        },
    ]

    private static let connectives: [FunctionSpec] = [
        FunctionSpec("AND", [.repeating("logical", .range)],
                     summary: "TRUE when every logical value among the arguments is TRUE.") { args throws(CellError) in
            .bool(try logicalValues(args).allSatisfy { $0 })
        },
        FunctionSpec("OR", [.repeating("logical", .range)],
                     summary: "TRUE when any logical value among the arguments is TRUE.") { args throws(CellError) in
            .bool(try logicalValues(args).contains(true))
        },
        FunctionSpec("NOT", [.init("logical")],
                     summary: "Reverses a logical value: TRUE becomes FALSE and FALSE becomes TRUE.") { args throws(CellError) in
            .bool(!(try args.bool(0)))
        },
    ]

    /// Argument `index` as the branch taken, 0 when it is written empty (`IF(TRUE,, 1)`).
    private static func branch(_ args: Arguments, _ index: Int) -> Value {
        args.isMissing(index) ? .number(0) : args.scalar(index)
    }

    /// The logical values AND and OR combine, in order.
    ///
    /// Typed arguments are coerced (text must read TRUE or FALSE); in a reference or array,
    /// text and blanks are skipped, numbers count as `<> 0`. Errors are thrown at once. No
    /// logical value at all is `#VALUE!`.
    private static func logicalValues(_ args: Arguments) throws(CellError) -> [Bool] {
        var values: [Bool] = []
        for index in 0..<args.count {
            switch args.argument(index) {
            case .value(let value):
                values.append(try value.coercedToBool())
            case .grid(let grid):
                try grid.forEachValue { value throws(CellError) in
                    switch value {
                    case .text, .blank: break
                    default: values.append(try value.coercedToBool())
                    }
                }
            }
        }
        guard !values.isEmpty else { throw CellError(.value, "no logical values among the arguments") }
        return values
    }
}
