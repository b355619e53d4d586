/// The open workbooks a formula may reach: its own, and the others by the alias given at
/// `open … as ALIAS`.
public struct Environment {
    /// Workbooks by alias.
    public var workbooks: [String: Workbook]
    /// Today's date as an Excel serial, for TODAY() and PROGRESS.
    public var today: Int
    /// Set by Ctrl-C: long loops poll it and stop early (the session then undoes the statement).
    public var interruption: InterruptionFlag
    /// The values of the script's `param`s: names every open workbook can read, so that a
    /// parameter given before `open` still reaches the workbook opened after it.
    public var parameters: [String: Value] = [:]
    /// Where loading a file reports what it has read, for a progress line; nil reports nothing.
    public var progress: ProgressReport?
    /// The most cells an operator applied cell by cell may produce: `1:1048576 + 1` on a
    /// sheet of 40 columns would be 42 million values and gigabytes, so it is `#NUM!` at once
    /// instead. The sheet's own limit by default; the fuzzing harness lowers it.
    public var arrayCellLimit = Sheet.maximumCells

    public init(workbooks: [String: Workbook] = [:], today: Int, interruption: InterruptionFlag = InterruptionFlag()) {
        self.workbooks = workbooks
        self.today = today
        self.interruption = interruption
    }

    /// The workbook opened under `alias`, or nil.
    public func workbook(alias: String) -> Workbook? {
        workbooks[alias]
    }
}
