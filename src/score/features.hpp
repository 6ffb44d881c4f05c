// Stage 4, score (first half): what is known about every sentence, as numbers a model can
// weigh. Every feature is in [0, 1] and is computed with + - * / and sqrt only, so that
// the native and the WebAssembly builds compute the same bits.
#pragma once

#include "document.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace precis::detail {

// The features, in the order of the model's weights (src/score/model.hpp). The names are
// what `--explain` prints and what precis-train writes.
#define PRECIS_FEATURES(X)                                                                              \
    X(first, "the article's first sentence")                                                            \
    X(second, "its second sentence")                                                                    \
    X(third, "its third sentence")                                                                      \
    X(position, "lead decay: 3 / (3 + index)")                                                          \
    X(depth, "how far into the article: index / 30, at most 1")                                         \
    X(lead_strength, "position, times the first sentence's centrality: a lead that tells the story")    \
    X(paragraph_first, "first sentence of its paragraph (articles with paragraphs)")                    \
    X(paragraph_position, "1 / (1 + paragraph index) (articles with paragraphs)")                       \
    X(length, "word count in the preferred range (8 to 22 words), falling off outside")                 \
    X(short_sentence, "under 10 words")                                                                 \
    X(words, "word count / 50, at most 1")                                                              \
    X(centrality, "cosine with the rest of the article, over the article's best")                       \
    X(topic_words, "mean article frequency of its content words, over the article's best")              \
    X(title, "share of the title's content words it contains")                                          \
    X(lead_similarity, "cosine with the article's first sentence (0 for that sentence)")                \
    X(content_share, "content words over all words")                                                    \
    X(entities, "summed salience of the entities it names, over 2, at most 1")                          \
    X(top_entities, "how many of the article's three most salient entities it names, over 3")           \
    X(new_entity, "first mention of one of the five most salient entities")                             \
    X(actor_role, "names a person after a title or role (\"President Vladimir Putin\")")                \
    X(number, "holds a number")                                                                         \
    X(quote, "holds a quote: 1 attributed, 0.5 unattributed")                                           \
    X(salient_quote, "holds a quote whose speaker is one of the three most salient entities")           \
    X(quoted_share, "share of its characters inside quotation marks")                                   \
    X(standalone, "opens with a pronoun or connective (\"He\", \"However\"); not the first sentence")     \
    X(question, "ends with a question mark")                                                            \
    X(label, "opens with a short label and a colon (\"Flying high: ...\", a caption's shape)")              \
    X(run_on, "two sentences run together: a capitalised function word right after a lower-case word")

enum Feature : std::size_t {
#define PRECIS_FEATURE_ENUM(name, what) f_##name,
    PRECIS_FEATURES(PRECIS_FEATURE_ENUM)
#undef PRECIS_FEATURE_ENUM
        kFeatureCount
};

constexpr std::array<std::string_view, kFeatureCount> kFeatureNames{
#define PRECIS_FEATURE_NAME(name, what) #name,
    PRECIS_FEATURES(PRECIS_FEATURE_NAME)
#undef PRECIS_FEATURE_NAME
};

using FeatureVector = std::array<double, kFeatureCount>;

// A sentence's content terms with their counts, sorted by term id.
using TermVector = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

struct SentenceFeatures {
    FeatureVector x{};
    bool standalone = false;   // opens with a pronoun or connective ("He", "However")
    // Starts with a lower-case word: the rest of a sentence broken before it, which like a
    // `standalone` one comes in only after the sentence before it. Not a model feature.
    bool continues = false;
    bool boilerplate = false;  // a byline, a credit, "Read more": never chosen
    // Under kFragmentWords words (a label, a kicker or a dateline: "World", "2016-09-05"),
    // or a lead-in ending in a colon: not a key point; chosen only when nothing else is left.
    bool fragment = false;
};

constexpr std::size_t kFragmentWords = 3;

struct FeatureTable {
    std::vector<SentenceFeatures> sentences;
    std::vector<TermVector> vectors;  // per sentence, for redundancy and coverage
    std::vector<double> norms2;       // per sentence, norm2() of its vector
    std::vector<double> term_counts;  // per term (Document::terms), its count in the article
};

// The features of every sentence of `doc`; `title` is the article's title ("" when none).
FeatureTable compute_features(const Document& doc, std::string_view title);

// The squared length of a term vector.
double norm2(const TermVector& v);
// Cosine similarity of two term vectors, given their norm2().
double cosine(const TermVector& a, double norm2_a, const TermVector& b, double norm2_b);
// The same for sentences i and j of a table.
inline double cosine(const FeatureTable& t, std::size_t i, std::size_t j) {
    return cosine(t.vectors[i], t.norms2[i], t.vectors[j], t.norms2[j]);
}

}  // namespace precis::detail
