/// CONCAT, TEXTJOIN, TEXT and VALUE: joining values as text, and converting between numbers
/// and text.
extension Builtins {
    /// CONCAT, TEXTJOIN, TEXT and VALUE.
    static let textConversion: [FunctionSpec] = [
        FunctionSpec("CONCAT", [.repeating("text", .range)],
                     summary: "Joins the texts of the arguments and of every cell of ranges.") { args throws(CellError) in
            .text(try joined(try texts(args, from: 0, skippingEmpty: false), separator: ""))
        },
        FunctionSpec("TEXTJOIN", [.init("delimiter"), .init("ignore_empty"), .repeating("text", .range)],
                     summary: "Joins texts and ranges with a delimiter, skipping empty ones if asked.") { args throws(CellError) in
            let delimiter = try args.text(0)
            let texts = try texts(args, from: 2, skippingEmpty: try args.bool(1))
            return .text(try joined(texts, separator: delimiter))
        },
        FunctionSpec("TEXT", [.init("value"), .init("format_text")],
                     summary: "Formats a number as text with a format such as 0.00, #,##0, 0.0%, 0.0万元 or yyyy-mm-dd.") { args throws(CellError) in
            let value = try args.value(0)
            let format = try NumberFormat(try args.text(1))
            return .text(try format.format(value, units: args.context.units))
        },
        FunctionSpec("VALUE", [.init("text")],
                     summary: "Reads text as a number, as reports print figures: 1,234.56, 50%, （1,234.00）, 3.6万.") { args throws(CellError) in
            switch try args.value(0) {
            case .number(let quantity): return .number(quantity)
            case .date(let serial): return .number(serial)
            case .blank: return .number(0)
            case .text(let text):
                guard let quantity = PublishedNumber.read(text, units: args.context.units) else {
                    throw CellError(.value, "the text \"\(text)\" is not a number")
                }
                return .number(quantity)
            default:
                throw CellError(.value, "VALUE reads text, not TRUE or FALSE")
            }
        },
    ]

    /// The texts of arguments `start…`, cells of grids included, row by row.
    private static func texts(_ args: Arguments, from start: Int, skippingEmpty: Bool) throws(CellError) -> [String] {
        var texts: [String] = []
        for index in start..<args.count {
            try args.grid(index).forEachValue { value throws(CellError) in
                let text = try value.coercedToText()
                if !(skippingEmpty && text.isEmpty) { texts.append(text) }
            }
        }
        return texts
    }

    /// The texts joined, or `#VALUE!` past a cell's 32,767 characters, as Excel limits them.
    private static func joined(_ texts: [String], separator: String) throws(CellError) -> String {
        let text = texts.joined(separator: separator)
        guard text.utf16.count <= 32_767 else { throw CellError(.value, "the text is too long") }
        return text
    }
}
