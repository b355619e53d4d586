import Testing
@testable import SuanpanCore

/// Compact number storage: every form gives back each cell's significand and scale as stored,
/// forms widen only when a figure needs it, and the aggregate loops agree with `Exact`'s
/// own arithmetic.
@Suite struct NumberStoreTests {
    /// A figure from its text.
    func x(_ text: String) -> Exact { Exact(text)! }

    /// A figure whose significand is past 64 bits.
    let huge = Exact(significand: Int128(Int64.max) * 1000 + 7, scale: 2)
    /// A figure with a scale past `Int8`.
    let tiny = Exact(significand: 5, scale: 200)

    /// The store's form, for the expectations below.
    func form(_ store: NumberStore) -> String {
        let width = switch store.width {
        case .int32: "int32"
        case .int64: "int64"
        case .exact: "exact"
        }
        if store.width == .exact { return width }
        return store.scales.isEmpty ? "\(width) scale \(store.scale)" : "\(width) scales"
    }

    struct Figures: CustomTestStringConvertible, Sendable {
        let cells: [Exact]
        let form: String
        var testDescription: String { cells.map(\.description).joined(separator: " ") }
    }

    static let figures: [Figures] = [
        Figures(cells: [], form: "int32 scale 0"),
        Figures(cells: ["12.30", "0.05", "-7.00"].map { Exact($0)! }, form: "int32 scale 2"),
        Figures(cells: ["0", "12.30", "-5", "123.45", "0"].map { Exact($0)! }, form: "int32 scales"),
        Figures(cells: ["2021", "3000000000", "-1"].map { Exact($0)! }, form: "int64 scale 0"),
        Figures(cells: ["0.000000000000000000000000000001", "1", "-0.5"].map { Exact($0)! }, form: "int32 scales"),
        Figures(cells: [Exact(significand: 12, scale: -3), Exact(significand: 0, scale: 5), Exact(7)], form: "int32 scales"),
        Figures(cells: [Exact(significand: Int128(Int64.min), scale: 127), Exact(significand: Int128(Int64.max), scale: -128)],
                form: "int64 scales"),
        Figures(cells: [Exact(1), Exact(significand: Int128(Int64.max) + 1, scale: 0), Exact("12.30")!], form: "exact"),
        Figures(cells: [Exact("12.30")!, Exact(significand: 5, scale: 128)], form: "exact"),
        Figures(cells: [Exact("12.30")!, Exact(significand: 5, scale: -129)], form: "exact"),
    ]

    @Test(arguments: figures)
    func figuresComeBackAsStored(_ figures: Figures) {
        for store in [NumberStore(figures.cells), appendedOneByOne(figures.cells)] {
            #expect(form(store) == figures.form)
            #expect(store.count == figures.cells.count)
            #expect(spellings(store) == spellings(figures.cells))
        }
    }

    func appendedOneByOne(_ cells: [Exact]) -> NumberStore {
        var store = NumberStore()
        for cell in cells { store.append(cell) }
        return store
    }

    /// Each cell's significand and scale, which `==` on `Exact` would not tell apart.
    func spellings(_ cells: some Sequence<Exact>) -> [String] {
        cells.map { "\($0.significand)e-\($0.scale)" }
    }

    struct Setting: Sendable, CustomTestStringConvertible {
        let start: [String]
        let index: Int
        let value: Exact
        let form: String
        var testDescription: String { "\(start) [\(index)] = \(value)" }
    }

    static let settings: [Setting] = [
        Setting(start: ["1.00", "2.00"], index: 1, value: Exact("3.50")!, form: "int32 scale 2"),
        Setting(start: ["1.00", "2.00"], index: 0, value: Exact(0), form: "int32 scales"),
        Setting(start: ["1.00"], index: 0, value: Exact(0), form: "int32 scale 0"),
        Setting(start: ["1", "2"], index: 1, value: Exact(5_000_000_000), form: "int64 scale 0"),
        Setting(start: ["1", "2"], index: 0, value: Exact(significand: Int128(Int64.max) + 1, scale: 0), form: "exact"),
        Setting(start: ["1", "2.5"], index: 1, value: Exact(significand: 1, scale: 300), form: "exact"),
        Setting(start: ["1", "2.5"], index: 1, value: Exact(significand: 1, scale: -5), form: "int32 scales"),
    ]

    @Test(arguments: settings)
    func settingACellWidensOnlyWhenTheFigureNeedsIt(_ setting: Setting) {
        var cells = setting.start.map(x)
        var store = NumberStore(cells)
        let copy = store
        store[setting.index] = setting.value
        cells[setting.index] = setting.value
        #expect(form(store) == setting.form)
        #expect(spellings(store) == spellings(cells))
        // Copy-on-write: the copy taken before is untouched.
        #expect(spellings(copy) == spellings(setting.start.map(x)))
    }

    @Test func aWidenedStoreStaysWideWhenItsCellsNarrowAgain() {
        var store = NumberStore([x("1"), huge])
        store[1] = x("2")
        #expect(form(store) == "exact")
        #expect(spellings(store) == spellings([x("1"), x("2")]))
    }

    @Test func appendingRepeatsAndJoiningKeepEveryScale() {
        var store = NumberStore([x("12.30")])
        store.append(repeating: .zero, count: 2)
        store.append(significand: 45, scale: 1)
        store.append(significand: 1, scale: 400)
        #expect(spellings(store) == spellings([x("12.30"), .zero, .zero, x("4.5"), Exact(significand: 1, scale: 400)]))

        let parts: [[Exact]] = [[], [x("1.00"), x("2.00")], [], [x("3.00")], [x("0")], [x("5000000000.00")], [tiny]]
        for end in 1...parts.count {
            var stores = parts[..<end].map { NumberStore($0) }
            let joined = NumberStore.joined(&stores)
            #expect(stores.isEmpty)
            #expect(spellings(joined) == spellings(parts[..<end].joined()))
        }
        var two = [NumberStore([x("1.00")]), NumberStore([x("2.00")])]
        #expect(form(NumberStore.joined(&two)) == "int32 scale 2")
    }

    @Test func gatheringKeepsEachCellsScale() {
        let cells = [x("0"), x("12.30"), x("-5"), x("7.5")]
        let rows = [3, 1, 1, 0]
        for store in [NumberStore(cells), NumberStore(cells + [huge])] {
            #expect(spellings(store.gathering(rows)) == spellings(rows.map { cells[$0] }))
        }
        #expect(NumberStore(cells).gathering([]).isEmpty)
    }

    @Test func slicesReadTheirOwnCells() {
        let store = NumberStore([x("1"), x("2.50"), x("-3"), x("4.125")])
        let slice = store[1..<3]
        #expect(slice.count == 2)
        #expect(spellings(slice) == spellings([x("2.50"), x("-3")]))
    }

    struct Sum: Sendable, CustomTestStringConvertible {
        let cells: [Exact]
        let blank: [Bool]
        var testDescription: String { cells.map(\.description).joined(separator: " ") + " blank \(blank)" }
    }

    static let sums: [Sum] = [
        Sum(cells: [], blank: []),
        Sum(cells: ["12.30", "0", "-5", "123.45"].map { Exact($0)! }, blank: []),
        Sum(cells: ["12.30", "0", "99", "123.45"].map { Exact($0)! }, blank: [false, true, true, false]),
        Sum(cells: ["0", "0"].map { Exact($0)! }, blank: [true, true]),
        Sum(cells: ["1.00", "2.50", "3.75"].map { Exact($0)! }, blank: [false, true, false]),
        Sum(cells: ["1.00", "2.50", "3.75"].map { Exact($0)! }, blank: [true, true, true]),
        Sum(cells: ["-1.00", "2.50", "3000000000.00"].map { Exact($0)! }, blank: []),
        Sum(cells: ["5", "0.000000000000000001", "-2"].map { Exact($0)! }, blank: []),
        Sum(cells: ["5", "0.0000000000000000001"].map { Exact($0)! }, blank: []),
        Sum(cells: [Exact(significand: 3, scale: -2), Exact(1)], blank: []),
        Sum(cells: Array(repeating: Exact(significand: Int128(Int64.max), scale: 0), count: 5), blank: []),
        Sum(cells: [Exact(significand: Int128(Int64.max), scale: 0), Exact(significand: Int128(Int64.max), scale: 18)], blank: []),
        Sum(cells: [Exact(1), Exact(significand: Int128(Int64.max) * 1000 + 7, scale: 2), Exact("0.5")!], blank: []),
        Sum(cells: [Exact(1), Exact(significand: Int128(Int64.max) * 1000 + 7, scale: 2), Exact("0.5")!], blank: [false, true, false]),
    ]

    /// SUM's loops over the store give what `Exact`'s addition gives, cell by cell.
    @Test(arguments: sums)
    func sumsAgreeWithExactAddition(_ sum: Sum) {
        var expected = Exact.zero
        for (index, cell) in sum.cells.enumerated() where sum.blank.isEmpty || !sum.blank[index] { expected += cell }
        let store = NumberStore(sum.cells)
        let total = NumberColumnSlice(numbers: store[...], blank: sum.blank[...], unit: .none).total
        #expect(spellings([total]) == spellings([expected]))
        // The same cells in the middle of a longer column.
        let padded = NumberStore([x("1000.001")] + sum.cells + [x("-3")])
        let blank = sum.blank.isEmpty ? [] : [false] + sum.blank + [false]
        let inner = NumberColumnSlice(numbers: padded[1..<(sum.cells.count + 1)],
                                      blank: blank.isEmpty ? [] : blank[1..<(sum.cells.count + 1)], unit: .none)
        #expect(spellings([inner.total]) == spellings([expected]))
    }

    @Test(arguments: sums)
    func extremesAgreeWithExactComparison(_ sum: Sum) {
        let numbers = sum.cells.enumerated().filter { sum.blank.isEmpty || !sum.blank[$0.offset] }.map(\.element)
        let store = NumberStore(sum.cells)
        let slice = NumberColumnSlice(numbers: store[...], blank: sum.blank[...], unit: .none)
        // The first of equal extremes, as the loops keep it.
        let smallest = numbers.indices.min { numbers[$0] < numbers[$1] || (numbers[$0] == numbers[$1] && $0 < $1) }
        let largest = numbers.indices.min { numbers[$0] > numbers[$1] || (numbers[$0] == numbers[$1] && $0 < $1) }
        #expect(spellings(slice.extreme(largest: false).map { [$0] } ?? []) == spellings(smallest.map { [numbers[$0]] } ?? []))
        #expect(spellings(slice.extreme(largest: true).map { [$0] } ?? []) == spellings(largest.map { [numbers[$0]] } ?? []))
    }

    @Test func blankCellsInAColumnStayZeroAtScaleZero() {
        var column = Column(name: "决算数", values: [.number(Exact("12.30")!), .blank, .number(Exact("1.25")!)])
        column.extend(to: 5)
        column.set(.blank, at: 0)
        guard case .numbers(let numbers, let blank) = column.storage else {
            Issue.record("number storage expected")
            return
        }
        #expect(numbers.map(\.description) == ["0", "0", "1.25", "0", "0"])
        #expect(blank == [true, true, false, true, true])
        #expect(column.values == [.blank, .blank, .number(Exact("1.25")!), .blank, .blank])
    }

    /// Read in one part or several (each part's store in its own form, joined), written back
    /// byte for byte: every cell keeps its own scale.
    @Test(arguments: [1, 2, 3, 5])
    func csvFiguresRoundTripByteForByte(parts: Int) throws {
        let text = """
            金额,预算,空,户数
            0,1.00,,1
            12.30,2.00,,2
            ,3.00,,3
            -5,4.00,,4
            0.000000000000000000000000000001,5.00,,5
            123456789012345678901234567,6.00,,3000000000
            12.3,7.00,,7
            3000000000,8.00,,8

            """
        let sheet = try readCSV(text, parts: parts).sheet
        #expect(sheet.columns.allSatisfy { if case .numbers = $0.storage { true } else { false } })
        #expect(String(decoding: CSVWriter(style: .sheetFile).bytes(of: sheet), as: UTF8.self) == text)
    }

    @Test func figuresAreWrittenAsTheirDescription() {
        let significands: [Int128] = [0, 1, -1, 5, -5, 1230, 99, 100, -123_456_789, Int128(Int64.max), Int128(Int64.min),
                                      Int128(UInt64.max), -Int128(UInt64.max), Int128(UInt64.max) + 1]
        let scales: [Int16] = Array(0...21) + [63, 64, 65, 200, -1, -3]
        let figures = significands.flatMap { significand in scales.map { Exact(significand: significand, scale: $0) } }
        for number in figures + [x("12.30"), x("0"), x("-5"), x("-0.005"), Exact(significand: 12, scale: -3), huge, tiny,
                                 Exact(significand: Int128.min, scale: 4), Exact(significand: 1, scale: -300)] {
            var bytes: [UInt8] = Array("a,".utf8)
            number.appendDescription(to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "a," + number.description)
        }
    }
}
