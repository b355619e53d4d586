/// Telling whether two columns hold the same cell arrays, and whether a value can be written
/// into a column without changing how it stores its cells: what editing a cell in place
/// (`Session.prepareInPlaceEdit`) needs to know.
extension Column {
    /// Whether `other` holds the very same cell array (not merely equal cells): then neither
    /// has changed since one was copied from the other.
    func sharesStorage(with other: Column) -> Bool {
        switch (storage, other.storage) {
        case (.numbers(let a, _), .numbers(let b, _)): a.sharesBuffer(with: b)
        case (.text(let a, _), .text(let b, _)): Self.sameBuffer(a, b)
        case (.values(let a), .values(let b)): Self.sameBuffer(a, b)
        default: false
        }
    }

    private static func sameBuffer<Element>(_ a: [Element], _ b: [Element]) -> Bool {
        !a.isEmpty && a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    }

    /// Whether `set(value, at:)` keeps the column's kind of storage: a figure in the
    /// column's unit (or a bare one, which takes it) into numbers, text into text, a blank
    /// into either, anything into general values.
    func keepsStorage(writing value: Value) -> Bool {
        switch (storage, value) {
        case (.values, _), (_, .blank): true
        case (.numbers, .number(let quantity)): quantity.unit == unit || quantity.unit == .none
        case (.text, .text): true
        default: false
        }
    }
}
