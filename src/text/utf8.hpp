// UTF-8: the validity check, and small helpers for text that has passed it. In src/text/
// with the other text helpers: every stage, extraction included, uses them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace precis::detail {

// Offset of the first byte that is not part of valid UTF-8, if any (overlong forms,
// surrogates and code points above U+10FFFF are invalid).
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Decodes the code point at `i` and advances `i` past it. Input must be valid UTF-8.
inline char32_t next_cp(std::string_view s, std::size_t& i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; return c; }
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    char32_t cp = c & (0x3F >> n);
    for (int k = 0; k < n && i + 1 < s.size(); ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[++i]) & 0x3F);
    ++i;
    return cp;
}

// Decodes the code point that ends just before `i` and moves `i` to its first byte.
inline char32_t prev_cp(std::string_view s, std::size_t& i) {
    std::size_t j = i;
    do { --j; } while (j > 0 && is_continuation(static_cast<unsigned char>(s[j])));
    std::size_t k = j;
    char32_t cp = next_cp(s, k);
    i = j;
    return cp;
}

// `cp` in UTF-8 into `out` (room for four bytes); returns the number of bytes.
inline std::size_t encode_utf8(char32_t cp, char* out) {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

inline void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
        return;
    }
    char bytes[4];
    out.append(bytes, encode_utf8(cp, bytes));
}

// `cp` in UTF-16 at `out` (room for two units); returns the end of what was written.
inline char16_t* encode_utf16(char32_t cp, char16_t* out) {
    if (cp < 0x10000) {
        *out++ = static_cast<char16_t>(cp);
    } else {
        *out++ = static_cast<char16_t>(0xD7C0 + (cp >> 10));
        *out++ = static_cast<char16_t>(0xDC00 | (cp & 0x3FF));
    }
    return out;
}

// The number of code points and of UTF-16 units in valid UTF-8, eight bytes at a time:
// a byte 10xxxxxx continues a code point, a byte 11110xxx starts one of two units.
struct Utf8Counts {
    std::size_t code_points = 0, utf16_units = 0;
};
inline Utf8Counts count_utf8(std::string_view s) {
    constexpr std::uint64_t kHigh = 0x8080808080808080ull;
    Utf8Counts n;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        if ((w & kHigh) == 0) {
            n.code_points += 8;
            continue;
        }
        const auto continuations = static_cast<std::size_t>(__builtin_popcountll(w & ~(w << 1) & kHigh));
        const auto four_byte_leads = static_cast<std::size_t>(__builtin_popcountll(w & (w << 1) & (w << 2) & (w << 3) & kHigh));
        n.code_points += 8 - continuations;
        n.utf16_units += four_byte_leads;
    }
    for (; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        n.code_points += !is_continuation(c);
        n.utf16_units += c >= 0xF0;
    }
    n.utf16_units += n.code_points;
    return n;
}

inline std::size_t count_code_points(std::string_view s) { return count_utf8(s).code_points; }

// Maps UTF-8 byte offsets of one text to UTF-16 code unit offsets in O(1) amortised:
// a running count every 64 bytes, then a short scan, except in a block without
// continuation bytes: there a code point boundary has only ASCII before it in the block
// (a longer character would have its continuation bytes there), and the offset follows.
class Utf16Index {
public:
    explicit Utf16Index(std::string_view text) : text_(text) {
        checkpoints_.reserve(text.size() / kStep + 1);
        plain_.reserve(text.size() / kStep + 1);
        for (std::size_t i = 0; i < text.size(); i += kStep) {
            checkpoints_.push_back(total_.utf16_units);
            const std::string_view block = text.substr(i, kStep);
            const Utf8Counts n = count_utf8(block);
            plain_.push_back(n.code_points == block.size());
            total_.code_points += n.code_points;
            total_.utf16_units += n.utf16_units;
        }
    }

    // `byte` must be a code point boundary (or the end of the text).
    std::size_t at(std::size_t byte) const {
        if (byte >= text_.size()) return total_.utf16_units;
        const std::size_t k = byte / kStep, block = k * kStep;
        if (plain_[k]) return checkpoints_[k] + (byte - block);
        return checkpoints_[k] + count_utf8(text_.substr(block, byte - block)).utf16_units;
    }
    // The text's code points (count_code_points()).
    std::size_t code_points() const { return total_.code_points; }

private:
    static constexpr std::size_t kStep = 64;
    std::string_view text_;
    std::vector<std::size_t> checkpoints_;  // UTF-16 units before each block
    std::vector<char> plain_;               // by block: no continuation byte in it
    Utf8Counts total_;
};

}  // namespace precis::detail
