#include "extract/page.hpp"

#include <algorithm>

namespace precis::detail {
namespace {

bool contains_word(std::string_view list, std::string_view word) {
    std::size_t i = 0;
    while ((i = list.find(word, i)) != std::string_view::npos) {
        bool left = i == 0 || list[i - 1] == ' ';
        bool right = i + word.size() == list.size() || list[i + word.size()] == ' ';
        if (left && right) return true;
        i += word.size();
    }
    return false;
}

// Only inline styles can be seen without a browser's style engine; both front ends see
// the same attribute, so both hide the same elements.
bool style_hides(std::string_view style) {
    std::string s;
    for (char c : style)
        if (c != ' ' && c != '\t' && c != '\n') s += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos;
}

}  // namespace

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

PageBuilder::PageBuilder() {
    // Node 0 is the document; the page's elements hang below it.
    page_.nodes.push_back(PageNode{-1, "#document", {}, {}, {}, {}, {}, false, {}});
    stack_.push_back(0);
    flags_.push_back(0);
}

void PageBuilder::open(std::string_view tag_name, const Attrs& attrs) {
    PageNode n;
    // Deeper elements become children of the element at the limit, in document order.
    n.parent = stack_.size() > kMaxPageDepth ? stack_[kMaxPageDepth] : stack_.back();
    n.tag = ascii_lower(tag_name);
    std::string_view rel, name, content, lang, datetime;
    for (const auto& [k, v] : attrs) {
        std::string key = ascii_lower(k);
        if (key == "class") n.cls = std::string(v);
        else if (key == "id") n.id = std::string(v);
        else if (key == "role") n.role = ascii_lower(v);
        else if (key == "hidden") n.hidden = true;
        else if (key == "aria-hidden") n.hidden = n.hidden || ascii_lower(v) == "true";
        else if (key == "style") n.hidden = n.hidden || style_hides(v);
        else if (key == "rel") rel = v;
        else if (key == "aria-label") n.label = ascii_lower(v);
        else if (key == "itemprop") {
            n.itemprop = ascii_lower(v);
            if (name.empty()) name = v;
            // itemprop="author" marks a byline as rel="author" does.
            if (ascii_lower(v).find("author") != std::string::npos) rel = "author";
        } else if (key == "name" || key == "property") name = v;
        else if (key == "content") content = v;
        else if (key == "lang") lang = v;
        else if (key == "datetime") datetime = v;
    }
    if (n.tag == "html" && page_.meta.lang.empty()) page_.meta.lang = std::string(lang);
    if (n.tag == "meta" && !name.empty() && !content.empty())
        page_.meta.meta.emplace_back(ascii_lower(name), std::string(content));
    if (n.tag == "time" && page_.meta.time.empty()) page_.meta.time = std::string(datetime);
    bool author = contains_word(ascii_lower(rel), "author");
    if (n.tag == "title") ++in_title_;
    if (author) ++in_author_;
    if (author && n.cls.empty()) n.cls = "author";  // seen by the byline test as a class word
    auto index = static_cast<std::int32_t>(page_.nodes.size());
    page_.nodes[static_cast<std::size_t>(n.parent)].children.push_back(index);
    page_.nodes.push_back(std::move(n));
    stack_.push_back(index);
    flags_.push_back(static_cast<std::uint8_t>((page_.nodes.back().tag == "title" ? 1 : 0) | (author ? 2 : 0)));
}

void PageBuilder::text(std::string_view text) {
    if (text.empty()) return;
    if (in_title_ > 0 && page_.meta.doc_title.size() < 4096) page_.meta.doc_title += text;
    if (in_author_ > 0 && page_.meta.rel_author.size() < 256) page_.meta.rel_author += text;
    auto index = static_cast<std::int32_t>(page_.texts.size());
    page_.texts.push_back(PageText{stack_.back(), std::string(text)});
    page_.nodes[static_cast<std::size_t>(stack_.back())].children.push_back(~index);
}

void PageBuilder::close() {
    if (stack_.size() <= 1) return;  // more closes than opens: ignored
    if (flags_.back() & 1) --in_title_;
    if (flags_.back() & 2) --in_author_;
    flags_.pop_back();
    stack_.pop_back();
}

Page PageBuilder::finish() {
    stack_.resize(1);
    flags_.resize(1);
    return std::move(page_);
}

}  // namespace precis::detail
