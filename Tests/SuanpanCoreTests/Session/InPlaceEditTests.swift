import Foundation
import Testing
@testable import SuanpanCore

/// Typed cells are written in place while undo keeps the workbook as it was
/// (`Session.prepareInPlaceEdit`). Each script runs twice, in place and copying, and after
/// every statement the two sessions must hold the same cells, source texts and names — so
/// that undo, redo, failures and nested scripts put back exactly what copying would.
struct InPlaceEditTests {
    /// Every cell of every sheet of the current workbook, with its source text when it has
    /// one, and the names' values.
    static func dump(_ session: Session) -> String {
        var lines: [String] = []
        for sheet in session.current.sheets {
            lines.append("[\(sheet.name)] \(sheet.rowCount) rows")
            for column in sheet.columns {
                let cells = (0..<column.count).map { row in
                    column[row].generalDescription + (column.sourceText[row].map { "«\($0)»" } ?? "")
                }
                lines.append("\(column.name)(\(column.unit.symbol)): " + cells.joined(separator: " | "))
            }
        }
        for name in session.current.nameOrder {
            lines.append("\(name) = \(session.current.nameValues[name]?.generalDescription ?? "?")")
        }
        return lines.joined(separator: "\n")
    }

    static func session(inPlace: Bool) throws -> Session {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inplace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("t.csv").path
        try "项目,金额(万元),备注\n甲,12.30,x\n乙,\"（1,234.00）\",y\n丙,,z\n丁,5,w\n".write(toFile: path, atomically: true, encoding: .utf8)
        try "B3 = 7\nB4 = 8\nC2 = \"改\"\n".write(toFile: folder.appendingPathComponent("edit.sp").path, atomically: true, encoding: .utf8)
        let session = Session(today: testToday)
        session.workingDirectory = folder.path
        session.editsInPlace = inPlace
        try session.open(path, alias: "t")
        return session
    }

    @Test(arguments: [
        "B2 = 1; undo; redo; undo",
        "B2 = 1; B3 = 2; B2 = 3; undo; undo; redo; undo; undo",
        "B2 = 1; B2 = \"文字\"; undo; undo",
        "B4 = \"\"; undo; B4 = 9; undo; redo",
        "C2 = \"新\"; C3 = \"\"; undo; undo; undo",
        "合计 = SUM(金额); B2 = 100; 合计; undo; 合计; redo; 合计",
        "summarize t by 项目 into 汇总 with 金 = SUM(金额); B2 = 1; B3 = 2; undo; undo; undo; undo",
        "B1 = \"数额\"; B2 = 1; undo; undo; B2 = 4",
        "B2 = 1; nosuch(; undo",
        "B2 = 1; B2 = 1/0; undo",
        "run edit.sp; undo; redo; undo",
        "B2 = 1; run edit.sp; B5 = 3; undo; undo; undo",
        "B9 = 1; undo",
        "B2 = 1; 差 = 金额 * 2; B3 = 2; undo; undo; undo",
        "B2 = 3万元; B3 = 5元; undo; undo",
        "B2 = 1; undo; B3 = 2; redo; undo; undo",
    ])
    func inPlaceEditsUndoAsCopiesDo(script: String) throws {
        let inPlace = try Self.session(inPlace: true)
        let copying = try Self.session(inPlace: false)
        for statement in script.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let a = run(statement, in: inPlace)
            let b = run(statement, in: copying)
            #expect(a == b, "\(statement)")
            #expect(Self.dump(inPlace) == Self.dump(copying), "after \(statement)")
        }
    }

    /// The edit really is in place: the column's array is the same before and after.
    @Test func aTypedFigureDoesNotCopyItsColumn() throws {
        let session = try Self.session(inPlace: true)
        run("B2 = 1", in: session)  // an undo step now shares the column's arrays
        let sheet = session.current.sheets[0]
        func address() -> UnsafeRawPointer? {
            guard case .numbers(let numbers, _) = sheet.columns[1].storage else { return nil }
            return numbers.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        }
        let before = address()
        #expect(run("B3 = 2", in: session).errors.isEmpty)
        #expect(before != nil && address() == before)
        #expect(run("undo", in: session).notes == ["undid: B3 = 2"])
        #expect(sheet.value(at: CellAddress(row: 2, column: 1)).generalDescription == "-1234 万元")
    }
}
