#ifndef SUANPAN_WIDE_DIVISION_H
#define SUANPAN_WIDE_DIVISION_H

#include <stdint.h>

/// Divides the 128-bit number high:low by divisor, storing the remainder.
///
/// The caller guarantees high < divisor, so the quotient fits 64 bits. On x86-64 this is the
/// single `divq` instruction: Swift's `UInt64.dividingFullWidth` goes through the general
/// 128-bit division routine instead, which costs several times as much in column formulas.
static inline uint64_t suanpan_divide_wide(uint64_t high, uint64_t low, uint64_t divisor, uint64_t *remainder) {
#if defined(__x86_64__)
    uint64_t quotient, rest;
    __asm__("divq %[divisor]" : "=a"(quotient), "=d"(rest) : [divisor] "rm"(divisor), "a"(low), "d"(high));
    *remainder = rest;
    return quotient;
#else
    unsigned __int128 dividend = ((unsigned __int128)high << 64) | low;
    *remainder = (uint64_t)(dividend % divisor);
    return (uint64_t)(dividend / divisor);
#endif
}

#endif
