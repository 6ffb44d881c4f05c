// Tests on eight bytes at once (a 64-bit word), for the loops that skip long runs of
// plain text: JSON strings read and written, UTF-8 checked. Each answers whether ANY of
// the eight bytes qualifies; the callers then look at the bytes one by one.
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
// A byte a JSON string must escape: a control character, '"' or '\'.
inline bool any_json_special(std::uint64_t w) { return any_below(w, 0x20) || any_equal(w, '"') || any_equal(w, '\\'); }

}  // namespace precis::detail::swar
