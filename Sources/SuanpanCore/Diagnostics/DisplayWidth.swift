/// How many terminal columns text takes, after Unicode's East Asian Width property (UAX #11)
/// as terminals apply it: Wide and Fullwidth characters take two columns, combining marks,
/// joiners, variation selectors and control characters none, everything else one.
///
/// Ambiguous-width characters (`·`, `—`, `“`, `…`) count as one here, as in terminals set up
/// for Chinese under a UTF-8 locale; tables measure with `DisplayWidth`, which `set ambiguous
/// wide` turns to two for terminals (and fonts) that draw them full width. The caret under a
/// diagnostic and the prompt rely on this, so that carets line up under CJK text.
public func displayWidth(_ text: some StringProtocol) -> Int {
    displayWidth(text, ambiguous: .narrow)
}

/// The terminal columns `text` takes when ambiguous-width characters take `ambiguous`.
public func displayWidth(_ text: some StringProtocol, ambiguous: AmbiguousWidth) -> Int {
    var width = 0
    for character in text { width += displayWidth(character, ambiguous: ambiguous) }
    return width
}

/// The terminal columns one character (a grapheme cluster) takes: 0, 1 or 2.
///
/// A cluster is as wide as its first visible scalar: `é` written as `e` + U+0301 is 1, a ZWJ
/// emoji sequence is 2. A text-style symbol turned into an emoji by U+FE0F (`❤️`) is 2.
public func displayWidth(_ character: Character) -> Int {
    displayWidth(character, ambiguous: .narrow)
}

/// The terminal columns one character takes when ambiguous-width characters take `ambiguous`.
public func displayWidth(_ character: Character, ambiguous: AmbiguousWidth) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first(where: { scalarWidth($0, ambiguous: ambiguous) > 0 }) else { return 0 }
    let width = scalarWidth(first, ambiguous: ambiguous)
    if width == 1, scalars.contains("\u{FE0F}"), first.properties.isEmoji { return 2 }
    return width
}

/// The width of one scalar on its own.
func scalarWidth(_ scalar: Unicode.Scalar, ambiguous: AmbiguousWidth = .narrow) -> Int {
    let value = scalar.value
    // Printable ASCII is by far the most common: answer it without any lookup.
    if value >= 0x20 && value < 0x7F { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .control:
        return 0
    case .format:
        // Joiners, directional marks, the BOM… are invisible; the soft hyphen shows as one.
        return value == 0xAD ? 1 : 0
    default:
        break
    }
    // Medial vowels and final consonants of old Hangul join the syllable before them.
    if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    if rangesContain(wideRanges, value) { return 2 }
    return ambiguous == .wide && rangesContain(ambiguousRanges, value) ? 2 : 1
}

/// True when `value` lies in one of `ranges` (sorted and disjoint), by binary search.
func rangesContain(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
    guard value >= ranges[0].lowerBound else { return false }
    var low = 0
    var high = ranges.count - 1
    while low <= high {
        let middle = (low + high) / 2
        let range = ranges[middle]
        if value < range.lowerBound {
            high = middle - 1
        } else if value > range.upperBound {
            low = middle + 1
        } else {
            return true
        }
    }
    return false
}

/// The blocks of Wide (W) and Fullwidth (F) characters, sorted and disjoint. Emoji with default
/// emoji presentation are found by their Unicode property instead, so only a few symbols that
/// are wide without being emoji are listed among the symbols here.
private let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,    // Hangul Jamo leading consonants
    0x2329...0x232A,    // angle brackets
    0x2E80...0x2E99,    // CJK radicals supplement
    0x2E9B...0x2EF3,
    0x2F00...0x2FD5,    // Kangxi radicals
    0x2FF0...0x2FFF,    // ideographic description characters
    0x3000...0x303E,    // ideographic space and CJK symbols and punctuation (、。「」〔〕)
    0x3041...0x3096,    // Hiragana
    0x3099...0x30FF,    // Katakana (the combining sound marks are caught as marks first)
    0x3105...0x312F,    // Bopomofo
    0x3131...0x318E,    // Hangul compatibility Jamo
    0x3190...0x31E5,    // Kanbun, Bopomofo extended, CJK strokes
    0x31EF...0x321E,    // Katakana extensions, parenthesised Hangul
    0x3220...0x3247,    // parenthesised ideographs ㈠…
    0x3250...0xA48C,    // enclosed CJK, compatibility, Extension A, Yijing, unified ideographs, Yi
    0xA490...0xA4C6,    // Yi radicals
    0xA960...0xA97C,    // Hangul Jamo extended A
    0xAC00...0xD7A3,    // Hangul syllables
    0xF900...0xFAFF,    // CJK compatibility ideographs
    0xFE10...0xFE19,    // vertical forms
    0xFE30...0xFE52,    // CJK compatibility forms, small form variants
    0xFE54...0xFE66,
    0xFE68...0xFE6B,
    0xFF01...0xFF60,    // fullwidth ASCII variants （），：０-９Ａ-Ｚ
    0xFFE0...0xFFE6,    // fullwidth signs ￥￡
    0x16FE0...0x16FE4,  // ideographic symbols (Tangut, Nüshu marks)
    0x16FF0...0x16FF1,
    0x17000...0x18CD5,  // Tangut, Khitan
    0x18D00...0x18D08,
    0x1AFF0...0x1B2FB,  // Kana extensions, Nüshu
    0x1F200...0x1F202,  // enclosed ideographic supplement 🈀
    0x1F210...0x1F23B,
    0x1F240...0x1F248,
    0x1F250...0x1F251,
    0x1F260...0x1F265,
    0x20000...0x2FFFD,  // CJK Extensions B–F, compatibility supplement
    0x30000...0x3FFFD,  // CJK Extensions G–H
]
