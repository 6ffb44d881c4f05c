// Options as one flat JSON object. A small strict parser rather than a JSON library: the
// options are a handful of strings, numbers and booleans, and the WebAssembly module
// stays free of a JSON library.
#include "api/options_json.hpp"

#include "text/utf8.hpp"

#include <cstdint>
#include <variant>

namespace precis::detail {
namespace {

struct Null {};
// A number is kept as its text; only whole numbers are ever valid.
struct Number {
    std::string text;
};
using Value = std::variant<Null, bool, Number, std::string>;

class Parser {
public:
    explicit Parser(std::string_view s) : s_(s) {}

    // Parses `{"key": value, ...}` and calls `on(key, value)`; false on invalid JSON or
    // a value that is an array or object (never an option's type).
    template <class F>
    bool object(F&& on) {
        skip();
        if (!eat('{')) return false;
        skip();
        if (eat('}')) return end();
        while (true) {
            std::string k;
            Value v;
            skip();
            if (!string(k)) return false;
            skip();
            if (!eat(':')) return false;
            skip();
            if (!value(v)) return false;
            on(k, v);
            skip();
            if (eat(',')) continue;
            if (eat('}')) return end();
            return false;
        }
    }

private:
    bool end() {
        skip();
        return i_ == s_.size();
    }
    void skip() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    }
    bool eat(char c) {
        if (i_ < s_.size() && s_[i_] == c) {
            ++i_;
            return true;
        }
        return false;
    }
    bool literal(std::string_view word) {
        if (s_.substr(i_, word.size()) != word) return false;
        i_ += word.size();
        return true;
    }
    bool value(Value& v) {
        if (i_ >= s_.size()) return false;
        char c = s_[i_];
        if (c == '"') {
            std::string str;
            if (!string(str)) return false;
            v = std::move(str);
            return true;
        }
        if (literal("true")) return v = true, true;
        if (literal("false")) return v = false, true;
        if (literal("null")) return v = Null{}, true;
        if (c == '-' || (c >= '0' && c <= '9')) {
            std::size_t b = i_;
            if (c == '-') ++i_;
            std::size_t digits = i_;
            while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
            if (i_ == digits) return false;
            if (eat('.')) {
                std::size_t frac = i_;
                while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
                if (i_ == frac) return false;
            }
            if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
                ++i_;
                if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
                std::size_t exp = i_;
                while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
                if (i_ == exp) return false;
            }
            v = Number{std::string(s_.substr(b, i_ - b))};
            return true;
        }
        nested = c == '[' || c == '{';  // valid JSON, but no option's type
        return false;
    }
    bool hex4(std::uint32_t& out) {
        if (i_ + 4 > s_.size()) return false;
        out = 0;
        for (int k = 0; k < 4; ++k) {
            char c = s_[i_++];
            out <<= 4;
            if (c >= '0' && c <= '9') out |= static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f') out |= static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') out |= static_cast<std::uint32_t>(c - 'A' + 10);
            else return false;
        }
        return true;
    }
    bool string(std::string& out) {
        if (!eat('"')) return false;
        while (i_ < s_.size()) {
            auto c = static_cast<unsigned char>(s_[i_++]);
            if (c == '"') return true;
            if (c < 0x20) return false;
            if (c != '\\') {
                out += static_cast<char>(c);
                continue;
            }
            if (i_ >= s_.size()) return false;
            switch (s_[i_++]) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    std::uint32_t cp = 0;
                    if (!hex4(cp)) return false;
                    if (cp >= 0xD800 && cp <= 0xDBFF) {  // a surrogate pair
                        std::uint32_t low = 0;
                        if (!eat('\\') || !eat('u') || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        return false;
                    }
                    append_utf8(out, static_cast<char32_t>(cp));
                    break;
                }
                default: return false;
            }
        }
        return false;
    }

    std::string_view s_;
    std::size_t i_ = 0;

public:
    bool nested = false;  // failed on an array or object value
};

}  // namespace

std::optional<std::string> apply_options_json(std::string_view text, Options& o) {
    if (text.empty()) return std::nullopt;
    std::optional<std::string> problem;
    auto on = [&](const std::string& key, const Value& v) {
        if (problem || std::holds_alternative<Null>(v)) return;  // null means "the default"
        const OptionSpec* spec = find_option(key);
        if (!spec) {
            problem = "unknown option '" + key + "'";
            return;
        }
        // The JSON type each kind of option takes; the value then goes through the same
        // check as on the command line.
        std::string as_text;
        using Kind = OptionSpec::Kind;
        if (spec->kind == Kind::choice || spec->kind == Kind::text) {
            const std::string* str = std::get_if<std::string>(&v);
            if (!str) return void(problem = key + ": expected a string");
            as_text = *str;
        } else if (spec->kind == Kind::count) {
            const Number* n = std::get_if<Number>(&v);
            if (!n || n->text.find_first_of(".eE") != std::string::npos) return void(problem = key + ": expected a whole number");
            as_text = n->text;
        } else {
            const bool* b = std::get_if<bool>(&v);
            if (!b) return void(problem = key + ": expected true or false");
            as_text = *b ? "true" : "false";
        }
        if (auto p = set_option(o, key, as_text)) problem = key + ": " + *p;
    };
    Parser parser(text);
    if (!parser.object(on)) {
        return std::string(parser.nested ? "options: values must be strings, numbers, booleans or null"
                                         : "options: not valid JSON (expected one object)");
    }
    if (problem) return problem;
    return validate(o);
}

}  // namespace precis::detail
