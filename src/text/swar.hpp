// Tests on eight bytes at once (a 64-bit word), for the loops that skip long runs of
// plain text: JSON strings read and written, UTF-8 checked, quotation marks found. Each
// answers whether ANY of the eight bytes qualifies, or (the masks) which is the first.
#pragma once

#include <cstdint>
#include <cstring>

namespace precis::detail::swar {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHigh = 0x8080808080808080ull;

inline std::uint64_t load8(const void* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}
// A byte of 0x80 or above (not ASCII).
inline bool any_high(std::uint64_t w) { return (w & kHigh) != 0; }
// A byte below `n` (n at most 0x80).
inline bool any_below(std::uint64_t w, unsigned char n) { return ((w - kOnes * n) & ~w & kHigh) != 0; }
// A byte equal to `c`.
inline bool any_equal(std::uint64_t w, unsigned char c) { return any_below(w ^ (kOnes * c), 1); }
// The masks: the high bit of each byte that qualifies. Exact up to the first such byte
// (a borrow may mark bytes after it), which first_index finds.
inline std::uint64_t high_mask(std::uint64_t w) { return w & kHigh; }
inline std::uint64_t equal_mask(std::uint64_t w, unsigned char c) {
    std::uint64_t x = w ^ (kOnes * c);
    return (x - kOnes) & ~x & kHigh;
}
// The index in memory of the first byte a nonzero mask marks (load8 is little-endian on
// every target precis builds for: x86, ARM, WebAssembly).
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "swar::first_index reads bytes little-endian");
inline unsigned first_index(std::uint64_t mask) { return static_cast<unsigned>(__builtin_ctzll(mask)) >> 3; }
// A byte a JSON string must escape: a control character, '"' or '\'.
inline bool any_json_special(std::uint64_t w) { return any_below(w, 0x20) || any_equal(w, '"') || any_equal(w, '\\'); }

}  // namespace precis::detail::swar
