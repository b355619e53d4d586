import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The package's table of contents: the sheets in workbook order with the parts that hold
/// them, the shared strings and styles parts, and the date system.
///
/// The workbook part is found through the package relationships (`_rels/.rels`, type
/// `officeDocument`), falling back to `xl/workbook.xml` when they are missing; its own
/// relationships map each `<sheet r:id="…">` to a part.
struct XLSXWorkbookPart {
    /// A sheet as the workbook lists it.
    struct SheetEntry {
        /// The name on the sheet's tab.
        var name: String
        /// The worksheet part, or nil for a chart or dialog sheet, which has no cells.
        var part: String?
    }

    /// The sheets in tab order.
    var sheets: [SheetEntry]
    /// The shared strings part, if the package has one.
    var sharedStrings: String?
    /// The styles part, if the package has one.
    var styles: String?
    /// True for the 1904 date system (serial 0 is 1904-01-01), which old Mac workbooks use.
    var date1904: Bool

    /// Reads the workbook part and its relationships from `archive`.
    init(archive: XLSXArchive) throws(FileError) {
        let file = archive.file
        var workbook = "xl/workbook.xml"
        if archive.contains("_rels/.rels") {
            let root = try XLSXRelationships.read(try archive.read("_rels/.rels"), part: "_rels/.rels", owner: "", file: file)
            if let office = root.first(where: { $0.type == "officeDocument" }) { workbook = office.part }
        }
        guard archive.contains(workbook) else {
            throw FileError(file, "the workbook part \(workbook) is missing: not a spreadsheet, or a damaged one")
        }
        let listing = try Listing.read(try archive.read(workbook), part: workbook, file: file)
        let relsPart = XLSXRelationships.partName(for: workbook)
        guard archive.contains(relsPart) else { throw FileError(file, "the part \(relsPart) is missing") }
        let relationships = try XLSXRelationships.read(try archive.read(relsPart), part: relsPart, owner: workbook, file: file)
        let byID = Dictionary(relationships.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var sheets: [SheetEntry] = []
        for (name, id) in listing.sheets {
            guard let relationship = byID[id] else {
                throw FileError(file, "\(workbook): sheet '\(name)' refers to relationship '\(id)', which \(relsPart) does not hold")
            }
            sheets.append(SheetEntry(name: name, part: relationship.type == "worksheet" ? relationship.part : nil))
        }
        self.sheets = sheets
        sharedStrings = relationships.first { $0.type == "sharedStrings" }?.part
        styles = relationships.first { $0.type == "styles" }?.part
        date1904 = listing.date1904
    }

    /// The SAX handler for the workbook part itself.
    private final class Listing: XLSXPartHandler {
        /// Why the parse stopped, or nil.
        private(set) var problem: String?
        /// Name and relationship id of each `<sheet>`, in order.
        private(set) var sheets: [(String, String)] = []
        /// True when `<workbookPr date1904="1">` says so.
        private(set) var date1904 = false

        /// The listing of `part` inside `file`.
        static func read(_ data: Data, part: String, file: String) throws(FileError) -> Listing {
            let handler = Listing()
            try XLSXXML.parse(data, part: part, file: file, with: handler)
            return handler
        }

        /// Reads what an opening tag says.
        func start(_ name: Substring, attributes attributeDict: [String: String], parser: XMLParser) {
            switch name {
            case "workbookPr":
                let value = XLSXXML.attribute("date1904", in: attributeDict)
                date1904 = value == "1" || value == "true"
            case "sheet":
                guard let name = XLSXXML.attribute("name", in: attributeDict),
                      let id = XLSXXML.attribute("id", in: attributeDict) else {
                    problem = "a <sheet> lacks its name or relationship id"
                    parser.abortParsing()
                    return
                }
                sheets.append((name, id))
            default: break
            }
        }
    }
}
