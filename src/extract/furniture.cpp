#include "extract/furniture.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <utility>

namespace precis::detail {
namespace {

using Words = std::initializer_list<std::string_view>;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || is_upper(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Class-name parts that mean one thing wherever they stand ("img-desc", "toc_container",
// "imageCredits"), and the words that mean it only as the last part ("entry-meta",
// "figure__caption", but not "meta-wrapper"). Sites name their boxes in the languages the
// web is written in; these are the names that recur across sites.
struct Parts {
    std::uint16_t kind;
    Words words;
};
const Parts kAnyPart[] = {
    {kCaption, {"caption", "captions", "figcaption", "credit", "credits", "copyright", "img", "image", "images",
                "photo", "photos", "foto", "fotos", "picture", "gallery", "thumbnail"}},
    {kAuthor, {"byline", "bylines"}},
    {kDate, {"dateline", "timestamp", "pubdate"}},
    {kKicker, {"kicker"}},
    {kNavigation, {"breadcrumb", "breadcrumbs"}},
    {kPromo, {"newsletter", "newsletters", "paywall"}},
    {kContents, {"toc"}},
    {kComments, {"disqus"}},
    {kRelated, {"outbrain", "taboola", "relatedposts"}},
};
const Parts kLastPart[] = {
    {kCaption, {"legend", "legende", "pic", "media", "thumb", "figure"}},
    {kDate, {"date", "dates", "time", "datetime", "published", "updated", "datum", "fecha"}},
    {kAuthor, {"author", "authors", "writer", "autor", "autoren", "auteur", "autore", "bio", "biography",
               "contributor", "contributors"}},
    {kMeta, {"meta", "metadata", "tags", "tag", "taglist", "categories", "keywords", "topics", "labels"}},
    {kKicker, {"overline", "eyebrow", "topline", "dachzeile", "roofline", "rubric", "rubrik", "rubrique"}},
    {kStandfirst, {"standfirst", "dek", "subtitle", "subheadline", "strapline", "sapo", "chapo", "chapeau",
                   "entradilla", "bajada", "sommario", "occhiello"}},
    {kComments, {"comment", "comments", "commentlist", "replies", "respond", "reviews"}},
    {kReferences, {"references", "footnotes", "bibliography"}},
    {kRelated, {"related", "recommended", "recommendations", "recirculation"}},
    {kPromo, {"subscribe", "subscription", "subscriptions", "signup", "promo", "promos", "promotion", "advert",
              "advertisement", "ad", "ads", "sponsor", "sponsored", "banner", "share", "sharing", "social", "like",
              "likes", "follow"}},
    {kNavigation, {"crumbs", "menu", "nav", "navigation", "navbar", "pagination", "pager"}},
    {kSiteNotice, {"alert", "cookie", "cookies", "consent", "gdpr", "ticker", "marquee"}},
};
// Glued forms ("photocredit", "authorbyline").
const std::pair<std::uint16_t, std::string_view> kGlued[] = {
    {kCaption, "caption"}, {kCaption, "credit"},         {kAuthor, "byline"},   {kNavigation, "breadcrumb"},
    {kPromo, "newsletter"}, {kPromo, "subscri"},
};

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Flags such as "has-post-thumbnail" or "format-gallery" say what the element holds
// or how it is laid out, not what it is; taxonomy classes ("category-newsletter",
// "tag-photos") name what the article is about.
bool is_flag(std::string_view word) {
    std::string w = lower(word);
    for (std::string_view p : {"has-", "has_", "is-", "is_", "no-", "with-", "category-", "tag-", "type-", "status-"})
        if (std::string_view(w).substr(0, p.size()) == p) return true;
    for (std::string_view p : {"has", "is"})  // camel case: "isPaywall", "hasSidebar"
        if (word.size() > p.size() && word.substr(0, p.size()) == p && is_upper(word[p.size()])) return true;
    return w.find("format-") != std::string::npos || w.find("format_") != std::string::npos;
}

std::uint16_t furniture_of_words(std::string_view list) {
    std::uint16_t kinds = 0;
    for (std::size_t i = 0; i < list.size();) {
        std::size_t end = list.find_first_of(" \t\n\r\f", i);
        if (end == std::string_view::npos) end = list.size();
        if (end > i) kinds |= furniture_of_word(list.substr(i, end - i));
        i = end + 1;
    }
    return kinds;
}

}  // namespace

std::uint16_t furniture_of_word(std::string_view word) {
    std::string low = lower(word);
    if (low.empty() || is_flag(word)) return 0;
    std::uint16_t kinds = 0;
    for (const auto& [kind, w] : kGlued)
        if (low.find(w) != std::string::npos) kinds |= kind;
    // The parts: split at anything not a letter or digit and at lower-to-upper steps
    // ("imageCredits": image, credits), a BEM modifier ("--wide") left out. A part of
    // digits only is a counter ("caption-2"); a part mixing letters and digits is an
    // identifier or a hash ("author-assabah1", "article__Ee5Ad") and names nothing.
    std::string_view base = word.substr(0, word.find("--"));
    std::string last;
    bool last_named = false;
    for (std::size_t i = 0; i < base.size();) {
        if (!is_alpha(base[i]) && !is_digit(base[i])) {
            ++i;
            continue;
        }
        std::size_t b = i;
        bool digits = false, letters = false;
        while (i < base.size() && (is_alpha(base[i]) || is_digit(base[i]))) {
            digits = digits || is_digit(base[i]);
            letters = letters || is_alpha(base[i]);
            ++i;
        }
        if (!letters) continue;  // a counter: the part before stays the last
        last_named = !digits;
        if (digits) continue;
        // Camel-case steps inside the chunk.
        for (std::size_t k = b; k < i;) {
            std::size_t e = k + 1;
            while (e < i && !(is_upper(base[e]) && !is_upper(base[e - 1]))) ++e;
            last = lower(base.substr(k, e - k));
            for (const auto& p : kAnyPart)
                if (std::find(p.words.begin(), p.words.end(), last) != p.words.end()) kinds |= p.kind;
            k = e;
        }
    }
    if (last_named)
        for (const auto& p : kLastPart)
            if (std::find(p.words.begin(), p.words.end(), last) != p.words.end()) kinds |= p.kind;
    return kinds;
}

std::uint16_t furniture_of(const PageNode& node) {
    std::uint16_t kinds = furniture_of_words(node.cls) | furniture_of_words(node.id);
    const std::string& t = node.tag;
    if (t == "figure" || t == "figcaption") kinds |= kCaption;
    else if (t == "aside") kinds |= kRelated;
    else if (t == "footer") kinds |= kSiteNotice;
    else if (t == "hgroup" || t == "header") kinds |= kStandfirst;
    else if (t == "address") kinds |= kAuthor;
    else if (t == "nav") kinds |= kNavigation;
    const std::string& r = node.role;
    if (r == "complementary") kinds |= kRelated;
    else if (r == "navigation" || r == "menu" || r == "menubar" || r == "search" || r == "banner") kinds |= kNavigation;
    else if (r == "contentinfo" || r == "alert" || r == "alertdialog" || r == "dialog") kinds |= kSiteNotice;
    // schema.org's names for the parts of an article (microdata).
    const std::string& p = node.itemprop;
    if (!p.empty()) {
        for (std::string_view w : {"author", "creator", "contributor", "editor", "publisher"})
            if (p.find(w) != std::string::npos) kinds |= kAuthor;
        if (p.find("date") != std::string::npos) kinds |= kDate;
        if (p == "caption" || p.find("copyright") != std::string::npos || p == "credittext") kinds |= kCaption;
        if (p == "alternativeheadline" || p == "description" || p == "abstract") kinds |= kStandfirst;
        if (p == "comment" || p == "review" || p == "reviews") kinds |= kComments;
        if (p == "keywords" || p == "articlesection" || p == "genre") kinds |= kMeta;
        if (p == "breadcrumb") kinds |= kNavigation;
    }
    if (node.label.find("breadcrumb") != std::string::npos) kinds |= kNavigation;
    return kinds;
}

}  // namespace precis::detail
