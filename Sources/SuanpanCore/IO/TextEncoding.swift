import Foundation

/// The text encodings a CSV file may come in, and those an export may be written in.
///
/// Reading tries, in order: a UTF-8 byte-order mark, a UTF-16 one (either byte order),
/// strict UTF-8, then GB18030 — what zh-CN Excel and WPS write when saving "CSV". Strict
/// UTF-8 goes first because GB18030 accepts almost any byte sequence that UTF-8 does, while
/// a GB18030 file of Chinese text is almost never valid UTF-8.
public enum TextEncoding: Sendable, Hashable, CustomStringConvertible {
    /// UTF-8 without a byte-order mark.
    case utf8
    /// UTF-8 starting with the mark EF BB BF, as Excel's "CSV UTF-8" writes it.
    case utf8WithBOM
    /// UTF-16, least significant byte first, with the mark FF FE.
    case utf16LittleEndian
    /// UTF-16, most significant byte first, with the mark FE FF.
    case utf16BigEndian
    /// GB18030, the superset of GBK and GB2312 that Chinese Windows uses for "ANSI" text.
    case gb18030

    /// The name shown to the user: `UTF-8`, `UTF-8 with BOM`, `UTF-16LE`, `UTF-16BE`, `GB18030`.
    public var description: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8WithBOM: "UTF-8 with BOM"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        case .gb18030: "GB18030"
        }
    }

    /// Foundation's number for GB18030 (kCFStringEncodingGB_18030_2000), which it decodes on
    /// Linux as well as on macOS.
    static let foundationGB18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Where a file's text starts if it is UTF-8, and that encoding: after a UTF-8 byte-order
    /// mark, or at the start without one. Nil with a UTF-16 mark. Whether the bytes are
    /// UTF-8 after all is for the caller to check; if they are not, `decode` reads them.
    static func utf8Start(of bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, encoding: TextEncoding)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (3, .utf8WithBOM) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        return (0, .utf8)
    }

    /// The UTF-8 bytes of a file's text and the encoding they were read in, or an error naming
    /// `path` when the bytes are in none of the encodings above.
    ///
    /// Plain UTF-8 — the common case — is returned without copying.
    public static func decode(_ bytes: [UInt8], path: String) throws(FileError) -> (text: [UInt8], encoding: TextEncoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let text = Array(bytes[3...])
            guard text.withUnsafeBufferPointer(UTF8Validation.isValidInParallel) else {
                throw FileError(path, "starts with a UTF-8 byte-order mark but is not valid UTF-8")
            }
            return (text, .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            let text = try utf8(fromUTF16: bytes.dropFirst(2), littleEndian: littleEndian, path: path)
            return (text, littleEndian ? .utf16LittleEndian : .utf16BigEndian)
        }
        if bytes.withUnsafeBufferPointer(UTF8Validation.isValidInParallel) { return (bytes, .utf8) }
        if let text = utf8(fromGB18030: bytes) { return (text, .gb18030) }
        throw FileError(path, "is neither UTF-8, UTF-16 nor GB18030 text")
    }

    /// The bytes of `text` in this encoding, with the byte-order mark where the encoding has
    /// one; nil when GB18030 cannot write a character (it can write all of Unicode).
    public func encode(_ text: String) -> [UInt8]? {
        switch self {
        case .utf8: return Array(text.utf8)
        case .utf8WithBOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .utf16LittleEndian, .utf16BigEndian:
            var bytes: [UInt8] = self == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            bytes.reserveCapacity(2 + text.utf8.count * 2)
            for unit in text.utf16 {
                let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
                bytes.append(contentsOf: self == .utf16LittleEndian ? [low, high] : [high, low])
            }
            return bytes
        case .gb18030:
            return text.data(using: TextEncoding.foundationGB18030).map { Array($0) }
        }
    }

    /// UTF-16 code units (after the mark) as UTF-8, or an error naming the line of the first
    /// unit that is not UTF-16: a surrogate without its partner, or a last byte without the
    /// other half of its unit.
    private static func utf8(fromUTF16 bytes: ArraySlice<UInt8>, littleEndian: Bool, path: String) throws(FileError) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        func line(before end: Int) -> Int { 1 + units[..<end].lazy.filter { $0 == 0x0A }.count }
        var position = 0
        while position < units.count {
            let unit = units[position]
            if UTF16.isLeadSurrogate(unit), position + 1 < units.count, UTF16.isTrailSurrogate(units[position + 1]) {
                position += 2
            } else if UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) {
                let hex = String(unit, radix: 16, uppercase: true)
                throw FileError(path, line: line(before: position),
                                "is UTF-16 by its byte-order mark, but the unit \(hex) (byte \(2 + 2 * position + 1)) is half of a character without its other half")
            } else {
                position += 1
            }
        }
        if bytes.count % 2 != 0 {
            throw FileError(path, line: line(before: units.count),
                            "is UTF-16 by its byte-order mark, but ends in half a character: an odd number of bytes (\(bytes.count + 2))")
        }
        var text: [UInt8] = []
        text.reserveCapacity(units.count * 3 / 2)
        _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { text.append($0) }
        return text
    }

    /// GB18030 bytes as UTF-8, or nil when they are not GB18030.
    ///
    /// A large file is decoded in parts on every core, cut just after a newline: byte 0A is
    /// always a character of its own in GB18030 (lead bytes are 81–FE, trail bytes 30–39 and
    /// 40–FE), so no cut falls inside a character. Each part's intermediate `String` lives
    /// only while that part is decoded. `partSize` is for tests.
    static func utf8(fromGB18030 bytes: [UInt8], partSize: Int = 4 << 20) -> [UInt8]? {
        var cuts = [0]
        while let last = cuts.last, bytes.count - last > partSize {
            guard let newline = bytes[(last + partSize)...].firstIndex(of: 0x0A) else { break }
            cuts.append(newline + 1)
        }
        cuts.append(bytes.count)
        let parts = ParallelChunks.map(count: cuts.count - 1) { part -> [UInt8]? in
            let data = bytes.withUnsafeBufferPointer { Data(buffer: UnsafeBufferPointer(rebasing: $0[cuts[part]..<cuts[part + 1]])) }
            return String(data: data, encoding: foundationGB18030).map { Array($0.utf8) }
        }
        var text: [UInt8] = []
        text.reserveCapacity(parts.reduce(0) { $0 + ($1?.count ?? 0) })
        for part in parts {
            guard let part else { return nil }
            text += part
        }
        return text
    }
}
