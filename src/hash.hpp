// A fast hash of short byte strings (words), for the tables precis looks words up in on
// every token: a multiply-xorshift over eight bytes at a time. Not for untrusted keys of
// a hash flooding attacker's choosing: the tables hold one document's words or fixed lists.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace precis::detail {

inline std::uint64_t hash_bytes(std::string_view s) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    std::uint64_t tail = 0;
    // An empty view may have no data() at all (nullptr): memcpy must not see it.
    if (i < s.size()) std::memcpy(&tail, s.data() + i, s.size() - i);
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
}

// hash_bytes as the hash of a std::unordered_set or map of string views (views into a
// document's text or folded words, which outlive the table).
struct BytesHash {
    std::size_t operator()(std::string_view s) const { return static_cast<std::size_t>(hash_bytes(s)); }
};

}  // namespace precis::detail
