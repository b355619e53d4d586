import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a relationships part (`_rels/.rels`, `xl/_rels/workbook.xml.rels`): how one part
/// names the parts it uses, by id and by type, with targets resolved to part names.
///
/// Targets are relative to the folder of the part that owns the relationships (`worksheets/
/// sheet1.xml` from `xl/workbook.xml` is `xl/worksheets/sheet1.xml`), or absolute from the
/// package root when they begin with `/`. External targets (links to other files) are left out.
final class XLSXRelationships: XLSXPartHandler {
    /// One relationship: its id, the last word of its type URI, and the part it points at.
    struct Relationship {
        /// `rId3`: what `r:id` attributes refer to.
        var id: String
        /// `worksheet`, `sharedStrings`, `styles`, `officeDocument`, `chartsheet`, ….
        var type: String
        /// The part name inside the archive, without a leading `/`.
        var part: String
    }

    /// Why the parse stopped, or nil.
    private(set) var problem: String?
    /// The relationships in document order.
    private(set) var relationships: [Relationship] = []
    private let folder: [Substring]

    private init(owner: String) {
        folder = owner.split(separator: "/").dropLast()
    }

    /// The relationships of `owner` (the package root when `owner` is empty), read from
    /// `part` inside `file`.
    static func read(_ data: Data, part: String, owner: String, file: String) throws(FileError) -> [Relationship] {
        let handler = XLSXRelationships(owner: owner)
        try XLSXXML.parse(data, part: part, file: file, with: handler)
        return handler.relationships
    }

    /// The relationships part of `part`: `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`.
    static func partName(for part: String) -> String {
        var components = part.split(separator: "/", omittingEmptySubsequences: false)
        let last = components.popLast() ?? ""
        return (components + ["_rels", last + ".rels"]).joined(separator: "/")
    }

    /// Reads what an opening tag says.
    func start(_ name: Substring, attributes attributeDict: [String: String], parser: XMLParser) {
        guard name == "Relationship",
              XLSXXML.attribute("TargetMode", in: attributeDict) != "External",
              let id = XLSXXML.attribute("Id", in: attributeDict),
              let type = XLSXXML.attribute("Type", in: attributeDict),
              let target = XLSXXML.attribute("Target", in: attributeDict)
        else { return }
        let kind = type.split(separator: "/").last.map(String.init) ?? type
        relationships.append(Relationship(id: id, type: kind, part: resolve(target)))
    }

    /// The part name `target` points at, with `.` and `..` steps taken.
    private func resolve(_ target: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        var components: [Substring] = decoded.hasPrefix("/") ? [] : folder
        for step in decoded.split(separator: "/") {
            switch step {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(step)
            }
        }
        return components.joined(separator: "/")
    }
}
