import Foundation

/// Distinct texts of a column, found by their bytes: a code for each, in first-seen order.
///
/// A ledger's 部门 column repeats 200 names over a million rows. Looking each field up by its
/// bytes in an open-addressing table — the bytes kept once in an arena — gives its code
/// without making a `String` per cell; the strings are made once per distinct text, at the end.
///
/// The lookup is the reader's inner loop, once per text cell, and waits on memory more than
/// it computes: a slot holds where the text's record starts in the arena beside a piece of
/// its hash, and the record holds the text's length and code before its bytes, so a lookup
/// reads the slot and then one place in the arena — and that only when the hashes agree.
struct TextInterner {
    /// A record per distinct text: its length and code (four bytes each), then its bytes.
    private var arena: [UInt8] = []
    /// Where each text's record starts in the arena, by code.
    private var records: [Int] = []
    /// By hash slot, 0 when empty, else the record's start + 1 in the low 40 bits and the
    /// high 24 bits of the text's hash above them. The size is a power of two.
    private var slots: [UInt64] = Array(repeating: 0, count: 64)

    private static let headerBytes = 8, offsetBits: UInt64 = 40, offsetMask: UInt64 = 1 << 40 - 1

    /// The code returned last and where its record starts: a column sorted or grouped by
    /// this text repeats it row after row, and comparing with it costs less than hashing.
    private var last: (code: Int32, record: Int) = (-1, 0)
    /// Whether the last two lookups gave the same code. Only then is the next text compared
    /// with the last one first: in a column that does not repeat itself, the comparison
    /// would nearly always fail, and cost more than it saves.
    private var repeating = false

    /// How many distinct texts there are.
    var count: Int { records.count }

    /// The code of `bytes`, adding them as a new text if they are not known.
    mutating func code(for bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if repeating && isRecord(at: last.record, of: bytes) { return last.code }
        let hash = TextInterner.hash(bytes)
        let found = find(bytes, hash: hash)
        let text = found.text ?? add(bytes, hash: hash, slot: found.slot)
        repeating = text.code == last.code
        last = text
        return text.code
    }

    /// True when the record at `start` holds `bytes`.
    @inline(__always)
    private func isRecord(at start: Int, of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { arena in
            let record = arena.baseAddress! + start
            return Int(UnsafeRawPointer(record).loadUnaligned(as: UInt32.self).littleEndian) == bytes.count
                && TextInterner.equal(record + TextInterner.headerBytes, bytes)
        }
    }

    /// The code and record of the text equal to `bytes`, or nil and the empty slot where it
    /// would go.
    @inline(__always)
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (text: (code: Int32, record: Int)?, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                let mask = slots.count &- 1
                let tag = hash >> TextInterner.offsetBits
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let value = slots[slot]
                    if value == 0 { return (nil, slot) }
                    if value >> TextInterner.offsetBits == tag, let base = arena.baseAddress {
                        let start = Int(truncatingIfNeeded: value & TextInterner.offsetMask) &- 1
                        let header = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
                        if Int(truncatingIfNeeded: header & 0xFFFF_FFFF) == bytes.count
                            && TextInterner.equal(base + start + TextInterner.headerBytes, bytes) {
                            return ((Int32(truncatingIfNeeded: header >> 32), start), slot)
                        }
                    }
                    slot = (slot &+ 1) & mask
                }
            }
        }
    }

    private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, slot: Int) -> (code: Int32, record: Int) {
        let code = Int32(records.count)
        let start = arena.count
        precondition(UInt64(start) < TextInterner.offsetMask && bytes.count <= UInt32.max, "a column's distinct texts exceed a terabyte")
        withUnsafeBytes(of: (UInt32(bytes.count).littleEndian, code.littleEndian)) { arena.append(contentsOf: $0) }
        arena.append(contentsOf: bytes)
        records.append(start)
        slots[slot] = TextInterner.slotValue(start: start, hash: hash)
        if records.count * 2 > slots.count { grow() }
        return (code, start)
    }

    /// Every text by code.
    func strings() -> [String] {
        (0..<count).map { code in withBytes(of: code) { String(decoding: $0, as: UTF8.self) } }
    }

    /// The bytes of text `code`, for merging interners.
    func withBytes<R>(of code: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        arena.withUnsafeBufferPointer { arena in
            let start = records[code]
            let length = Int(UnsafeRawPointer(arena.baseAddress! + start).loadUnaligned(as: UInt32.self).littleEndian)
            let bytes = start + TextInterner.headerBytes
            return body(UnsafeBufferPointer(rebasing: arena[bytes..<bytes + length]))
        }
    }

    private static func slotValue(start: Int, hash: UInt64) -> UInt64 {
        (hash >> offsetBits) << offsetBits | UInt64(start + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for code in records.indices {
            let hash = withBytes(of: code, TextInterner.hash)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = TextInterner.slotValue(start: records[code], hash: hash)
        }
    }

    /// True when the `bytes.count` bytes at `stored` are `bytes`, compared a word at a time.
    @inline(__always)
    private static func equal(_ stored: UnsafePointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let other = bytes.baseAddress else { return true }
        let count = bytes.count
        guard count >= 8 else { return word(stored, count) == word(other, count) }
        var difference: UInt64 = 0
        forEachWord(count: count) { offset, _ in difference |= load(stored + offset) ^ load(other + offset) }
        return difference == 0
    }

    /// A fast hash of a short byte string: each word mixed with a key for its place and the
    /// results summed. The words' multiplications do not wait for one another, as they would
    /// if each word were mixed into the hash so far: a 40-byte name costs one multiplication's
    /// latency, not five.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let step: UInt64 = 0x9E37_79B9_7F4A_7C15
        var sum = UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return sum }
        let count = bytes.count
        guard count >= 8 else { return fold(mix(sum ^ mix(word(base, count) ^ step))) }
        forEachWord(count: count) { offset, place in sum &+= mix(load(base + offset) ^ (step &* place)) }
        return fold(mix(sum))
    }

    /// Calls `body(offset, place)` for words (eight bytes from `offset`, numbered by `place`)
    /// that together cover a text of `count` bytes, `count` at least 8. Up to 64 bytes the
    /// words are a fixed set for each size class, the last ones overlapping those before:
    /// straight-line code, whose only branch — on the class — goes the same way row after
    /// row in a column. A loop's exit, at a place that varies with each text's length, is
    /// mispredicted about once a text.
    @inline(__always)
    private static func forEachWord(count: Int, _ body: (Int, UInt64) -> Void) {
        switch count {
        case ...16:
            body(0, 1)
            body(count &- 8, 2)
        case ...32:
            body(0, 1)
            body(8, 2)
            body(count &- 16, 3)
            body(count &- 8, 4)
        case ...64:
            body(0, 1)
            body(8, 2)
            body(16, 3)
            body(24, 4)
            body(count &- 32, 5)
            body(count &- 24, 6)
            body(count &- 16, 7)
            body(count &- 8, 8)
        default:
            var offset = 0
            var place: UInt64 = 1
            while offset &+ 8 < count {
                body(offset, place)
                offset &+= 8
                place &+= 1
            }
            body(count &- 8, place)
        }
    }

    /// The bytes of a string shorter than eight as one word, read as at most two loads that
    /// overlap; strings of one length give distinct words for distinct bytes.
    @inline(__always)
    private static func word(_ base: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        switch count {
        case 4...:
            let low = UnsafeRawPointer(base).loadUnaligned(as: UInt32.self)
            let high = UnsafeRawPointer(base + (count &- 4)).loadUnaligned(as: UInt32.self)
            return UInt64(low) | UInt64(high) << 32
        case 1...:
            return UInt64(base[0]) | UInt64(base[count / 2]) << 8 | UInt64(base[count &- 1]) << 16
        default:
            return 0
        }
    }

    @inline(__always)
    private static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value.multipliedFullWidth(by: 0xBF58_476D_1CE4_E5B9)
        return product.high ^ product.low
    }

    @inline(__always)
    private static func fold(_ hash: UInt64) -> UInt64 {
        hash ^ (hash >> 29)
    }
}
