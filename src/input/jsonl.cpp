#include <precis/jsonl.hpp>

#include "text/json_string.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace precis::jsonl {
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

    // A string at p_ (its opening quote): checked and skipped.
    bool string(bool& escaped) { return detail::skip_json_string(p_, end_, escaped); }

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
    detail::decode_json_string(s, scratch);
    return scratch;
}

}  // namespace precis::jsonl
