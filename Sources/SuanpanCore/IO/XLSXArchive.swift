import Foundation
import ZIPFoundation

/// How much an `.xlsx` may expand to before it is refused as a zip bomb.
///
/// A small archive can declare, or secretly hold, gigabytes of zeros. The reader checks the
/// sizes the archive's directory declares before extracting anything, and counts the bytes
/// as it extracts, so that an archive whose headers understate its contents is stopped as
/// soon as it passes what it declared — never after filling memory.
public struct XLSXLimits: Sendable {
    /// The most bytes all parts together may expand to.
    public var totalBytes: UInt64
    /// The largest expansion (uncompressed ÷ compressed) allowed for a part larger than
    /// `ratioFloor`. Spreadsheet XML compresses 5–50 times; a run of zeros over 1000 times.
    public var maximumRatio: UInt64
    /// Parts up to this size are never refused for their ratio: a small part of repeated
    /// markup may compress very well and still be harmless.
    public var ratioFloor: UInt64
    /// The most cells (rows × columns, filled or not) one sheet may span: sheets are held as
    /// dense columns, so `A1` and `XFD1048576` alone would otherwise ask for 17 billion.
    public var maximumCells: Int

    /// Limits with the given values.
    public init(totalBytes: UInt64, maximumRatio: UInt64, ratioFloor: UInt64, maximumCells: Int) {
        self.totalBytes = totalBytes
        self.maximumRatio = maximumRatio
        self.ratioFloor = ratioFloor
        self.maximumCells = maximumCells
    }

    /// 1 GiB in all; a ratio of at most 250 for parts over 8 MiB; 32 million cells a sheet.
    public static let standard = XLSXLimits(totalBytes: 1 << 30, maximumRatio: 250, ratioFloor: 8 << 20,
                                            maximumCells: Sheet.maximumCells)
}

/// The zip archive of an `.xlsx`, read one part at a time within `XLSXLimits`.
///
/// Part names are looked up without regard to case, as the Open Packaging Conventions
/// require (some writers name `xl/SharedStrings.xml` what the relationships call
/// `sharedStrings.xml`).
final class XLSXArchive {
    /// The file as the user named it, for messages.
    let file: String
    private let archive: Archive
    private let entries: [String: Entry]
    private let limits: XLSXLimits
    /// Bytes extracted so far, counted against `limits.totalBytes`.
    private var extracted: UInt64 = 0

    /// Opens `file`, refusing it when it is missing, not a zip archive, or declares more
    /// than the limits allow.
    init(file: String, limits: XLSXLimits) throws(FileError) {
        self.file = file
        self.limits = limits
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw FileError(file, "no such file")
        }
        guard !isDirectory.boolValue else { throw FileError(file, "is a directory, not an .xlsx file") }
        do {
            archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
        } catch {
            throw FileError(file, XLSXArchive.startsLikeZip(file)
                ? "the zip archive is truncated or damaged (its central directory cannot be read)"
                : "not an .xlsx file (it is not a zip archive)")
        }
        let files = archive.filter { $0.type == .file }
        // The declared total first: an archive claiming gigabytes is refused whatever its ratio.
        let declared = files.reduce(UInt64(0)) { sum, entry in
            let (total, overflow) = sum.addingReportingOverflow(entry.uncompressedSize)
            return overflow ? .max : total
        }
        guard declared <= limits.totalBytes else {
            throw FileError(file, "the archive declares \(declared) bytes uncompressed, more than the limit of "
                + "\(limits.totalBytes): refused as a zip bomb")
        }
        for entry in files where entry.uncompressedSize > limits.ratioFloor {
            let ratio = entry.uncompressedSize / max(entry.compressedSize, 1)
            guard ratio <= limits.maximumRatio else {
                throw FileError(file, "\(entry.path) expands \(ratio) times (to \(entry.uncompressedSize) bytes): "
                    + "refused as a zip bomb")
            }
        }
        let entries = Dictionary(files.map { ($0.path.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        guard !entries.isEmpty else { throw FileError(file, "the zip archive is empty or damaged") }
        self.entries = entries
    }

    /// True when the archive holds `part`.
    func contains(_ part: String) -> Bool { entries[part.lowercased()] != nil }

    /// The bytes of `part`, counted against the limits as they are inflated.
    func read(_ part: String) throws(FileError) -> Data {
        guard let entry = entries[part.lowercased()] else { throw FileError(file, "the part \(part) is missing") }
        let declared = entry.uncompressedSize
        let budget = limits.totalBytes - min(extracted, limits.totalBytes)
        var data = Data()
        data.reserveCapacity(Int(min(declared, budget, 64 << 20)))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if UInt64(data.count) > declared { throw Overrun.pastDeclared }
                if UInt64(data.count) > budget { throw Overrun.pastLimit }
            }
        } catch Overrun.pastDeclared {
            throw FileError(file, "\(part) expands past the \(declared) bytes its header declares: refused as a zip bomb")
        } catch Overrun.pastLimit {
            throw FileError(file, "\(part) expands past the limit of \(limits.totalBytes) bytes: refused as a zip bomb")
        } catch {
            throw FileError(file, "\(part) cannot be extracted: the archive is damaged (\(error))")
        }
        extracted += UInt64(data.count)
        return data
    }

    /// Why extraction stopped early.
    private enum Overrun: Error { case pastDeclared, pastLimit }

    /// True when the file begins with a zip local header, so that a failure to open it
    /// means damage rather than a different kind of file.
    private static func startsLikeZip(_ file: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: file) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)) ?? Data()
        return head.elementsEqual([0x50, 0x4B, 0x03, 0x04])
    }
}
