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
        // `<?lforma?>`: a processing instruction without data reached corelibs' XMLParser as
        // a null pointer (CI's fuzz-xlsx run, seed 1).
        XLSXCase(fixture: "xlsx-processing-instruction-without-data.xlsx",
                 message: "xl/workbook.xml: malformed XML (a processing instruction without data)"),
    ])
    func xlsx(_ c: XLSXCase) {
        let path = Self.fixture(c.fixture)
        #expect(throws: FileError(path, c.message)) { try XLSXReader.read(contentsOf: path) }
    }
}

/// Formulas fuzz-formula found that did not print as a formula that reads back.
@Suite struct FormulaFuzzRegressionTests {
    /// A lone combining mark (U+0612) after a form feed was read as the start of a name, and
    /// printed right after the `/`, with which it fused into one character that is not an
    /// operator. A name cannot start with a combining mark.
    @Test func loneCombiningMarkDoesNotStartAName() {
        #expect(throws: Diagnostic("unknown character '\u{0612}'", at: SourceSpan(5, 6))) {
            try Parser.parse("7/6/\u{0C}\u{0612}7/466", unitSymbols: [])
        }
    }
}

/// Which processing instructions a spreadsheet part may hold: any with data; none without,
/// which corelibs' XMLParser cannot take.
@Suite struct ProcessingInstructionTests {
    @Test(arguments: [
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>", false),
        ("<?mso-application progid=\"Excel.Sheet\"?><a/>", false),
        ("<a>1 <? 2</a>", false),
        ("<a/><?lforma?>", true),
        ("<?x \r\n ?><a/>", true),
        ("<a>text<?pi?></a>", true),
    ])
    func processingInstructionWithoutDataIsFound(xml: String, found: Bool) {
        #expect(XLSXXML.holdsProcessingInstructionWithoutData(Data(xml.utf8)) == found)
    }
}
