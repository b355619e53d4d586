import Foundation

/// Distinct texts of a column, found by their bytes: a code for each, in first-seen order.
///
/// A ledger's 部门 column repeats 200 names over a million rows. Looking each field up by its
/// bytes in an open-addressing table — the bytes kept once in an arena — gives its code
/// without making a `String` per cell; the strings are made once per distinct text, at the end.
struct TextInterner {
    /// The bytes of every distinct text, back to back.
    private var arena: [UInt8] = []
    /// Where text `code` starts in `arena`; one more entry than there are texts.
    private var starts: [Int] = [0]
    /// The hash of each text, to grow the table without rehashing bytes.
    private var hashes: [UInt64] = []
    /// Codes by hash slot; -1 is an empty slot. The size is a power of two.
    private var slots: [Int32] = Array(repeating: -1, count: 64)

    /// How many distinct texts there are.
    var count: Int { hashes.count }

    /// The code of `bytes`, adding them as a new text if they are not known.
    mutating func code(for bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = TextInterner.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let code = slots[slot]
            if code < 0 { break }
            if hashes[Int(code)] == hash && matches(Int(code), bytes) { return code }
            slot = (slot + 1) & mask
        }
        let code = Int32(hashes.count)
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        hashes.append(hash)
        slots[slot] = code
        if hashes.count * 2 > slots.count { grow() }
        return code
    }

    /// Every text by code.
    func strings() -> [String] {
        arena.withUnsafeBufferPointer { arena in
            (0..<count).map { String(decoding: UnsafeBufferPointer(rebasing: arena[starts[$0]..<starts[$0 + 1]]), as: UTF8.self) }
        }
    }

    /// The bytes of text `code`, for merging interners.
    func withBytes<R>(of code: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[code]..<starts[code + 1]])) }
    }

    private func matches(_ code: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[code]
        guard starts[code + 1] - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { arena in
            bytes.isEmpty || memcmp(arena.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
        }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (code, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(code)
        }
    }

    /// A fast hash of a short byte string: eight bytes at a time, multiplied and folded.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        var index = 0
        while index + 8 <= bytes.count {
            hash = mix(hash ^ UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            index += 8
        }
        if index < bytes.count {
            var tail: UInt64 = 0
            for offset in 0..<(bytes.count - index) { tail |= UInt64(base[index + offset]) << (8 * offset) }
            hash = mix(hash ^ tail)
        }
        return hash ^ (hash >> 29)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value.multipliedFullWidth(by: 0xBF58_476D_1CE4_E5B9)
        return product.high ^ product.low
    }
}
