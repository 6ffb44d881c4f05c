// Stage 1, input: checks that the bytes are text we can summarize, then finds the
// headline line and the paragraphs (blank lines separate paragraphs; a single newline
// inside a paragraph is soft).
#pragma once

#include "document.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace precis::detail {

// The reason the text cannot be summarized, as a one-line message, or nothing:
// "input is N bytes, over the limit of M bytes", "invalid UTF-8 at byte N",
// "NUL byte at byte N (binary data, not text)", "nothing to summarize".
std::optional<std::string> check_input(std::string_view text, std::size_t max_bytes);

// What separates paragraphs: a blank line. An article's paragraphs are joined with it
// into the text that is summarized (Article::body()).
inline constexpr std::string_view kParagraphBreak = "\n\n";

// What the text is: plain text, or an article's paragraphs (a web page's extraction,
// joined by blank lines), each of which counts as a paragraph.
enum class Layout { text, paragraphs };

// Fills title_line, body, paragraphs and paragraphs_before. A first line is a headline
// when it is short, has no final punctuation and is followed by a blank line and more
// text; it gives no sentence. In plain text it counts as no paragraph; in an article's
// paragraphs it is paragraph 0 (a kicker such as "Live updates"), so that paragraph
// numbers index the article's paragraphs.
void read_layout(Document& doc, Layout layout = Layout::text);

// The article's title: the one given, else the headline line, else "".
std::string article_title(const Document& doc, const std::optional<std::string>& given);

// Paragraphs of `body`: maximal runs of non-blank lines, trimmed, appended to `out`.
void find_paragraphs(std::string_view text, Span body, std::vector<Span>& out);

// `s` without leading and trailing whitespace.
Span trim(std::string_view text, Span s);

}  // namespace precis::detail
