/// Exporting a sheet as a CSV file for other programs (SPEC §9): values rather than
/// formulas, RFC 4180 with CRLF line endings, text escaped against CSV injection (see
/// `CSVWriter`), in UTF-8 or GB18030 as `ExportOptions` (the `export` statement's) say.
///
/// `bom` writes U+FEFF first, so that Excel reads the file as Unicode: EF BB BF in UTF-8. With
/// `encoding gb18030` the same character is written in GB18030 (84 31 95 33), which is what
/// a GB18030 reader takes for its mark. The file is written atomically: an existing file is
/// replaced only once the new one is whole on disk.
public enum CSVExport {
    /// Writes `sheet` to `path`; errors name `path` as given.
    public static func write(_ sheet: Sheet, to path: String, options: ExportOptions = ExportOptions()) throws(FileError) {
        try AtomicFile.write(to: path) { emit throws(FileError) in
            try produce(sheet, options: options, path: path, emit)
        }
    }

    /// The bytes of an export of `sheet`, for tests and previews.
    public static func bytes(of sheet: Sheet, options: ExportOptions = ExportOptions()) throws(FileError) -> [UInt8] {
        var all: [UInt8] = []
        try produce(sheet, options: options, path: "<export>") { chunk throws(FileError) in all += chunk }
        return all
    }

    /// Hands the export's bytes, in the chosen encoding, to `emit` in chunks.
    private static func produce(_ sheet: Sheet, options: ExportOptions, path: String,
                                _ emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) {
        if options.byteOrderMark { try emit(try encoded([0xEF, 0xBB, 0xBF], options, path)) }
        try CSVWriter(style: .export).write(sheet) { chunk throws(FileError) in try emit(try encoded(chunk, options, path)) }
    }

    /// UTF-8 bytes (whole characters: chunks end at rows) in the chosen encoding.
    static func encoded(_ utf8: [UInt8], _ options: ExportOptions, _ path: String) throws(FileError) -> [UInt8] {
        guard options.gb18030 else { return utf8 }
        // GB18030 encodes every Unicode character, so this fails only if Foundation lacks it.
        guard let bytes = TextEncoding.gb18030.encode(String(decoding: utf8, as: UTF8.self)) else {
            throw FileError(path, "cannot encode the text as GB18030")
        }
        return bytes
    }
}

/// How `export` writes a file: `bom` and `encoding` for CSV, `numbers as text` for JSON.
public struct ExportOptions: Sendable, Equatable {
    /// Write the UTF-8 byte order mark, so that Excel reads the file as UTF-8.
    public var byteOrderMark = false
    /// Write GB18030 (what zh-CN Excel and WPS read by default) instead of UTF-8.
    public var gb18030 = false
    /// JSON: numbers as strings (`"132.01"`), for readers that would make them binary floats.
    public var numbersAsText = false

    public init(byteOrderMark: Bool = false, gb18030: Bool = false, numbersAsText: Bool = false) {
        self.byteOrderMark = byteOrderMark
        self.gb18030 = gb18030
        self.numbersAsText = numbersAsText
    }
}
