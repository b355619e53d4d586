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
        #expect(Self.comparable(evaluate(reference.formula)) == reference.expected, "\(reference.note)")
    }

    /// Our display with dates as their serial numbers, which is how the table records them
    /// (we print dates as `2024-03-31`; the spreadsheet's cell holds the serial).
    static func comparable(_ display: String) -> String {
        let isDate = display.count == 10 && display.enumerated().allSatisfy { index, character in
            index == 4 || index == 7 ? character == "-" : character.isASCII && character.isNumber
        }
        if isDate, let serial = ExcelDate.parse(display) { return String(serial) }
        return display
    }
}
