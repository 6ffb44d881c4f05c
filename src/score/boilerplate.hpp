// Stage 4, score: sentences that are site furniture rather than the article's prose.
// Extraction drops what a page's markup names as furniture (src/extract/furniture.hpp);
// this catches what slips through, in plain text too: by shape (a date line, a credit, a
// caption, a breadcrumb trail) and by the phrases of bylines and calls to action in each
// language (lexicon.cpp). A boilerplate sentence is never chosen.
#pragma once

#include "document.hpp"

namespace precis::detail {

struct SentenceShape {
    // Not the article's prose: never chosen.
    bool boilerplate = false;
    // Ends as a finished sentence does (ends_finished_sentence()).
    bool finished = false;
    // Ends without a full stop (a heading, a label, a link, a table cell), in at most
    // kUnfinishedMaxWords words: chosen only when no finished sentence is left.
    bool unfinished = false;
    // Not a sentence of its own, finished or not: a dateline its full stop split off
    // ("Hamburg (KNA/epd)."), or the rest of a sentence broken before a lower-case word
    // ("wurde am Montag vorgestellt."). The caller decides what each costs.
    bool dateline = false;
    bool lower_case_start = false;
};

SentenceShape sentence_shape(const Document& doc, const SentenceSpan& sentence);

// Sentences of at most this many words that end without a full stop are labels and
// headings; longer ones are sentences whose page left the stop out.
constexpr std::size_t kUnfinishedMaxWords = 12;

}  // namespace precis::detail
