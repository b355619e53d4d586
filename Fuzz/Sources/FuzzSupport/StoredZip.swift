/// A zip archive of stored (uncompressed) entries, so that the XLSX target can mutate the
/// XML of the parts directly: in a deflated archive almost every mutation only breaks the
/// compressed stream, and the reader never gets past the zip layer.
public enum StoredZip {
    /// The archive holding `entries` in order, with correct sizes and checksums.
    public static func archive(_ entries: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var output: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            let crc = crc32(entry.bytes)
            let offset = UInt32(truncatingIfNeeded: output.count)
            // Local file header.
            append32(0x0403_4B50, to: &output)
            appendCommon(name: name, crc: crc, size: entry.bytes.count, to: &output)
            append16(0, to: &output)  // extra field length
            output += name
            output += entry.bytes
            // Its central directory record.
            append32(0x0201_4B50, to: &directory)
            append16(20, to: &directory)  // version made by
            appendCommon(name: name, crc: crc, size: entry.bytes.count, to: &directory)
            for _ in 0..<4 { append16(0, to: &directory) }  // extra, comment, disk, internal attributes
            append32(0, to: &directory)  // external attributes
            append32(offset, to: &directory)
            directory += name
        }
        let directoryOffset = UInt32(truncatingIfNeeded: output.count)
        output += directory
        append32(0x0605_4B50, to: &output)
        append16(0, to: &output)
        append16(0, to: &output)
        append16(UInt16(truncatingIfNeeded: entries.count), to: &output)
        append16(UInt16(truncatingIfNeeded: entries.count), to: &output)
        append32(UInt32(truncatingIfNeeded: directory.count), to: &output)
        append32(directoryOffset, to: &output)
        append16(0, to: &output)  // comment length
        return output
    }

    /// Version needed, flags, method (stored), time and date, checksum, sizes, name length.
    private static func appendCommon(name: [UInt8], crc: UInt32, size: Int, to output: inout [UInt8]) {
        append16(20, to: &output)
        append16(0, to: &output)
        append16(0, to: &output)
        append16(0, to: &output)
        append16(0x21, to: &output)  // 1980-01-01
        append32(crc, to: &output)
        append32(UInt32(truncatingIfNeeded: size), to: &output)
        append32(UInt32(truncatingIfNeeded: size), to: &output)
        append16(UInt16(truncatingIfNeeded: name.count), to: &output)
    }

    private static func append16(_ value: UInt16, to output: inout [UInt8]) {
        output += [UInt8(value & 0xFF), UInt8(value >> 8)]
    }

    private static func append32(_ value: UInt32, to output: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { output.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The zip checksum (CRC-32, IEEE).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
