// A fast hash of short byte strings (words), for the tables precis looks words up in on
// every token: a multiply-xorshift over eight bytes at a time. Not for untrusted keys of
// a hash flooding attacker's choosing: the tables hold one document's words or fixed lists.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

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
    // The last zero to seven bytes as a little-endian load of them reads them, by loads
    // of four, two and one bytes: a memcpy of a variable size is a call (in wasm, a byte
    // loop), and an empty view may have no data() at all.
    std::uint64_t tail = 0;
    std::size_t rest = s.size() - i;
    const char* p = s.data() + i;
    unsigned shift = 0;
    if (rest >= 4) {
        std::uint32_t four;
        std::memcpy(&four, p, 4);
        tail = four, shift = 32, p += 4, rest -= 4;
    }
    if (rest >= 2) {
        std::uint16_t two;
        std::memcpy(&two, p, 2);
        tail |= static_cast<std::uint64_t>(two) << shift, shift += 16, p += 2, rest -= 2;
    }
    if (rest > 0) tail |= static_cast<std::uint64_t>(static_cast<unsigned char>(*p)) << shift;
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
}

// Whether `a` and `b` hold the same bytes, compared inline eight at a time: the tables
// compare words of a few bytes, for which std::memcmp is a call (in wasm, a byte loop).
inline bool same_bytes(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t x, y;
        std::memcpy(&x, a.data() + i, 8);
        std::memcpy(&y, b.data() + i, 8);
        if (x != y) return false;
    }
    for (; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
}

// hash_bytes as the hash of a std::unordered_set or map of string views (views into a
// document's text or folded words, which outlive the table).
struct BytesHash {
    std::size_t operator()(std::string_view s) const { return static_cast<std::size_t>(hash_bytes(s)); }
};

// A set of string views (into text that outlives it) in an open-addressing table at most
// half full: no node allocated per word, one hash and mostly one compare per look-up.
class ViewSet {
public:
    void insert(std::string_view s) {
        if (2 * (size_ + 1) > slots_.size()) grow();
        Slot& slot = slots_[slot_of(s)];
        if (!slot.used) slot = {s, true}, ++size_;
    }
    std::size_t count(std::string_view s) const { return slots_.empty() ? 0 : slots_[slot_of(s)].used; }

private:
    struct Slot {
        std::string_view key;
        bool used = false;
    };
    static constexpr std::size_t kFirstSlots = 64;
    // The slot holding `s`, or the empty slot where it would go.
    std::size_t slot_of(std::string_view s) const {
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = hash_bytes(s) & mask;
        while (slots_[i].used && !same_bytes(slots_[i].key, s)) i = (i + 1) & mask;
        return i;
    }
    void grow() {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? kFirstSlots : 2 * old.size(), Slot{});
        for (const Slot& s : old)
            if (s.used) slots_[slot_of(s.key)] = s;
    }
    std::vector<Slot> slots_;
    std::size_t size_ = 0;
};

}  // namespace precis::detail
