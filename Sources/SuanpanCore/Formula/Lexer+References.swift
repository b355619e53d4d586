/// Reading and writing the column letters and row numbers of A1-style references.
///
/// The grid is Excel's: columns `A`…`XFD` (0…16383), rows 1…1048576 (0-based 0…1048575).
extension Lexer {
    /// The 0-based column of one to three ASCII letters in any case (`A` 0, `AA` 26), or nil.
    static func columnIndex(_ letters: some Collection<Character>) -> Int? {
        guard (1...3).contains(letters.count) else { return nil }
        var column = 0
        for letter in letters {
            guard letter.isASCIILetter, let value = letter.uppercased().unicodeScalars.first?.value else { return nil }
            column = column * 26 + Int(value) - 64
        }
        return column <= CellAddress.maxColumns ? column - 1 : nil
    }

    /// The 0-based row of a 1-based row number written in ASCII digits, or nil.
    static func rowIndex(_ digits: some Collection<Character>) -> Int? {
        guard !digits.isEmpty, digits.count <= 7 else { return nil }
        var row = 0
        for digit in digits {
            guard let value = digit.wholeNumberValue, digit.isASCII else { return nil }
            row = row * 10 + value
        }
        return (1...CellAddress.maxRows).contains(row) ? row - 1 : nil
    }

    /// The address of `C2`-style text (letters then digits, no `$`), or nil.
    static func cellAddress(_ word: some Collection<Character>) -> CellAddress? {
        let letters = word.prefix { $0.isASCIILetter }
        let digits = word.dropFirst(letters.count)
        guard let column = columnIndex(letters), let row = rowIndex(digits) else { return nil }
        return CellAddress(row: row, column: column)
    }

    /// Why `C2`-style text (ASCII letters then digits) is not a cell when it is shaped like
    /// one but lies past Excel's grid — `A1048577`, `XFE1` — or nil. Such a word is read as
    /// a name; this lets "unknown name" say what was probably meant.
    static func offGridReason(_ word: some Collection<Character>) -> String? {
        let letters = word.prefix { $0.isASCIILetter }
        let digits = word.dropFirst(letters.count)
        guard !letters.isEmpty, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isWholeNumber }),
              cellAddress(word) == nil else { return nil }
        let last = columnName(CellAddress.maxColumns - 1) + String(CellAddress.maxRows)
        return "as a cell it lies past the grid's last cell, \(last)"
    }

    /// The letters of a 0-based column: 0 `A`, 25 `Z`, 26 `AA`.
    static func columnName(_ column: Int) -> String {
        var remaining = column + 1
        var letters: [Character] = []
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            remaining = (remaining - 1) / 26
        }
        return String(letters.reversed())
    }
}
