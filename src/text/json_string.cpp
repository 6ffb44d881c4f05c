#include "text/json_string.hpp"

#include "text/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace precis::detail {
namespace {

int hex(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The four hex digits at `p` (after "\u"): their value, or -1.
long unit(const unsigned char* p, const unsigned char* end) {
    if (end - p < 4) return -1;
    long v = 0;
    for (int k = 0; k < 4; ++k) {
        int h = hex(p[k]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

// Whether eight bytes hold one that ends the common run: a byte of 0x80 or above, below
// 0x20, '"' or '\\' (word-at-a-time tests: (w - 0x01..*n) & ~w & 0x80.. has a high bit
// set where some byte is below n).
bool skip8_stops(const unsigned char* p) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    auto below = [&](std::uint64_t x, std::uint64_t n) { return ((x - ones * n) & ~x & high) != 0; };
    return (w & high) != 0 || below(w, 0x20) || below(w ^ (ones * '"'), 1) || below(w ^ (ones * '\\'), 1);
}

// One escape after its backslash, at `p`: checked and skipped.
bool skip_escape(const unsigned char*& p, const unsigned char* end) {
    if (p == end) return false;
    switch (*p++) {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't': return true;
        case 'u': {
            long u = unit(p, end);
            if (u < 0 || (u >= 0xDC00 && u <= 0xDFFF)) return false;
            p += 4;
            if (u < 0xD800 || u > 0xDBFF) return true;
            // A high surrogate: its low one must follow.
            if (end - p < 2 || p[0] != '\\' || p[1] != 'u') return false;
            long low = unit(p + 2, end);
            if (low < 0xDC00 || low > 0xDFFF) return false;
            p += 6;
            return true;
        }
        default: return false;
    }
}

// One UTF-8 sequence of two to four bytes at `p`: checked and skipped (no overlong forms,
// surrogates or code points past U+10FFFF).
bool skip_utf8(const unsigned char*& p, const unsigned char* end) {
    const unsigned char c = *p;
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) len = 3, lo = 0xA0;
    else if (c == 0xED) len = 3, hi = 0x9F;
    else if (c >= 0xE1 && c <= 0xEF) len = 3;
    else if (c == 0xF0) len = 4, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) len = 4, hi = 0x8F;
    else return false;
    if (static_cast<std::size_t>(end - p) < len || p[1] < lo || p[1] > hi) return false;
    for (std::size_t k = 2; k < len; ++k)
        if ((p[k] & 0xC0) != 0x80) return false;
    p += len;
    return true;
}

}  // namespace

bool skip_json_string(const unsigned char*& p, const unsigned char* end, bool& escaped) {
    ++p;
    escaped = false;
    for (;;) {
        // The common run: printable ASCII other than the quote and the backslash.
        while (end - p >= 8 && !skip8_stops(p)) p += 8;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') ++p;
        if (p == end) return false;
        const unsigned char c = *p;
        if (c == '"') {
            ++p;
            return true;
        }
        if (c < 0x20) return false;
        if (c == '\\') {
            escaped = true;
            ++p;
            if (!skip_escape(p, end)) return false;
        } else if (!skip_utf8(p, end)) {
            return false;
        }
    }
}

void decode_json_string(std::string_view s, std::string& out) {
    const auto* at = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = at + s.size();
    for (std::size_t i = 0; i < s.size();) {
        std::size_t slash = s.find('\\', i);
        if (slash == std::string_view::npos) slash = s.size();
        out.append(s.substr(i, slash - i));
        if (slash == s.size()) break;
        const char e = s[slash + 1];
        i = slash + 2;
        switch (e) {
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                auto cp = static_cast<char32_t>(unit(at + i, end));
                i += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) {  // checked: the low surrogate follows
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<char32_t>(unit(at + i + 2, end)) - 0xDC00);
                    i += 6;
                }
                append_utf8(out, cp);
                break;
            }
            default: out += e;  // " \ /
        }
    }
}

}  // namespace precis::detail
