#include "score/score.hpp"

#include "lexicon.hpp"
#include "segment/icu.hpp"
#include "segment/segment.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace precis::detail {
namespace {

TermVector term_vector(const Document& doc, const SentenceSpan& s) {
    TermVector v;
    for (auto i = s.first_token; i < s.end_token; ++i) {
        const Token& t = doc.tokens[i];
        if (t.has(kStopword)) continue;
        v.emplace_back(t.term, 1);
    }
    std::sort(v.begin(), v.end());
    TermVector merged;
    for (const auto& [term, n] : v) {
        if (!merged.empty() && merged.back().first == term) merged.back().second += n;
        else merged.emplace_back(term, n);
    }
    return merged;
}

double length_feature(double words, SummaryType type) {
    if (words < kShortWords) return words / kShortWords;
    double longest = type == SummaryType::headline ? kHeadlineWords : kLongWords;
    if (words > longest) return std::max(0.0, 1.0 - (words - longest) / longest);
    return 1.0;
}

// The folded first words of a sentence, joined by spaces ("on the other").
std::string first_words(const Document& doc, const SentenceSpan& s, int n) {
    std::string out;
    for (auto i = s.first_token; i < s.end_token && n > 0; ++i, --n) {
        if (!out.empty()) out += ' ';
        out += fold(doc.view(doc.tokens[i].span));
    }
    return out;
}

}  // namespace

const Weights& weights_for(SummaryType type) {
    switch (type) {
        case SummaryType::teaser: return kTeaserWeights;
        case SummaryType::headline: return kHeadlineWeights;
        default: return kSummaryWeights;
    }
}

double cosine(const TermVector& a, const TermVector& b) {
    double dot = 0, na = 0, nb = 0;
    for (const auto& [t, n] : a) na += double(n) * n;
    for (const auto& [t, n] : b) nb += double(n) * n;
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].first < b[j].first) ++i;
        else if (b[j].first < a[i].first) ++j;
        else dot += double(a[i++].second) * b[j++].second;
    }
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

Scores score_sentences(const Document& doc, std::string_view title, const Weights& w, SummaryType type) {
    Scores out;
    const std::size_t n = doc.sentences.size();
    out.sentences.resize(n);
    out.vectors.reserve(n);

    // Document term counts, for centrality.
    std::vector<double> doc_counts(doc.terms.size(), 0.0);
    for (const auto& s : doc.sentences) {
        out.vectors.push_back(term_vector(doc, s));
        for (const auto& [t, c] : out.vectors.back()) doc_counts[t] += c;
    }
    double doc_norm2 = 0;
    for (double c : doc_counts) doc_norm2 += c * c;

    // Title terms (stemmed, no function words).
    std::vector<bool> title_term(doc.terms.size(), false);
    std::size_t title_terms = 0;
    if (!title.empty()) {
        std::unordered_set<std::string> stems;
        std::vector<icu_breaks::Word> words;
        icu_breaks::words(title, words);
        for (const auto& wd : words) {
            std::string f = fold(title.substr(wd.begin, wd.end - wd.begin));
            if (!lexicon::is_stopword(doc.lang, f)) stems.insert(stem(doc.lang, f));
        }
        title_terms = stems.size();
        for (std::size_t t = 0; t < doc.terms.size(); ++t) title_term[t] = stems.count(doc.terms[t]) != 0;
    }

    // Entities named in each sentence (each entity once).
    std::vector<std::vector<std::uint32_t>> named(n);
    for (const auto& m : doc.mentions) {
        auto& v = named[m.sentence];
        if (std::find(v.begin(), v.end(), m.entity) == v.end()) v.push_back(m.entity);
    }
    std::vector<double> quote(n, 0.0);
    for (const auto& q : doc.quotes)
        quote[q.sentence] = std::max(quote[q.sentence], q.speaker ? 1.0 : kUnattributedQuote);

    double max_centrality = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const SentenceSpan& s = doc.sentences[i];
        SentenceScore& f = out.sentences[i];
        const TermVector& v = out.vectors[i];
        f.position = w.lead / (w.lead + static_cast<double>(i));
        f.paragraph_lead = doc.paragraphs.size() > 1 && (i == 0 || doc.sentences[i - 1].paragraph != s.paragraph);
        double salience = 0;
        for (auto e : named[i]) salience += doc.entities[e].salience;
        f.entities = std::min(1.0, salience / kEntitySalienceNorm);
        f.quote = quote[i];

        // Cosine with the rest of the article (the document minus this sentence).
        // s.(D - s) = s.D - |s|^2 and |D - s|^2 = |D|^2 - 2 s.D + |s|^2.
        double dot = 0, self2 = 0;
        for (const auto& [t, c] : v) {
            dot += c * doc_counts[t];
            self2 += double(c) * c;
        }
        double rest_dot = dot - self2;
        double rest2 = doc_norm2 - 2 * dot + self2;
        f.centrality = self2 > 0 && rest2 > 0 ? rest_dot / std::sqrt(self2 * rest2) : 0.0;
        max_centrality = std::max(max_centrality, f.centrality);

        if (title_terms > 0) {
            std::size_t hits = 0;
            for (const auto& [t, c] : v) hits += title_term[t];
            f.title = std::min(1.0, double(hits) / double(title_terms));
        }
        std::size_t words = 0;
        for (auto k = s.first_token; k < s.end_token; ++k) words += doc.tokens[k].has(kWord);
        f.length = length_feature(double(words), type);
        f.fragment = words < kFragmentWords;

        std::string opening = first_words(doc, s, 3);
        std::string first = opening.substr(0, opening.find(' '));
        f.standalone_penalty = lexicon::is_pronoun(doc.lang, first) || lexicon::starts_with_connective(doc.lang, opening);
        f.boilerplate = lexicon::is_boilerplate(fold(doc.view(s.span)));
    }
    for (std::size_t i = 0; i < n; ++i) {
        SentenceScore& f = out.sentences[i];
        if (max_centrality > 0) f.centrality /= max_centrality;
        f.score = w.position * f.position + w.paragraph_lead * f.paragraph_lead + w.entities * f.entities +
                  w.quote * f.quote + w.centrality * f.centrality + w.title * f.title + w.length * f.length -
                  w.standalone * f.standalone_penalty - w.boilerplate * f.boilerplate;
    }
    return out;
}

}  // namespace precis::detail
