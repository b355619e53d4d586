import Testing
@testable import SuanpanCore

/// Which cells a criterion picks, one criterion against one cell at a time.
@Suite struct CriteriaTests {
    /// A criterion and a cell, as value literals (`"\">2\""` is the text `>2`), and whether
    /// the criterion picks the cell.
    struct Case: CustomTestStringConvertible, Sendable {
        let criterion: String
        let cell: String
        let matches: Bool
        init(_ criterion: String, _ cell: String, _ matches: Bool) {
            self.criterion = criterion
            self.cell = cell
            self.matches = matches
        }
        var testDescription: String { "\(criterion) \(matches ? "picks" : "skips") \(cell)" }
    }

    @Test(arguments: [
        Case("2", "2", true),
        Case("2", "2.0", true),
        Case("2", "3", false),
        Case("2", "\"2\"", true),
        Case("2", "\"02\"", true),
        Case("2", "\"x\"", false),
        Case("2", "blank", false),
        Case("2", "TRUE", false),
        Case("2", "#N/A", false),
        Case("0", "blank", false),
        Case("blank", "0", true),
        Case("blank", "blank", false),
        Case("2", "2万元", true),
        Case("1万元", "10000元", true),
        Case("1万元", "1户", false),
        Case("date:2024-03-31", "45382", true),
    ])
    func numbers(_ c: Case) {
        #expect(Criterion(value(c.criterion)).matches(value(c.cell)) == c.matches)
    }

    @Test(arguments: [
        Case("\">2\"", "3", true),
        Case("\">2\"", "2", false),
        Case("\">=2\"", "2", true),
        Case("\"<2\"", "-1万元", true),
        Case("\"<=2\"", "2", true),
        Case("\"<>2\"", "3", true),
        Case("\"<>2\"", "2", false),
        Case("\"<>2\"", "blank", true),
        Case("\"<>2\"", "\"x\"", true),
        Case("\"<>2\"", "#N/A", true),
        Case("\"=2\"", "\"2\"", true),
        Case("\">1\"", "\"5\"", false),
        Case("\"<5\"", "blank", false),
        Case("\">50%\"", "0.6", true),
        Case("\">=3万元\"", "30000元", true),
        Case("\">=3万元\"", "29999元", false),
        Case("\">=3万元\"", "3户", false),
        Case("\">3\"", "date:2024-03-31", true),
    ])
    func operators(_ c: Case) {
        #expect(Criterion(value(c.criterion)).matches(value(c.cell)) == c.matches)
    }

    @Test(arguments: [
        Case("\"abc\"", "\"ABC\"", true),
        Case("\"abc\"", "\"abcd\"", false),
        Case("\"a*\"", "\"apple\"", true),
        Case("\"a*\"", "blank", false),
        Case("\"a?c\"", "\"abc\"", true),
        Case("\"a~*\"", "\"a*\"", true),
        Case("\"a~*\"", "\"ab\"", false),
        Case("\"*\"", "\"\"", true),
        Case("\"*\"", "5", false),
        Case("\"<>a*\"", "\"apple\"", false),
        Case("\"<>a*\"", "5", true),
        Case("\"<>a*\"", "blank", true),
        Case("\"<b\"", "\"apple\"", true),
        Case("\"<b\"", "5", false),
        Case("\">=基本\"", "\"基本支出\"", true),
        Case("\"珠晖区\"", "\"珠晖区\"", true),
    ])
    func text(_ c: Case) {
        #expect(Criterion(value(c.criterion)).matches(value(c.cell)) == c.matches)
    }

    @Test(arguments: [
        Case("\"\"", "blank", true),
        Case("\"\"", "\"\"", true),
        Case("\"\"", "0", false),
        Case("\"=\"", "blank", true),
        Case("\"=\"", "\"\"", false),
        Case("\"<>\"", "blank", false),
        Case("\"<>\"", "\"\"", true),
        Case("\"<>\"", "0", true),
        Case("\">\"", "\"a\"", false),
        Case("TRUE", "TRUE", true),
        Case("TRUE", "1", false),
        Case("\"true\"", "TRUE", true),
        Case("\"<>FALSE\"", "TRUE", true),
        Case("#N/A", "#N/A", true),
        Case("#N/A", "#DIV/0!", false),
        Case("\"#DIV/0!\"", "#DIV/0!", true),
        Case("\"<>#N/A\"", "#DIV/0!", true),
    ])
    func blanksBooleansAndErrors(_ c: Case) {
        #expect(Criterion(value(c.criterion)).matches(value(c.cell)) == c.matches)
    }
}
