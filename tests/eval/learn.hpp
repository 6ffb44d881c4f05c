// Fitting the scoring model (src/score/model.hpp) to reference summaries, and scoring
// selections with ROUGE: shared by precis-train (fits the defaults on all the data) and
// precis-quality-eval (cross-validation: fits on training folds, scores held-out ones).
#pragma once

#include "api/pipeline.hpp"
#include "eval/rouge.hpp"
#include "score/score.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace precis::eval {

// One article with a reference summary, analysed once: its features, the ROUGE tokens of
// its sentences and of the reference, and its extractive oracle.
struct Article {
    std::string set;   // the file it came from, e.g. "cnndm.en"
    std::string id;
    std::string text;  // owns the text the analysis views
    detail::Analysis analysis;
    detail::Scores scores;  // features; the score column is filled by each model in turn
    std::vector<std::size_t> leans_on;  // detail::antecedents of the features
    Ids sentence_tokens, reference;  // ROUGE tokens, interned per article
    std::vector<Ids> references;  // every reference, when the line has "references" (SummEval's 11)
    std::size_t vocabulary = 0;
    std::vector<bool> oracle;  // in the greedy ROUGE oracle of kOracleSentences sentences
    std::vector<bool> oracle_after_first;  // the same, the first sentence taken before the rest
    std::size_t fold = 0;

    std::size_t size() const { return analysis.doc.sentences.size(); }
};

struct Corpus {
    std::vector<std::string> sets;                  // in the order given
    std::vector<std::unique_ptr<Article>> articles; // grouped by set, in file order
};

// How the oracle labels are made: greedy ROUGE-1 + ROUGE-2 F1, up to this many sentences.
constexpr std::size_t kOracleSentences = 3;

// Reads jsonl files of {"id"?, "text", "title"?, "lang"?, "summary"}; `snowball` stems
// languages other than English with Snowball for ROUGE. Articles are dealt into `folds`
// folds by a seeded shuffle within each set. Lines that cannot be analysed are counted
// in `skipped`.
Corpus load_corpus(const std::vector<std::string>& files, bool snowball, std::size_t folds, unsigned seed,
                   std::size_t& skipped);

// ROUGE of the chosen sentences (indices in document order) against the reference.
Rouge score_choice(const Article& a, const std::vector<std::size_t>& chosen);
// The same against each of `a.references`, averaged (as ROUGE-1.5.5 averages over references
// by default); nullopt when the article has no such list.
std::optional<Rouge> score_all_references(const Article& a, const std::vector<std::size_t>& chosen);

// How a model is fitted.
struct FitOptions {
    // listwise: a softmax over each article's sentences fitted to its oracle (the default);
    // pairwise: each oracle sentence against each other sentence of its article;
    // logistic: each sentence in or out of the oracle.
    enum Objective { listwise, pairwise, logistic } objective = listwise;
    double l2 = 0.3;                 // ridge penalty on the weights (not the bias)
    std::vector<bool> use;           // features the model may weigh (all when empty)
    bool balance_sets = false;       // each set weighs as much as every other in the fit
    std::optional<std::pair<double, double>> fixed_selection;  // redundancy and coverage, not tuned
    std::map<std::string, double> set_weight;  // a set's articles weigh this much more (default 1)
    // Tried, not the default (docs/quality.md, "What did not work"): the first sentence is
    // always chosen, the selection tuned with it (--first-always); and the fit leaves it
    // out and ranks the others by Article::oracle_after_first (--fit-after-first).
    bool first_always = false, fit_after_first = false;
    // Languages that get a model of their own, fitted on their articles alone
    // (detail::LanguageModel); every other language has the model fitted on everything.
    // French has one: cross-validated over five fold splits, OrangeSum gains 0.27 R1 by
    // it (docs/quality.md). English keeps the shared model, which the French articles
    // improve. --own-model LANG adds one, --shared-model-only clears the list.
    std::vector<detail::Lang> own_models{detail::Lang::fr};
};

// A command's numeric argument, whole: `flag`'s value as parse (std::stoul, std::stod)
// reads it, or std::invalid_argument naming the flag ("--folds: 'abc' is not a number").
template <typename Parse>
auto number_arg(const std::string& flag, const std::string& value, Parse parse) {
    std::size_t used = 0;
    try {
        auto n = parse(value, &used);
        if (used == value.size()) return n;
    } catch (const std::exception&) {
        // reported below
    }
    throw std::invalid_argument(flag + ": '" + value + "' is not a number");
}

// Reads a fit option shared by precis-train and precis-quality-eval: --objective
// listwise|pairwise|logistic, --l2 X, --balance, --set-weight SET=X, --selection R,C
// (redundancy and coverage, not tuned), --first-always, --fit-after-first, --own-model
// LANG, --shared-model-only. `value` takes
// the option's value. Returns whether `flag` was one of them; throws std::invalid_argument
// on a bad value.
bool parse_fit_option(const std::string& flag, const std::function<std::string()>& value, FitOptions& options);

// Fits the model to the oracle labels of `train`. Deterministic.
detail::Model fit(const std::vector<const Article*>& train, const FitOptions& options);

// The models of one fit: the shared one, fitted on every article of `train`, and one for
// each language of FitOptions::own_models that `train` has articles in. Each with its
// selection tuned on the articles it was fitted on.
struct Fitted {
    detail::Model model;
    detail::Selection selection;
    std::vector<detail::LanguageModel> languages;

    // The model and selection of language `lang`, or nullptr: the shared ones apply.
    const detail::LanguageModel* own(detail::Lang lang) const;
};
Fitted fit_models(const std::vector<const Article*>& train, const FitOptions& options);

// `m` with the first sentence always chosen first (unless it is boilerplate).
detail::Model first_always(detail::Model m);

// The selection parameters (redundancy, duplicate, coverage) that give `train` the best
// mean ROUGE under `model`, from a small grid (a first_always model is tuned with that rule).
detail::Selection tune_selection(const std::vector<const Article*>& train, const detail::Model& model,
                                 const FitOptions& options);

// The sentences precis would choose for `a` with this model and selection, from sentence
// `first` on (see detail::after_lead).
std::vector<std::size_t> choose(Article& a, const detail::Model& model, const detail::Selection& selection,
                                std::size_t count, std::size_t first = 0);

}  // namespace precis::eval
