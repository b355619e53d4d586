/// Guessing a CSV file's delimiter from its first lines.
///
/// Excel writes commas, or semicolons where the decimal separator is a comma; exports from
/// databases often use tabs. For each candidate the sample's lines are split outside quotes;
/// a candidate that splits every line into the same number of fields (more than one) is
/// consistent, and the consistent one giving the most fields wins. With none consistent, the
/// one giving the most fields on the first line wins; with no delimiter at all, comma (a
/// one-column file).
enum CSVDelimiter {
    /// Comma, tab and semicolon, in the order that breaks ties.
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: ";")]

    /// How many complete lines to look at, and at most how many bytes.
    static let sampleLines = 50, sampleBytes = 64 * 1024

    /// The delimiter that best splits the start of `text`.
    static func sniff(_ text: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var best: (delimiter: UInt8, fields: Int, consistent: Bool) = (candidates[0], 1, false)
        for candidate in candidates {
            let counts = fieldCounts(text, delimiter: candidate)
            guard let first = counts.first, first > 1 else { continue }
            let consistent = counts.allSatisfy { $0 == first }
            if (consistent && !best.consistent) || (consistent == best.consistent && first > best.fields) {
                best = (candidate, first, consistent)
            }
        }
        return best.delimiter
    }

    /// Fields per line of the sample, splitting at `delimiter` outside quotes; a line cut off
    /// by the sample's end is left out unless it ends the text.
    private static func fieldCounts(_ text: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> [Int] {
        var counts: [Int] = []
        var fields = 1
        var quoted = false
        let end = min(text.count, sampleBytes)
        for index in 0..<end {
            switch text[index] {
            case UInt8(ascii: "\""): quoted.toggle()
            case delimiter where !quoted: fields += 1
            case UInt8(ascii: "\n") where !quoted:
                counts.append(fields)
                fields = 1
                if counts.count == sampleLines { return counts }
            default: break
            }
        }
        if end == text.count { counts.append(fields) }
        return counts
    }
}
