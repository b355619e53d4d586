/// Splitting UTF-8 bytes into RFC 4180 rows and fields, handing each field's bytes on.
///
/// A field is either unquoted — every byte up to the delimiter or newline, a `"` inside it
/// kept literally as Excel keeps it — or quoted: `"…"` holding delimiters, newlines and
/// doubled quotes (`""` for `"`). Bytes after a closing quote up to the delimiter are kept
/// after the quoted part, as Excel does. Rows end at LF or CRLF, or at the end of the text.
/// Fields point into the text itself unless they had doubled quotes or trailing bytes; those
/// are copied into one reused buffer.
struct CSVScanner {
    /// How a row ended.
    enum RowEnd: Equatable {
        /// After this many fields.
        case fields(Int)
        /// A quoted field that starts on this line (counted from the scanner's start) runs to
        /// the end of the text.
        case unclosedQuote(line: Int)
    }

    let text: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    /// Where the next row starts.
    var position: Int
    /// Newlines passed since `position` was first set.
    private(set) var lines = 0
    /// Unquoted copies of fields with doubled quotes.
    private var scratch: [UInt8] = []

    init(text: UnsafeBufferPointer<UInt8>, delimiter: UInt8, position: Int) {
        self.text = text
        self.delimiter = delimiter
        self.position = position
    }

    private static let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    /// Reads one row, calling `field(bytes, index, line)` for each of its fields, where `line`
    /// is the line the row starts on (counted from the scanner's start).
    @inline(__always)
    mutating func readRow(_ field: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void) -> RowEnd {
        let rowLine = lines
        var index = 0
        while true {
            if position < text.count && text[position] == CSVScanner.quote {
                let fieldLine = lines
                guard readQuotedField({ field($0, index, rowLine) }) else { return .unclosedQuote(line: fieldLine) }
            } else {
                readUnquotedField { field($0, index, rowLine) }
            }
            index += 1
            if position < text.count && text[position] == delimiter {
                position += 1
                continue
            }
            if position < text.count {
                position += 1
                lines += 1
            }
            return .fields(index)
        }
    }

    /// Reads the field at `position`, leaving `position` on the byte after it.
    @inline(__always)
    private mutating func readUnquotedField(_ field: (UnsafeBufferPointer<UInt8>) -> Void) {
        let base = text.baseAddress!
        let start = position
        let index = CSVScanner.fieldEnd(base, from: start, count: text.count, delimiter: delimiter)
        position = index
        field(UnsafeBufferPointer(start: base + start, count: withoutCarriageReturn(start, index) - start))
    }

    /// The first delimiter or newline at or after `from`, or `count`.
    ///
    /// Eight bytes at a time while eight remain: XORing a word with the byte sought repeated
    /// turns that byte into zero, and `(x - 0x01…) & ~x & 0x80…` marks zero bytes; the lowest
    /// mark is always a true one (a false mark only ever follows a true one), so it gives the
    /// first match. Most ledger fields fit in one word, so a field costs one load and no
    /// branch per byte.
    @inline(__always)
    private static func fieldEnd(_ base: UnsafePointer<UInt8>, from: Int, count: Int, delimiter: UInt8) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let delimiters = UInt64(delimiter) &* ones, newlines = UInt64(newline) &* ones
        var index = from
        while index &+ 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let (d, n) = (word ^ delimiters, word ^ newlines)
            let marks = ((d &- ones) & ~d | (n &- ones) & ~n) & highs
            if marks != 0 { return index &+ marks.trailingZeroBitCount >> 3 }
            index &+= 8
        }
        while index < count && base[index] != delimiter && base[index] != newline { index &+= 1 }
        return index
    }

    /// Reads the quoted field whose opening quote is at `position`; false when it never closes.
    private mutating func readQuotedField(_ field: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        let base = text.baseAddress!
        let count = text.count
        var index = position + 1
        var segment = index
        var copied = false
        scratch.removeAll(keepingCapacity: true)
        while true {
            guard index < count else { return false }
            let byte = base[index]
            if byte == CSVScanner.quote {
                guard index + 1 < count, base[index + 1] == CSVScanner.quote else { break }
                // A doubled quote: keep the text before it and one quote.
                scratch.append(contentsOf: UnsafeBufferPointer(start: base + segment, count: index + 1 - segment))
                copied = true
                index += 2
                segment = index
                continue
            }
            if byte == CSVScanner.newline { lines += 1 }
            index += 1
        }
        let closing = index
        var after = closing + 1
        while after < count && base[after] != delimiter && base[after] != CSVScanner.newline { after += 1 }
        let trailingEnd = withoutCarriageReturn(closing + 1, after)
        position = after
        if !copied && trailingEnd == closing + 1 {
            field(UnsafeBufferPointer(start: base + segment, count: closing - segment))
            return true
        }
        scratch.append(contentsOf: UnsafeBufferPointer(start: base + segment, count: closing - segment))
        scratch.append(contentsOf: UnsafeBufferPointer(start: base + closing + 1, count: trailingEnd - closing - 1))
        scratch.withUnsafeBufferPointer { field($0) }
        return true
    }

    /// `end`, moved before a CR that ends the line (the CR of CRLF is not part of the field).
    @inline(__always)
    private func withoutCarriageReturn(_ start: Int, _ end: Int) -> Int {
        let endsLine = end == text.count || text[end] == CSVScanner.newline
        return endsLine && end > start && text[end - 1] == CSVScanner.carriageReturn ? end - 1 : end
    }
}
