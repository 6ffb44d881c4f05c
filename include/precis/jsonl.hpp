// precis/jsonl.hpp: one line of a JSON Lines batch (README, "Batches"), read as
// `precis --format jsonl` reads it, without building a JSON document: the five members
// precis takes ("id", "title", "lang", "text", "html") are found, the rest of the line is
// only checked. Verdicts and decoded strings are nlohmann::json::parse's (a fuzz target
// compares them), at a fraction of its cost: an article's text is found and unescaped
// once. Native builds only, like extract_html().
#pragma once

#include <string>
#include <string_view>

namespace precis::jsonl {

/// A member of the line's object, as written.
struct Member {
    enum class Kind { absent, null, string, other };
    Kind kind = Kind::absent;
    std::string_view json;  ///< the value's JSON text: "\"a \\\"b\\\"\"", "null", "[1, 2]"
    bool escaped = false;   ///< a string with backslash escapes
};

/// The members precis reads; of a name given twice, the last (as nlohmann::json keeps).
struct Record {
    Member id, title, lang, text, html;
};

enum class LineKind { invalid, not_object, object };

/// Reads `line` as JSON (RFC 8259, with a leading UTF-8 byte order mark skipped and numbers
/// that overflow a double refused, as nlohmann::json::parse does): `invalid` when it is
/// not JSON, `not_object` when it is another value, else `object` with `out` filled.
LineKind read_record(std::string_view line, Record& out);

/// The text of a string member with its escapes decoded, in `scratch` when it has any.
std::string_view string_value(const Member& m, std::string& scratch);

}  // namespace precis::jsonl
