/// UTF-8 validation sixteen bytes at a time, for text where multi-byte characters are
/// everywhere (a Chinese ledger's names), so that skipping ASCII runs does not help.
///
/// Each byte is checked against the three before it, loaded as shifted blocks: a byte must
/// be a continuation byte (10xxxxxx) exactly when a lead byte one, two or three bytes back
/// calls for one (C0…, E0…, F0… respectively). The leads that limit their second byte
/// (E0, ED, F0, F4) or that never start a sequence (C0, C1, F5…FF) are rare, so they are
/// looked for together and checked exactly only in a block that holds one.
extension UTF8Validation {
    private typealias Block = SIMD16<UInt8>
    private typealias Signed = SIMD16<Int8>

    /// Checks the blocks from `from` (which has three checked bytes before it and starts a
    /// sequence) while a whole block fits before `to`; returns where the blocks stopped, or
    /// nil at an ill-formed sequence. A sequence the last block starts may be unfinished.
    static func checkBlocks(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard let base = bytes.baseAddress, from >= 3 else { return from }
        let raw = UnsafeRawPointer(base)
        let x80 = all(0x80), xC0 = all(0xC0), xE0 = all(0xE0), xF0 = all(0xF0)
        let xC1 = all(0xC1), xED = all(0xED), xF4 = all(0xF4), xF5 = all(0xF5), x90 = all(0x90), xA0 = all(0xA0)
        var index = from
        while index + Block.scalarCount <= to {
            let byte = flipped(raw, index), back1 = flipped(raw, index - 1)
            let back2 = flipped(raw, index - 2), back3 = flipped(raw, index - 3)
            let isContinuation = (byte .>= x80) .& (byte .< xC0)
            let mustContinue = (back1 .>= xC0) .| (back2 .>= xE0) .| (back3 .>= xF0)
            let misplaced = isContinuation .^ mustContinue
            let rareLead = (back1 .>= xF0) .| (back1 .== xE0) .| (back1 .== xED) .| (back1 .== xC0) .| (back1 .== xC1)
            if any(misplaced .| rareLead) {
                if any(misplaced) { return nil }
                let outOfRange = ((back1 .== xE0) .& (byte .< xA0)) .| ((back1 .== xED) .& (byte .>= xA0))
                    .| ((back1 .== xF0) .& (byte .< x90)) .| ((back1 .== xF4) .& (byte .>= x90))
                    .| (back1 .>= xF5) .| (back1 .== xC0) .| (back1 .== xC1)
                if any(outOfRange) { return nil }
            }
            index += Block.scalarCount
        }
        return index
    }

    /// The sixteen bytes at `offset` with the top bit flipped, so that they compare as signed
    /// numbers in their unsigned order: the vector compares Swift lowers to one instruction
    /// are the signed ones.
    @inline(__always)
    private static func flipped(_ raw: UnsafeRawPointer, _ offset: Int) -> Signed {
        unsafeBitCast(raw.loadUnaligned(fromByteOffset: offset, as: Block.self) ^ Block(repeating: 0x80), to: Signed.self)
    }

    /// `byte` flipped in every lane. Bytes are compared against a vector, never a scalar: a
    /// scalar operand is compared lane by lane.
    @inline(__always)
    private static func all(_ byte: UInt8) -> Signed {
        Signed(repeating: Int8(bitPattern: byte ^ 0x80))
    }

    /// True when any lane is set; the standard library's `any` reduces lane by lane.
    @inline(__always)
    private static func any(_ mask: SIMDMask<Signed>) -> Bool {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return words[0] | words[1] != 0
    }
}
