/// What reading a CSV file gives: a sheet, its cell formulas still as text, and how it was read.
public struct CSVReadResult {
    /// The file's rows as a sheet named after the file; cells holding formulas are blank
    /// until the formulas are installed.
    public var sheet: Sheet
    /// Cells that begin with `=`, by address (row 0 is the heading row), with their source
    /// as written, `=` included, in row-major order.
    public var formulas: [(address: CellAddress, source: String)]
    /// The encoding the text was in.
    public var encoding: TextEncoding
    /// The delimiter found: `,`, tab or `;`.
    public var delimiter: UInt8
    /// What the analyst should know: renamed columns, figures that stayed text, an empty file.
    public var notes: [String]
}
