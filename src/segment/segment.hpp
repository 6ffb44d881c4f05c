// Stage 2, segment: sentences (ICU's rules plus precis's own for news text) and words.
#pragma once

#include "document.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace precis::detail {

// The longest sentence (README, "Limits"): longer runs are cut, at a space when one is
// in the second half. News sentences run to a few hundred bytes.
constexpr std::size_t kMaxSentenceBytes = 4096;

// The sentences of one paragraph, as trimmed spans of `text`. A single newline inside
// the paragraph is soft, except before a list item ("- ", "• ", "2. "). None is longer
// than kMaxSentenceBytes.
void split_sentences(std::string_view text, Span paragraph, Lang lang, std::vector<Span>& out);

// Plain ICU (the evaluation's baseline): its sentence iterator over the whole text.
std::vector<Span> icu_only_sentences(std::string_view text, Lang lang);

// precis's segmentation of a whole text with no headline: paragraphs, then sentences.
std::vector<Span> precis_sentences(std::string_view text, Lang lang);

// Fills doc.sentences and doc.tokens (with their flags and term ids) from doc.paragraphs.
void segment(Document& doc);

// Case-folded form of a word (ICU simple case folding; ’ becomes ').
std::string fold(std::string_view word);
// The same into `out` (replacing its contents), which keeps its memory for the next word.
void fold_into(std::string_view word, std::string& out);

// A light stem of a folded word: English loses plural and -ed/-ing endings, other
// languages keep their first six letters, which groups most inflected forms.
std::string stem(Lang lang, std::string_view folded);
// The same as a view of `folded`, or of `scratch` when the stem is not a prefix of it.
std::string_view stem_into(Lang lang, std::string_view folded, std::string& scratch);

}  // namespace precis::detail
