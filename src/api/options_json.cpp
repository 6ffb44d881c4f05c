#include "api/options_json.hpp"

#include <nlohmann/json.hpp>

namespace precis::detail {
namespace {

using json = nlohmann::json;

std::optional<std::string> as_count(const json& v, const char* key, std::size_t& out) {
    if (!v.is_number_integer() && !v.is_number_unsigned())
        return std::string(key) + ": expected a whole number";
    if (v.is_number_integer() && v.get<long long>() < 1) return std::string(key) + ": must be at least 1";
    out = v.get<std::size_t>();
    return std::nullopt;
}

}  // namespace

std::optional<std::string> apply_options_json(std::string_view text, Options& o) {
    if (text.empty()) return std::nullopt;
    json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return std::string("options: not valid JSON");
    if (!j.is_object()) return std::string("options: expected a JSON object");
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string& key = it.key();
        const json& v = it.value();
        if (v.is_null()) continue;  // null means "the default"
        if (key == "lang") {
            if (!v.is_string()) return std::string("lang: expected a string");
            o.lang = v.get<std::string>();
        } else if (key == "type") {
            auto t = v.is_string() ? parse_summary_type(v.get<std::string>()) : std::nullopt;
            if (!t) return std::string("type: expected one of key-points, tldr, teaser, headline");
            o.type = *t;
        } else if (key == "length") {
            auto l = v.is_string() ? parse_length(v.get<std::string>()) : std::nullopt;
            if (!l) return std::string("length: expected one of short, medium, long");
            o.length = *l;
        } else if (key == "sentences") {
            std::size_t n = 0;
            if (auto e = as_count(v, "sentences", n)) return e;
            o.sentences = n;
        } else if (key == "max_chars") {
            std::size_t n = 0;
            if (auto e = as_count(v, "max_chars", n)) return e;
            o.max_chars = n;
        } else if (key == "max_bytes") {
            std::size_t n = 0;
            if (auto e = as_count(v, "max_bytes", n)) return e;
            o.max_bytes = n;
        } else if (key == "title") {
            if (!v.is_string()) return std::string("title: expected a string");
            o.title = v.get<std::string>();
        } else if (key == "explain") {
            if (!v.is_boolean()) return std::string("explain: expected true or false");
            o.explain = v.get<bool>();
        } else {
            return "unknown option '" + key + "'";
        }
    }
    return validate(o);
}

}  // namespace precis::detail
