/// Strict UTF-8 validation over raw bytes, without making a `String`.
///
/// A CSV file's text must be UTF-8 before its cells become strings: the reader checks each
/// part of the file as it parses it (`checkSequences`), and decodes the file from another
/// encoding when a part is not. Bytes are checked sixteen at a time (`checkBlocks`), and
/// one sequence at a time at the ends, against RFC 3629's table (no overlong forms, no
/// surrogates, nothing past U+10FFFF).
enum UTF8Validation {
    /// True when `bytes` are well-formed UTF-8.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        checkSequences(bytes, from: 0, to: bytes.count) != nil
    }

    /// Checks the sequences of `bytes` that start at `from` up to `to`, the last of which may
    /// run on past `to`; returns where the next sequence starts (at or past `to`), or nil at
    /// an ill-formed one. Calls that pick up where the one before stopped check a long text a
    /// window at a time, while each window is in cache.
    ///
    /// Sixteen bytes at a time (`checkBlocks`), with the first and last few bytes one
    /// sequence at a time.
    static func checkSequences(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        // The first bytes one by one, so that every block has three checked bytes before it.
        guard var index = checkEachSequence(bytes, from: from, to: min(to, from + 3)) else { return nil }
        guard index < to else { return index }
        guard let blocksEnd = checkBlocks(bytes, from: index, to: to) else { return nil }
        index = blocksEnd
        // Back to the start of a sequence the last block may have left unfinished: a lead
        // byte among the last three.
        for back in 1...3 where index - back >= from && bytes[index - back] >= 0xC0 {
            index -= back
            break
        }
        return checkEachSequence(bytes, from: index, to: to)
    }

    /// `checkSequences` one sequence at a time, skipping runs of ASCII eight bytes at a time.
    private static func checkEachSequence(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard let base = bytes.baseAddress else { return from }
        let count = bytes.count
        var index = from
        while index < to {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // CJK text is mostly three-byte sequences led by E1…EC or EE…EF, which need no
            // check beyond both continuation bytes being 10xxxxxx.
            if index + 3 <= count, lead &- 0xE1 < 0x0F, lead != 0xED,
               base[index + 1] & 0xC0 == 0x80, base[index + 2] & 0xC0 == 0x80 {
                index += 3
                continue
            }
            guard let length = sequenceLength(base, at: index, count: count) else { return nil }
            index += length
        }
        return index
    }

    /// True when `bytes` are well-formed UTF-8, checking large inputs on every core.
    ///
    /// The parts are cut just before a byte that starts a character, so a valid sequence is
    /// never split; an invalid one fails in whichever part holds it.
    static func isValidInParallel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let parts = bytes.count < 1 << 20 ? 1 : ParallelChunks.workerCount
        guard parts > 1 else { return isValid(bytes) }
        var cuts = [0]
        for part in 1..<parts {
            var cut = max(bytes.count * part / parts, cuts.last!)
            // Step past at most three continuation bytes (10xxxxxx) to a character's start.
            var steps = 0
            while cut < bytes.count, bytes[cut] & 0xC0 == 0x80, steps < 3 {
                cut += 1
                steps += 1
            }
            cuts.append(cut)
        }
        cuts.append(bytes.count)
        let verdicts = ParallelChunks.map(count: parts) { part in
            isValid(UnsafeBufferPointer(rebasing: bytes[cuts[part]..<cuts[part + 1]]))
        }
        return !verdicts.contains(false)
    }

    /// The length of the well-formed sequence starting with a non-ASCII byte at `index`, or nil.
    @inline(__always)
    private static func sequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Int? {
        let lead = base[index]
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < count && range.contains(base[index + offset])
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : nil
        case 0xE0...0xEF:
            // E0 must not be overlong (A0…), ED must not encode a surrogate (…9F).
            let second: ClosedRange<UInt8> = lead == 0xE0 ? 0xA0...0xBF : lead == 0xED ? 0x80...0x9F : 0x80...0xBF
            return continuation(1, second) && continuation(2) ? 3 : nil
        case 0xF0...0xF4:
            // F0 must not be overlong (90…), F4 must stay at or below U+10FFFF (…8F).
            let second: ClosedRange<UInt8> = lead == 0xF0 ? 0x90...0xBF : lead == 0xF4 ? 0x80...0x8F : 0x80...0xBF
            return continuation(1, second) && continuation(2) && continuation(3) ? 4 : nil
        default:
            return nil
        }
    }
}
