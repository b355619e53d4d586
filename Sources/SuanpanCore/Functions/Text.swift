/// The text functions: LEN, LEFT, RIGHT, MID, TRIM, UPPER, LOWER, SUBSTITUTE, FIND and
/// SEARCH here; CONCAT, TEXTJOIN, TEXT and VALUE in `Text+Conversion.swift`.
///
/// Lengths and positions count characters as a reader sees them (`LEN("珠晖区计生协")` is 6).
/// A number becomes text exactly as `&` writes it (`Value.coercedToText`): General format,
/// then its unit without a space (`LEN(3.6万元)` is 5, the length of `3.6万元`); a date is its
/// serial, TRUE is `TRUE`. Errors in arguments propagate.
extension Builtins {
    /// The text family: measuring, searching, joining and converting.
    static let text: [FunctionSpec] = measuring + searching + textConversion

    private static let measuring: [FunctionSpec] = [
        FunctionSpec("LEN", [.init("text")],
                     summary: "Returns the number of characters in the text.") { args throws(CellError) in
            .number(try args.text(0).count)
        },
        FunctionSpec("LEFT", [.init("text"), .optional("num_chars")],
                     summary: "Returns the first characters of the text, one by default.") { args throws(CellError) in
            .text(String(try args.text(0).prefix(try characterCount(args, 1))))
        },
        FunctionSpec("RIGHT", [.init("text"), .optional("num_chars")],
                     summary: "Returns the last characters of the text, one by default.") { args throws(CellError) in
            .text(String(try args.text(0).suffix(try characterCount(args, 1))))
        },
        FunctionSpec("MID", [.init("text"), .init("start_num"), .init("num_chars")],
                     summary: "Returns the characters of the text from a position, for a count.") { args throws(CellError) in
            let text = try args.text(0)
            let start = try args.integer(1)
            guard start >= 1 else { throw CellError(.value, "MID starts at character 1 or later") }
            return .text(String(text.dropFirst(start - 1).prefix(try characterCount(args, 2))))
        },
        FunctionSpec("TRIM", [.init("text")],
                     summary: "Removes spaces at both ends of the text and collapses inner runs of spaces to one.") { args throws(CellError) in
            // Excel's TRIM touches the ASCII space only; the ideographic space is text.
            .text(try args.text(0).split(separator: " ").joined(separator: " "))
        },
        FunctionSpec("UPPER", [.init("text")],
                     summary: "Converts the letters of the text to upper case.") { args throws(CellError) in
            .text(try args.text(0).uppercased())
        },
        FunctionSpec("LOWER", [.init("text")],
                     summary: "Converts the letters of the text to lower case.") { args throws(CellError) in
            .text(try args.text(0).lowercased())
        },
    ]

    private static let searching: [FunctionSpec] = [
        FunctionSpec("SUBSTITUTE", [.init("text"), .init("old_text"), .init("new_text"), .optional("instance_num")],
                     summary: "Replaces old text with new text, every occurrence or only the given one (case-sensitive).") { args throws(CellError) in
            let text = Array(try args.text(0)), old = Array(try args.text(1)), new = try args.text(2)
            let instance: Int? = args.isMissing(3) ? nil : try args.integer(3)
            if let instance, instance < 1 { throw CellError(.value, "the instance number must be 1 or more") }
            guard !old.isEmpty else { return .text(String(text)) }
            var result = "", index = 0, seen = 0
            while index < text.count {
                if text[index...].starts(with: old) {
                    seen += 1
                    if instance == nil || instance == seen {
                        result += new
                        index += old.count
                        continue
                    }
                }
                result.append(text[index])
                index += 1
            }
            return .text(result)
        },
        FunctionSpec("FIND", [.init("find_text"), .init("within_text"), .optional("start_num")],
                     summary: "Returns the position of text within text, case-sensitive and without wildcards.") { args throws(CellError) in
            let needle = Array(try args.text(0)), haystack = Array(try args.text(1))
            let start = try startPosition(args, needle.isEmpty, haystack.count)
            let found = (start..<max(start, haystack.count)).first { haystack[$0...].starts(with: needle) }
            return try position(needle.isEmpty ? start : found)
        },
        FunctionSpec("SEARCH", [.init("find_text"), .init("within_text"), .optional("start_num")],
                     summary: "Returns the position of text within text, ignoring case; * and ? are wildcards.") { args throws(CellError) in
            let needle = try args.text(0), haystack = Array(try args.text(1))
            let start = try startPosition(args, needle.isEmpty, haystack.count)
            return try position(needle.isEmpty ? start : search(needle, in: haystack, from: start))
        },
    ]

    /// Argument `index` as a count of characters, 1 when left out (0 when written empty, as in
    /// Excel's `LEFT("abc",)`); negative is `#VALUE!`.
    private static func characterCount(_ args: Arguments, _ index: Int) throws(CellError) -> Int {
        let count = try args.integer(index, default: 1)
        guard count >= 0 else { throw CellError(.value, "a count of characters cannot be negative") }
        return count
    }

    /// The 0-based start of FIND and SEARCH; `#VALUE!` before the text or past its end (an
    /// empty find text may start just past the end, where it is found).
    private static func startPosition(_ args: Arguments, _ emptyNeedle: Bool, _ length: Int) throws(CellError) -> Int {
        let start = try args.integer(2, default: 1)
        guard start >= 1, start <= length + (emptyNeedle ? 1 : 0) else {
            throw CellError(.value, "the start position is outside the text")
        }
        return start - 1
    }

    /// A 0-based position as the 1-based number FIND and SEARCH return; nil is `#VALUE!`.
    private static func position(_ found: Int?) throws(CellError) -> Value {
        guard let found else { throw CellError(.value, "the text was not found") }
        return .number(found + 1)
    }

    /// The first position from `start` where `needle` (case-insensitive, wildcards read)
    /// begins in `haystack`.
    private static func search(_ needle: String, in haystack: [Character], from start: Int) -> Int? {
        // A `~` escapes even without wildcards (`~*` finds a star), so it takes the pattern path.
        if needle.contains(where: { $0 == "*" || $0 == "?" || $0 == "~" }) {
            // Matching a prefix is matching the pattern followed by `*`; a dangling `~`
            // must stay a literal tilde rather than escape that star.
            let trailingTildes = needle.reversed().prefix { $0 == "~" }.count
            let prefixPattern = Wildcard(needle + (trailingTildes % 2 == 1 ? "~*" : "*"))
            return (start..<haystack.count).first { prefixPattern.matches(String(haystack[$0...])) }
        }
        let lowered = needle.map { $0.lowercased() }
        return (start..<max(start, haystack.count)).first { index in
            index + lowered.count <= haystack.count
                && zip(haystack[index...], lowered).allSatisfy { $0.lowercased() == $1 }
        }
    }
}
