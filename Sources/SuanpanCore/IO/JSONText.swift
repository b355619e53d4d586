/// Writing JSON strings (RFC 8259): the characters JSON requires escaped — the quote, the
/// backslash and the control characters U+0000–U+001F — are; everything else, CJK included,
/// is copied as UTF-8, so that the file stays readable. U+2028 and U+2029 are escaped too:
/// valid JSON, but not valid in older JavaScript string literals, where JSON gets pasted.
enum JSONText {
    /// Appends `text` as a quoted JSON string.
    static func appendString(_ text: String, to buffer: inout [UInt8]) {
        buffer.append(0x22)
        if !text.utf8.contains(where: needsEscape), !text.contains(where: { $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            buffer.append(contentsOf: text.utf8)
        } else {
            for scalar in text.unicodeScalars { appendScalar(scalar, to: &buffer) }
        }
        buffer.append(0x22)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C
    }

    private static func appendScalar(_ scalar: Unicode.Scalar, to buffer: inout [UInt8]) {
        switch scalar {
        case "\"": buffer.append(contentsOf: "\\\"".utf8)
        case "\\": buffer.append(contentsOf: "\\\\".utf8)
        case "\n": buffer.append(contentsOf: "\\n".utf8)
        case "\r": buffer.append(contentsOf: "\\r".utf8)
        case "\t": buffer.append(contentsOf: "\\t".utf8)
        case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
            let hex = String(scalar.value, radix: 16, uppercase: false)
            buffer.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        default:
            buffer.append(contentsOf: String(scalar).utf8)
        }
    }
}
