// Stage 4, score: the features of every sentence and their weighted sum.
#pragma once

#include "document.hpp"
#include "score/weights.hpp"

#include <precis/precis.hpp>

#include <string_view>
#include <utility>
#include <vector>

namespace precis::detail {

// A sentence's content terms with their counts, sorted by term id.
using TermVector = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

struct SentenceScore {
    double position = 0, paragraph_lead = 0, entities = 0, quote = 0, centrality = 0, title = 0, length = 0;
    bool standalone_penalty = false, boilerplate = false;
    // Under kFragmentWords words: a label, a kicker or a dateline ("World", "2016-09-05"),
    // not a sentence; chosen only when nothing else is left.
    bool fragment = false;
    double score = 0;  // the weighted sum; may be negative
};

constexpr std::size_t kFragmentWords = 3;

struct Scores {
    std::vector<SentenceScore> sentences;
    std::vector<TermVector> vectors;  // per sentence, for redundancy control
};

const Weights& weights_for(SummaryType type);

// Scores every sentence with `weights` (weights_for(type) in the pipeline; the quality
// evaluation switches parts off). `title` is the article's title ("" when none); `type`
// shapes the length feature.
Scores score_sentences(const Document& doc, std::string_view title, const Weights& weights, SummaryType type);

// Cosine similarity of two term vectors.
double cosine(const TermVector& a, const TermVector& b);

}  // namespace precis::detail
