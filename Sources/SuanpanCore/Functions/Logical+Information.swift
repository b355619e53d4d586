/// The information functions: what kind of value an argument is, and `NA()`.
///
/// They never propagate errors: `ISNUMBER(1/0)` is FALSE and `ISERROR(1/0)` TRUE. A single
/// cell reference is read as its value; a larger range where one value is wanted is the
/// error `#VALUE!` (so `ISERROR(A2:A3)` is TRUE).
extension Builtins {
    /// ISBLANK, ISNUMBER, ISTEXT, ISERROR and NA.
    static let informationFunctions: [FunctionSpec] = [
        FunctionSpec("ISBLANK", [.init("value")],
                     summary: "TRUE when the value is an empty cell (empty text is not blank).") { args throws(CellError) in
            .bool(args.scalar(0) == .blank)
        },
        FunctionSpec("ISNUMBER", [.init("value")],
                     summary: "TRUE when the value is a number, with or without a unit, or a date.") { args throws(CellError) in
            switch args.scalar(0) {
            case .number, .date: .bool(true)
            default: .bool(false)
            }
        },
        FunctionSpec("ISTEXT", [.init("value")],
                     summary: "TRUE when the value is text, empty text included.") { args throws(CellError) in
            if case .text = args.scalar(0) { return .bool(true) }
            return .bool(false)
        },
        FunctionSpec("ISERROR", [.init("value")],
                     summary: "TRUE when the value is any error, #N/A included.") { args throws(CellError) in
            .bool(args.scalar(0).error != nil)
        },
        FunctionSpec("NA", [],
                     summary: "Returns the error #N/A, which marks a value as not available.") { _ throws(CellError) in
            throw CellError(.notAvailable, "NA() was called")
        },
    ]
}
