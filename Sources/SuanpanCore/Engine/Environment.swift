/// The open workbooks a formula may reach: its own, and the others by the alias given at
/// `open … as ALIAS`.
public struct Environment {
    /// Workbooks by alias.
    public var workbooks: [String: Workbook]
    /// Today's date as an Excel serial, for TODAY() and PROGRESS.
    public var today: Int

    public init(workbooks: [String: Workbook] = [:], today: Int) {
        self.workbooks = workbooks
        self.today = today
    }

    /// The workbook opened under `alias`, or nil.
    public func workbook(alias: String) -> Workbook? {
        workbooks[alias]
    }
}
