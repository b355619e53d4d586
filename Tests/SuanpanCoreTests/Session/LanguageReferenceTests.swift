import Foundation
import Testing
@testable import SuanpanCore

/// docs/language.md is written from the statement and function tables; it must not drift.
@Suite struct LanguageReferenceTests {
    static let page = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/language.md")

    @Test func theCommittedReferenceIsWhatTheTablesSay() throws {
        let generated = LanguageReference.markdown()
        if ProcessInfo.processInfo.environment["SUANPAN_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.page.deletingLastPathComponent(), withIntermediateDirectories: true)
            try generated.write(to: Self.page, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.page, encoding: .utf8)
        #expect(committed == generated, "docs/language.md is stale: SUANPAN_RECORD=1 swift test --filter LanguageReference")
    }

    @Test func everyStatementAndFunctionHasItsSection() {
        let text = LanguageReference.markdown()
        for spec in StatementTable.all { #expect(text.contains("### \(spec.keyword)\n")) }
        for function in Builtins.all { #expect(text.contains("| `\(function.signature.replacingOccurrences(of: "|", with: "\\|"))` |")) }
    }
}
