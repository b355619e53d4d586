import Foundation
import Testing
@testable import SuanpanCore

/// A mapped file that another program cuts short while it is read: the lost pages read as
/// zeros instead of killing the process with SIGBUS, and the reader refuses what it read.
@Suite struct CutShortFileTests {
    /// Writes `bytes` to a new file and returns its path and an open descriptor for cutting it.
    private func file(_ bytes: [UInt8], in folder: String) throws -> (path: String, descriptor: Int32) {
        let path = folder + "/台账.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let descriptor = open(path, O_RDWR)
        #expect(descriptor >= 0)
        return (path, descriptor)
    }

    @Test func pagesLostAfterMappingReadAsZerosAndTheMappingSaysSo() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let (_, descriptor) = try file([UInt8](repeating: 0x41, count: 4 * page), in: folder)
        defer { close(descriptor) }
        let mapping = try #require(FileMapping(descriptor: descriptor, size: 4 * page))
        #expect(!mapping.wasCutShort)
        #expect(ftruncate(descriptor, off_t(page + 10)) == 0)
        // The first page and the 10 bytes after it are still the file; the rest of the second
        // page is zeros past the end, which the kernel supplies; the third and fourth pages
        // are gone, and fault.
        let sums = (0..<4).map { index in mapping.bytes[(index * page)..<((index + 1) * page)].reduce(0) { $0 + Int($1) } }
        #expect(sums == [0x41 * page, 0x41 * 10, 0, 0])
        #expect(mapping.wasCutShort)
    }

    @Test func aCSVCutShortWhileReadIsRefusedAndNothingIsLoaded() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ledger = CSVParallelTests.ledger(rows: 40_000)
        let (path, descriptor) = try file(Array(ledger.utf8), in: folder)
        defer { close(descriptor) }
        let contents = try CSVFile.contents(at: path)
        // Cut at a page boundary two thirds in, as a program rewriting the file in place would.
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        #expect(ftruncate(descriptor, off_t(ledger.utf8.count * 2 / 3 / page * page)) == 0)
        let error = FileError(path, "became shorter while it was being read, so another program is writing it; nothing was loaded from it")
        #expect(throws: error) {
            try CSVReader.read(contents, path: path, sheetName: nil, units: .standard, declaredUnits: [:], progress: nil)
        }
    }

    @Test func aFileReadWholeIsNotCutShort() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (path, descriptor) = try file(Array("部门,决算数\n办公室,12.30\n".utf8), in: folder)
        close(descriptor)
        let contents = try CSVFile.contents(at: path)
        let result = try CSVReader.read(contents, path: path, sheetName: nil, units: .standard, declaredUnits: [:], progress: nil)
        #expect(result.sheet.rowCount == 1)
        #expect(!contents.wasCutShort)
    }
}
