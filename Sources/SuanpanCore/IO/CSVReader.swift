/// Reading a CSV file into a sheet: `open x.csv`.
///
/// A regular file is mapped, not copied (`CSVFile`). Its bytes are parsed as they are when
/// they are UTF-8 (after a byte-order mark or without one); otherwise the file is brought to
/// UTF-8 first (`TextEncoding.decode`) and the decoded text is parsed. The delimiter is
/// sniffed; the header row gives the columns' names and units; the body is cut at newlines
/// into parts read at once on every core (`CSVPart`), each into its own typed column
/// builders, which are then joined in order (`CSVColumnMerge`). Each part checks that its
/// bytes are UTF-8 as it reads them (`CSVPartWindow`), so that the common case costs no
/// pass of its own. Cells are read from their bytes; a `String` is made only for what needs
/// one (see `CSVCellReading`).
///
/// An empty file (or one of only line endings) is a sheet without columns, with a note.
/// Empty lines at the end of the file are ignored; an empty line inside it is a blank row.
/// A row with more or fewer fields than the header is an error naming its line.
public struct CSVReader {
    /// Reads the CSV file at `path` into a sheet named `sheetName`, or after the file (`x`
    /// for `data/x.csv`). `declaredUnits` are the manifest's units by column name; they
    /// override units written in headings.
    /// `progress` hears of the reading (`reading 台账.csv`) and of the rows as parts finish.
    public static func read(
        contentsOf path: String, sheetName: String? = nil, units: UnitCatalog = .standard,
        declaredUnits: [String: Unit] = [:], progress: ProgressReport? = nil
    ) throws(FileError) -> CSVReadResult {
        progress?.beginTask("reading " + (path.split(separator: "/").last.map(String.init) ?? path))
        defer { progress?.endTask() }
        return try read(CSVFile.contents(at: path), path: path, sheetName: sheetName, units: units,
                        declaredUnits: declaredUnits, progress: progress)
    }

    /// Reads a file's contents; when another program cut the file short while it was read,
    /// whatever was parsed (or whatever error the missing bytes caused) gives way to an error
    /// saying so, and nothing is loaded.
    static func read(
        _ contents: CSVFile.Contents, path: String, sheetName: String?, units: UnitCatalog,
        declaredUnits: [String: Unit], progress: ProgressReport?
    ) throws(FileError) -> CSVReadResult {
        let cutShort = FileError(path, "became shorter while it was being read, so another program is writing it; nothing was loaded from it")
        let result: CSVReadResult
        do {
            result = try contents.withBytes { (bytes, pages) throws(FileError) -> CSVReadResult in
                try read(bytes: bytes, pages: pages, path: path, sheetName: sheetName, units: units,
                         declaredUnits: declaredUnits, parts: nil, progress: progress)
            }
        } catch {
            throw contents.wasCutShort ? cutShort : error
        }
        if contents.wasCutShort { throw cutShort }
        return result
    }

    /// Reads CSV bytes as `read(contentsOf:)` does; `path` names the file in errors and,
    /// without `sheetName`, names the sheet.
    public static func read(
        bytes: [UInt8], path: String, sheetName: String? = nil, units: UnitCatalog = .standard,
        declaredUnits: [String: Unit] = [:]
    ) throws(FileError) -> CSVReadResult {
        try read(bytes: bytes, path: path, sheetName: sheetName, units: units, declaredUnits: declaredUnits, parts: nil)
    }

    /// The reader with the number of parts fixed, so tests can split small files.
    static func read(
        bytes: [UInt8], path: String, sheetName: String?, units: UnitCatalog, declaredUnits: [String: Unit],
        parts: Int?, progress: ProgressReport? = nil
    ) throws(FileError) -> CSVReadResult {
        try bytes.withUnsafeBufferPointer { (bytes) throws(FileError) -> CSVReadResult in
            try read(bytes: bytes, pages: .none, path: path, sheetName: sheetName, units: units,
                     declaredUnits: declaredUnits, parts: parts, progress: progress)
        }
    }

    /// Parses the bytes as UTF-8 if they are, else decodes them and parses the decoded text.
    private static func read(
        bytes: UnsafeBufferPointer<UInt8>, pages: PageRelease, path: String, sheetName: String?, units: UnitCatalog,
        declaredUnits: [String: Unit], parts: Int?, progress: ProgressReport?
    ) throws(FileError) -> CSVReadResult {
        let name = sheetName ?? baseName(of: path)
        func parse(_ text: UnsafeBufferPointer<UInt8>, encoding: TextEncoding, pages: PageRelease, checkingUTF8: Bool)
            throws(FileError) -> CSVReadResult?
        {
            try CSVReader.parse(text, encoding: encoding, pages: pages, checkingUTF8: checkingUTF8, path: path,
                                sheetName: name, units: units, declaredUnits: declaredUnits, parts: parts,
                                progress: progress)
        }
        if let start = TextEncoding.utf8Start(of: bytes),
           let result = try parse(UnsafeBufferPointer(rebasing: bytes[start.offset...]), encoding: start.encoding,
                                  pages: pages, checkingUTF8: true) {
            return result
        }
        // Not UTF-8: decoded from a copy, the pages of a mapped file given back first.
        let copy = Array(bytes)
        pages.release(bytes)
        let (text, encoding) = try TextEncoding.decode(consume copy, path: path)
        return try text.withUnsafeBufferPointer { (text) throws(FileError) -> CSVReadResult in
            // Decoded text is UTF-8, so without the check the reading always gives a sheet.
            try parse(text, encoding: encoding, pages: .none, checkingUTF8: false)!
        }
    }

    /// Reads UTF-8 `text` into a sheet; with `checkingUTF8`, nil when the text turns out not
    /// to be UTF-8.
    private static func parse(
        _ text: UnsafeBufferPointer<UInt8>, encoding: TextEncoding, pages: PageRelease, checkingUTF8: Bool,
        path: String, sheetName name: String, units: UnitCatalog, declaredUnits: [String: Unit], parts: Int?,
        progress: ProgressReport?
    ) throws(FileError) -> CSVReadResult? {
        var end = text.count
        while end > 0 && (text[end - 1] == UInt8(ascii: "\n") || text[end - 1] == UInt8(ascii: "\r")) { end -= 1 }
        let body = UnsafeBufferPointer(rebasing: text[..<end])
        guard end > 0 else {
            return CSVReadResult(
                sheet: Sheet(name: name), formulas: [], encoding: encoding, delimiter: UInt8(ascii: ","),
                notes: ["\(path) is empty: the sheet has no columns"])
        }
        let delimiter = CSVDelimiter.sniff(body)
        var reading = CSVBody(text: body, path: path, delimiter: delimiter, units: units, pages: pages)
        reading.progress = progress
        do throws(FileError) {
            try refuseBinary(body, path: path)
            try reading.readHeader(declaredUnits: declaredUnits)
        } catch {
            // Found before the parts have checked the text, the error counts only if the
            // text is UTF-8; if not, it is decoded and read again.
            if checkingUTF8 && !UTF8Validation.isValidInParallel(body) { return nil }
            throw error
        }
        let partCount = parts ?? defaultPartCount(bytes: body.count - reading.bodyStart)
        guard try reading.readRows(parts: partCount, checkingUTF8: checkingUTF8) else { return nil }
        var result = reading.assemble(sheetName: name)
        result.encoding = encoding
        return result
    }

    /// How far into a file `refuseBinary` looks, as Git does to tell binary files from text.
    static let binaryProbeBytes = 8000

    /// Refuses a file with a NUL byte near its start: no text editor or spreadsheet writes
    /// one, and a file of NULs (a disk image, a file zeroed by a crash) would otherwise be
    /// read as one heading of invisible characters. Only the first bytes are looked at, so
    /// that a large file costs nothing more; a NUL further in stays part of its field.
    static func refuseBinary(_ text: UnsafeBufferPointer<UInt8>, path: String) throws(FileError) {
        guard let nul = text.prefix(binaryProbeBytes).firstIndex(of: 0) else { return }
        let line = 1 + text[..<nul].count { $0 == UInt8(ascii: "\n") }
        throw FileError(path, line: line, "holds a NUL byte: a binary file, not CSV text")
    }

    /// Four parts per core for large files, so a core that finishes early takes another;
    /// one part below a megabyte, where threads cost more than they save.
    private static func defaultPartCount(bytes: Int) -> Int {
        bytes < 1 << 20 ? 1 : ParallelChunks.workerCount * 4
    }

    /// `x` for `data/x.csv`.
    static func baseName(of path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }
}
