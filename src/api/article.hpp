// Web pages, between the extraction stage (src/extract) and the public API.
#pragma once

#include "extract/extract.hpp"

#include <precis/precis.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace precis::detail {

// Summarizes `article` with its title and language unless `options` set them. Every
// paragraph counts (a headline-like first one gives no sentence but is paragraph 0), so
// Sentence::paragraph indexes Article::paragraphs. `options` must have passed validate().
std::optional<std::string> summarize_article(const Article& article, Options options, Result& out);

// The article of a page; on error its one-line message ("no article found").
std::optional<std::string> find_article(const Page& page, Article& out);

// The same for a page the widget sent in the wire format (extract/wire.hpp).
std::optional<std::string> extract_page_wire(std::string_view wire, Article& out);

}  // namespace precis::detail
