#include "input/input.hpp"

#include <precis/precis.hpp>

#include "text/utf8.hpp"
#include "noinline.hpp"

#include <algorithm>

namespace precis::detail {
namespace {

// A headline is at most this many code points: longer first lines are prose.
constexpr std::size_t kMaxTitleChars = 200;

bool is_final_punctuation(char32_t cp) {
    switch (cp) {
        case '.': case '!': case '?': case ':': case ';': case ',':
        case 0x2026:  // …
        case 0x3002:  // 。
            return true;
        default:
            return false;
    }
}

// True when [b, e) holds only whitespace.
bool blank(std::string_view text, std::size_t b, std::size_t e) {
    while (b < e) {
        if (!is_space_cp(next_cp(text, b))) return false;
    }
    return true;
}

std::size_t line_end(std::string_view text, std::size_t from) {
    auto nl = text.find('\n', from);
    return nl == std::string_view::npos ? text.size() : nl;
}

}  // namespace

Span trim(std::string_view text, Span s) {
    std::size_t b = s.begin, e = s.end;
    while (b < e) {
        std::size_t k = b;
        if (!is_space_cp(next_cp(text, k))) break;
        b = k;
    }
    while (e > b) {
        std::size_t k = e;
        if (!is_space_cp(prev_cp(text, k))) break;
        e = k;
    }
    return {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
}


}  // namespace precis::detail

namespace precis {

std::string over_limit(std::size_t size, std::size_t limit) {
    return "input is " + std::to_string(size) + " bytes, over the limit of " + std::to_string(limit) + " bytes";
}

}  // namespace precis

namespace precis::detail {

std::optional<std::string> check_input(std::string_view text, std::size_t max_bytes) {
    if (text.size() > max_bytes) return over_limit(text.size(), max_bytes);
    if (auto bad = find_invalid_utf8(text)) return "invalid UTF-8 at byte " + std::to_string(*bad);
    if (auto nul = text.find('\0'); nul != std::string_view::npos)
        return "NUL byte at byte " + std::to_string(nul) + " (binary data, not text)";
    if (blank(text, 0, text.size())) return std::string("nothing to summarize");
    return std::nullopt;
}

PRECIS_NOINLINE void read_layout(Document& doc, Layout layout) {
    const std::string_view text = doc.text;
    const auto n = static_cast<std::uint32_t>(text.size());
    doc.body = {0, n};
    doc.title_line.reset();
    doc.paragraphs.clear();
    doc.paragraphs_before = 0;
    doc.paragraphs_given = layout == Layout::paragraphs;

    // The first non-blank line, and what follows it.
    std::size_t first = 0;
    while (first < text.size()) {
        std::size_t e = line_end(text, first);
        if (!blank(text, first, e)) break;
        first = e + 1;
    }
    if (first < text.size()) {
        std::size_t e = line_end(text, first);
        Span line = trim(text, {static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(e)});
        std::size_t after = e + 1;
        std::size_t blank_end = after;
        bool followed_by_blank = false;
        if (after < text.size()) {
            std::size_t e2 = line_end(text, after);
            followed_by_blank = blank(text, after, e2);
            blank_end = e2;
        }
        std::string_view lv = doc.view(line);
        // The last character before closing quotation marks and brackets: a line that ends
        // '... on Thursday."' is a sentence, not a headline.
        std::size_t end = lv.size();
        char32_t last = 0;
        while (end > 0 && is_close_punct(last = prev_cp(lv, end))) last = 0;
        bool short_enough = count_code_points(lv) <= kMaxTitleChars;
        if (!line.empty() && followed_by_blank && short_enough && !is_final_punctuation(last) &&
            !blank(text, blank_end, text.size())) {
            doc.title_line = line;
            doc.body = {static_cast<std::uint32_t>(std::min<std::size_t>(after, text.size())), n};
            if (layout == Layout::paragraphs) doc.paragraphs_before = 1;
        }
    }

    find_paragraphs(text, doc.body, doc.paragraphs);
}

std::string article_title(const Document& doc, const std::optional<std::string>& given) {
    if (given) return *given;
    return doc.title_line ? std::string(doc.view(*doc.title_line)) : std::string();
}

void find_paragraphs(std::string_view text, Span body, std::vector<Span>& out) {
    // Paragraphs: maximal runs of non-blank lines.
    std::size_t pos = body.begin;
    std::size_t para_begin = std::string_view::npos;
    auto close = [&](std::size_t end) {
        if (para_begin == std::string_view::npos) return;
        Span p = trim(text, {static_cast<std::uint32_t>(para_begin), static_cast<std::uint32_t>(end)});
        if (!p.empty()) out.push_back(p);
        para_begin = std::string_view::npos;
    };
    while (pos < body.end) {
        std::size_t e = std::min<std::size_t>(line_end(text, pos), body.end);
        if (blank(text, pos, e)) close(pos);
        else if (para_begin == std::string_view::npos) para_begin = pos;
        pos = e + 1;
    }
    close(body.end);
}

}  // namespace precis::detail
