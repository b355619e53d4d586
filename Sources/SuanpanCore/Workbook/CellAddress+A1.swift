/// The spreadsheet's A1 notation for addresses: columns as letters, rows from 1.
extension CellAddress {
    /// `A` for 0, `Z` for 25, `AA` for 26, ….
    public static func columnLetters(_ column: Int) -> String {
        var letters: [Character] = []
        var index = column + 1
        while index > 0 {
            let remainder = (index - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            index = (index - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `C2` for row 1, column 2.
    public var a1: String { CellAddress.columnLetters(column) + String(row + 1) }
}
