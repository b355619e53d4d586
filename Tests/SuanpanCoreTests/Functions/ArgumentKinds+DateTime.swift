@testable import SuanpanCore

extension ArgumentKindsTests {
    /// DATE, YEAR, MONTH, DAY, TODAY, EOMONTH, EDATE and DATEDIF.
    ///
    /// A blank date is serial 0, Excel's "1900-01-00" (LibreOffice counts from 1899-12-30, so
    /// it differs on these rows); date text is read as a date; a date with a unit of count is
    /// `#UNIT!`, but a date moved by days in 天 stays a date. Years, months and days are counts,
    /// whose unit is dropped (`Arguments.exact`).
    static let dateTimeRows: [Row] = [
        // DATE: months and days past their range carry over.
        Row("DATE", .blank, "DATE(2022, A5, 1)", "2021-12-01"),
        Row("DATE", .blank, "DATE(2022, 9, A5)", "2022-08-31"),
        Row("DATE", .blank, "DATE(2022, 9, )", "2022-08-31"),
        Row("DATE", .text, "DATE(\"2022\", \"9\", \"30\")", "2022-09-30"),
        Row("DATE", .text, "DATE(\"x\", 1, 1)", "#VALUE!"),
        Row("DATE", .error, "DATE(2022, NA(), 1)", "#N/A"),
        Row("DATE", .unit, "DATE(2022, 9, 30天)", "2022-09-30"),

        // YEAR, MONTH and DAY
        Row("YEAR", .blank, "YEAR(A5)", "1900"),
        Row("YEAR", .text, "YEAR(\"2022-09-30\")", "2022"),
        Row("YEAR", .text, "A2 = \"2022年9月30日\"; YEAR(A2)", "2022"),
        Row("YEAR", .text, "YEAR(\"x\")", "#VALUE!"),
        Row("YEAR", .error, "YEAR(1/0)", "#DIV/0!"),
        Row("YEAR", .unit, "YEAR(3户)", "#UNIT!"),
        Row("YEAR", .unit, "YEAR(DATE(2022, 12, 31) + 1天)", "2023"),
        Row("MONTH", .blank, "MONTH(A5)", "1"),
        Row("MONTH", .text, "MONTH(\"2022/9/30\")", "9"),
        Row("MONTH", .text, "A2 = \"x\"; MONTH(A2)", "#VALUE!"),
        Row("MONTH", .error, "A2 = #N/A; MONTH(A2)", "#N/A"),
        Row("MONTH", .unit, "MONTH(44834元)", "#UNIT!"),
        Row("MONTH", .unit, "MONTH(DATE(2022, 9, 30) + 1天)", "10"),
        Row("DAY", .blank, "DAY(A5)", "0"),
        Row("DAY", .text, "DAY(\"44834\")", "30"),
        Row("DAY", .text, "DAY(\"x\")", "#VALUE!"),
        Row("DAY", .error, "DAY(NA())", "#N/A"),
        Row("DAY", .unit, "A2 = 3户; DAY(A2)", "#UNIT!"),
        Row("DAY", .unit, "DAY(DATE(2022, 9, 30) - 29天)", "1"),

        // TODAY takes no argument: one of any kind is refused before evaluation.
        Row("TODAY", .blank, "TODAY(A5)", "error: TODAY takes 0 arguments, not 1: TODAY()"),
        Row("TODAY", .text, "TODAY(\"x\")", "error: TODAY takes 0 arguments, not 1: TODAY()"),
        Row("TODAY", .error, "TODAY(1/0)", "error: TODAY takes 0 arguments, not 1: TODAY()"),
        Row("TODAY", .unit, "TODAY() + 1天", "2024-04-01"),
        Row("TODAY", .unit, "TODAY() + 1户", "#UNIT!"),

        // EOMONTH and EDATE: an empty month count is 0.
        Row("EOMONTH", .blank, "EOMONTH(DATE(2022, 9, 15), A5)", "2022-09-30"),
        Row("EOMONTH", .blank, "EOMONTH(A5, 0)", "1900-01-31"),
        Row("EOMONTH", .text, "EOMONTH(\"2022-09-15\", \"1\")", "2022-10-31"),
        Row("EOMONTH", .text, "EOMONTH(\"x\", 1)", "#VALUE!"),
        Row("EOMONTH", .error, "EOMONTH(NA(), 1)", "#N/A"),
        Row("EOMONTH", .unit, "EOMONTH(3户, 1)", "#UNIT!"),
        Row("EOMONTH", .unit, "EOMONTH(DATE(2022, 6, 30) + 92天, 0)", "2022-09-30"),
        Row("EDATE", .blank, "EDATE(DATE(2022, 1, 31), A5)", "2022-01-31"),
        Row("EDATE", .text, "EDATE(\"2022-01-31\", \"1\")", "2022-02-28"),
        Row("EDATE", .text, "EDATE(DATE(2022, 1, 31), \"x\")", "#VALUE!"),
        Row("EDATE", .error, "EDATE(DATE(2022, 1, 31), 1/0)", "#DIV/0!"),
        Row("EDATE", .unit, "EDATE(3户, 1)", "#UNIT!"),
        Row("EDATE", .unit, "EDATE(DATE(2022, 1, 1) + 30天, 1)", "2022-02-28"),

        // DATEDIF: an end before the start is #NUM!, as is an unknown unit.
        Row("DATEDIF", .blank, "DATEDIF(DATE(2022, 1, 1), A5, \"d\")", "#NUM!"),
        Row("DATEDIF", .blank, "DATEDIF(A5, DATE(1900, 1, 31), \"d\")", "31"),
        Row("DATEDIF", .text, "DATEDIF(\"2022-01-01\", \"2022-09-30\", \"M\")", "8"),
        Row("DATEDIF", .text, "DATEDIF(DATE(2022, 1, 1), DATE(2022, 9, 30), \"x\")", "#NUM!"),
        Row("DATEDIF", .error, "DATEDIF(DATE(2022, 1, 1), NA(), \"d\")", "#N/A"),
        Row("DATEDIF", .unit, "DATEDIF(DATE(2022, 1, 1), 3户, \"d\")", "#UNIT!"),
        Row("DATEDIF", .unit, "DATEDIF(DATE(2022, 1, 1), DATE(2022, 1, 1) + 30天, \"d\")", "30"),
    ]
}
