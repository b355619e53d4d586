import Synchronization

/// A set of sheets with workbook-level names, units and formulas: what `open` loads and
/// `save` writes.
public final class Workbook {
    public var title: String
    /// The budget year the workbook is about (`year = 2022` in its manifest), if given.
    public var year: Int?
    public private(set) var sheets: [Sheet]
    /// Workbook names (`序时进度 = PROGRESS(3)`) as parsed formulas; a constant is a literal.
    public internal(set) var names: [String: NameDefinition] = [:]
    /// Cached values of the names.
    public internal(set) var nameValues: [String: Value] = [:]
    /// The order names were defined in, for listing them.
    public internal(set) var nameOrder: [String] = []
    /// The units formulas may use: the standard ones plus those the workbook declares.
    public var units: UnitCatalog
    /// The workbook folder it was loaded from or last saved to, where `save` writes; nil for
    /// a new workbook or one opened from a .csv or .xlsx file.
    public var directory: String?
    /// Consistency checks kept with the workbook (`[[checks]]` in its manifest).
    public var checks: [WorkbookCheck] = []
    /// Which formula reads what, for incremental recalculation.
    let graph = DependencyGraph()
    /// Changes so far: a new number from `Workbook.nextRevision` at every change.
    public internal(set) var revision = 0
    /// The revision last loaded or saved: the one on disk.
    public internal(set) var savedRevision = 0

    /// Whether the workbook differs from what was loaded or last saved.
    public var hasUnsavedChanges: Bool { revision != savedRevision }

    /// Records a change. Revisions are never reused, so that undoing back past a save still
    /// counts as a change.
    func markChanged() {
        revision = Workbook.nextRevision()
    }

    /// Records that what is in memory is what is on disk.
    func markSaved() {
        savedRevision = revision
    }

    private static let revisions = Mutex<Int>(0)
    private static func nextRevision() -> Int {
        revisions.withLock { value in
            value += 1
            return value
        }
    }

    public init(title: String = "untitled", sheets: [Sheet] = [], units: UnitCatalog = .standard) {
        self.title = title
        self.sheets = sheets
        self.units = units
    }

    /// An empty workbook with one empty sheet, `Sheet1`, ready for typing figures.
    public static func untitled() -> Workbook {
        Workbook(sheets: [Sheet(name: "Sheet1")])
    }

    /// The sheet with this name (exact match first, then ignoring ASCII case), or nil.
    public func sheet(named name: String) -> Sheet? {
        sheets.first { $0.name == name } ?? sheets.first { $0.name.lowercased() == name.lowercased() }
    }

    /// Adds a sheet; the caller checks the name is free.
    public func addSheet(_ sheet: Sheet) {
        sheets.append(sheet)
    }
}

/// A workbook name: its formula, and the sheet whose columns its bare names refer to.
public struct NameDefinition: Sendable {
    public var formula: Expr
    /// The sheet that was current when the name was defined, or nil.
    public var sheetName: String?

    public init(formula: Expr, sheetName: String?) {
        self.formula = formula
        self.sheetName = sheetName
    }
}

/// A check kept with a workbook: a formula that must be TRUE (row by row when it reads
/// columns), and the message shown when it is not.
public struct WorkbookCheck: Sendable, Equatable {
    /// The formula as written in the manifest.
    public var source: String
    public var message: String

    public init(source: String, message: String) {
        self.source = source
        self.message = message
    }
}

extension Workbook {
    /// Everything a workbook holds, its sheets' contents included, as values: what `undo`
    /// and an interrupted or failed statement put back.
    struct Contents {
        fileprivate var title: String
        fileprivate var year: Int?
        fileprivate var sheets: [Sheet]
        fileprivate var sheetContents: [Sheet.Contents]
        fileprivate var names: [String: NameDefinition]
        fileprivate var nameValues: [String: Value]
        fileprivate var nameOrder: [String]
        fileprivate var units: UnitCatalog
        fileprivate var directory: String?
        fileprivate var checks: [WorkbookCheck]
        fileprivate var graph: DependencyGraph.Contents
        fileprivate var revision: Int
    }

    var contents: Contents {
        Contents(title: title, year: year, sheets: sheets, sheetContents: sheets.map(\.contents), names: names,
                 nameValues: nameValues, nameOrder: nameOrder, units: units, directory: directory, checks: checks,
                 graph: graph.contents, revision: revision)
    }

    /// Puts the workbook back as it was; the sheet objects are the same ones, so that
    /// what the dependency graph knows of them stays true.
    func restore(_ contents: Contents) {
        title = contents.title
        year = contents.year
        sheets = contents.sheets
        for (sheet, sheetContents) in zip(contents.sheets, contents.sheetContents) { sheet.restore(sheetContents) }
        names = contents.names
        nameValues = contents.nameValues
        nameOrder = contents.nameOrder
        units = contents.units
        directory = contents.directory
        checks = contents.checks
        graph.restore(contents.graph)
        revision = contents.revision
    }
}

extension Workbook.Contents {
    /// Releases `sheet`'s column `index` in this copy (`Sheet.Contents.releaseColumn`).
    mutating func releaseColumn(of sheet: Sheet, _ index: Int, restoring cells: [(row: Int, value: Value)],
                                midStatement: Bool) {
        guard let position = sheets.firstIndex(where: { $0 === sheet }) else { return }
        sheetContents[position].releaseColumn(index, sharedWith: sheet.columns[index], restoring: cells,
                                              midStatement: midStatement)
    }
}
