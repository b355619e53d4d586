import Testing
@testable import SuanpanCore

/// Cell addresses in `r=` attributes, within Excel's grid only.
@Suite struct XLSXCellAddressTests {
    @Test func addresses() {
        #expect(XLSXWorksheet.address("A1") == CellAddress(row: 0, column: 0))
        #expect(XLSXWorksheet.address("xfd1048576") == CellAddress(row: 1_048_575, column: 16_383))
        #expect(XLSXWorksheet.address("AB12") == CellAddress(row: 11, column: 27))
        for bad in ["XFE1", "A1048577", "A0", "1A", "A", "", "A1B", "$A$1", "ABCD1"] {
            #expect(XLSXWorksheet.address(bad) == nil, "\(bad)")
        }
    }
}
