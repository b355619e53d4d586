import Foundation
import Testing
@testable import SuanpanCore

/// Golden scripts: every `.sp` file under `Cases/` runs in a fresh session, and its
/// `# expect` comments state what it prints, in order. Adding a case is adding a file.
///
///     132.01 / 72.19                # expect: 1.82864662695664
///     SUMM(1)                       # expect error: 2:1: unknown function 'SUMM' (did you mean 'SUM'?)
///     open missing.csv              # expect note: …
///
/// `expect:` is a line of standard output, `expect error:` an error as LINE:COLUMN:
/// MESSAGE (with the hint in brackets), `expect note:` a note. A script goes on after an
/// error, as piped input does, so that one file can hold several; relative paths start
/// from the script's folder. Scripts under a `helpers` folder are only run by other cases.
@Suite struct GoldenScriptTests {
    static let casesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Cases")

    static let cases: [GoldenCase] = {
        let enumerator = FileManager.default.enumerator(at: casesFolder, includingPropertiesForKeys: nil)
        var found: [GoldenCase] = []
        while let url = enumerator?.nextObject() as? URL {
            // Scripts in a `helpers` folder are run by cases (`run helpers/part.sp`), not cases.
            if url.pathExtension == "sp", url.deletingLastPathComponent().lastPathComponent != "helpers" {
                found.append(GoldenCase(url: url))
            }
        }
        return found.sorted { $0.name < $1.name }
    }()

    @Test func thereAreCases() {
        #expect(Self.cases.count >= 5)
    }

    @Test(arguments: cases)
    func script(_ golden: GoldenCase) throws {
        let source = try String(contentsOf: golden.url, encoding: .utf8)
        let expected = GoldenCase.expectations(in: source)
        #expect(!expected.isEmpty, "\(golden.name) states no expectations")
        let session = Session(today: 45382)
        session.workingDirectory = golden.url.deletingLastPathComponent().path
        var actual: [String] = []
        session.execute(source, origin: .script(golden.name), stopOnError: false) { event in
            actual += GoldenCase.lines(for: event)
        }
        #expect(actual == expected, "\(golden.name)")
    }
}

/// One golden script.
struct GoldenCase: CustomTestStringConvertible, Sendable {
    let url: URL
    var name: String { String(url.path.dropFirst(GoldenScriptTests.casesFolder.path.count + 1)) }
    var testDescription: String { name }

    /// The `# expect…` comments of `source`, as lines in the form `line(for:)` gives.
    static func expectations(in source: String) -> [String] {
        var lines: [String] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let range = line.range(of: "# expect") else { continue }
            let rest = line[range.upperBound...]
            if rest.hasPrefix(": ") {
                lines.append("out: " + rest.dropFirst(2))
            } else if rest.hasPrefix(" error: ") {
                lines.append("error: " + rest.dropFirst(8))
            } else if rest.hasPrefix(" note: ") {
                lines.append("note: " + rest.dropFirst(7))
            }
        }
        return lines
    }

    /// An event as expectation lines: `out: …` for each line printed, `error: LINE:COLUMN:
    /// MESSAGE (HINT)`, `note: …`.
    static func lines(for event: SessionEvent) -> [String] {
        switch event {
        case .output(let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { "out: " + $0 }
        case .note(let text):
            return ["note: " + text]
        case .error(let error):
            let header = error.rendered.prefix { $0 != "\n" }
            // `NAME:LINE:COLUMN: error: MESSAGE` → `LINE:COLUMN: MESSAGE`.
            let afterName = header.dropFirst(error.origin.name.count + 1)
            let position = afterName.prefix { $0 != " " }
            var text = "error: " + position + " " + error.diagnostic.message
            if let hint = error.diagnostic.hint { text += " (\(hint))" }
            return [text]
        }
    }
}
