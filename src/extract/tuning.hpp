// Every tuning constant of the article extractor (extract.cpp), one named constant each
// with the reason for it, as src/score/weights.hpp does for scoring. Where a value is
// Mozilla Readability's it is kept as Readability has it, so that precis reads pages as
// the reference reader modes do; precis-extract-eval measures any change (README, "Web
// pages"). Lengths count code points of text with whitespace runs as one.
#pragma once

#include <cstddef>
#include <cstdint>

namespace precis::detail::tuning {

// --- Scoring paragraphs and their containers (Readability) ---

// Shorter paragraphs ("Share", "Next") say too little to vote for their container.
constexpr std::uint32_t kMinVotingChars = 25;
// A paragraph's vote: kVoteBase, one per comma (clauses are prose; menus have none), and
// one per kCharsPerVote characters, at most kMaxLengthVotes.
constexpr double kVoteBase = 2;
constexpr std::uint32_t kCharsPerVote = 100;
constexpr std::uint32_t kMaxLengthVotes = 3;
// The vote goes to the parent, the grandparent (half) and up to three more ancestors (a
// third of their level): text votes for what holds it closely.
constexpr int kVotingAncestors = 5;
// An element's starting score by tag: a div is where articles live; pre, td and
// blockquote hold text; lists, forms and addresses are mostly navigation; headings are
// titles, not content.
constexpr double kDivScore = 5, kTextBlockScore = 3, kListScore = -3, kHeadingScore = -5;
// A positive class or id name ("article", "content") or a negative one ("sidebar",
// "comment") moves the score this much: a name states intent.
constexpr double kClassWeight = 25;

// --- Choosing the article's container (Readability) ---

// Candidates compared with the best one.
constexpr std::size_t kTopCandidates = 5;
// Candidates that score at least this share of the best are alternatives; when
// kMinAlternatives of them share an ancestor, that ancestor is the article (one story
// split into blocks).
constexpr double kAlternativeShare = 0.75;
constexpr std::size_t kMinAlternatives = 3;
// Climbing from the best candidate, a parent scoring under this share of it ends the
// climb (the parent is the page, not the article).
constexpr double kParentShare = 1.0 / 3;
// Siblings of the container join it when they score this share of it (and at least
// kMinSiblingScore); a sibling with the container's class gets this share as a bonus.
constexpr double kSiblingShare = 0.2, kMinSiblingScore = 10, kSameClassBonus = 0.2;
// A sibling paragraph joins when it is this long and mostly not links, or shorter with no
// link and a full stop (a one-line paragraph of the story).
constexpr std::uint32_t kSiblingParagraphChars = 80;
constexpr double kSiblingLinkDensity = 0.25;

// --- Cleaning the container (Readability's _cleanConditionally) ---

// A block with this many commas is prose, whatever else it holds.
constexpr std::uint32_t kProseCommas = 10;
// A block whose list items hold this share of its text is a list.
constexpr double kListShare = 0.9;
// Blocks shorter than this that are not lists, headings or single images are debris.
constexpr std::uint32_t kMinBlockChars = 25;
// More links than this share of the text: navigation (a positively named block may hold
// up to kPositiveLinkDensity).
constexpr double kLinkDensity = 0.2, kPositiveLinkDensity = 0.5;
// A block of headings only (this share of its text) is a title block, not debris.
constexpr double kHeadingShare = 0.9;
// Share bars ("share", "sharedaddy") shorter than this are dropped.
constexpr std::uint32_t kShareBarChars = 500;
// A table is data (kept) with a caption or header cells, or this many rows, cells per
// row or cells; else it is layout.
constexpr std::size_t kDataTableRows = 10, kDataTableCellsPerRow = 4, kDataTableCells = 10;
// Readability gives list-heavy blocks this many list items before counting them.
constexpr double kListItemAllowance = 100;
// More than one image and fewer paragraphs per image than this: a gallery or an ad block.
constexpr double kParagraphsPerImage = 0.5;
// More form inputs than one per this many paragraphs: a form.
constexpr double kParagraphsPerInput = 3;

// --- Readability's fall-backs, title and byline ---

// An attempt that keeps less than this tries again with fewer filters.
constexpr std::size_t kMinAttemptChars = 500;
// A heading this similar to the title repeats it and is left out.
constexpr double kTitleSimilarity = 0.75;
// A byline is shorter than this.
constexpr std::uint32_t kMaxBylineChars = 100;
// "Headline | Site": a tail of at most kMaxSiteNameWords words after a head of at least
// kMinHeadlineWords (or a shorter tail after a longer head) is the site's name.
constexpr std::size_t kMinHeadlineWords = 3, kMaxSiteNameWords = 5;

// --- Readability's reader test (isProbablyReaderable) ---

// Paragraphs over kReaderableChars add sqrt(length - kReaderableChars); a page whose sum
// passes kReaderableScore holds an article.
constexpr double kReaderableChars = 140, kReaderableScore = 20;

// --- precis: site furniture (furniture.hpp) ---

// A paragraph this long is prose: counted when asking which element holds most of a
// page's prose (a layout wrapper named "hasSidebar" or "post-media" does; a sidebar does not).
constexpr std::uint32_t kProseParagraphChars = 80;
// Holding more than this share of the page's prose makes an element the page's layout.
constexpr double kMostProseShare = 0.5;
// Small furniture (a caption, a date, a byline box) is dropped while it holds at most
// this much text; a longer box named so is more than furniture.
constexpr std::uint32_t kSmallFurnitureChars = 500;
// An inline element whose run of text is longer than itself by more than this is part of
// a sentence (a link classed "keywords"), whatever its class says.
constexpr std::uint32_t kRunningTextSlack = 15;
// A <time> of at most kMaxTimeChars with at most kDateLineSlack more around it
// ("Published", "Updated on") is a date line.
constexpr std::uint32_t kMaxTimeChars = 100, kDateLineSlack = 40;

// --- precis: "no article found" ---

// A paragraph of prose is at least this long ("Read more." is not) and ends a sentence.
constexpr std::size_t kMinProseChars = 40;
// An article holds at least this much prose in one container: a short news item of two
// paragraphs does; the demo front page's 211-character blurb above its teasers, a login
// form or an error page does not (weighted_length(): CJK characters count three).
constexpr std::size_t kMinArticleProse = 300;
// In the page's one <article> (itemprop="articleBody"), a clear container, less will do:
// a news item of two sentences.
constexpr std::size_t kMinMarkedArticleProse = 150;
// An element holding a paragraph and no more than this much else is the paragraph's
// wrapper, not its container.
constexpr std::uint32_t kWrapperSlack = 10;

}  // namespace precis::detail::tuning
