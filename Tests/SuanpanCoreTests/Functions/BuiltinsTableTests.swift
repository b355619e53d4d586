import Testing
@testable import SuanpanCore

/// The one table of functions: complete, unique, documented.
@Suite struct BuiltinsTableTests {
    /// Every function SPEC §4 names, and the analysis functions.
    static let specified = """
        SUM SUMPRODUCT AVERAGE MIN MAX COUNT COUNTA COUNTBLANK ROUND ROUNDUP ROUNDDOWN INT TRUNC MOD
        ABS POWER SQRT SUMIF SUMIFS COUNTIF COUNTIFS AVERAGEIF AVERAGEIFS MAXIFS MINIFS IF IFS IFERROR
        IFNA AND OR NOT SWITCH ISBLANK ISNUMBER ISTEXT ISERROR VLOOKUP HLOOKUP INDEX MATCH XLOOKUP LEN
        LEFT RIGHT MID CONCAT TEXTJOIN TEXT VALUE TRIM UPPER LOWER SUBSTITUTE FIND SEARCH DATE YEAR
        MONTH DAY TODAY EOMONTH EDATE DATEDIF RATE PER YOY SHARE PROGRESS PPDIFF SCORE GRADE CONVERT
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    @Test(arguments: specified)
    func isDeclared(_ name: String) {
        #expect(Builtins.named(name) != nil)
    }

    @Test func namesAreUniqueAndUpperCase() {
        let names = Builtins.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0 == $0.uppercased() })
    }

    @Test func everySummaryIsOneSentenceEndingWithAPeriod() {
        for spec in Builtins.all {
            #expect(spec.summary.hasSuffix("."), "\(spec.name)")
            #expect(spec.summary.first?.isUppercase == true, "\(spec.name)")
        }
    }

    @Test func onlyTheLastParametersMayRepeatAndOptionalsComeLast() {
        for spec in Builtins.all {
            let firstOptional = spec.parameters.firstIndex { $0.optional } ?? spec.parameters.count
            #expect(spec.parameters[firstOptional...].allSatisfy { $0.optional || $0.repeating }, "\(spec.name)")
            let firstRepeating = spec.parameters.firstIndex { $0.repeating } ?? spec.parameters.count
            #expect(spec.parameters[firstRepeating...].allSatisfy { $0.repeating }, "\(spec.name)")
        }
    }

    @Test func lookupIsCaseInsensitive() {
        #expect(Builtins.named("sum")?.name == "SUM")
        #expect(Builtins.named("SUMM") == nil)
    }
}
