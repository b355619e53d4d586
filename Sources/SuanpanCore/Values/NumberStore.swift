/// A number column's figures, held compactly: what `Column.Storage.numbers` carries.
///
/// As `[Exact]` a million-row column is 32 MB, though a ledger's figures — 2-decimal amounts
/// in 万元, years, counts — have significands that fit 32 bits and one or two scales. So the
/// store keeps significands as `Int32` while every one fits and as `Int64` once one does not,
/// and scales as one value for the whole column while every cell shares it and as one `Int8`
/// a cell once they differ (a 决算数 column mixes `0` and `123.45`). A figure that fits
/// neither — a significand past 64 bits, a scale past ±127 — moves the store to plain
/// `[Exact]` for good. The ledger's number columns take 4–9 bytes a cell instead of 32.
///
/// Every form gives back each cell's significand and scale exactly as stored (`12.30` stays
/// `12.30`, `0` stays `0`): CSV write-back and display depend on the scale of each cell.
/// Forms only widen; a cell set to a narrower figure leaves the store as it is. The store
/// holds arrays, so it is copy-on-write as they are.
public struct NumberStore: Sendable {
    /// How the significands are held.
    enum Width: Sendable {
        case int32, int64, exact
    }

    /// Which of `narrow`, `wide` and `exact` holds the cells; the other two are empty.
    var width = Width.int32
    /// Significands, while every one fits 32 bits.
    var narrow: [Int32] = []
    /// Significands, once one did not fit 32 bits.
    var wide: [Int64] = []
    /// The figures themselves, once one did not fit 64 bits and an `Int8` scale.
    var exact: [Exact] = []
    /// The scale of every cell while `scales` is empty (unused for `.exact`).
    var scale: Int8 = 0
    /// The scale of each cell, once two differ; empty while they do not.
    var scales: [Int8] = []

    /// No figures.
    public init() {}

    /// The figures of `numbers`, in the narrowest form that holds them.
    public init(_ numbers: some Sequence<Exact>) {
        reserveCapacity(numbers.underestimatedCount)
        for number in numbers { append(number) }
    }

    /// `count` copies of `number`.
    public init(repeating number: Exact, count: Int) {
        append(repeating: number, count: count)
    }

    /// `number` as a significand and scale the compact forms hold, or nil when it needs `Exact`.
    @inline(__always)
    static func compact(_ number: Exact) -> (significand: Int64, scale: Int8)? {
        guard let significand = Int64(exactly: number.significand), let scale = Int8(exactly: number.scale) else { return nil }
        return (significand, scale)
    }

    /// Whether `other` holds the very same array of significands (or figures), not merely
    /// equal cells: then neither has changed since one was copied from the other, since
    /// every change to a cell writes its significand.
    func sharesBuffer(with other: NumberStore) -> Bool {
        guard !isEmpty, width == other.width else { return false }
        func same<Element>(_ a: [Element], _ b: [Element]) -> Bool {
            a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
        }
        switch width {
        case .int32: return same(narrow, other.narrow)
        case .int64: return same(wide, other.wide)
        case .exact: return same(exact, other.exact)
        }
    }

    /// Calls `body` with the bytes of the array of significands (or figures): where it lies
    /// tells whether a column's cells were written in place or copied.
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch width {
        case .int32: try narrow.withUnsafeBytes(body)
        case .int64: try wide.withUnsafeBytes(body)
        case .exact: try exact.withUnsafeBytes(body)
        }
    }

    /// The scale of cell `index` in a compact form.
    @inline(__always)
    func scale(at index: Int) -> Int8 {
        scales.isEmpty ? scale : scales[index]
    }
}

extension NumberStore: RandomAccessCollection, MutableCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public var count: Int {
        switch width {
        case .int32: narrow.count
        case .int64: wide.count
        case .exact: exact.count
        }
    }

    public subscript(position: Int) -> Exact {
        get {
            switch width {
            case .int32: Exact(significand: Int128(narrow[position]), scale: Int16(scale(at: position)))
            case .int64: Exact(significand: Int128(wide[position]), scale: Int16(scale(at: position)))
            case .exact: exact[position]
            }
        }
        set {
            precondition(position >= 0 && position < count, "NumberStore index out of range")
            guard width != .exact, let (significand, cellScale) = NumberStore.compact(newValue) else {
                widenToExact()
                exact[position] = newValue
                return
            }
            makeRoom(forScale: cellScale, besides: count - 1)
            if !scales.isEmpty { scales[position] = cellScale }
            store(significand, at: position)
        }
    }

    /// Writes a significand in place, widening to `Int64` if it needs to.
    private mutating func store(_ significand: Int64, at position: Int) {
        if width == .int32 {
            if let small = Int32(exactly: significand) {
                narrow[position] = small
                return
            }
            widenToInt64()
        }
        wide[position] = significand
    }
}

extension NumberStore: ExpressibleByArrayLiteral {
    public init(arrayLiteral numbers: Exact...) {
        self.init(numbers)
    }
}
