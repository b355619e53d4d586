import Foundation
import Testing
@testable import SuanpanCore

/// Inputs the fuzz targets under `Fuzz/` once crashed on, each replayed through the same
/// entry point. The binary ones live in `Fixtures/fuzz-regressions/`; each must now be
/// refused with a message (or read), never crash.
@Suite struct FuzzRegressionTests {
    /// The path of `Fixtures/fuzz-regressions/NAME`.
    static func fixture(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil,
                                          subdirectory: "Fixtures/fuzz-regressions") else {
            fatalError("missing fixture fuzz-regressions/\(name)")
        }
        return url.path
    }

    struct XLSXCase: CustomTestStringConvertible, Sendable {
        let fixture: String
        let message: String
        var testDescription: String { fixture }
    }

    /// A name in a part's markup that is not UTF-8 crashed corelibs' `XMLParser`, also
    /// behind a misspelt encoding declaration (`encoding="U…TF-8"`).
    @Test(arguments: [
        XLSXCase(fixture: "xlsx-attribute-name-not-utf8.xlsx", message: "xl/styles.xml: malformed XML (the part is not valid UTF-8)"),
        XLSXCase(fixture: "xlsx-element-name-not-utf8.xlsx", message: "xl/styles.xml: malformed XML (the part is not valid UTF-8)"),
        XLSXCase(fixture: "xlsx-misspelt-encoding-not-utf8.xlsx",
                 message: "xl/_rels/workbook.xml.rels: malformed XML (the part is not valid UTF-8)"),
    ])
    func xlsx(_ c: XLSXCase) {
        let path = Self.fixture(c.fixture)
        #expect(throws: FileError(path, c.message)) { try XLSXReader.read(contentsOf: path) }
    }
}
