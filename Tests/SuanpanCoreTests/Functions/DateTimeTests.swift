import Testing
@testable import SuanpanCore

/// DATE, YEAR, MONTH, DAY, TODAY, EOMONTH, EDATE and DATEDIF, with date text, serials,
/// blanks, errors and units among their arguments (data from row 2 on). `testToday` is
/// 2024-03-31.
@Suite struct DateTimeTests {
    typealias Case = FormulaCase

    @Test(arguments: [
        Case("DATE(2022,9,30)", "2022-09-30"),
        Case("DATE(2023,13,1)", "2024-01-01"),
        Case("DATE(2024,3,0)", "2024-02-29"),
        Case("DATE(\"2022\", 9, 30)", "2022-09-30"),
        Case("DATE(A5, 1, 1)", "1900-01-01"),
        Case("DATE(10000, 1, 1)", "#NUM!"),
        Case("DATE(\"x\", 1, 1)", "#VALUE!"),
        Case("DATE(2022, 1/0, 1)", "#DIV/0!"),
        Case("YEAR(\"2022-09-30\")", "2022"),
        Case("A2 = \"2022年9月30日\"; MONTH(A2)", "9"),
        Case("DAY(44834.9)", "30"),
        Case("YEAR(A5)", "1900"),
        Case("DAY(A5)", "0"),
        Case("YEAR(-1)", "#NUM!"),
        Case("YEAR(\"abc\")", "#VALUE!"),
        Case("YEAR(3户)", "#UNIT!"),
        Case("A2 = #N/A; YEAR(A2)", "#N/A"),
        Case("TODAY()", "2024-03-31"),
        Case("YEAR(TODAY())", "2024"),
    ])
    func partsOfDates(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test(arguments: [
        Case("EOMONTH(DATE(2024,1,31), 1)", "2024-02-29"),
        Case("EOMONTH(\"2022-03-15\", -1)", "2022-02-28"),
        Case("EOMONTH(DATE(2022,9,30), 1.9)", "2022-10-31"),
        Case("EOMONTH(A5, 0)", "1900-01-31"),
        Case("EOMONTH(DATE(1900,1,1), -1)", "#NUM!"),
        Case("EOMONTH(DATE(2022,1,1), \"x\")", "#VALUE!"),
        Case("EDATE(DATE(2022,1,31), 1)", "2022-02-28"),
        Case("EDATE(DATE(2024,2,29), 12)", "2025-02-28"),
        Case("EDATE(DATE(2022,9,30), -13)", "2021-08-30"),
        Case("EDATE(1/0, 1)", "#DIV/0!"),
        Case("EDATE(5万元, 1)", "#UNIT!"),
    ])
    func monthArithmetic(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test(arguments: [
        Case("DATEDIF(DATE(2020,1,15), DATE(2022,9,30), \"y\")", "2"),
        Case("DATEDIF(DATE(2020,1,15), DATE(2022,9,30), \"M\")", "32"),
        Case("DATEDIF(\"2020-01-15\", \"2022-09-30\", \"d\")", "989"),
        Case("DATEDIF(DATE(2020,1,15), DATE(2022,9,30), \"ym\")", "8"),
        Case("DATEDIF(DATE(2020,1,15), DATE(2022,9,30), \"md\")", "15"),
        Case("DATEDIF(DATE(2021,12,25), DATE(2022,1,5), \"yd\")", "11"),
        Case("DATEDIF(DATE(2022,1,31), DATE(2022,2,28), \"m\")", "0"),
        Case("DATEDIF(DATE(2022,1,1), DATE(2021,1,1), \"y\")", "#NUM!"),
        Case("DATEDIF(DATE(2021,1,1), DATE(2022,1,1), \"w\")", "#NUM!"),
        Case("DATEDIF(A5, DATE(1900,1,31), \"d\")", "31"),
        Case("DATEDIF(DATE(2021,1,1), 1/0, \"d\")", "#DIV/0!"),
    ])
    func differences(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }
}

/// The last line a script printed, or `error: MESSAGE` when a statement was refused.
