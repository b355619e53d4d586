/// One table of a workbook: row 1 holds the headings, each column below it is typed storage.
///
/// Cells may hold constants or formulas; a column may be computed as a whole from one
/// formula (a computed column), in which case its storage caches the computed values.
public final class Sheet {
    public var name: String
    public private(set) var columns: [Column]
    /// The column whose values address rows in `支出.决算数["基本支出"]`, or nil for the first
    /// text column.
    public var keyColumn: String?
    /// Cell formulas by address, as parsed. Their values are cached in the columns.
    public internal(set) var cellFormulas: [CellAddress: Expr] = [:]
    /// Computed columns by column name, as parsed. Their values are cached in the columns.
    public internal(set) var columnFormulas: [String: Expr] = [:]
    /// Display formats by column name (`执行率 = "0.00%"`), kept with the workbook.
    public var formats: [String: String] = [:]
    /// For a sheet made by `summarize` or `pivot`: how it is computed from its source. Its
    /// columns are then a cache, recomputed whenever the source changes.
    public internal(set) var derivation: Derivation?
    /// A summarize sheet's groups as last computed: lets a change to a few source cells
    /// recompute only their groups. Kept with the sheet's contents, so undo restores it with them.
    var derivedGroups: DerivedGroups?

    public init(name: String, columns: [Column] = []) {
        self.name = name
        self.columns = columns
        let rows = rowCount
        for index in self.columns.indices { self.columns[index].extend(to: rows) }
    }

    /// How many data rows (below the heading) the sheet has.
    public var rowCount: Int { columns.reduce(0) { max($0, $1.count) } }

    /// The most cells (columns × data rows) a cell assignment may grow a sheet to. Columns
    /// are dense, so `XFD1048576 = 5` on an empty sheet would ask for 17 billion cells; past
    /// this limit the assignment is refused instead. It is the limit an .xlsx sheet is read
    /// with (`XLSXLimits.standard`); a CSV file may hold more, and a sheet already larger
    /// may still be changed within its rows and columns.
    public static let maximumCells = 32_000_000

    /// The columns × rows the sheet would have once `address` is set, when that grows it past
    /// `maximumCells`; nil when the assignment may go ahead.
    public func oversizedGrowth(toReach address: CellAddress) -> (columns: Int, rows: Int)? {
        let rows = rowCount
        let grownColumns = max(columns.count, address.column + 1), grownRows = max(rows, address.row)
        guard grownColumns > columns.count || grownRows > rows else { return nil }
        return grownColumns * grownRows > Sheet.maximumCells ? (grownColumns, grownRows) : nil
    }

    /// The index of the column with this heading, or nil.
    public func columnIndex(named name: String) -> Int? {
        columns.firstIndex { $0.name == name }
    }

    /// The column with this heading, or nil.
    public func column(named name: String) -> Column? {
        columnIndex(named: name).map { columns[$0] }
    }

    /// The value at a grid address: row 0 gives the headings, cells past the data are blank.
    public func value(at address: CellAddress) -> Value {
        guard address.column < columns.count else { return .blank }
        if address.row == 0 { return columns[address.column].heading ?? .text(columns[address.column].name) }
        let index = address.row - 1
        let column = columns[address.column]
        return index < column.count ? column[index] : .blank
    }

    /// Stores a value at a grid address, adding rows and (unnamed) columns as needed.
    /// Text in row 0 names the column; anything else there is kept as the heading cell's
    /// value and the column keeps its letters as its name.
    public func setValue(_ value: Value, at address: CellAddress) {
        if address.column >= columns.count {
            // The row count once, not per column added: `XFD1 = 5` adds 16,384 columns.
            let rows = rowCount
            while address.column >= columns.count {
                columns.append(Column(name: CellAddress.columnLetters(columns.count), values: Array(repeating: .blank, count: rows)))
            }
        }
        if address.row == 0 {
            if case .text(let text) = value, !text.isEmpty {
                columns[address.column].name = text
                columns[address.column].heading = nil
            } else {
                columns[address.column].name = CellAddress.columnLetters(address.column)
                columns[address.column].heading = value
            }
            return
        }
        let rows = max(rowCount, address.row)
        columns[address.column].set(value, at: address.row - 1)
        // Keep the grid rectangular: a cell typed below the last row lengthens every column.
        if columns.contains(where: { $0.count < rows }) {
            for index in columns.indices { columns[index].extend(to: rows) }
        }
    }

    /// Adds a column, or replaces the one with the same name; returns its index.
    @discardableResult
    public func setColumn(_ column: Column) -> Int {
        var column = column
        column.extend(to: rowCount)
        if let index = columnIndex(named: column.name) {
            columns[index] = column
            return index
        }
        columns.append(column)
        let rows = rowCount
        for index in columns.indices { columns[index].extend(to: rows) }
        return columns.count - 1
    }

    /// Replaces every column at once, as they are: a derived sheet recomputed, or the
    /// scratch sheet of `GroupFormulas`. The caller keeps the columns of equal length.
    func replaceColumns(_ newColumns: [Column]) {
        columns = newColumns
    }

    /// Replaces the column at `index` as it is.
    func replaceColumn(at index: Int, with column: Column) {
        columns[index] = column
    }

    /// The row whose key column holds `key` (compared as text, case-sensitively), as a
    /// 0-based data row, or nil.
    public func row(forKey key: Value) -> Int? {
        guard let index = keyColumnIndex else { return nil }
        let column = columns[index]
        for row in 0..<column.count where Sheet.keyMatches(column[row], key) { return row }
        return nil
    }

    /// The index of the key column: the declared one, else the first column holding text.
    public var keyColumnIndex: Int? {
        if let keyColumn { return columnIndex(named: keyColumn) }
        return columns.firstIndex { $0.holdsText }
    }

    private static func keyMatches(_ cell: Value, _ key: Value) -> Bool {
        switch (cell, key) {
        case (.text(let a), .text(let b)): a.trimmingSpaces == b.trimmingSpaces
        default: cell == key
        }
    }
}

extension Sheet {
    /// Everything a sheet holds, as values: what `undo` and an interrupted statement put
    /// back. Columns are copy-on-write arrays, so taking one costs a few pointers, not rows.
    struct Contents {
        fileprivate var name: String
        fileprivate var columns: [Column]
        fileprivate var keyColumn: String?
        fileprivate var cellFormulas: [CellAddress: Expr]
        fileprivate var columnFormulas: [String: Expr]
        fileprivate var formats: [String: String]
        fileprivate var derivation: Derivation?
        fileprivate var derivedGroups: DerivedGroups?
        /// Columns whose cells this copy no longer holds (`releaseColumn`): restoring takes
        /// the live column's cells and puts back the cells listed (data row, value).
        fileprivate var liveColumns: [Int: [(row: Int, value: Value)]] = [:]

        /// Stops holding the cells of column `index` when they are the very ones `live`
        /// holds, so that the live column can be written in place rather than copied — a
        /// million-row column would otherwise be copied for one typed cell because undo
        /// keeps this copy. `restoring` are the cells the write will change, as they are now.
        /// Restoring must then happen when the live column holds what this copy held but
        /// for those cells: the undo steps are restored last-first, so it does.
        /// `midStatement`: this is the copy taken before the statement now running, which
        /// may have released the column already for an earlier write; the cells it lists
        /// first keep their earlier values.
        mutating func releaseColumn(_ index: Int, sharedWith live: Column, restoring cells: [(row: Int, value: Value)],
                                    midStatement: Bool) {
            guard index < columns.count else { return }
            if columns[index].sharesStorage(with: live) {
                columns[index].storage = .values([])
                liveColumns[index] = cells
            } else if midStatement, let listed = liveColumns[index] {
                liveColumns[index] = listed + cells.filter { cell in !listed.contains { $0.row == cell.row } }
            }
        }
    }

    var contents: Contents {
        Contents(name: name, columns: columns, keyColumn: keyColumn, cellFormulas: cellFormulas,
                 columnFormulas: columnFormulas, formats: formats, derivation: derivation,
                 derivedGroups: derivedGroups)
    }

    func restore(_ contents: Contents) {
        name = contents.name
        var restored = contents.columns
        for (index, cells) in contents.liveColumns where index < restored.count {
            // The live column is found by name: under last-first restoring it holds the cells
            // this copy released, whatever its place.
            guard let live = columns.first(where: { $0.name == contents.columns[index].name }) ?? columns.dropFirst(index).first
            else { continue }
            let sourceText = restored[index].sourceText
            restored[index].storage = live.storage
            for (row, value) in cells { restored[index].set(value, at: row) }
            restored[index].sourceText = sourceText
        }
        columns = restored
        keyColumn = contents.keyColumn
        cellFormulas = contents.cellFormulas
        columnFormulas = contents.columnFormulas
        formats = contents.formats
        derivation = contents.derivation
        derivedGroups = contents.derivedGroups
    }
}

extension Sheet {
    /// Why `name` cannot name a sheet, or nil when it can. Any other text is allowed: the
    /// workbook's file names are made safe when it is saved, and formulas quote names with
    /// spaces or punctuation ('my sheet'!A1).
    public static func problemWithName(_ name: String) -> String? {
        if name.trimmingSpaces.isEmpty { return "a sheet name cannot be empty" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "a sheet name cannot hold control characters"
        }
        return nil
    }
}
