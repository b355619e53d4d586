import Foundation
import Testing
@testable import SuanpanCore

/// The path of a file in `Fixtures/csv`.
func csvFixture(_ name: String) -> String {
    let url = Bundle.module.url(forResource: "Fixtures/csv/\(name)", withExtension: nil)
    return url?.path ?? "missing fixture \(name)"
}

/// Reads CSV text given as a string, optionally forcing the number of parallel parts.
func readCSV(_ text: String, parts: Int? = nil, declaredUnits: [String: SuanpanCore.Unit] = [:]) throws(FileError) -> CSVReadResult {
    try CSVReader.read(
        bytes: Array(text.utf8), path: "t.csv", sheetName: nil, units: .standard, declaredUnits: declaredUnits,
        parts: parts)
}

/// The error reading `text` gives, or nil.
func csvError(_ text: String) -> FileError? {
    do throws(FileError) {
        _ = try readCSV(text)
        return nil
    } catch {
        return error
    }
}

/// A sheet as lines a test can compare: each column's name, unit, storage kind, values and
/// source texts.
func describe(_ sheet: Sheet) -> [String] {
    sheet.columns.map { column in
        let kind = switch column.storage {
        case .numbers: "numbers"
        case .text: "text"
        case .values: "values"
        }
        let cells = column.values.map(describe).joined(separator: " | ")
        let sources = column.sourceText.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }
        return "\(column.name) [\(column.unit.symbol)] \(kind): \(cells)" + (sources.isEmpty ? "" : " ; \(sources.joined(separator: " "))")
    }
}

/// One value as a test reads it: `blank`, `12.30万元`, `"text"`, `TRUE`, `date 44834`.
func describe(_ value: Value) -> String {
    switch value {
    case .blank: "blank"
    case .number(let quantity): quantity.amount.description + quantity.unit.symbol
    case .text(let text): "\"\(text)\""
    case .bool(let flag): flag ? "TRUE" : "FALSE"
    case .date(let serial): "date \(serial)"
    case .error(let error): "\(error)"
    }
}
