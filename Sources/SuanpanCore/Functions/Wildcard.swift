/// Excel's wildcard patterns, used by criteria (`SUMIF(r, "b*")`) and exact-match lookups:
/// `*` matches any run of characters, `?` any one character, `~` makes the next one literal.
/// Matching ignores case, as Excel's does.
public struct Wildcard: Sendable {
    private enum Piece: Equatable {
        case literal(Character)
        case any
        case anyRun
    }

    private let pieces: [Piece]

    /// True when `pattern` has an unescaped `*` or `?`, so plain equality would not do.
    public let hasWildcards: Bool

    public init(_ pattern: String) {
        var pieces: [Piece] = []
        var escaped = false
        var wild = false
        for character in pattern.lowercased() {
            if escaped {
                pieces.append(.literal(character))
                escaped = false
            } else if character == "~" {
                escaped = true
            } else if character == "*" {
                if pieces.last != .anyRun { pieces.append(.anyRun) }
                wild = true
            } else if character == "?" {
                pieces.append(.any)
                wild = true
            } else {
                pieces.append(.literal(character))
            }
        }
        if escaped { pieces.append(.literal("~")) }
        self.pieces = pieces
        self.hasWildcards = wild
    }

    /// True when the whole of `text` matches the pattern.
    ///
    /// Greedy matching with one backtrack point (the last `*`), which is linear for patterns
    /// without `*` and never exponential.
    public func matches(_ text: String) -> Bool {
        let characters = Array(text.lowercased())
        var p = 0, t = 0
        var star: Int?, starText = 0
        while t < characters.count {
            if p < pieces.count {
                switch pieces[p] {
                case .anyRun:
                    star = p
                    starText = t
                    p += 1
                    continue
                case .any:
                    p += 1; t += 1
                    continue
                case .literal(let character) where character == characters[t]:
                    p += 1; t += 1
                    continue
                default:
                    break
                }
            }
            guard let star else { return false }
            p = star + 1
            starText += 1
            t = starText
        }
        while p < pieces.count, pieces[p] == .anyRun { p += 1 }
        return p == pieces.count
    }
}
