/// Splits formula text into tokens. It never fails: what it cannot read becomes an `.invalid`
/// token carrying the reason, so that completion works on half-typed lines and the parser
/// decides what to report.
///
/// The lexer works on an array of `Character`s, so that every look-ahead is O(1) and spans are
/// character offsets, as `SourceSpan` promises. Units are recognised only directly after a
/// number and only from the symbols the workbook knows (`户`, `万元`, `元/户`, …), longest
/// first; a symbol counts only when no identifier character follows it, so `100元/户数` is
/// `100元`, `/`, `户数`.
public struct Lexer: Sendable {
    /// Unit symbols by their first character, longest first, for longest-match lookup.
    private let unitsByFirst: [Character: [[Character]]]

    /// Creates a lexer that knows the given unit symbols.
    public init(unitSymbols: Set<String> = []) {
        var table: [Character: [[Character]]] = [:]
        for symbol in unitSymbols where !symbol.isEmpty {
            let characters = Array(symbol)
            table[characters[0], default: []].append(characters)
        }
        for key in table.keys {
            table[key]!.sort { $0.count > $1.count || ($0.count == $1.count && String($0) < String($1)) }
        }
        unitsByFirst = table
    }

    /// All tokens of `source`, ending with an `.end` token whose span is empty.
    public func tokenize(_ source: String) -> [Token] {
        var scanner = TokenScanner(characters: Array(source), lexer: self)
        return scanner.run()
    }

    /// The length of the unit symbol starting at `index`, or nil: the longest known symbol
    /// with no identifier character after it, joined into a compound `元/户` when a `/` is
    /// followed directly by another such symbol.
    func unitLength(in characters: [Character], at index: Int) -> Int? {
        guard let first = simpleUnitLength(in: characters, at: index) else { return nil }
        let slash = index + first
        if slash < characters.count, characters[slash] == "/",
           let second = simpleUnitLength(in: characters, at: slash + 1) {
            return first + 1 + second
        }
        return first
    }

    private func simpleUnitLength(in characters: [Character], at index: Int) -> Int? {
        guard index < characters.count, let candidates = unitsByFirst[characters[index]] else { return nil }
        for symbol in candidates {
            let end = index + symbol.count
            guard end <= characters.count, characters[index..<end].elementsEqual(symbol) else { continue }
            if end < characters.count, characters[end].isIdentifierContinuation { continue }
            return symbol.count
        }
        return nil
    }
}

extension Character {
    /// May start an identifier: a letter of any script (CJK ideographs are letters) or `_`.
    /// Not a lone combining mark (Arabic U+0612 counts as alphabetic): printed after an
    /// operator it would fuse with it into one character, and the formula would not read back.
    var isIdentifierStart: Bool { (isLetter && !startsWithMark) || self == "_" }

    /// Whether the first scalar is a combining mark (nonspacing, spacing or enclosing).
    private var startsWithMark: Bool {
        switch unicodeScalars.first!.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// May continue an identifier: also digits of any script.
    var isIdentifierContinuation: Bool { isLetter || isNumber || self == "_" }

    /// An ASCII digit `0`–`9`.
    var isASCIIDigit: Bool { isASCII && isWholeNumber }

    /// An ASCII letter `A`–`Z`, `a`–`z`.
    var isASCIILetter: Bool { isASCII && isLetter }
}
