#include "score/score.hpp"

#include "score/model.hpp"
#include "score/weights.hpp"
#include "noinline.hpp"

namespace precis::detail {

namespace {

const LanguageModel* own_model(SummaryType type, Lang lang) {
    if (type != SummaryType::key_points && type != SummaryType::tldr) return nullptr;
    return find_language_model(kLanguageModels, lang);
}

}  // namespace

const Model& model_for(SummaryType type, Lang lang) {
    if (const LanguageModel* own = own_model(type, lang)) return own->model;
    switch (type) {
        case SummaryType::teaser: return kTeaserModel;
        case SummaryType::headline: return kHeadlineModel;
        default: return kKeyPointsModel;
    }
}

const Selection& selection_for(SummaryType type, Lang lang) {
    if (const LanguageModel* own = own_model(type, lang)) return own->selection;
    return kSelection;
}

void apply_model(Scores& scores, const Model& model) {
    scores.score.resize(scores.table.sentences.size());
    for (std::size_t i = 0; i < scores.score.size(); ++i) {
        const FeatureVector& x = scores.table.sentences[i].x;
        double s = model.bias;
        for (std::size_t k = 0; k < kFeatureCount; ++k) s += model.weights[k] * x[k];
        scores.score[i] = s;
    }
}

PRECIS_NOINLINE Scores score_sentences(const Document& doc, std::string_view title, const Model& model) {
    Scores out;
    out.table = compute_features(doc, title);
    apply_model(out, model);
    return out;
}

}  // namespace precis::detail
