// Stage 6, render: the result as text, markdown or JSON (to_json in precis.hpp).
#pragma once

#include <precis/precis.hpp>

#include <string>

namespace precis::detail {

// Text: one chosen sentence a line. Markdown: "- " bullets for key points, one
// paragraph for the other types. Newlines inside a sentence become spaces.
std::string render_text(const Result& result, bool markdown);

}  // namespace precis::detail
