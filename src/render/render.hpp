// Stage 6, render: the result as text, markdown, the box's HTML, or JSON (to_json in precis.hpp).
#pragma once

#include <precis/precis.hpp>

#include <string>

namespace precis::detail {

// Text: one chosen sentence a line. Markdown: "- " bullets for key points, one
// paragraph for the other types. Newlines inside a sentence become spaces.
std::string render_text(const Result& result, bool markdown);

// The "Key points" box as HTML, for server-side rendering: a <precis-summary> with a
// declarative shadow root holding the heading and the points, every character of the
// article escaped (the widget adopts it; README, "Server-side rendering"). Byte for byte
// what renderHTML() of the JavaScript API writes for the same result and attributes.
struct BoxAttributes {
    std::string for_id, length, lang, nonce;  // written when not empty
};
std::string render_box_html(const Result& result, const BoxAttributes& attributes);

}  // namespace precis::detail
