import Testing
@testable import SuanpanCore

/// Which number formats make a cell a date.
@Suite struct XLSXDateFormatTests {
    @Test(arguments: [
        "yyyy-mm-dd", "m/d/yyyy", "yyyy\"年\"m\"月\"d\"日\"", "yyyy\\年m\\月d\\日", "[$-804]yyyy年m月",
        "yyyy-mm-dd hh:mm", "mmm", "d-mmm-yy", "[Red]yyyy/m/d;@",
    ])
    func dates(_ code: String) {
        #expect(XLSXDateFormat.isDate(code: code))
    }

    @Test(arguments: [
        "General", "0.00", "#,##0.00\"元\"", "0.00%", "h:mm", "[h]:mm:ss", "mm:ss", "hh:mm AM/PM",
        "0.0\"万元\"", "\"day\"0", "@", "0.00E+00", "_(* #,##0_)",
    ])
    func notDates(_ code: String) {
        #expect(!XLSXDateFormat.isDate(code: code))
    }

    @Test func builtInIDs() {
        #expect(XLSXDateFormat.isDate(id: 14, code: nil))
        #expect(XLSXDateFormat.isDate(id: 22, code: nil))
        #expect(XLSXDateFormat.isDate(id: 31, code: nil))  // zh-CN yyyy"年"m"月"d"日"
        #expect(!XLSXDateFormat.isDate(id: 20, code: nil))  // h:mm
        #expect(!XLSXDateFormat.isDate(id: 46, code: nil))  // [h]:mm:ss
        #expect(!XLSXDateFormat.isDate(id: 2, code: nil))  // 0.00
    }
}
