// Options as one flat JSON object. A small strict parser rather than a JSON library: the
// options are a handful of strings, numbers and booleans, and the WebAssembly module
// stays free of a JSON library.
#include "api/options_json.hpp"

#include "text/json_string.hpp"

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
            if (s_[digits] == '0' && i_ - digits > 1) return false;  // JSON has no leading zeros: 01
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
    bool string(std::string& out) {
        if (i_ >= s_.size() || s_[i_] != '"') return false;
        const auto* begin = reinterpret_cast<const unsigned char*>(s_.data());
        const unsigned char* p = begin + i_;
        bool escaped = false;
        if (!skip_json_string(p, begin + s_.size(), escaped)) return false;
        const std::string_view body = s_.substr(i_ + 1, static_cast<std::size_t>(p - begin) - i_ - 2);
        i_ = static_cast<std::size_t>(p - begin);
        if (escaped) decode_json_string(body, out);
        else out.append(body);
        return true;
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
