#include "select/select.hpp"

#include "text/utf8.hpp"
#include "noinline.hpp"

#include <algorithm>

namespace precis::detail {

std::size_t sentence_count(SummaryType type, Length length, std::optional<std::size_t> exact) {
    if (exact) return *exact;
    std::size_t step = length == Length::short_ ? 0 : length == Length::medium ? 1 : 2;
    switch (type) {
        case SummaryType::key_points: return 3 + 2 * step;
        case SummaryType::tldr:
        case SummaryType::teaser: return 1 + step;
        case SummaryType::headline: return 1;
    }
    return 3;
}

std::size_t after_lead(const Document& doc) {
    const std::size_t n = doc.sentences.size();
    if (doc.paragraphs.size() <= 1) return n > kLeadSentences ? kLeadSentences : 0;
    std::size_t i = 0;
    while (i < n && doc.sentences[i].paragraph == doc.sentences[0].paragraph) ++i;
    return i < n ? i : 0;
}

std::vector<std::size_t> antecedents(const FeatureTable& table) {
    const std::size_t n = table.sentences.size();
    std::vector<std::size_t> out(n, n);
    for (std::size_t i = 1, last = n; i < n; ++i) {
        if (!table.sentences[i - 1].boilerplate) last = i - 1;
        out[i] = last;
    }
    return out;
}

PRECIS_NOINLINE std::vector<std::size_t> select_sentences(const Document& doc, const Scores& scores, std::size_t count,
                                          std::optional<std::size_t> max_chars, const Selection& selection,
                                          std::size_t first) {
    const FeatureTable& table = scores.table;
    const std::size_t n = doc.sentences.size();
    std::vector<std::size_t> chosen;
    std::vector<bool> taken(n, false);
    std::vector<double> closest(n, 0.0);  // similarity to the closest chosen sentence
    std::size_t chars = 0;

    // Coverage: the article's content-word mass, and what the chosen sentences cover.
    std::vector<double> mass;  // of each term not yet covered (0 once it is)
    double total_mass = 0;
    std::vector<double> gains;  // per sentence, what it would add to the coverage
    auto gain = [&](std::size_t i) {
        double g = 0;
        for (const auto& [t, c] : table.vectors[i]) g += mass[t];
        return total_mass > 0 ? g / total_mass : 0.0;
    };
    if (selection.coverage != 0) {
        // A word the article uses once says nothing about its topic: mass is count - 1.
        mass.resize(table.term_counts.size());
        for (std::size_t t = 0; t < mass.size(); ++t) total_mass += mass[t] = std::max(0.0, table.term_counts[t] - 1);
        gains.resize(n);
        for (std::size_t i = 0; i < n; ++i) gains[i] = gain(i);
    }

    // A sentence that cannot stand alone ("He said...", "However, ...", or one that starts
    // in lower case) comes in only after the sentence it leans on, unless nothing else is left.
    const std::vector<std::size_t> antecedent = antecedents(table);
    auto dangling = [&](std::size_t i) {
        return selection.antecedents && (table.sentences[i].standalone || table.sentences[i].continues) &&
               !(antecedent[i] < n && taken[antecedent[i]]);
    };
    bool fragments = false;  // fragments only once the sentences run out
    while (chosen.size() < count) {
        std::size_t best = n;
        double best_score = 0;
        bool best_dangling = true;
        for (std::size_t i = first; i < n; ++i) {
            const SentenceFeatures& s = table.sentences[i];
            if (taken[i] || s.boilerplate || closest[i] > selection.duplicate || (s.fragment && !fragments)) continue;
            if (max_chars) {
                std::size_t len = count_code_points(doc.view(doc.sentences[i].span));
                std::size_t separator = chosen.empty() ? 0 : 1;
                if (chars + separator + len > *max_chars) continue;
            }
            double adjusted = scores.score[i] - selection.redundancy * closest[i];
            if (selection.coverage != 0) adjusted += selection.coverage * gains[i];
            bool d = dangling(i);
            if (best == n || (best_dangling && !d) || (d == best_dangling && adjusted > best_score)) {
                best = i;
                best_score = adjusted;
                best_dangling = d;
            }
        }
        if (best == n && !fragments) {
            fragments = true;
            continue;
        }
        if (best == n) break;
        taken[best] = true;
        chosen.push_back(best);
        chars += (chosen.size() > 1 ? 1 : 0) + count_code_points(doc.view(doc.sentences[best].span));
        if (chosen.size() == count) break;  // what the rest would add is not asked again
        if (selection.coverage != 0)
            for (const auto& [t, c] : table.vectors[best]) mass[t] = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (taken[i]) continue;
            double similarity = cosine(table, i, best);
            closest[i] = std::max(closest[i], similarity);
            // Only a sentence that shares a term with the one chosen loses coverage gain.
            if (selection.coverage != 0 && similarity > 0 && gains[i] > 0) gains[i] = gain(i);
        }
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

}  // namespace precis::detail
