#include "extract/extract.hpp"

#include "extract/furniture.hpp"
#include "extract/tuning.hpp"
#include "lang.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <map>
#include <string_view>

namespace precis::detail {
namespace {

using namespace tuning;

using Strings = std::initializer_list<std::string_view>;

bool one_of(std::string_view s, Strings list) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

bool has_any(std::string_view lowered, Strings parts) {
    for (std::string_view p : parts)
        if (lowered.find(p) != std::string_view::npos) return true;
    return false;
}

// Readability's class and id patterns (substring matches, case-insensitive).
bool unlikely_words(std::string_view s) {
    return has_any(s, {"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap",
                       "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
                       "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
                       "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote"});
}
bool maybe_words(std::string_view s) {
    return has_any(s, {"and", "article", "body", "column", "content", "main", "mathjax", "shadow"});
}
bool positive_words(std::string_view s) {
    return has_any(s, {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
                       "post", "text", "blog", "story"});
}
bool negative_words(std::string_view s) {
    if (s == "hid" || s.substr(0, 4) == "hid " || (s.size() >= 4 && s.substr(s.size() - 4) == " hid") ||
        s.find(" hid ") != std::string_view::npos)
        return true;
    return has_any(s, {"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
                       "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
                       "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget"});
}
bool byline_words(std::string_view s) { return has_any(s, {"byline", "author", "dateline", "writtenby", "p-author"}); }
bool share_words(std::string_view s) {
    for (std::string_view w : {"share", "sharedaddy"}) {
        for (std::size_t i = s.find(w); i != std::string_view::npos; i = s.find(w, i + 1)) {
            auto boundary = [&](std::size_t k) {
                if (k >= s.size()) return true;
                char c = s[k];
                return !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
            };
            if ((i == 0 || boundary(i - 1)) && boundary(i + w.size())) return true;
        }
    }
    return false;
}

// Elements whose text never belongs to an article (rp: the brackets around ruby text,
// which browsers that show ruby hide).
bool skipped_tag(std::string_view t) {
    return one_of(t, {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
                      "video", "audio", "button", "input", "select", "textarea", "option", "head", "nav", "dialog",
                      "link", "meta", "title", "#comment", "rp"});
}
// Elements that start and end a paragraph of text.
bool block_tag(std::string_view t) {
    return one_of(t, {"address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir",
                      "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
                      "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
                      "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "html",
                      "menu", "#document"});
}
// A div holding none of these is a paragraph in disguise.
bool div_to_p_tag(std::string_view t) {
    return one_of(t, {"blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"});
}
bool heading_tag(std::string_view t) { return one_of(t, {"h1", "h2", "h3", "h4", "h5", "h6"}); }

bool is_comma(char32_t c) {
    return c == 0x2C || c == 0x60C || c == 0xFE50 || c == 0xFE10 || c == 0xFE11 || c == 0x2E41 || c == 0x2E34 ||
           c == 0x2E32 || c == 0xFF0C;
}

// Appends `s` to `out` with whitespace (and control characters) collapsed: a run becomes
// one space, none at the start of `out`, none after a line break. `space` carries a
// pending run from one call to the next. Returns whether anything was appended.
bool append_collapsed(std::string& out, bool& space, std::string_view s) {
    bool any = false;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t b = i;
        char32_t c = next_cp(s, i);
        if (is_space_cp(c) || c < 0x20) {
            space = !out.empty();
            continue;
        }
        if (space && out.back() != '\n') out += ' ';
        space = false;
        out.append(s, b, i - b);
        any = true;
    }
    return any;
}

// Length (in code points, whitespace runs counted once, ends trimmed) and commas of one text.
struct TextStats {
    std::uint32_t chars = 0, commas = 0;
};
TextStats text_stats(std::string_view s) {
    TextStats t;
    bool space = false;
    for (std::size_t i = 0; i < s.size();) {
        char32_t c = next_cp(s, i);
        if (is_space_cp(c)) {
            space = t.chars > 0;
            continue;
        }
        t.chars += 1 + (space ? 1 : 0);
        space = false;
        if (is_comma(c)) ++t.commas;
    }
    return t;
}

// Subtree sums over the live elements.
struct Agg {
    std::uint32_t chars = 0, link_chars = 0, commas = 0, heading_chars = 0;
    std::uint32_t p = 0, img = 0, li = 0, input = 0, li_chars = 0;
    bool block_inside = false;  // a div_to_p_tag element below
};

struct Flags {
    bool strip_unlikely = true, weight_classes = true, clean_conditionally = true;
};

// Words of `s` for Readability's title similarity: lower-case runs of letters and digits.
std::vector<std::string> words_of(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t b = i;
        char32_t c = next_cp(s, i);
        bool word = c >= 0x80 ? !is_space_cp(c) && c != 0x2014 && c != 0x2013 && c != 0x00AB && c != 0x00BB
                              : ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
        if (word) {
            for (std::size_t k = b; k < i; ++k) cur += s[k] >= 'A' && s[k] <= 'Z' ? static_cast<char>(s[k] + 32) : s[k];
        } else if (!cur.empty()) {
            out.push_back(std::move(cur));
            cur.clear();
        }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
}

double text_similarity(std::string_view a, std::string_view b) {
    auto ta = words_of(a), tb = words_of(b);
    if (ta.empty() || tb.empty()) return 0;
    std::size_t all = 0, uniq = 0;
    for (const auto& w : tb) {
        all += w.size() + 1;
        if (std::find(ta.begin(), ta.end(), w) == ta.end()) uniq += w.size() + 1;
    }
    return 1.0 - static_cast<double>(uniq) / static_cast<double>(all);
}

class Extractor {
public:
    explicit Extractor(const Page& page) : page_(page), n_(page.nodes.size()) {
        text_stats_.reserve(page.texts.size());
        for (const auto& t : page.texts) text_stats_.push_back(text_stats(t.text));
        lowered_.reserve(n_);
        for (const auto& node : page.nodes) lowered_.push_back(ascii_lower(node.cls + " " + node.id));
        // What depends on the tree alone, the same in every attempt: each element's raw
        // text length (before anything is dropped), and whether it sits in a table or
        // code, or in a link.
        raw_.assign(n_, 0);
        for (std::size_t k = 0; k < page.texts.size(); ++k)
            raw_[static_cast<std::size_t>(page.texts[k].parent)] += text_stats_[k].chars;
        for (std::size_t i = n_; i-- > 1;) raw_[static_cast<std::size_t>(page.nodes[i].parent)] += raw_[i];
        in_table_or_code_.assign(n_, 0);
        in_link_.assign(n_, 0);
        for (std::size_t i = 1; i < n_; ++i) {
            const PageNode& e = page.nodes[i];
            auto p = static_cast<std::size_t>(e.parent);
            const std::string& up = page.nodes[p].tag;
            in_table_or_code_[i] = in_table_or_code_[p] || up == "table" || up == "code";
            in_link_[i] = in_link_[p] || e.tag == "a";
        }
        // Prose: paragraphs long enough to be an article's, summed up the tree, leaving out
        // comments and references (never the article, however long); once all the rest,
        // once only what is outside furniture (a gallery's fifty long captions).
        furniture_.assign(n_, 0);
        std::vector<std::uint8_t> in_furniture(n_, 0), in_never(n_, 0);
        for (std::size_t i = 1; i < n_; ++i) {
            auto up = static_cast<std::size_t>(page.nodes[i].parent);
            furniture_[i] = furniture_of(page.nodes[i]);
            in_furniture[i] = furniture_[i] || in_furniture[up];
            in_never[i] = (furniture_[i] & kNeverArticle) || in_never[up];
        }
        prose_.assign(n_, 0);
        clean_prose_.assign(n_, 0);
        for (std::size_t i = n_; i-- > 1;) {
            auto up = static_cast<std::size_t>(page.nodes[i].parent);
            if (page.nodes[i].tag == "p" && raw_[i] >= kProseParagraphChars && !in_never[i]) {
                prose_[i] += raw_[i];
                if (!in_furniture[i]) clean_prose_[i] += raw_[i];
            }
            prose_[up] += prose_[i];
            clean_prose_[up] += clean_prose_[i];
        }
        invisible_.assign(n_, 0);
        for (std::size_t i = 1; i < n_; ++i) {
            const PageNode& e = page.nodes[i];
            // A control is a control whatever its tag ("<div role=button>Show image</div>").
            invisible_[i] = skipped_tag(e.tag) || e.hidden || e.role == "button" ||
                            invisible_[static_cast<std::size_t>(e.parent)];
        }
        mark_furniture();
        in_data_table_.assign(n_, 0);
        for (std::size_t i = 1; i < n_; ++i)
            in_data_table_[i] = in_data_table_[static_cast<std::size_t>(page.nodes[i].parent)] ||
                                (page.nodes[i].tag == "table" && data_table(static_cast<std::int32_t>(i)));
        body_ = 0;
        for (std::size_t i = 0; i < n_; ++i)
            if (page.nodes[i].tag == "body") {
                body_ = static_cast<std::int32_t>(i);
                break;
            }
    }

    // One attempt with the given flags; fills paragraphs and returns their total length.
    std::size_t attempt(Flags flags, const std::string& title, std::string& byline,
                        std::vector<ExtractedParagraph>& out) {
        flags_ = flags;
        grab(title, byline);
        aggregate();
        score();
        std::vector<std::int32_t> roots = choose();
        prepare(roots);
        return render(roots, out);
    }

    // Every visible text of the page, in paragraphs (skipped and hidden elements left out).
    std::vector<ExtractedParagraph> everything() {
        dead_.assign(n_, 0);
        for (std::size_t i = 1; i < n_; ++i) {
            const PageNode& e = page_.nodes[i];
            dead_[i] = dead_[static_cast<std::size_t>(e.parent)] || skipped_tag(e.tag) || e.hidden;
        }
        std::vector<ExtractedParagraph> out;
        render({0}, out);
        return out;
    }

    // Readability's isProbablyReaderable: enough long paragraphs outside boilerplate.
    bool readerable() const {
        double total = 0;
        for (std::size_t i = 1; i < n_; ++i) {
            const PageNode& node = page_.nodes[i];
            bool candidate = one_of(node.tag, {"p", "pre", "article"});
            if (!candidate && node.tag == "div")
                for (std::int32_t c : node.children)
                    if (c >= 0 && page_.nodes[static_cast<std::size_t>(c)].tag == "br") candidate = true;
            if (!candidate || node.hidden || ancestor_hidden(i)) continue;
            if (unlikely_words(lowered_[i]) && !maybe_words(lowered_[i])) continue;
            if (node.tag == "p" && has_ancestor(i, "li")) continue;
            if (raw_[i] < kReaderableChars) continue;
            total += std::sqrt(raw_[i] - kReaderableChars);
            if (total > kReaderableScore) return true;
        }
        return false;
    }

    // "no article found" is decided from the extraction itself: an article holds prose
    // (paragraphs that end as sentences do, in any script, weighted_length()) and the prose
    // stands together, in one container; teasers on a front page or results on a search
    // page each sit in their own list item or card. A results page whose article is
    // mostly a table (a data table, and a sentence or more to say what it holds) counts its
    // table as prose.
    bool holds_article(const std::vector<ExtractedParagraph>& paragraphs) const {
        if (article_prose(paragraphs, -1) >= kMinArticleProse) return true;
        // The page's one <article> (or role="article", itemprop="articleBody"; nested ones
        // count as one) is a clear container: a shorter item in it is an article. Cards on a
        // front page are many.
        std::int32_t marked = -1;
        for (std::size_t i = 1; i < n_; ++i) {
            const PageNode& e = page_.nodes[i];
            if (invisible_[i] || !(e.tag == "article" || e.role == "article" || e.itemprop == "articlebody")) continue;
            if (marked < 0) marked = static_cast<std::int32_t>(i);
            else if (!inside(static_cast<std::int32_t>(i), marked)) return false;
        }
        return marked >= 0 && article_prose(paragraphs, marked) >= kMinMarkedArticleProse;
    }

    bool inside(std::int32_t i, std::int32_t ancestor) const {
        for (; i > 0; i = parent(i))
            if (i == ancestor) return true;
        return false;
    }

    // The most prose in one container (inside `within` only, when it is not -1).
    std::size_t article_prose(const std::vector<ExtractedParagraph>& paragraphs, std::int32_t within) const {
        std::map<std::int32_t, std::size_t> by_container;
        std::size_t most = 0, tabular = 0;
        bool sentence = false;
        for (const auto& p : paragraphs) {
            std::size_t chars = weighted_length(p.text);
            auto first = static_cast<std::size_t>(page_.texts[static_cast<std::size_t>(p.first_text)].parent);
            if (in_data_table_[first]) tabular += chars;
            if (chars < kMinProseChars || !ends_finished_sentence(p.text)) continue;
            sentence = true;
            std::int32_t block = page_.texts[static_cast<std::size_t>(p.first_text)].parent;
            if (within >= 0 && !inside(block, within)) continue;
            while (block > 0 && !block_tag(node(block).tag)) block = parent(block);
            // A wrapper around the paragraph alone ("<div class=text-block><p>") is the
            // paragraph; its container is the first ancestor holding more.
            std::int32_t container = block > 0 ? parent(block) : 0;
            while (container > 0 && parent(container) > 0 &&
                   raw_[static_cast<std::size_t>(container)] <= raw_[static_cast<std::size_t>(block)] + kWrapperSlack)
                container = parent(container);
            most = std::max(most, by_container[container] += chars);
        }
        return sentence ? std::max(most, tabular) : most;
    }

private:
    const PageNode& node(std::int32_t i) const { return page_.nodes[static_cast<std::size_t>(i)]; }
    std::int32_t parent(std::int32_t i) const { return node(i).parent; }

    // Site furniture (furniture.hpp) goes in every attempt: a caption or a comment is
    // never article, however little text the page has. Small furniture goes while it is
    // small; nothing goes that holds most of the page's prose (a "post-media" wrapper).
    void mark_furniture() {
        furniture_dead_.assign(n_, 0);
        // An inline element inside running text (a link in a sentence classed "keywords")
        // is part of that text, whatever its class says.
        std::vector<std::uint8_t> in_text(n_, 0);
        for (std::size_t p = 0; p < n_; ++p) {
            const auto& kids = page_.nodes[p].children;
            for (std::size_t k = 0; k < kids.size();) {
                std::size_t end = k;
                std::uint32_t run = 0;
                for (; end < kids.size(); ++end) {
                    std::int32_t c = kids[end];
                    if (c < 0) run += text_stats_[static_cast<std::size_t>(~c)].chars;
                    else if (block_tag(node(c).tag)) break;
                    else run += raw_[static_cast<std::size_t>(c)];
                }
                for (std::size_t j = k; j < end; ++j)
                    if (kids[j] >= 0 && run > raw_[static_cast<std::size_t>(kids[j])] + kRunningTextSlack)
                        in_text[static_cast<std::size_t>(kids[j])] = 1;
                k = end + 1;
            }
        }
        for (std::size_t i = 1; i < n_; ++i) {
            std::uint16_t kinds = furniture_[i];
            if (!kinds || in_text[i] || page_.nodes[i].tag == "body" || page_.nodes[i].tag == "html") continue;
            bool section = kinds & kSectionFurniture;
            bool small = (kinds & kSmallFurniture) && raw_[i] <= kSmallFurnitureChars;
            if ((kinds & kNeverArticle) || ((section || small) && !holds_most_prose(i))) furniture_dead_[i] = 1;
        }
        // A line that is mostly a <time> ("Published <time>May 5</time>") is a date line;
        // a <time> inside a sentence stays.
        for (std::size_t i = 1; i < n_; ++i) {
            if (page_.nodes[i].tag != "time" || raw_[i] > kMaxTimeChars) continue;
            std::size_t line = i;
            for (auto p = static_cast<std::size_t>(page_.nodes[i].parent);
                 p > 0 && page_.nodes[p].tag != "body" && raw_[p] <= raw_[i] + kDateLineSlack;
                 p = static_cast<std::size_t>(page_.nodes[p].parent))
                line = p;
            if (line != i || raw_[static_cast<std::size_t>(page_.nodes[i].parent)] <= raw_[i] + kDateLineSlack)
                furniture_dead_[line] = 1;
        }
    }

    bool has_ancestor(std::size_t i, std::string_view tag) const {
        for (std::int32_t p = page_.nodes[i].parent; p > 0; p = node(p).parent)
            if (node(p).tag == tag) return true;
        return false;
    }
    bool ancestor_hidden(std::size_t i) const {
        for (std::int32_t p = page_.nodes[i].parent; p > 0; p = node(p).parent)
            if (node(p).hidden) return true;
        return false;
    }

    double class_weight(std::int32_t i) const {
        if (!flags_.weight_classes) return 0;
        const PageNode& e = node(i);
        double w = 0;
        if (!e.cls.empty()) {
            std::string c = ascii_lower(e.cls);
            if (negative_words(c)) w -= kClassWeight;
            if (positive_words(c)) w += kClassWeight;
        }
        if (!e.id.empty()) {
            std::string c = ascii_lower(e.id);
            if (negative_words(c)) w -= kClassWeight;
            if (positive_words(c)) w += kClassWeight;
        }
        return w;
    }

    // Marks what this attempt drops before scoring: skipped and hidden elements,
    // unlikely candidates, the byline and a heading that repeats the title.
    void grab(const std::string& title, std::string& byline) {
        dead_.assign(n_, 0);
        // What Readability drops (and so never reads a byline from); furniture is dropped
        // too, but a byline inside it (an article's header) is still read.
        std::vector<std::uint8_t> gone(n_, 0);
        for (std::size_t i = 1; i < n_; ++i) {
            const PageNode& e = page_.nodes[i];
            auto p = static_cast<std::size_t>(e.parent);
            if (gone[p] || invisible_[i]) {
                gone[i] = dead_[i] = 1;
                continue;
            }
            const std::string& words = lowered_[i];
            if (byline.empty() && raw_[i] > 0 && raw_[i] < kMaxBylineChars && byline_words(words) &&
                !block_of_paragraphs(i)) {
                byline = collapsed_text(static_cast<std::int32_t>(i));
                gone[i] = dead_[i] = 1;
                continue;
            }
            if (flags_.strip_unlikely) {
                // A wrapper named "container hasSidebar" that holds most of the page's prose
                // is the page's layout, not a sidebar.
                bool unlikely = unlikely_words(words) && !maybe_words(words) && !in_table_or_code_[i] &&
                                e.tag != "body" && e.tag != "a" && !holds_most_clean_prose(i);
                bool role = one_of(e.role, {"menu", "menubar", "complementary", "navigation", "alert",
                                            "alertdialog", "dialog"});
                if (unlikely || role) {
                    gone[i] = dead_[i] = 1;
                    continue;
                }
            }
            if (dead_[p] || furniture_dead_[i]) {
                dead_[i] = 1;
                continue;
            }
            if ((e.tag == "h1" || e.tag == "h2") && !title.empty() && raw_[i] > 0 &&
                text_similarity(title, collapsed_text(static_cast<std::int32_t>(i))) > kTitleSimilarity) {
                dead_[i] = 1;
                continue;
            }
        }
    }

    // More than half of the page's prose paragraphs (all of them, or those outside furniture).
    bool holds_most_prose(std::size_t i) const { return prose_[0] > 0 && prose_[i] > kMostProseShare * prose_[0]; }
    bool holds_most_clean_prose(std::size_t i) const {
        return clean_prose_[0] > 0 && clean_prose_[i] > kMostProseShare * clean_prose_[0];
    }

    // A byline is short and holds no paragraphs of its own.
    bool block_of_paragraphs(std::size_t i) const {
        for (std::int32_t c : page_.nodes[i].children)
            if (c >= 0 && one_of(node(c).tag, {"p", "div", "article", "section"})) return true;
        return false;
    }

    void aggregate() {
        agg_.assign(n_, Agg{});
        for (std::size_t k = 0; k < page_.texts.size(); ++k) {
            auto p = static_cast<std::size_t>(page_.texts[k].parent);
            if (dead_[p]) continue;
            Agg& a = agg_[p];
            a.chars += text_stats_[k].chars;
            a.commas += text_stats_[k].commas;
            if (in_link_[p]) a.link_chars += text_stats_[k].chars;
        }
        for (std::size_t i = n_; i-- > 1;) {
            if (dead_[i]) {
                // Inputs count even though their (absent) text does not.
                if (page_.nodes[i].tag == "input" && !dead_[static_cast<std::size_t>(page_.nodes[i].parent)])
                    ++agg_[static_cast<std::size_t>(page_.nodes[i].parent)].input;
                continue;
            }
            const PageNode& e = page_.nodes[i];
            Agg& a = agg_[i];
            if (heading_tag(e.tag)) a.heading_chars = a.chars;
            if (e.tag == "p" || (e.tag == "div" && !a.block_inside)) ++a.p;
            if (e.tag == "img") ++a.img;
            if (e.tag == "li") {
                ++a.li;
                a.li_chars = a.chars;
            }
            Agg& up = agg_[static_cast<std::size_t>(e.parent)];
            up.chars += a.chars;
            up.link_chars += a.link_chars;
            up.commas += a.commas;
            up.heading_chars += a.heading_chars;
            up.p += a.p;
            up.img += a.img;
            up.li += a.li;
            up.li_chars += a.li_chars;
            up.input += a.input;
            up.block_inside = up.block_inside || a.block_inside || div_to_p_tag(e.tag);
        }
    }

    double link_density(std::int32_t i) const {
        const Agg& a = agg_[static_cast<std::size_t>(i)];
        return a.chars == 0 ? 0 : static_cast<double>(a.link_chars) / a.chars;
    }

    void initialize(std::int32_t i) {
        auto k = static_cast<std::size_t>(i);
        if (scored_[k]) return;
        scored_[k] = 1;
        const std::string& t = page_.nodes[k].tag;
        double s = 0;
        if (t == "div") s = kDivScore;
        else if (one_of(t, {"pre", "td", "blockquote"})) s = kTextBlockScore;
        else if (one_of(t, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"})) s = kListScore;
        else if (heading_tag(t) || t == "th") s = kHeadingScore;
        score_[k] = s + class_weight(i);
    }

    // Gives a paragraph's score to its parent, grandparent (half) and up to three more
    // ancestors (a third of their level).
    void credit(std::int32_t first_ancestor, std::uint32_t chars, std::uint32_t commas) {
        if (chars < kMinVotingChars) return;
        double content = kVoteBase + commas + std::min(chars / kCharsPerVote, kMaxLengthVotes);
        std::int32_t a = first_ancestor;
        for (int level = 0; level < kVotingAncestors && a > 0 && node(a).tag != "html"; ++level, a = parent(a)) {
            while (a > 0 && wrapper_[static_cast<std::size_t>(a)]) a = parent(a);
            if (a <= 0 || node(a).tag == "html") break;
            initialize(a);
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3.0;
            score_[static_cast<std::size_t>(a)] += content / divider;
        }
    }

    // A div around a single paragraph (and nothing else) is that paragraph: Readability
    // replaces it by its p, so the p's score goes to the div's parent.
    bool single_p_wrapper(std::size_t i) const {
        const PageNode& e = page_.nodes[i];
        if (e.tag != "div" || link_density(static_cast<std::int32_t>(i)) >= kSiblingLinkDensity) return false;
        int elements = 0;
        bool p = false;
        for (std::int32_t c : e.children) {
            if (c < 0) {
                if (text_stats_[static_cast<std::size_t>(~c)].chars > 0) return false;
            } else if (!dead_[static_cast<std::size_t>(c)]) {
                ++elements;
                p = node(c).tag == "p";
            }
        }
        return elements == 1 && p;
    }

    // A paragraph for the sibling test: a p, a div holding no blocks, or a p's wrapper.
    bool acts_as_p(std::int32_t i) const {
        const std::string& t = node(i).tag;
        auto k = static_cast<std::size_t>(i);
        return t == "p" || wrapper_[k] || (t == "div" && !agg_[k].block_inside);
    }

    void score() {
        score_.assign(n_, 0);
        scored_.assign(n_, 0);
        wrapper_.assign(n_, 0);
        for (std::size_t i = 1; i < n_; ++i) wrapper_[i] = !dead_[i] && single_p_wrapper(i);
        for (std::size_t i = 1; i < n_; ++i) {
            if (dead_[i]) continue;
            const PageNode& e = page_.nodes[i];
            const Agg& a = agg_[i];
            if (one_of(e.tag, {"section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"}) ||
                (e.tag == "div" && !a.block_inside)) {
                credit(e.parent, a.chars, a.commas);
            } else if (e.tag == "div") {
                // Runs of text and inline elements between a div's blocks are paragraphs too.
                for_each_run(static_cast<std::int32_t>(i), [&](std::uint32_t chars, std::uint32_t commas) {
                    credit(static_cast<std::int32_t>(i), chars, commas);
                });
            }
        }
        for (std::size_t i = 1; i < n_; ++i)
            if (scored_[i]) score_[i] *= 1.0 - link_density(static_cast<std::int32_t>(i));
    }

    // Calls on(chars, commas) for each run of inline children of `i` between block children.
    template <class F>
    void for_each_run(std::int32_t i, F&& on) const {
        std::uint32_t chars = 0, commas = 0;
        for (std::int32_t c : node(i).children) {
            if (c < 0) {
                chars += text_stats_[static_cast<std::size_t>(~c)].chars;
                commas += text_stats_[static_cast<std::size_t>(~c)].commas;
            } else if (dead_[static_cast<std::size_t>(c)]) {
                continue;
            } else if (block_tag(node(c).tag) || node(c).tag == "img") {
                if (chars > 0) on(chars, commas);
                chars = commas = 0;
            } else {
                chars += agg_[static_cast<std::size_t>(c)].chars;
                commas += agg_[static_cast<std::size_t>(c)].commas;
            }
        }
        if (chars > 0) on(chars, commas);
    }

    std::vector<std::int32_t> live_element_children(std::int32_t i) const {
        std::vector<std::int32_t> out;
        for (std::int32_t c : node(i).children)
            if (c >= 0 && !dead_[static_cast<std::size_t>(c)]) out.push_back(c);
        return out;
    }

    // The top candidate and the siblings that belong with it, in document order.
    std::vector<std::int32_t> choose() {
        std::vector<std::int32_t> top = top_candidates();
        if (top.empty() || top[0] == body_) return {body_};
        std::int32_t best = container_of(top);
        std::int32_t up = parent(best);
        if (up <= 0 || node(up).tag == "html") return {best};
        return with_siblings(best, up);
    }

    // The five best-scored candidates, best first.
    std::vector<std::int32_t> top_candidates() const {
        std::vector<std::int32_t> top;
        for (std::size_t i = 1; i < n_; ++i) {
            if (!scored_[i] || dead_[i]) continue;
            top.push_back(static_cast<std::int32_t>(i));
            std::sort(top.begin(), top.end(), [&](std::int32_t a, std::int32_t b) {
                return score_[static_cast<std::size_t>(a)] > score_[static_cast<std::size_t>(b)];
            });
            if (top.size() > kTopCandidates) top.pop_back();
        }
        return top;
    }

    double sc(std::int32_t i) const { return score_[static_cast<std::size_t>(i)]; }

    // From the best candidate up to the element that holds the article.
    std::int32_t container_of(const std::vector<std::int32_t>& top) {
        std::int32_t best = top[0];
        // When three good candidates share an ancestor, the article is that ancestor.
        std::vector<std::int32_t> alts;
        for (std::size_t k = 1; k < top.size(); ++k)
            if (sc(top[k]) / sc(best) >= kAlternativeShare) alts.push_back(top[k]);
        if (alts.size() >= kMinAlternatives) {
            for (std::int32_t p = parent(best); p > 0 && p != body_; p = parent(p)) {
                std::size_t holding = 0;
                for (std::int32_t a : alts)
                    for (std::int32_t q = parent(a); q > 0; q = parent(q))
                        if (q == p) {
                            ++holding;
                            break;
                        }
                if (holding >= kMinAlternatives) {
                    best = p;
                    break;
                }
            }
            initialize(best);
        }
        // A parent that scores higher than its best child is the better container.
        double last = sc(best), threshold = last * kParentShare;
        for (std::int32_t p = parent(best); p > 0 && p != body_ && node(p).tag != "html"; p = parent(p)) {
            if (!scored_[static_cast<std::size_t>(p)]) continue;
            if (sc(p) < threshold) break;
            if (sc(p) > last) {
                best = p;
                break;
            }
            last = sc(p);
        }
        // An only child says nothing its parent does not.
        for (std::int32_t p = parent(best); p > 0 && p != body_ && node(p).tag != "html" &&
                                            live_element_children(p).size() == 1;
             p = parent(p))
            best = p;
        initialize(best);
        return best;
    }

    // `best` and those of its siblings (children of `up`) that belong with it.
    std::vector<std::int32_t> with_siblings(std::int32_t best, std::int32_t up) const {
        std::vector<std::int32_t> roots;
        double top_score = sc(best);
        double threshold_sibling = std::max(kMinSiblingScore, top_score * kSiblingShare);
        for (std::int32_t s : live_element_children(up)) {
            bool append = s == best;
            if (!append) {
                bool same_class = !node(best).cls.empty() && node(s).cls == node(best).cls;
                double bonus = same_class ? top_score * kSameClassBonus : 0;
                std::uint32_t len = agg_[static_cast<std::size_t>(s)].chars;
                if (scored_[static_cast<std::size_t>(s)] && sc(s) + bonus >= threshold_sibling) {
                    append = true;
                } else if (acts_as_p(s)) {
                    double ld = link_density(s);
                    if (len > kSiblingParagraphChars && ld < kSiblingLinkDensity) append = true;
                    else if (len > 0 && len < kSiblingParagraphChars && ld == 0) append = has_inner_full_stop(s);
                }
            }
            if (append) roots.push_back(s);
        }
        return roots;
    }

    // A full stop followed by a space or the end: a short paragraph that is a sentence.
    bool has_inner_full_stop(std::int32_t s) const {
        std::string t = collapsed_text(s);
        std::size_t dot = t.find('.');
        while (dot != std::string::npos && dot + 1 < t.size() && t[dot + 1] != ' ') dot = t.find('.', dot + 1);
        return dot != std::string::npos;
    }

    bool data_table(std::int32_t i) const {
        const PageNode& t = node(i);
        if (t.role == "presentation") return false;
        std::size_t rows = 0, cells = 0;
        std::vector<std::int32_t> stack(t.children.rbegin(), t.children.rend());
        while (!stack.empty()) {
            std::int32_t c = stack.back();
            stack.pop_back();
            if (c < 0) continue;
            const std::string& tag = node(c).tag;
            if (one_of(tag, {"caption", "thead", "tfoot", "th"})) return true;
            if (tag == "table") return false;  // layout tables nest
            if (tag == "tr") ++rows;
            if (tag == "td") ++cells;
            stack.insert(stack.end(), node(c).children.rbegin(), node(c).children.rend());
        }
        return rows >= kDataTableRows || (rows > 0 && cells / rows > kDataTableCellsPerRow) || cells > kDataTableCells;
    }

    // Readability's _cleanConditionally: does this table, list, div or form look like
    // boilerplate rather than article?
    bool shady(std::int32_t i) {
        const PageNode& e = node(i);
        if (e.tag == "table" && data_table(i)) return false;
        if (has_ancestor(static_cast<std::size_t>(i), "code")) return false;
        double weight = class_weight(i);
        if (weight < 0) return true;
        const Agg& a = agg_[static_cast<std::size_t>(i)];
        if (a.commas >= kProseCommas) return false;
        bool list = e.tag == "ul" || e.tag == "ol" || (a.chars > 0 && a.li_chars > kListShare * a.chars);
        double p = a.p, img = a.img, li = static_cast<double>(a.li) - kListItemAllowance, input = a.input;
        double heading_density = a.chars == 0 ? 0 : static_cast<double>(a.heading_chars) / a.chars;
        double ld = link_density(i);
        bool figure = has_ancestor(static_cast<std::size_t>(i), "figure");
        return (img > 1 && p / img < kParagraphsPerImage && !figure) || (!list && li > p) ||
               (input > std::floor(p / kParagraphsPerInput)) ||
               (!list && heading_density < kHeadingShare && a.chars < kMinBlockChars && (img == 0 || img > 2) &&
                !figure) ||
               (!list && weight < kClassWeight && ld > kLinkDensity) ||
               (weight >= kClassWeight && ld > kPositiveLinkDensity);
    }

    // Drops what inside the chosen content is not article.
    void prepare(const std::vector<std::int32_t>& roots) {
        std::vector<std::int32_t> order;  // the content's elements in document order
        for (std::int32_t r : roots) {
            std::vector<std::int32_t> stack{r};
            while (!stack.empty()) {
                std::int32_t c = stack.back();
                stack.pop_back();
                if (c < 0 || dead_[static_cast<std::size_t>(c)]) continue;
                order.push_back(c);
                stack.insert(stack.end(), node(c).children.rbegin(), node(c).children.rend());
            }
        }
        // Deepest first, as Readability walks them.
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            std::int32_t i = *it;
            const PageNode& e = node(i);
            bool drop = false;
            if (one_of(e.tag, {"aside", "footer", "figcaption", "form", "fieldset"})) drop = true;
            else if (share_words(lowered_[static_cast<std::size_t>(i)]) &&
                     agg_[static_cast<std::size_t>(i)].chars < kShareBarChars &&
                     std::find(roots.begin(), roots.end(), i) == roots.end())
                drop = true;
            else if (flags_.weight_classes && (e.tag == "h1" || e.tag == "h2") && class_weight(i) < 0)
                drop = true;
            else if (flags_.clean_conditionally && one_of(e.tag, {"table", "ul", "div"}) && shady(i))
                drop = true;
            if (drop) dead_[static_cast<std::size_t>(i)] = 1;
        }
    }

    // The collapsed text of `i`'s live subtree, blocks separated by single spaces.
    std::string collapsed_text(std::int32_t i) const {
        std::vector<ExtractedParagraph> parts;
        Writer w(page_, parts);
        walk(i, w);
        w.flush();
        std::string out;
        for (auto& p : parts) {
            if (!out.empty()) out += ' ';
            out += p.text;
        }
        for (char& c : out)
            if (c == '\n') c = ' ';
        return out;
    }

    // Builds paragraphs from a walk over the live tree.
    struct Writer {
        const Page& page;
        std::vector<ExtractedParagraph>& out;
        std::string buf;
        bool pending_space = false;
        std::int32_t first = -1, last = -1;
        std::size_t total = 0;
        Writer(const Page& p, std::vector<ExtractedParagraph>& o) : page(p), out(o) {}
        void text(std::int32_t k) {
            if (append_collapsed(buf, pending_space, page.texts[static_cast<std::size_t>(k)].text)) {
                if (first < 0) first = k;
                last = k;
            }
        }
        void line_break() {
            pending_space = false;
            if (buf.empty()) return;
            if (buf.back() == '\n') flush();
            else buf += '\n';
        }
        void flush() {
            while (!buf.empty() && buf.back() == '\n') buf.pop_back();
            if (!buf.empty()) {
                total += count_code_points(buf);
                out.push_back(ExtractedParagraph{std::move(buf), first, last});
            }
            buf.clear();
            pending_space = false;
            first = last = -1;
        }
    };

    void walk(std::int32_t root, Writer& w) const {
        // (node, leaving) pairs; no recursion, whatever the depth.
        std::vector<std::pair<std::int32_t, bool>> stack{{root, false}};
        while (!stack.empty()) {
            auto [c, leaving] = stack.back();
            stack.pop_back();
            if (c < 0) {
                w.text(~c);
                continue;
            }
            if (dead_[static_cast<std::size_t>(c)]) continue;
            const std::string& tag = node(c).tag;
            if (tag == "br") {
                w.line_break();
                continue;
            }
            if (block_tag(tag) || tag == "img") w.flush();
            if (leaving) continue;
            stack.emplace_back(c, true);
            for (auto it = node(c).children.rbegin(); it != node(c).children.rend(); ++it) stack.emplace_back(*it, false);
        }
    }

    std::size_t render(const std::vector<std::int32_t>& roots, std::vector<ExtractedParagraph>& out) const {
        Writer w(page_, out);
        for (std::int32_t r : roots) {
            walk(r, w);
            w.flush();
        }
        return w.total;
    }

    const Page& page_;
    std::size_t n_;
    std::int32_t body_ = 0;
    Flags flags_;
    std::vector<TextStats> text_stats_;
    std::vector<std::string> lowered_;  // class and id, lower case
    std::vector<std::uint32_t> raw_;  // text length of each element's whole subtree
    std::vector<std::uint8_t> in_table_or_code_, in_link_;  // from the tree alone
    std::vector<std::uint8_t> invisible_, furniture_dead_, in_data_table_;  // from the tree alone
    std::vector<std::uint16_t> furniture_;  // furniture_of() each element
    std::vector<std::uint32_t> prose_, clean_prose_;  // prose paragraphs' length in each subtree
    std::vector<std::uint8_t> dead_, scored_, wrapper_;     // per attempt
    std::vector<Agg> agg_;
    std::vector<double> score_;
};

std::string meta_value(const PageMeta& meta, Strings names) {
    for (std::string_view name : names)
        for (const auto& [k, v] : meta.meta)
            if (k == name && !v.empty()) return v;
    return {};
}

std::string collapse(std::string_view s) {
    std::string out;
    bool space = false;
    append_collapsed(out, space, s);
    return out;
}

// Strips a " | Site name" or " - Site name" suffix from a document title.
std::string strip_site_suffix(const std::string& title, const std::string& site) {
    for (std::string_view sep : {" | ", " - ", " – ", " — ", " :: ", " / ", " » ", " · "}) {
        std::size_t at = title.rfind(sep);
        if (at == std::string::npos || at == 0) continue;
        std::string head = title.substr(0, at), tail = title.substr(at + sep.size());
        // Only a short tail is a site name; a long one is part of the headline.
        if (!site.empty() && tail.find(site) == std::string::npos && head.find(site) != std::string::npos)
            return tail;
        std::size_t head_words = words_of(head).size(), tail_words = words_of(tail).size();
        if ((head_words >= kMinHeadlineWords && tail_words <= kMaxSiteNameWords) ||
            (tail_words < kMaxSiteNameWords && tail_words < head_words))
            return head;
    }
    return title;
}

// A meta title that is no headline: the site's own name, or a URL's slug
// ("adac-kindersitztest-herbst-2018"). The document's <title> is then the better one.
bool no_headline(const std::string& title, const std::string& site) {
    if (!site.empty() && ascii_lower(title) == ascii_lower(site)) return true;
    return title.find(' ') == std::string::npos && std::count(title.begin(), title.end(), '-') >= 2;
}

}  // namespace

std::string page_language(const std::string& attr) {
    std::string code = ascii_lower(attr.substr(0, attr.find_first_of("-_")));
    return parse_lang(code) ? code : std::string();
}

std::vector<ExtractedParagraph> page_paragraphs(const Page& page) { return Extractor(page).everything(); }

std::optional<std::string> extract_article(const Page& page, Extracted& out) {
    const PageMeta& m = page.meta;
    std::string site = collapse(meta_value(m, {"og:site_name"}));
    const std::string meta_title = collapse(meta_value(m, {"og:title", "twitter:title", "dc:title", "dcterm:title"}));
    std::string title = strip_site_suffix(meta_title, site);
    std::string doc_title = strip_site_suffix(collapse(m.doc_title), site);
    if (title.empty() || (no_headline(meta_title, site) && !doc_title.empty() && !no_headline(doc_title, site)))
        title = std::move(doc_title);
    out.title = title;
    out.lang = page_language(m.lang);
    if (out.lang.empty()) out.lang = page_language(meta_value(m, {"og:locale", "content-language", "language"}));
    out.published = collapse(meta_value(m, {"article:published_time", "datepublished", "dc.date.issued",
                                            "parsely-pub-date", "date", "pubdate"}));
    if (out.published.empty()) out.published = m.time;
    std::string author = meta_value(m, {"author", "article:author", "dc:creator", "parsely-author", "byl"});
    if (author.find("://") != std::string::npos) author.clear();  // a profile URL, not a name
    out.byline = collapse(author);

    Extractor x(page);
    out.readerable = x.readerable();
    // Readability's fall-backs: when an attempt keeps under 500 characters, try again
    // with fewer filters; if none reaches it, keep the longest.
    const Flags attempts[] = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
    std::vector<ExtractedParagraph> best;
    std::string best_byline;
    std::size_t best_len = 0;
    for (const Flags& f : attempts) {
        std::vector<ExtractedParagraph> paragraphs;
        std::string byline;
        std::size_t len = x.attempt(f, title, byline, paragraphs);
        if (len > best_len || best.empty()) {
            best = std::move(paragraphs);
            best_byline = std::move(byline);
            best_len = len;
        }
        if (len >= kMinAttemptChars) break;
    }
    if (best.empty()) return std::string("no article found");
    out.readerable = out.readerable || x.holds_article(best);
    out.paragraphs = std::move(best);
    if (out.byline.empty()) out.byline = best_byline;
    if (out.byline.empty()) out.byline = collapse(m.rel_author);
    return std::nullopt;
}

}  // namespace precis::detail
