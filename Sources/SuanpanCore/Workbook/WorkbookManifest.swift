/// `workbook.toml`, the manifest of a workbook directory (SPEC §2), as data: what it says,
/// before any sheet is read.
///
/// The manifest written by `save` looks like this:
///
/// ```toml
/// title = "珠晖区计划生育协会 2022 年部门整体支出"
/// year = 2022
/// units = ["种"]
///
/// [[sheets]]
/// name = "支出"
/// file = "sheets/支出.3.csv"
/// key = "项目"
/// units = { "预算数" = "万元", "决算数" = "万元" }
/// formats = { "执行率" = "0.00%" }
/// columns = [
///   { name = "执行率", formula = "决算数/预算数" },
/// ]
///
/// [[sheets]]
/// name = "部门汇总"
/// file = "sheets/部门汇总.3.csv"
/// derived = 'summarize 支出 by 部门 into 部门汇总 with 决算 = SUM(决算数)'
///
/// [[names]]
/// name = "人均人员经费"
/// formula = '支出.决算数["人员经费"]/人员.在职人数["合计"]'
///
/// [[checks]]
/// expr = '支出.决算数["整体支出"]=支出.决算数["基本支出"]+支出.决算数["项目支出"]'
/// message = "整体支出应等于基本支出与项目支出之和"
/// ```
///
/// Computed columns and names are arrays because their order matters (a column may use the
/// one before it; `names` lists in definition order) and a TOML table has none: TOMLKit hands
/// a table's keys back sorted. The SPEC's table forms, `columns = { 执行率 = "…" }` and
/// `[names]`, are read too; their entries come in key order and are installed in whatever
/// order their references allow. Keys that are not ASCII are quoted: TOML 1.0 allows only
/// ASCII bare keys, so `{ 预算数 = "万元" }` must be written `{ "预算数" = "万元" }`.
public struct WorkbookManifest: Sendable, Equatable {
    /// One `[[sheets]]` entry.
    public struct SheetEntry: Sendable, Equatable {
        /// The sheet's name, as formulas write it (`支出`).
        public var name: String
        /// The CSV file, relative to the workbook directory, inside it (`sheets/支出.csv`).
        public var file: String
        /// The key column, whose values address rows (`支出.决算数["基本支出"]`).
        public var key: String?
        /// Units of the data columns by column name: `预算数 → 万元`.
        public var units: [String: String]
        /// Display formats by column name: `执行率 → 0.00%`.
        public var formats: [String: String]
        /// Computed columns in the order they are installed.
        public var columns: [FormulaEntry]
        /// For a sheet made by `summarize` or `pivot`, the statement that makes it: its
        /// file holds the figures for other programs, and loading computes them again.
        public var derived: String?

        /// A sheet entry; the dictionaries and list default to empty.
        public init(name: String, file: String, key: String? = nil, units: [String: String] = [:],
                    formats: [String: String] = [:], columns: [FormulaEntry] = []) {
            self.name = name
            self.file = file
            self.key = key
            self.units = units
            self.formats = formats
            self.columns = columns
        }
    }

    /// A named formula: a computed column (`执行率 = 决算数/预算数`) or a workbook name.
    public struct FormulaEntry: Sendable, Equatable {
        /// The column's or the name's name.
        public var name: String
        /// The formula text, without a leading `=`.
        public var formula: String
        /// For a name only: the sheet whose columns its bare column names mean.
        public var sheet: String?

        /// A named formula.
        public init(name: String, formula: String, sheet: String? = nil) {
            self.name = name
            self.formula = formula
            self.sheet = sheet
        }
    }

    /// The workbook's title.
    public var title: String
    /// The budget year, if given.
    public var year: Int?
    /// Count units the workbook declares beyond the standard ones (`种`, `场`).
    public var units: [String]
    /// The sheets, in order.
    public var sheets: [SheetEntry]
    /// The workbook names, in definition order.
    public var names: [FormulaEntry]
    /// The checks, in order.
    public var checks: [WorkbookCheck]

    /// A manifest; everything but the title defaults to empty.
    public init(title: String, year: Int? = nil, units: [String] = [], sheets: [SheetEntry] = [],
                names: [FormulaEntry] = [], checks: [WorkbookCheck] = []) {
        self.title = title
        self.year = year
        self.units = units
        self.sheets = sheets
        self.names = names
        self.checks = checks
    }

    /// The manifest's file name inside a workbook directory.
    public static let fileName = "workbook.toml"

    /// The standard units plus those the manifest declares: what its formulas may use.
    public var unitCatalog: UnitCatalog {
        units.reduce(UnitCatalog.standard) { $0.declaring($1) }
    }
}
