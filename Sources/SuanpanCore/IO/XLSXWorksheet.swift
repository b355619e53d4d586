import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads one worksheet part as a stream of cells: `<sheetData>` → `<row r="2">` →
/// `<c r="B2" s="3" t="s"><f>…</f><v>…</v><is>…</is></c>`.
///
/// Cells are kept per column as (row, value) pairs, only those that hold something, so a
/// styled but empty cell far down the sheet costs nothing; the sheet is made dense later.
/// Rows and cells without an `r=` (some streaming writers omit it) follow the one before.
final class XLSXWorksheet: XLSXPartHandler {
    /// A formula found in a cell, with the value the writer cached for it.
    struct Formula {
        /// The formula's cell.
        var address: CellAddress
        /// The text Suanpan's parser reads (prefixes removed, shared formulas moved).
        var source: String
        /// What the writer cached for the cell.
        var cached: Value
    }

    /// Why the parse stopped, or nil.
    private(set) var problem: String?
    /// Filled cells by column: (0-based grid row, value).
    private(set) var columns: [[(row: Int, value: Value)]] = []
    /// The sheet's formulas in document order.
    private(set) var formulas: [Formula] = []
    /// Cells holding a shared formula whose master was never seen: kept as cached values.
    private(set) var orphanedSharedFormulas: [CellAddress] = []
    /// The last row holding a cell, or -1 for an empty sheet.
    private(set) var lastRow = -1
    /// The value converter, which counts the dates whose time it dropped.
    private(set) var converter: XLSXCellValue

    private var row = -1
    private var nextColumn = 0
    private var cell: CellState?
    /// Which text is being collected: `<v>`, `<f>`, or an inline string's `<t>`.
    private var capture: Capture = .none
    private var phoneticDepth = 0
    /// Shared formula masters by `si`: where they stand and their text.
    private var sharedMasters: [String: (address: CellAddress, source: String)] = [:]

    private enum Capture { case none, value, formula, inline }

    private struct CellState {
        var address: CellAddress
        var type: String?
        var style: Int?
        var value: String?
        var inline: String?
        var formula: String?
        var formulaType: String?
        var sharedIndex: String?
    }

    /// A handler converting values with `converter`.
    init(converter: XLSXCellValue) {
        self.converter = converter
    }

    /// Reads what an opening tag says.
    func start(_ name: Substring, attributes attributeDict: [String: String], parser: XMLParser) {
        switch name {
        case "row":
            if let number = attributeDict["r"] {
                guard let index = Int(number), (1...CellAddress.maxRows).contains(index) else {
                    return fail(parser, "row '\(number)' is not a row of Excel's grid (1 to \(CellAddress.maxRows))")
                }
                row = index - 1
            } else {
                row += 1
            }
            nextColumn = 0
        case "c":
            var address = CellAddress(row: max(row, 0), column: nextColumn)
            if let reference = attributeDict["r"] {
                guard let parsed = XLSXWorksheet.address(reference) else {
                    return fail(parser, "cell '\(reference)' is not a cell of Excel's grid (A1 to XFD\(CellAddress.maxRows))")
                }
                address = parsed
            } else if nextColumn >= CellAddress.maxColumns {
                return fail(parser, "row \(row + 1) has more cells than Excel's \(CellAddress.maxColumns) columns")
            }
            nextColumn = address.column + 1
            cell = CellState(address: address, type: attributeDict["t"], style: attributeDict["s"].flatMap { Int($0) })
        case "v" where cell != nil:
            capture = .value
            cell?.value = ""
        case "f" where cell != nil:
            capture = .formula
            cell?.formula = ""
            cell?.formulaType = attributeDict["t"]
            cell?.sharedIndex = attributeDict["si"]
        case "is" where cell != nil:
            cell?.inline = ""
        case "rPh":
            phoneticDepth += 1
        case "t" where cell?.inline != nil && phoneticDepth == 0:
            capture = .inline
        default:
            break
        }
    }

    /// Closes what the tag opened.
    func end(_ name: Substring, parser: XMLParser) {
        switch name {
        case "v", "f", "t": capture = .none
        case "rPh": phoneticDepth -= 1
        case "c":
            if let finished = cell { finish(finished, parser) }
            cell = nil
            capture = .none
        default: break
        }
    }

    /// Collects text where text is wanted.
    func characters(_ string: String) {
        switch capture {
        case .none: break
        case .value: cell?.value?.append(string)
        case .formula: cell?.formula?.append(string)
        case .inline: cell?.inline?.append(string)
        }
    }

    private func finish(_ cell: CellState, _ parser: XMLParser) {
        let value: Value
        switch converter.value(type: cell.type, style: cell.style, text: cell.value, inline: cell.inline.map(XLSXXML.unescaped)) {
        case .success(let converted): value = converted
        case .failure(let problem): return fail(parser, "cell \(cell.address.a1) \(problem.message)")
        }
        if let source = formulaSource(cell) {
            formulas.append(Formula(address: cell.address, source: source, cached: value))
        }
        guard value != .blank || formulas.last?.address == cell.address else { return }
        while columns.count <= cell.address.column { columns.append([]) }
        columns[cell.address.column].append((cell.address.row, value))
        lastRow = max(lastRow, cell.address.row)
    }

    /// The cell's formula as Suanpan's parser should read it, or nil for none.
    private func formulaSource(_ cell: CellState) -> String? {
        guard let text = cell.formula else { return nil }
        // A data table (`t="dataTable"`, What-If analysis) has no formula text of its own:
        // its cached results stand as values.
        if cell.formulaType == "dataTable" { return nil }
        if cell.formulaType == "shared", let index = cell.sharedIndex {
            if !text.isEmpty {
                sharedMasters[index] = (cell.address, text)
                return XLSXFormulaText.rewritten(text)
            }
            guard let master = sharedMasters[index] else {
                orphanedSharedFormulas.append(cell.address)
                return nil
            }
            return XLSXFormulaText.rewritten(master.source, movedBy: cell.address.row - master.address.row,
                                             columns: cell.address.column - master.address.column)
        }
        return text.isEmpty ? nil : XLSXFormulaText.rewritten(text)
    }

    /// The address of `B2`-style text within Excel's grid, or nil; read from the UTF-8
    /// bytes, since every cell of the sheet has one.
    static func address(_ reference: String) -> CellAddress? {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard digits > 0, (1...CellAddress.maxColumns).contains(column), (1...CellAddress.maxRows).contains(row) else {
            return nil
        }
        return CellAddress(row: row - 1, column: column - 1)
    }

    private func fail(_ parser: XMLParser, _ message: String) {
        guard problem == nil else { return }
        problem = message
        parser.abortParsing()
    }
}
