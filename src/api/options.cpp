// The options, once: their names, the words they take, their limits and the messages for
// a bad value. The JSON options, the command line and the JavaScript module all read
// them from here.
#include <precis/precis.hpp>

#include "lang.hpp"
#include "text/utf8.hpp"

#include <charconv>
#include <limits>

namespace precis {
namespace {

using Kind = OptionSpec::Kind;

// More sentences than this is not a summary; larger requests are a usage error.
constexpr std::size_t kMaxSentences = 10000;

std::string joined(const std::vector<std::string_view>& words) {
    std::string out;
    for (std::string_view w : words) {
        if (!out.empty()) out += ", ";
        out += w;
    }
    return out;
}

std::vector<std::string_view> languages() {
    std::vector<std::string_view> out{"auto"};
    for (int i = 0; i < detail::kLangCount; ++i) out.push_back(detail::lang_code(static_cast<detail::Lang>(i)));
    return out;
}

// Counts are read as 64-bit numbers in every build, so that the same value means the same
// natively and in wasm (whose size_t has 32 bits); a count without a most that is past
// what a size_t holds means as much as SIZE_MAX (no text is that long) and becomes it.
using CountValue = std::uint64_t;

// "'x' is not a whole number of at least 1" or "... from 1 to N"; a whole number past
// what a 64-bit count holds says so.
// A value as a message shows it: quoted, and on one line whatever was given (a control
// character or a byte that is not UTF-8 as \xNN), so that the message stays one line of
// text.
std::string shown(std::string_view value) {
    std::string out = "'";
    auto hex = [&](unsigned char c) {
        constexpr char digits[] = "0123456789ABCDEF";
        out += "\\x";
        out += digits[c >> 4];
        out += digits[c & 15];
    };
    for (std::size_t i = 0; i < value.size();) {
        auto bad = detail::find_invalid_utf8(value.substr(i));
        const std::size_t valid_end = bad ? i + *bad : value.size();
        for (; i < valid_end; ++i) {
            const auto c = static_cast<unsigned char>(value[i]);
            if (c < 0x20 || c == 0x7F) hex(c);
            else out += value[i];
        }
        if (bad) hex(static_cast<unsigned char>(value[i++]));
    }
    return out + "'";
}

std::string not_a_count(std::string_view value, std::size_t most) {
    CountValue v = 0;
    const bool too_large = !most && !value.empty() &&
                           std::from_chars(value.data(), value.data() + value.size(), v).ec == std::errc::result_out_of_range;
    std::string out = shown(value) + " is not a whole number ";
    if (too_large) return out + "from 1 to " + std::to_string(std::numeric_limits<CountValue>::max());
    return out + (most ? "from 1 to " + std::to_string(most) : std::string("of at least 1"));
}

std::optional<std::size_t> parse_count(std::string_view s, std::size_t most) {
    CountValue v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size() || v < 1 || (most && v > most)) return std::nullopt;
    return v > std::numeric_limits<std::size_t>::max() ? std::numeric_limits<std::size_t>::max()
                                                         : static_cast<std::size_t>(v);
}

}  // namespace

const std::vector<OptionSpec>& option_specs() {
    static const Options d;  // the defaults, shown as text
    static const std::vector<OptionSpec> specs{
        {"title", Kind::text, {}, 0, "TEXT", "the article's title (default: a first line that looks like a headline)", ""},
        {"lang", Kind::choice, languages(), 0, "", "the language (auto: detected)", d.lang},
        {"type", Kind::choice, {"key-points", "tldr", "teaser", "headline"}, 0, "",
         "the kind of summary", std::string(to_string(d.type))},
        {"length", Kind::choice, {"short", "medium", "long"}, 0, "",
         "key-points 3/5/7 sentences, tldr and teaser 1/2/3, headline 1", std::string(to_string(d.length))},
        {"sentences", Kind::count, {}, kMaxSentences, "N", "exactly N sentences (overrides length)", ""},
        {"max_chars", Kind::count, {}, 0, "N", "the summary never exceeds N characters; whole sentences only", ""},
        {"skip_lead", Kind::flag, {}, 0, "",
         "key points from after the lead (the first paragraph, or the first three sentences)", d.skip_lead ? "true" : "false"},
        {"max_bytes", Kind::count, {}, 0, "N",
         "input size limit in bytes; larger input is an error",
         std::to_string(d.max_bytes)},
        {"explain", Kind::flag, {}, 0, "", "with json: every sentence with its features and score", d.explain ? "true" : "false"},
    };
    return specs;
}

const OptionSpec* find_option(std::string_view name) {
    for (const OptionSpec& spec : option_specs())
        if (spec.name == name) return &spec;
    return nullptr;
}

std::optional<std::string> set_option(Options& o, std::string_view name, std::string_view value) {
    const OptionSpec* spec = find_option(name);
    if (!spec) return std::string("unknown option");
    const std::string quoted = spec->kind == Kind::text ? std::string() : shown(value);
    switch (spec->kind) {
        case Kind::choice: {
            bool known = false;
            for (std::string_view c : spec->choices) known |= c == value;
            if (!known) return quoted + " is not one of " + joined(spec->choices);
            if (name == "lang") o.lang = std::string(value);
            else if (name == "type") o.type = *parse_summary_type(value);
            else o.length = *parse_length(value);
            return std::nullopt;
        }
        case Kind::count: {
            auto n = parse_count(value, spec->most);
            if (!n) return not_a_count(value, spec->most);
            if (name == "sentences") o.sentences = *n;
            else if (name == "max_chars") o.max_chars = *n;
            else o.max_bytes = *n;
            return std::nullopt;
        }
        case Kind::flag: {
            if (value != "true" && value != "false") return quoted + " is not true or false";
            (name == "explain" ? o.explain : o.skip_lead) = value == "true";
            return std::nullopt;
        }
        case Kind::text:
            // The title is written into the result's JSON as given.
            if (auto bad = detail::find_invalid_utf8(value)) return "invalid UTF-8 at byte " + std::to_string(*bad);
            o.title = std::string(value);
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<std::string> validate(const Options& o) {
    // Options set in code are checked as if they had been given as text.
    auto check = [&](std::string_view name, const std::string& value) -> std::optional<std::string> {
        Options scratch;
        if (auto problem = set_option(scratch, name, value)) return std::string(name) + ": " + *problem;
        return std::nullopt;
    };
    if (auto p = check("lang", o.lang)) return p;
    if (o.title)
        if (auto p = check("title", *o.title)) return p;
    if (o.sentences)
        if (auto p = check("sentences", std::to_string(*o.sentences))) return p;
    if (o.max_chars)
        if (auto p = check("max_chars", std::to_string(*o.max_chars))) return p;
    return check("max_bytes", std::to_string(o.max_bytes));
}

}  // namespace precis
