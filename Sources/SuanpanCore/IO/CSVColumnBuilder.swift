/// One column's cells as they are read from a part of a CSV file, in the narrowest storage
/// that holds them so far.
///
/// A column starts as "only blanks" and settles on numbers (all in one unit) or text at its
/// first non-blank cell; a cell that does not fit moves it to general values for good. Each
/// part of a file read in parallel has its own builders, joined in order by `CSVColumnMerge`.
struct CSVColumnBuilder {
    /// The storage chosen so far.
    enum Kind: Equatable {
        case blank, numbers, text, values
    }

    /// The unit the heading (or the manifest) gives the column's bare figures, or nil.
    let headingUnit: Unit?
    let units: UnitCatalog
    private(set) var kind = Kind.blank
    /// Cells so far.
    private(set) var count = 0
    /// Number storage: figures in `numberUnit`; `blank` is empty until a blank follows a figure.
    private(set) var numbers = NumberStore()
    private(set) var blank: [Bool] = []
    /// The unit written after the figures in number storage; nil when they are bare, in the
    /// heading's unit.
    private(set) var numberUnit: Unit?

    /// The unit of the figures in number storage.
    var columnUnit: Unit { numberUnit ?? headingUnit ?? .none }
    /// Text storage: codes into `interner`.
    private(set) var codes: [Int32] = []
    private(set) var interner = TextInterner()
    /// General storage.
    private(set) var values: [Value] = []
    /// Source texts by row in this part, for cells whose bytes differ from their value's spelling.
    private(set) var sourceText: [Int: String] = [:]
    /// Cell formulas by row in this part, `=` included.
    private(set) var formulas: [(row: Int, source: String)] = []
    /// How many cells were read as figures and as text, for the "not a number" note.
    private(set) var numberCount = 0
    private(set) var textCount = 0
    /// The first text cell: its row and line in this part, and its text.
    private(set) var firstText: (row: Int, line: Int, text: String)?

    init(headingUnit: Unit?, units: UnitCatalog, expectedRows: Int) {
        self.headingUnit = headingUnit
        self.units = units
        self.expectedRows = expectedRows
    }

    /// A guess at the part's row count, to size the arrays once.
    private let expectedRows: Int

    /// Adds the next cell, read from its field's bytes; `line` is where its row starts in the
    /// part (0-based), kept for the note about a text among figures.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) {
        // The ledger's cells, without a `String` or an enum: blanks, bare decimals, plain text.
        guard let first = bytes.first else { return appendBlank() }
        if let (significand, scale, plain) = CSVCellReading.plainFigure(bytes) {
            if !plain { sourceText[count] = String(decoding: bytes, as: UTF8.self) }
            return appendFigure(significand, scale: scale)
        }
        if !CSVCellReading.mayBeOtherThanText(first) { return appendText(bytes, line: line) }
        appendReading(bytes, line: line)
    }

    /// Adds a cell that needs the full reading.
    private mutating func appendReading(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) {
        let (reading, keepsSource) = CSVCellReading.read(bytes, units: units)
        let row = count
        switch reading {
        case .blank: appendBlank()
        case .number(let amount, let unit): appendNumber(amount, unit: unit == nil || unit == headingUnit ? nil : unit)
        case .scaledNumber(let amount):
            // Base units into the heading's: 127800 (元) is 12.78 in a 万元 column; counts and
            // plain columns have factor 1. Money factors are powers of ten, so this is exact.
            appendNumber(headingUnit.flatMap { amount.divided(by: $0.factor) } ?? amount, unit: nil)
        case .text(let dropping): appendText(UnsafeBufferPointer(rebasing: bytes[dropping...]), line: line)
        case .bool(let flag): appendValue(.bool(flag))
        case .date(let serial): appendValue(.date(serial))
        case .formula:
            formulas.append((row, String(decoding: bytes, as: UTF8.self)))
            appendBlank()
        }
        if keepsSource { sourceText[row] = String(decoding: bytes, as: UTF8.self) }
    }

    /// Adds an empty cell.
    mutating func appendBlank() {
        count += 1
        switch kind {
        case .blank: break
        case .numbers:
            if blank.isEmpty { blank = Array(repeating: false, count: numbers.count) }
            numbers.append(significand: 0, scale: 0)
            blank.append(true)
        case .text: codes.append(Column.blankCode)
        case .values: values.append(.blank)
        }
    }

    /// Adds a figure: bare (in the heading's unit) when `unit` is nil, else in `unit`.
    private mutating func appendNumber(_ amount: Exact, unit: Unit?) {
        if takesFigure(unit: unit) {
            numbers.append(amount)
        } else {
            appendToValues(amount, unit: unit)
        }
    }

    /// Adds a bare figure read as a significand and scale: the ledger's cells, which number
    /// storage keeps without forming an `Exact`.
    @inline(__always)
    private mutating func appendFigure(_ significand: Int64, scale: Int16) {
        if takesFigure(unit: nil) {
            numbers.append(significand: significand, scale: scale)
        } else {
            appendToValues(Exact(significand: Int128(significand), scale: scale), unit: nil)
        }
    }

    /// Adds a figure that `takesFigure` turned away from number storage.
    private mutating func appendToValues(_ amount: Exact, unit: Unit?) {
        values.append(.number(Quantity(amount, unit ?? headingUnit ?? .none)))
    }

    /// Counts a figure about to be added, bare when `unit` is nil, and tells whether it goes
    /// to number storage (its blank flag already set); if not, the column holds values now.
    ///
    /// Bare figures are the common case, so they are told apart by `nil` alone; units are
    /// compared only for figures that carry one.
    @inline(__always)
    private mutating func takesFigure(unit: Unit?) -> Bool {
        numberCount += 1
        if kind == .blank {
            kind = .numbers
            numberUnit = unit
            numbers.reserveCapacity(expectedRows)
            numbers.append(repeating: .zero, count: count)
            if count > 0 { blank = Array(repeating: true, count: count) }
        }
        count += 1
        if kind == .numbers && (unit == nil ? numberUnit == nil : numberUnit.map { $0 == unit! } ?? false) {
            if !blank.isEmpty { blank.append(false) }
            return true
        }
        if kind != .values { widen() }
        return false
    }

    private mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) {
        textCount += 1
        if firstText == nil { firstText = (count, line, String(decoding: bytes, as: UTF8.self)) }
        if kind == .blank {
            kind = .text
            codes.reserveCapacity(expectedRows)
            codes.append(contentsOf: repeatElement(Column.blankCode, count: count))
        }
        count += 1
        if kind == .text {
            codes.append(interner.code(for: bytes))
        } else {
            if kind == .numbers { widen() }
            values.append(.text(String(decoding: bytes, as: UTF8.self)))
        }
    }

    private mutating func appendValue(_ value: Value) {
        if kind != .values { widen() }
        count += 1
        values.append(value)
    }

    /// Moves the cells so far to general storage.
    mutating func widen() {
        guard kind != .values else { return }
        values = cellValues
        kind = .values
        numbers = NumberStore()
        blank = []
        codes = []
    }

    /// Moves the number storage out (figures, and zeros for a column of only blanks), so
    /// that joining the parts releases each part's arrays as it goes.
    mutating func takeNumbers() -> (numbers: NumberStore, blank: [Bool]) {
        defer { (numbers, blank) = (NumberStore(), []) }
        return kind == .blank ? (NumberStore(repeating: .zero, count: count), []) : (numbers, blank)
    }

    /// The cells so far as values.
    var cellValues: [Value] {
        switch kind {
        case .blank:
            return Array(repeating: .blank, count: count)
        case .numbers:
            let unit = columnUnit
            return numbers.indices.map { !blank.isEmpty && blank[$0] ? .blank : .number(Quantity(numbers[$0], unit)) }
        case .text:
            let dictionary = interner.strings()
            return codes.map { $0 == Column.blankCode ? .blank : .text(dictionary[Int($0)]) }
        case .values:
            return values
        }
    }
}
