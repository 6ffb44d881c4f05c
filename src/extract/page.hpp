// Stage 0 for web pages: the page as a tree of elements and text, built by a front end
// (Gumbo parsing HTML natively, the widget walking the live DOM in the browser) and read
// by the one extraction algorithm in extract.cpp. Front ends only report what the page
// holds; every decision (what is hidden, what is a block, what is the article) is made
// by the core, so both front ends give the same article for the same page.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace precis::detail {

// ASCII lower case (tag and attribute names, class words): HTML's case-insensitivity.
std::string ascii_lower(std::string_view s);

struct PageNode {
    std::int32_t parent = -1;  // -1 for the root
    std::string tag;           // lower case
    std::string cls, id, role;
    std::string itemprop;      // lower case: schema.org's "articlebody", "author", "datepublished"...
    std::string label;         // aria-label, lower case ("breadcrumb")
    bool hidden = false;       // hidden attribute, aria-hidden="true" or an inline display:none
    // Children in document order: n >= 0 is node n, n < 0 is text ~n.
    std::vector<std::int32_t> children;
};

struct PageText {
    std::int32_t parent = 0;
    std::string text;  // as the page has it (whitespace not collapsed)
};

// What the page says about itself, outside the article's body.
struct PageMeta {
    std::string lang;        // <html lang>
    std::string doc_title;   // <title>
    std::vector<std::pair<std::string, std::string>> meta;  // (name or property, content)
    std::string time;        // the first <time datetime>
    std::string rel_author;  // text of the first rel="author" link
};

struct Page {
    std::vector<PageNode> nodes;  // in document order, so a parent precedes its children
    std::vector<PageText> texts;  // in document order; the widget maps them back to DOM nodes
    PageMeta meta;
};

// Elements nested deeper than this become children of the element at this depth, so
// that walking up from any element is bounded (real pages nest 20 to 40 levels).
constexpr std::size_t kMaxPageDepth = 256;

// Builds a Page from a stream of open / text / close events, whatever nesting depth
// (no recursion). Attributes other than the ones the extractor reads are ignored.
class PageBuilder {
public:
    PageBuilder();
    using Attrs = std::vector<std::pair<std::string_view, std::string_view>>;
    void open(std::string_view tag, const Attrs& attrs);
    void text(std::string_view text);
    void close();
    Page finish();

private:
    Page page_;
    std::vector<std::int32_t> stack_;
    std::vector<std::uint8_t> flags_;  // per open element: 1 <title>, 2 an author link
    int in_title_ = 0;  // inside <title>
    int in_author_ = 0; // inside a rel="author" link
};

}  // namespace precis::detail
