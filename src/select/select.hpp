// Stage 5, select: the best few sentences, without redundancy, within the length asked.
#pragma once

#include "document.hpp"
#include "score/score.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace precis::detail {

// How many sentences the type and length ask for (key-points 3/5/7, tldr and teaser
// 1/2/3, headline 1), unless `exact` is given.
std::size_t sentence_count(SummaryType type, Length length, std::optional<std::size_t> exact);

// The first sentence after the article's lead, for Options::skip_lead: the lead is the
// first paragraph, or the first kLeadSentences sentences of an article that is one
// paragraph. 0 when the article has nothing after its lead.
std::size_t after_lead(const Document& doc);
constexpr std::size_t kLeadSentences = 3;

// For each sentence, the sentence it leans on: the one before it, captions and bylines
// (boilerplate) skipped; the sentence count itself where there is none.
std::vector<std::size_t> antecedents(const FeatureTable& table);

// Chosen sentence indices in document order, from sentence `first` on. Greedy by score,
// each candidate penalised by its similarity to the sentences already chosen and
// credited for the article's content it adds; a sentence that cannot stand alone waits
// for the one before it (unless nothing else is left); boilerplate is never chosen; with
// `max_chars`, sentences that would overflow it are passed over.
std::vector<std::size_t> select_sentences(const Document& doc, const Scores& scores, std::size_t count,
                                          std::optional<std::size_t> max_chars, const Selection& selection,
                                          std::size_t first = 0);

}  // namespace precis::detail
