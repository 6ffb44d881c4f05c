// Stage 0 for web pages: finds the article in a Page (page.hpp) and returns its title,
// byline, date, language and paragraphs. The algorithm follows Mozilla Readability's
// (the reference browser reader modes are measured against): score paragraphs, give
// their score to their ancestors, take the best container and its worthy siblings, then
// drop what inside it looks like navigation, share bars, forms and link lists.
#pragma once

#include "extract/page.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace precis::detail {

struct ExtractedParagraph {
    std::string text;  // whitespace collapsed; a single <br> stays as '\n'
    // The page texts (Page::texts) the paragraph's characters come from, first and last.
    std::int32_t first_text = 0, last_text = 0;
};

struct Extracted {
    std::string title, byline, published, lang;
    std::vector<ExtractedParagraph> paragraphs;
    // Readability's isProbablyReaderable: the page has enough long paragraphs outside
    // boilerplate to hold an article (a front page or a login form does not).
    bool readerable = false;
};

// Fills `out` with the best candidate for the article, whether or not the page is
// readerable; returns "no article found" only when not a word of text is left.
std::optional<std::string> extract_article(const Page& page, Extracted& out);

// All the page's visible text in paragraphs, as extraction would write it (for the
// evaluation's reference text and its whole-page baseline).
std::vector<ExtractedParagraph> page_paragraphs(const Page& page);

// "en" from "en-US"; "" when the page's language is not one precis knows.
std::string page_language(const std::string& lang_attribute);

}  // namespace precis::detail
