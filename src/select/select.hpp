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

// For each sentence, the sentence it leans on: the one before it, captions and bylines
// (boilerplate) skipped; the sentence count itself where there is none.
std::vector<std::size_t> antecedents(const Scores& scores);

// Chosen sentence indices in document order. Greedy by score, each candidate penalised
// by its similarity to the sentences already chosen; a sentence that cannot stand alone
// waits for the one before it (unless nothing else is left); boilerplate is never
// chosen; with `max_chars`, sentences that would overflow it are passed over.
std::vector<std::size_t> select_sentences(const Document& doc, const Scores& scores, std::size_t count,
                                          std::optional<std::size_t> max_chars, const Selection& selection);

}  // namespace precis::detail
