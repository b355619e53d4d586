/// The running state of SUM and AVERAGE, and of MIN and MAX, with units kept.
///
/// Units follow addition's rules (`Quantity.adding`): the result is in the first unit met,
/// other units of its dimension are converted to it, a plain number is read in it, and a
/// second dimension is `#UNIT!`.

/// A sum and a count of the numbers added, for SUM, AVERAGE and the *IF family.
struct RunningTotal: NumberSink {
    /// The sum so far.
    private(set) var sum = Quantity.zero
    /// How many numbers were added.
    private(set) var count = 0

    /// Adds one number (in the running sum's unit, or `#UNIT!`).
    mutating func add(_ number: Quantity) throws(CellError) {
        sum = try sum.adding(number)
        count += 1
    }

    /// Adds a column's numbers.
    mutating func add(_ column: NumberColumnSlice) throws(CellError) {
        // Summed in the column's own unit, then converted once: exact, and a tight loop.
        sum = try sum.adding(Quantity(column.total, column.unit))
        count += column.numberCount
    }

    /// The mean, or `#DIV/0!` when no number was added.
    func average() throws(CellError) -> Quantity {
        guard count > 0 else { throw CellError(.divisionByZero, "there are no numbers to average") }
        return try sum.divided(by: Quantity(Exact(count)))
    }
}

/// The smallest or greatest number seen, for MIN, MAX, MINIFS and MAXIFS.
struct RunningExtreme: NumberSink {
    /// True for MAX, false for MIN.
    let largest: Bool
    /// The extreme so far, in `unit`.
    private var best: Exact?
    /// The first unit met; plain numbers seen before it are read in it.
    private var unit = Unit.none

    /// Nothing seen yet; `largest` for MAX.
    init(largest: Bool) { self.largest = largest }

    /// Compares one number with the extreme so far.
    mutating func add(_ number: Quantity) throws(CellError) {
        let amount = try inCommonUnit(number)
        guard let current = best else {
            best = amount
            return
        }
        if largest ? current < amount : amount < current { best = amount }
    }

    /// Compares a column's extreme with the extreme so far.
    mutating func add(_ column: NumberColumnSlice) throws(CellError) {
        if let extreme = column.extreme(largest: largest) { try add(Quantity(extreme, column.unit)) }
    }

    /// The extreme, or 0 when no number was seen (as Excel's MIN and MAX give).
    var result: Quantity { Quantity(best ?? .zero, unit) }

    /// The amount of `number` in the common unit, adopting its unit if it is the first one.
    private mutating func inCommonUnit(_ number: Quantity) throws(CellError) -> Exact {
        if number.isPlain || number.unit == unit { return number.amount }
        if unit.isNone {
            unit = number.unit
            return number.amount
        }
        return try number.convert(to: unit).amount
    }
}
