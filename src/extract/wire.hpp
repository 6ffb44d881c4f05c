// The page as the widget sends it from the browser: the live DOM, walked in document
// order, written as records so the core can rebuild the same Page that Gumbo gives
// natively. Records end with U+001E; fields inside a record are separated by U+001F:
//   O tag (name value)*   an element opens, with its attributes
//   T text                a text node
//   C                     the element closes
// The writer replaces U+001E and U+001F inside names and values with spaces. The format,
// for other front ends: docs/wire-format.md.
#pragma once

#include "extract/page.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace precis::detail {

// Rebuilds the Page; errors name the malformed record or the invalid UTF-8.
std::optional<std::string> parse_page_wire(std::string_view wire, Page& out);

}  // namespace precis::detail
