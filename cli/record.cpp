#include "record.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace precis::cli {
namespace {

// Integers of up to this many digits are finite doubles whatever their digits; longer
// numbers, and those with a fraction or an exponent, are converted to see.
constexpr std::size_t kSafeDigits = 300;

class Reader {
public:
    explicit Reader(std::string_view s)
        : p_(reinterpret_cast<const unsigned char*>(s.data())), end_(p_ + s.size()) {}

    LineKind read(Record& out) {
        if (end_ - p_ >= 3 && p_[0] == 0xEF && p_[1] == 0xBB && p_[2] == 0xBF) p_ += 3;
        space();
        const bool object = p_ < end_ && *p_ == '{';
        if (!value(object ? &out : nullptr)) return LineKind::invalid;
        space();
        // nlohmann's lexer takes a NUL byte between tokens for the end of the input.
        if (p_ != end_ && *p_ != 0) return LineKind::invalid;
        return object ? LineKind::object : LineKind::not_object;
    }

private:
    void space() {
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
    }

    static int hex(unsigned char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    // \uXXXX at p_ (after the backslash and 'u'): its value, or -1.
    long unit() {
        if (end_ - p_ < 4) return -1;
        long v = 0;
        for (int k = 0; k < 4; ++k) {
            int h = hex(p_[k]);
            if (h < 0) return -1;
            v = v * 16 + h;
        }
        p_ += 4;
        return v;
    }

    // Whether eight bytes hold one that ends the common run below: a byte of 0x80 or
    // above, below 0x20, '"' or '\\' (word-at-a-time tests: (w - 0x01..*n) & ~w & 0x80..
    // has a high bit set where some byte is below n).
    static bool skip8_stops(const unsigned char* p) {
        constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        auto below = [&](std::uint64_t x, std::uint64_t n) { return ((x - ones * n) & ~x & high) != 0; };
        return (w & high) != 0 || below(w, 0x20) || below(w ^ (ones * '"'), 1) || below(w ^ (ones * '\\'), 1);
    }

    // A string at p_ (its opening quote): checked and skipped.
    bool string(bool& escaped) {
        ++p_;
        escaped = false;
        for (;;) {
            // The common run: printable ASCII other than the quote and the backslash.
            while (end_ - p_ >= 8 && !skip8_stops(p_)) p_ += 8;
            while (p_ < end_ && *p_ >= 0x20 && *p_ < 0x80 && *p_ != '"' && *p_ != '\\') ++p_;
            if (p_ == end_) return false;
            const unsigned char c = *p_;
            if (c == '"') {
                ++p_;
                return true;
            }
            if (c < 0x20) return false;
            if (c == '\\') {
                escaped = true;
                if (++p_ == end_) return false;
                switch (*p_++) {
                    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't': break;
                    case 'u': {
                        long u = unit();
                        if (u < 0 || (u >= 0xDC00 && u <= 0xDFFF)) return false;
                        if (u >= 0xD800 && u <= 0xDBFF) {  // a high surrogate: its low one must follow
                            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
                            p_ += 2;
                            long low = unit();
                            if (low < 0xDC00 || low > 0xDFFF) return false;
                        }
                        break;
                    }
                    default: return false;
                }
                continue;
            }
            // UTF-8 as RFC 3629 has it: no overlong forms, surrogates or code points past U+10FFFF.
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
            if (static_cast<std::size_t>(end_ - p_) < len || p_[1] < lo || p_[1] > hi) return false;
            for (std::size_t k = 2; k < len; ++k)
                if ((p_[k] & 0xC0) != 0x80) return false;
            p_ += len;
        }
    }

    bool digits() {
        const unsigned char* start = p_;
        while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
        return p_ > start;
    }

    // A number at p_: the grammar, and a finite value (as a double when not a small integer).
    bool number() {
        const unsigned char* start = p_;
        if (*p_ == '-') ++p_;
        if (p_ == end_) return false;
        if (*p_ == '0') ++p_;
        else if (!digits()) return false;
        bool integer = true;
        if (p_ < end_ && *p_ == '.') {
            ++p_;
            if (!digits()) return false;
            integer = false;
        }
        if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
            ++p_;
            if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
            if (!digits()) return false;
            integer = false;
        }
        if (integer && static_cast<std::size_t>(p_ - start) <= kSafeDigits) return true;
        std::string token(reinterpret_cast<const char*>(start), static_cast<std::size_t>(p_ - start));
        return std::isfinite(std::strtod(token.c_str(), nullptr));
    }

    bool literal(const char* word) {
        std::size_t n = std::strlen(word);
        if (static_cast<std::size_t>(end_ - p_) < n || std::memcmp(p_, word, n) != 0) return false;
        p_ += n;
        return true;
    }

    // A key at p_ and the colon after it; `name` is the key as written between its quotes.
    bool key(std::string_view& name, bool& escaped) {
        if (p_ == end_ || *p_ != '"') return false;
        const unsigned char* start = p_ + 1;
        if (!string(escaped)) return false;
        name = std::string_view(reinterpret_cast<const char*>(start), static_cast<std::size_t>(p_ - 1 - start));
        space();
        if (p_ == end_ || *p_ != ':') return false;
        ++p_;
        return true;
    }

    // Which member of `out` a top-level key names, if any.
    static Member* member(Record& out, std::string_view name, bool escaped) {
        std::string quoted, decoded;
        if (escaped) {  // "te\u0078t" names the text too
            quoted = "\"" + std::string(name) + "\"";
            name = string_value(Member{Member::Kind::string, quoted, true}, decoded);
        }
        if (name == "id") return &out.id;
        if (name == "title") return &out.title;
        if (name == "lang") return &out.lang;
        if (name == "text") return &out.text;
        if (name == "html") return &out.html;
        return nullptr;
    }

    // One value at p_ (arrays and objects without recursion: a line may nest deeply).
    // With `top`, the value is the line's object and its members go there.
    bool value(Record* top) {
        std::vector<unsigned char> open;  // the containers around p_, innermost last
        Member* target = nullptr;         // the top-level member whose value is being read
        const unsigned char* target_start = nullptr;
        bool target_escaped = false;
        auto finish_member = [&] {
            if (!target) return;
            const unsigned char c = *target_start;
            target->kind = c == '"' ? Member::Kind::string : c == 'n' ? Member::Kind::null : Member::Kind::other;
            target->json = std::string_view(reinterpret_cast<const char*>(target_start),
                                            static_cast<std::size_t>(p_ - target_start));
            target->escaped = target_escaped;
            target = nullptr;
        };
        // Before a member's value: its key, and (at the top level) where the value goes.
        auto begin_member = [&]() -> bool {
            std::string_view name;
            bool escaped = false;
            space();
            if (!key(name, escaped)) return false;
            space();
            if (top && open.size() == 1) {
                target = member(*top, name, escaped);
                target_start = p_;
                target_escaped = false;
            }
            return true;
        };
        for (;;) {
            // A value starts here.
            space();
            if (p_ == end_) return false;
            const unsigned char c = *p_;
            bool done = true;  // a complete value was read (not a container opened)
            if (c == '{' || c == '[') {
                ++p_;
                open.push_back(c);
                space();
                if (p_ < end_ && *p_ == (c == '{' ? '}' : ']')) {
                    ++p_;
                    open.pop_back();
                } else if (c == '{') {
                    if (!begin_member()) return false;
                    done = false;
                } else {
                    done = false;
                }
            } else if (c == '"') {
                bool escaped = false;
                if (!string(escaped)) return false;
                if (target && open.size() == 1) target_escaped = escaped;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                if (!number()) return false;
            } else if (c == 't') {
                if (!literal("true")) return false;
            } else if (c == 'f') {
                if (!literal("false")) return false;
            } else if (c == 'n') {
                if (!literal("null")) return false;
            } else {
                return false;
            }
            if (!done) continue;
            // After a value: commas and closing brackets until the next value or the end.
            for (;;) {
                if (open.size() == 1) finish_member();
                if (open.empty()) return true;
                space();
                if (p_ == end_) return false;
                const unsigned char d = *p_++;
                if (d == ',') {
                    if (open.back() == '{' && !begin_member()) return false;
                    break;
                }
                if (d != (open.back() == '{' ? '}' : ']')) return false;
                open.pop_back();
            }
        }
    }

    const unsigned char* p_;
    const unsigned char* end_;
};

void append_utf8(std::string& out, unsigned long cp) {
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

unsigned long hex4(const char* p) {
    unsigned long v = 0;
    for (int k = 0; k < 4; ++k) {
        char c = p[k];
        v = v * 16 + static_cast<unsigned long>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
}

}  // namespace

LineKind read_record(std::string_view line, Record& out) {
    out = Record();
    return Reader(line).read(out);
}

std::string_view string_value(const Member& m, std::string& scratch) {
    std::string_view s = m.json.substr(1, m.json.size() - 2);  // without the quotes
    if (!m.escaped) return s;
    // Checked by read_record: every escape is whole and every surrogate paired.
    scratch.clear();
    scratch.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        std::size_t slash = s.find('\\', i);
        if (slash == std::string_view::npos) slash = s.size();
        scratch.append(s.substr(i, slash - i));
        if (slash == s.size()) break;
        const char e = s[slash + 1];
        i = slash + 2;
        switch (e) {
            case 'b': scratch += '\b'; break;
            case 'f': scratch += '\f'; break;
            case 'n': scratch += '\n'; break;
            case 'r': scratch += '\r'; break;
            case 't': scratch += '\t'; break;
            case 'u': {
                unsigned long cp = hex4(s.data() + i);
                i += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4(s.data() + i + 2) - 0xDC00);
                    i += 6;
                }
                append_utf8(scratch, cp);
                break;
            }
            default: scratch += e;  // " \ /
        }
    }
    return scratch;
}

}  // namespace precis::cli
