import Foundation
import FuzzSupport
import SuanpanCore

/// The XLSX reader. An input starting `PK` is a whole `.xlsx` file (the zip layer, the
/// limits against zip bombs); any other input is a list of parts,
///
///     === xl/workbook.xml
///     <workbook …>…
///     === xl/worksheets/sheet1.xml
///     …
///
/// stored uncompressed in a zip made here, so that mutations reach the XML: the workbook
/// and its relationships, shared strings, styles and the worksheets' cells and formulas.
/// The limits are lower than the reader's (`fuzzLimits`) so that one input cannot fill
/// memory within them: what the standard limits allow is allowed by design.
@main
enum FuzzXLSX {
    static func main() { runFuzzer { data, size in fuzzXLSX(data ?? emptyInput, size) } }
}

func fuzzXLSX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let file = bytes.starts(with: [0x50, 0x4B]) ? bytes : StoredZip.archive(parts(of: bytes))
    let path = FuzzSession.emptyFolder + "/input.xlsx"
    _ = FileManager.default.createFile(atPath: path, contents: Data(file))
    _ = try? XLSXReader.read(contentsOf: path, limits: fuzzLimits)
    return 0
}

/// 16 MB in all, 200,000 cells a sheet.
let fuzzLimits = XLSXLimits(totalBytes: 16 << 20, maximumRatio: 250, ratioFloor: 1 << 20, maximumCells: 200_000)

/// The parts of an input: each `=== NAME` line starts one, which runs to the next.
func parts(of bytes: [UInt8]) -> [(name: String, bytes: [UInt8])] {
    let marker = Array("=== ".utf8)
    var parts: [(name: String, bytes: [UInt8])] = []
    var lineStart = 0
    while lineStart < bytes.count {
        let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        if bytes[lineStart..<lineEnd].starts(with: marker) {
            let name = String(decoding: bytes[(lineStart + marker.count)..<lineEnd], as: UTF8.self)
            parts.append((name, []))
        } else if !parts.isEmpty {
            parts[parts.count - 1].bytes += bytes[lineStart..<min(lineEnd + 1, bytes.count)]
        }
        lineStart = lineEnd + 1
    }
    return parts
}
