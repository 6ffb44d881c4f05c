// Site furniture around an article, told by the page's markup alone: captions and
// credits, dates, bylines and author boxes, kickers, tag lists, comment sections,
// related links, newsletter and subscription blurbs, breadcrumbs, tables of contents.
// Front ends report tags and attributes; this names what they say, and extract.cpp
// decides what to drop (small furniture only while it is small, and nothing that holds
// most of the page's prose).
#pragma once

#include "extract/page.hpp"

#include <cstdint>
#include <string_view>

namespace precis::detail {

enum Furniture : std::uint16_t {
    kCaption = 1 << 0,     // figure captions, photo credits, image and gallery boxes
    kDate = 1 << 1,        // publication dates and times, datelines
    kAuthor = 1 << 2,      // bylines and author boxes (name, portrait, biography)
    kMeta = 1 << 3,        // post metadata: tags, categories, "filed under"
    kKicker = 1 << 4,      // the label above a headline ("Analysis", "Heizen mit Holz")
    kStandfirst = 1 << 5,  // the headline's block: the summary under it, an article's <header>
    kComments = 1 << 6,    // readers' comments and reviews
    kRelated = 1 << 7,     // related stories, recommendations, "read more" rails
    kPromo = 1 << 8,       // newsletters, subscriptions, sign-ups, advertisements
    kNavigation = 1 << 9,  // menus, breadcrumbs, search boxes, pagination, the page's banner
    kContents = 1 << 10,   // a table of contents
    kSiteNotice = 1 << 11, // alerts, cookie and consent notices, tickers, the page's footer
    kReferences = 1 << 12, // references, footnotes, bibliographies: they cite other documents
};

// Furniture that is a line or a box: dropped only while it holds little text.
constexpr std::uint16_t kSmallFurniture = kCaption | kDate | kAuthor | kMeta | kKicker | kStandfirst | kContents;
// Furniture that is a whole section: dropped whatever its size.
constexpr std::uint16_t kSectionFurniture = kComments | kRelated | kPromo | kNavigation | kSiteNotice | kReferences;
// Sections that are never the article, even when they hold most of the page's prose (a
// long comment thread under a short post).
constexpr std::uint16_t kNeverArticle = kComments | kReferences;

// What the element's tag, class and id words, itemprop, role and aria-label name.
std::uint16_t furniture_of(const PageNode& node);

// What one class or id word names: by its last part ("figure__caption", "entry-meta",
// "articleAuthor") or, for words that mean one thing only, anywhere ("imageCredits").
std::uint16_t furniture_of_word(std::string_view word);

}  // namespace precis::detail
