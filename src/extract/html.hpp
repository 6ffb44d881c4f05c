// The native front end for web pages: HTML bytes -> Page (page.hpp). Native builds only;
// in the browser the widget builds the Page from the live DOM (wire.hpp).
#pragma once

#include "extract/page.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace precis::detail {

// Parses `bytes` as HTML, decoded in the encoding a browser would read it in
// (encoding.hpp); errors: over `max_bytes`, a character set that maps to the Encoding
// Standard's replacement encoding, a NUL byte.
std::optional<std::string> parse_html(std::string_view bytes, std::size_t max_bytes, Page& out);

}  // namespace precis::detail
