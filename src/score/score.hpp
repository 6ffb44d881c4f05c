// Stage 4, score: every sentence's features (score/features.hpp) weighed by a linear
// model fitted offline (score/model.hpp, written by precis-train).
#pragma once

#include "document.hpp"
#include "score/features.hpp"

#include <precis/precis.hpp>

#include <string_view>
#include <vector>

namespace precis::detail {

// A linear model over the features: score = bias + weights . x. Its weights are the
// log-odds that a sentence belongs in the reference summary's extractive oracle.
struct Model {
    double bias = 0;
    FeatureVector weights{};
};

// How sentences are picked once scored (select/select.hpp).
struct Selection {
    double redundancy = 0;  // a candidate loses this per unit of similarity to the closest chosen sentence
    double duplicate = 1;   // and is skipped altogether above this similarity
    double coverage = 0;    // gains this per share of the article's content-word mass it adds
    bool antecedents = true;  // a sentence that cannot stand alone waits for the one it leans on
};

// A language's own model, fitted on its articles alone (score/model.hpp, kLanguageModels),
// for a language whose reference data it fits better than the shared model does.
struct LanguageModel {
    Lang lang;
    Model model;
    Selection selection;
};

// The entry of `models` (kLanguageModels, or a fit's list) for `lang`; nullptr when none.
template <class Models>
const LanguageModel* find_language_model(const Models& models, Lang lang) {
    for (const LanguageModel& m : models)
        if (m.lang == lang) return &m;
    return nullptr;
}

struct Scores {
    FeatureTable table;          // features, flags and term vectors of every sentence
    std::vector<double> score;   // the model's score of every sentence; may be negative
};

// The model for a summary type and language: key points and TL;DRs use the fitted model
// (the language's own where it has one); teasers and headlines shift the shared one by
// hand (score/weights.hpp).
const Model& model_for(SummaryType type, Lang lang);
// And how its sentences are picked: the selection tuned with that model.
const Selection& selection_for(SummaryType type, Lang lang);

// Weighs precomputed features with `model` (the quality evaluation re-weighs one
// article's features many times).
void apply_model(Scores& scores, const Model& model);

// Features of every sentence of `doc` and their score under `model`; `title` is the
// article's title ("" when none).
Scores score_sentences(const Document& doc, std::string_view title, const Model& model);

}  // namespace precis::detail
