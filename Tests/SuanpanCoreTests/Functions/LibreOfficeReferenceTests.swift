import Foundation
import Testing
@testable import SuanpanCore

/// One row of `Fixtures/libreoffice-reference.tsv`: a formula and the value LibreOffice Calc
/// computed for it (or Excel's / the exact decimal answer where the note says they differ).
struct ReferenceCase: CustomTestStringConvertible, Sendable {
    let formula: String
    let expected: String
    let note: String
    var testDescription: String { formula }

    /// Every row of the table, read from the test bundle.
    static let all: [ReferenceCase] = {
        guard let url = Bundle.module.url(forResource: "libreoffice-reference", withExtension: "tsv", subdirectory: "Fixtures"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return ReferenceCase(formula: fields[0], expected: fields[1], note: fields.count > 3 ? fields[3] : "")
        }
    }()
}

/// The LibreOffice reference table (Tests/SuanpanCoreTests/Fixtures/make-libreoffice-reference.py
/// regenerates it): every formula must give the spreadsheet's figure, General-formatted.
@Suite struct LibreOfficeReferenceTests {
    @Test func theTableIsThere() {
        #expect(ReferenceCase.all.count >= 200)
    }

    @Test(arguments: ReferenceCase.all)
    func formulaMatchesTheSpreadsheet(_ reference: ReferenceCase) {
        // The table records a date result as the serial the spreadsheet's cell holds; we
        // display dates as `2024-03-31`, so compare a date value by its serial.
        if case .value(.date(let serial))? = value(of: reference.formula) {
            #expect(String(serial) == reference.expected, "\(reference.note)")
        } else {
            #expect(evaluate(reference.formula) == reference.expected, "\(reference.note)")
        }
    }
}
