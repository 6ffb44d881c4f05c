#include <precis/jsonl.hpp>

#include "text/json_string.hpp"

#include <cmath>
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

    // The top-level member whose value has just been read: its JSON text, as written.
    void finish_member() {
        if (!target_) return;
        const unsigned char c = *target_start_;
        target_->kind = c == '"' ? Member::Kind::string : c == 'n' ? Member::Kind::null : Member::Kind::other;
        target_->json = std::string_view(reinterpret_cast<const char*>(target_start_),
                                         static_cast<std::size_t>(p_ - target_start_));
        target_->escaped = target_escaped_;
        target_ = nullptr;
    }

    // Before a member's value: its key, and (at the top level) where the value goes.
    bool begin_member() {
        std::string_view name;
        bool escaped = false;
        space();
        if (!key(name, escaped)) return false;
        space();
        if (top_ && open_.size() == 1) {
            target_ = member(*top_, name, escaped);
            target_start_ = p_;
            target_escaped_ = false;
        }
        return true;
    }

    // A string, number or literal at p_ (its first byte `c`).
    bool scalar(unsigned char c) {
        if (c == '"') {
            bool escaped = false;
            if (!string(escaped)) return false;
            if (target_ && open_.size() == 1) target_escaped_ = escaped;
            return true;
        }
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        if (c == 't') return literal("true");
        if (c == 'f') return literal("false");
        if (c == 'n') return literal("null");
        return false;
    }

    // After a value: commas and closing brackets until the next value (true, `more` set)
    // or the end of the outermost one (true), or an error (false).
    bool after_value(bool& more) {
        more = false;
        for (;;) {
            if (open_.size() == 1) finish_member();
            if (open_.empty()) return true;
            space();
            if (p_ == end_) return false;
            const unsigned char d = *p_++;
            if (d == ',') {
                more = true;
                return open_.back() != '{' || begin_member();
            }
            if (d != (open_.back() == '{' ? '}' : ']')) return false;
            open_.pop_back();
        }
    }

    // One value at p_ (arrays and objects without recursion: a line may nest deeply).
    // With `top`, the value is the line's object and its members go there.
    bool value(Record* top) {
        top_ = top;
        for (;;) {
            // A value starts here.
            space();
            if (p_ == end_) return false;
            const unsigned char c = *p_;
            if (c == '{' || c == '[') {
                ++p_;
                open_.push_back(c);
                space();
                if (p_ < end_ && *p_ == (c == '{' ? '}' : ']')) {
                    ++p_;
                    open_.pop_back();
                } else {
                    if (c == '{' && !begin_member()) return false;
                    continue;  // a container opened: its first value follows
                }
            } else if (!scalar(c)) {
                return false;
            }
            bool more = false;
            if (!after_value(more)) return false;
            if (!more) return true;
        }
    }

    const unsigned char* p_;
    const unsigned char* end_;
    Record* top_ = nullptr;            // the line's members, when the line is an object
    std::vector<unsigned char> open_;  // the containers around p_, innermost last
    Member* target_ = nullptr;         // the top-level member whose value is being read
    const unsigned char* target_start_ = nullptr;
    bool target_escaped_ = false;
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
