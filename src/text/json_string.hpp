// JSON strings (RFC 8259), as the two JSON readers of precis take them: the options object
// (src/api/options_json.cpp) and a batch line (src/input/jsonl.cpp). One check and one
// decoder, so that both accept and decode exactly what nlohmann::json does.
#pragma once

#include <string>
#include <string_view>

namespace precis::detail {

// Checks the string whose opening quote is at `p` and moves `p` past its closing quote:
// escapes whole (a \u high surrogate followed by its low one), no control character,
// UTF-8 as RFC 3629 has it. `escaped` tells whether it has any backslash escape. On
// failure `p` is left anywhere and false returned.
bool skip_json_string(const unsigned char*& p, const unsigned char* end, bool& escaped);

// Appends the text of a string that skip_json_string() accepted, `body` being what stands
// between its quotes, with its escapes decoded.
void decode_json_string(std::string_view body, std::string& out);

}  // namespace precis::detail
