#include "score/score.hpp"

#include "score/model.hpp"
#include "score/weights.hpp"

namespace precis::detail {

const Model& model_for(SummaryType type) {
    switch (type) {
        case SummaryType::teaser: return kTeaserModel;
        case SummaryType::headline: return kHeadlineModel;
        default: return kKeyPointsModel;
    }
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

Scores score_sentences(const Document& doc, std::string_view title, const Model& model) {
    Scores out;
    out.table = compute_features(doc, title);
    apply_model(out, model);
    return out;
}

}  // namespace precis::detail
