// What is set by hand on top of the fitted model (score/model.hpp): the summary types that
// have no reference data to fit them. Each shift is a named constant with its reason.
#pragma once

#include "score/model.hpp"
#include "score/score.hpp"

namespace precis::detail {

// Teasers draw the reader in: quotes and the main actors count more, the lead less.
constexpr double kTeaserLeadShare = 0.3;     // of the fitted weights of the lead features
constexpr double kTeaserQuote = 1.0;         // added per unit of `quote`
constexpr double kTeaserSalientQuote = 0.5;  // and for a quote of a main actor
constexpr double kTeaserActors = 0.5;        // per unit of `top_entities`
// A headline is one short sentence on the title's subject; a quote is no headline.
constexpr double kHeadlineTitle = 1.5;       // added per unit of `title`
constexpr double kHeadlineShort = 1.0;       // a short sentence reads as a headline...
constexpr double kHeadlineWords = -1.5;      // ...and a long one does not
constexpr double kHeadlineQuote = -1.0;      // per unit of `quote`

constexpr Model teaser_model() {
    Model m = kKeyPointsModel;
    for (Feature f : {f_first, f_second, f_third, f_position, f_paragraph_first, f_paragraph_position})
        m.weights[f] *= kTeaserLeadShare;
    m.weights[f_quote] += kTeaserQuote;
    m.weights[f_salient_quote] += kTeaserSalientQuote;
    m.weights[f_top_entities] += kTeaserActors;
    return m;
}

constexpr Model headline_model() {
    Model m = kKeyPointsModel;
    m.weights[f_title] += kHeadlineTitle;
    m.weights[f_short_sentence] += kHeadlineShort;
    m.weights[f_words] += kHeadlineWords;
    m.weights[f_quote] += kHeadlineQuote;
    return m;
}

constexpr Model kTeaserModel = teaser_model();
constexpr Model kHeadlineModel = headline_model();

}  // namespace precis::detail
