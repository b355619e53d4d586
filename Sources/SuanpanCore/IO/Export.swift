import Foundation

/// How `export SHEET to FILE.csv [bom] [encoding gb18030]` writes its file.
public struct ExportOptions: Sendable, Equatable {
    /// The character encodings an export can be written in.
    public enum Encoding: String, Sendable, CaseIterable {
        /// UTF-8, the default.
        case utf8 = "utf-8"
        /// GB18030, what zh-CN Excel and WPS read without asking.
        case gb18030
    }

    /// Starts the file with a byte order mark, so that Excel reads it as Unicode: EF BB BF in
    /// UTF-8; in GB18030 the same character, U+FEFF, is 84 31 95 33.
    public var byteOrderMark: Bool
    /// The character encoding of the file.
    public var encoding: Encoding

    /// UTF-8 without a byte order mark unless asked.
    public init(byteOrderMark: Bool = false, encoding: Encoding = .utf8) {
        self.byteOrderMark = byteOrderMark
        self.encoding = encoding
    }
}

/// Exporting a sheet as a CSV file for other programs (SPEC §9): values rather than
/// formulas, RFC 4180 with CRLF line endings, text escaped against CSV injection (see
/// `CSVWriter`). The file is written atomically: an existing file is replaced only once the
/// new one is whole on disk.
public enum CSVExport {
    /// Writes `sheet` to `path`; errors name `path` as given.
    public static func write(_ sheet: Sheet, to path: String, options: ExportOptions = ExportOptions()) throws(FileError) {
        let writer = CSVWriter(style: .export)
        try AtomicFile.write(to: path) { emit throws(FileError) in
            if options.byteOrderMark { try emit(try encoded([0xEF, 0xBB, 0xBF], options.encoding, path)) }
            try writer.write(sheet) { chunk throws(FileError) in try emit(try encoded(chunk, options.encoding, path)) }
        }
    }

    /// The bytes of an export of `sheet`, for tests and previews.
    public static func bytes(of sheet: Sheet, options: ExportOptions = ExportOptions()) throws(FileError) -> [UInt8] {
        var all: [UInt8] = []
        if options.byteOrderMark { all += try encoded([0xEF, 0xBB, 0xBF], options.encoding, "<export>") }
        try CSVWriter(style: .export).write(sheet) { chunk throws(FileError) in
            all += try encoded(chunk, options.encoding, "<export>")
        }
        return all
    }

    /// UTF-8 bytes (whole characters: chunks end at rows) in the chosen encoding.
    static func encoded(_ utf8: [UInt8], _ encoding: ExportOptions.Encoding, _ path: String) throws(FileError) -> [UInt8] {
        switch encoding {
        case .utf8:
            return utf8
        case .gb18030:
            // GB18030 encodes every Unicode character, so this fails only if Foundation lacks it.
            let text = String(decoding: utf8, as: UTF8.self)
            guard let data = text.data(using: String.Encoding(rawValue: 0x8000_0632)) else {
                throw FileError(path, "cannot encode the text as GB18030")
            }
            return [UInt8](data)
        }
    }
}
