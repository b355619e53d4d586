/// A cell's place on a sheet, 0-based: row 0 is the heading row (spreadsheet row 1).
public struct CellAddress: Sendable, Hashable, Comparable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    public static func < (a: CellAddress, b: CellAddress) -> Bool {
        (a.row, a.column) < (b.row, b.column)
    }

    /// The largest grid a reference may name, as Excel's: 1,048,576 rows × 16,384 columns.
    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384
}

/// A reference to one cell as written in a formula.
public struct CellReference: Sendable, Hashable {
    /// The sheet before `!`, or nil for the formula's own sheet.
    public var sheet: String?
    public var address: CellAddress
    /// `$` before the column and before the row, kept for printing.
    public var absoluteColumn: Bool
    public var absoluteRow: Bool

    public init(sheet: String? = nil, address: CellAddress, absoluteColumn: Bool = false, absoluteRow: Bool = false) {
        self.sheet = sheet
        self.address = address
        self.absoluteColumn = absoluteColumn
        self.absoluteRow = absoluteRow
    }
}

/// A rectangular range as written: `A1:B9`, whole columns `C:E`, or whole rows `2:3`.
public struct RangeReference: Sendable, Hashable {
    public enum Extent: Sendable, Hashable {
        /// Corner to corner: `A1:B9` (each corner may carry `$`).
        case cells(from: CellReference, to: CellReference)
        /// Whole columns, 0-based, inclusive: `C:E`.
        case columns(from: Int, to: Int)
        /// Whole rows, 0-based, inclusive: `2:3` is rows 1…2.
        case rows(from: Int, to: Int)
    }

    /// The sheet before `!`, or nil for the formula's own sheet.
    public var sheet: String?
    public var extent: Extent

    public init(sheet: String? = nil, extent: Extent) {
        self.sheet = sheet
        self.extent = extent
    }
}
