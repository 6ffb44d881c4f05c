// Small UTF-8 helpers for text that has already been validated (see input.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace precis::detail {

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

inline void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Number of code points in valid UTF-8.
inline std::size_t count_code_points(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += !is_continuation(c);
    return n;
}

// Maps UTF-8 byte offsets of one text to UTF-16 code unit offsets in O(1) amortised:
// a running count every 64 bytes, then a short scan.
class Utf16Index {
public:
    explicit Utf16Index(std::string_view text) : text_(text) {
        checkpoints_.reserve(text.size() / kStep + 1);
        std::size_t units = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (i % kStep == 0) checkpoints_.push_back(units);
            units += units_at(i);
        }
        total_ = units;
    }

    // `byte` must be a code point boundary (or the end of the text).
    std::size_t at(std::size_t byte) const {
        if (byte >= text_.size()) return total_;
        std::size_t units = checkpoints_[byte / kStep];
        for (std::size_t i = byte / kStep * kStep; i < byte; ++i) units += units_at(i);
        return units;
    }

private:
    static constexpr std::size_t kStep = 64;
    // A lead byte starts one UTF-16 unit, or two for a 4-byte sequence (a surrogate pair).
    std::size_t units_at(std::size_t i) const {
        auto c = static_cast<unsigned char>(text_[i]);
        return is_continuation(c) ? 0 : (c >= 0xF0 ? 2 : 1);
    }
    std::string_view text_;
    std::vector<std::size_t> checkpoints_;
    std::size_t total_ = 0;
};

}  // namespace precis::detail
