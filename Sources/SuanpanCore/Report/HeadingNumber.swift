/// Section numbers in the Chinese report convention (党政机关公文格式, GB/T 9704): 一、 at the
/// first level, （一） at the second, 1. at the third, （1） at the fourth.
enum HeadingNumber {
    /// The label of heading `number` at `level` (1–4): `二、`, `（三）`, `4.`, `（5）`.
    static func label(level: Int, number: Int) -> String {
        switch level {
        case 1: "\(chinese(number))、"
        case 2: "（\(chinese(number))）"
        case 3: "\(number)."
        default: "（\(number)）"
        }
    }

    /// The number a title written with its own label in `level`'s style starts with (`二、…`
    /// at level 1, `（一）` or `(一)` at 2, `3.` or `3．` at 3, `（1）` or `(1)` at 4), or nil.
    static func explicit(in title: String, level: Int) -> Int? {
        let characters = Array(title)
        switch level {
        case 1:
            let digits = characters.prefix { numerals.contains($0) || $0 == "十" }
            guard !digits.isEmpty, characters.count > digits.count, characters[digits.count] == "、" else { return nil }
            return value(ofChinese: String(digits))
        case 2, 4:
            guard let open = characters.first, open == "（" || open == "(" else { return nil }
            let inside = characters.dropFirst().prefix { $0 != "）" && $0 != ")" }
            guard characters.count > inside.count + 1 else { return nil }
            return level == 2 ? value(ofChinese: String(inside)) : Int(String(inside))
        default:
            let digits = characters.prefix(while: \.isASCII).prefix(while: \.isNumber)
            guard !digits.isEmpty, characters.count > digits.count, characters[digits.count] == "." || characters[digits.count] == "．"
            else { return nil }
            return Int(String(digits))
        }
    }

    private static let numerals: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 1–99 in Chinese numerals (十一, 二十, 九十九); larger numbers in Arabic digits, which a
    /// report never reaches at a heading level.
    static func chinese(_ number: Int) -> String {
        guard (1...99).contains(number) else { return String(number) }
        let tens = number / 10, ones = number % 10
        let tensText = tens == 0 ? "" : (tens == 1 ? "" : String(numerals[tens])) + "十"
        return tensText + (ones == 0 ? "" : String(numerals[ones]))
    }

    /// The number `chinese(_:)` writes as `text`, or nil.
    static func value(ofChinese text: String) -> Int? {
        (1...99).first { chinese($0) == text }
    }
}
