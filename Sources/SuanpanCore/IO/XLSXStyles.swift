import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads `xl/styles.xml` for the one thing values depend on: which cell styles are dates.
///
/// A cell's `s` attribute indexes `<cellXfs>`; each `<xf>` there names a number format by
/// `numFmtId`, either built in or declared in `<numFmts>` with its code. (`<cellStyleXfs>`
/// also holds `<xf>`s, the named styles the cell formats derive from; cells never index them.)
final class XLSXStyles: XLSXPartHandler {
    /// Why the parse stopped, or nil.
    private(set) var problem: String?
    private var customCodes: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellFormats = false

    /// For each cell style index, true when it formats numbers as dates.
    static func read(_ data: Data, part: String, file: String) throws(FileError) -> [Bool] {
        let handler = XLSXStyles()
        try XLSXXML.parse(data, part: part, file: file, with: handler)
        return handler.formatIDs.map { XLSXDateFormat.isDate(id: $0, code: handler.customCodes[$0]) }
    }

    /// Reads what an opening tag says.
    func start(_ name: Substring, attributes attributeDict: [String: String], parser: XMLParser) {
        switch name {
        case "numFmt":
            if let id = XLSXXML.attribute("numFmtId", in: attributeDict).flatMap({ Int($0) }),
               let code = XLSXXML.attribute("formatCode", in: attributeDict) {
                customCodes[id] = code
            }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats:
            // A missing or unreadable id is General (0), as Excel reads it.
            formatIDs.append(XLSXXML.attribute("numFmtId", in: attributeDict).flatMap { Int($0) } ?? 0)
        default: break
        }
    }

    /// Closes what the tag opened.
    func end(_ name: Substring, parser: XMLParser) {
        if name == "cellXfs" { inCellFormats = false }
    }
}
