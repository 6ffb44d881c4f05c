#include "score/features.hpp"

#include "analyse/analyse.hpp"
#include "text/utf8.hpp"
#include "lexicon.hpp"
#include "score/boilerplate.hpp"
#include "segment/icu.hpp"
#include "segment/segment.hpp"
#include "noinline.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace precis::detail {
namespace {

// The lead decays as kLeadDecay / (kLeadDecay + index): the third sentence keeps half.
constexpr double kLeadDecay = 3.0;
// `depth` reaches 1 this many sentences in: past it, one more sentence is no further back.
constexpr double kDepthSentences = 30.0;
// Length: full marks between these word counts, falling off outside (to 0 at twice
// kLongWords). Reference summaries are made of short sentences.
constexpr double kShortWords = 8, kLongWords = 22;
// `short_sentence`: under this many words, a sentence is a fragment of a thought.
constexpr std::size_t kShortSentenceWords = 10;
// `words` saturates here: longer sentences are all "long".
constexpr double kWordsScale = 50.0;
// Entity salience summed over the entities a sentence names, over this, capped at 1.
constexpr double kEntitySalienceNorm = 2.0;
// The article's main actors, for `top_entities` and `salient_quote`; and the entities
// whose first mention introduces them (`new_entity`).
constexpr std::size_t kTopEntities = 3, kIntroducedEntities = 5;
// Unattributed quotes count this share of an attributed one.
constexpr double kUnattributedQuote = 0.5;
// A label before a colon has at most this many words, and at least this many follow it.
constexpr std::size_t kLabelWords = 4, kAfterLabelWords = 4;

TermVector term_vector(const Document& doc, const SentenceSpan& s) {
    TermVector v;
    v.reserve(s.end_token - s.first_token);
    for (auto i = s.first_token; i < s.end_token; ++i) {
        const Token& t = doc.tokens[i];
        if (!t.has(kStopword)) v.emplace_back(t.term, 1);
    }
    std::sort(v.begin(), v.end());
    std::size_t out = 0;  // merge equal terms in place
    for (std::size_t k = 0; k < v.size(); ++k) {
        if (out > 0 && v[out - 1].first == v[k].first) ++v[out - 1].second;
        else v[out++] = v[k];
    }
    v.resize(out);
    return v;
}

double length_fit(double words) {
    if (words < kShortWords) return words / kShortWords;
    if (words > kLongWords) return std::max(0.0, 1.0 - (words - kLongWords) / kLongWords);
    return 1.0;
}

// The folded first words of a sentence, joined by spaces ("on the other"), into `out`.
void first_words(const Document& doc, const SentenceSpan& s, int n, std::string& out) {
    out.clear();
    for (auto i = s.first_token; i < s.end_token && n > 0; ++i, --n) {
        if (!out.empty()) out += ' ';
        out += doc.folded(doc.tokens[i]);
    }
}

bool closing_mark(char32_t cp) {
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 || cp == 0xBB ||
           cp == 0x201C;
}

// The sentence's last character before closing quotes, brackets and spaces.
char32_t final_mark(std::string_view s) {
    std::size_t i = s.size();
    while (i > 0) {
        std::size_t j = i - 1;
        while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
        std::size_t k = j;
        char32_t cp = next_cp(s, k);
        if (!closing_mark(cp) && cp != ' ') return cp;
        i = j;
    }
    return 0;
}

// "Flying high: Half of the kite took to the sky": a few words, a colon, then a clause;
// not "He said: ..." (a quote's introduction).
bool opens_with_label(const Document& doc, const SentenceSpan& s) {
    std::size_t words = 0;
    for (auto i = s.first_token; i < s.end_token; ++i) {
        const Token& t = doc.tokens[i];
        if (i > s.first_token) {
            std::string_view gap = doc.text.substr(doc.tokens[i - 1].span.end, t.span.begin - doc.tokens[i - 1].span.end);
            if (gap.find(':') != std::string_view::npos) {
                if (words == 0 || words > kLabelWords) return false;
                for (auto k = s.first_token; k < i; ++k)
                    if (lexicon::is_speech_verb(doc.lang, doc.folded(doc.tokens[k]))) return false;
                return s.end_token - i >= kAfterLabelWords;
            }
        }
        if (t.has(kWord) || t.has(kNumber)) ++words;
        if (words > kLabelWords) return false;
    }
    return false;
}

// "... has denied four counts of sexual assault A senior doctor facing ...": a caption
// run into a sentence (text that lost its markup), told by a capitalised function word
// ("A", "The", "He") straight after a lower-case word, with nothing between but a space.
bool runs_on(const Document& doc, const SentenceSpan& s) {
    for (auto i = s.first_token + 1; i < s.end_token; ++i) {
        const Token& t = doc.tokens[i];
        const Token& before = doc.tokens[i - 1];
        if (!t.has(kStopword) || !t.has(kCapitalised) || t.has(kAllCaps) || t.has(kSentenceStart)) continue;
        if (!before.has(kWord) || before.has(kCapitalised)) continue;
        if (doc.text.substr(before.span.end, t.span.begin - before.span.end) == " ") return true;
    }
    return false;
}

}  // namespace

double norm2(const TermVector& v) {
    double n2 = 0;
    for (const auto& [t, n] : v) n2 += double(n) * n;
    return n2;
}

double cosine(const TermVector& a, double na, const TermVector& b, double nb) {
    double dot = 0;
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].first < b[j].first) ++i;
        else if (b[j].first < a[i].first) ++j;
        else dot += double(a[i++].second) * b[j++].second;
    }
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

namespace {

// Where each sentence stands: in the article and in its paragraph.
PRECIS_NOINLINE void place_features(const Document& doc, FeatureTable& out) {
    for (std::size_t i = 0; i < out.sentences.size(); ++i) {
        FeatureVector& x = out.sentences[i].x;
        const double index = static_cast<double>(i);
        x[f_first] = i == 0;
        x[f_second] = i == 1;
        x[f_third] = i == 2;
        x[f_position] = kLeadDecay / (kLeadDecay + index);
        x[f_depth] = std::min(1.0, index / kDepthSentences);
        if (doc.paragraphs.size() > 1) {
            x[f_paragraph_first] = i == 0 || doc.sentences[i - 1].paragraph != doc.sentences[i].paragraph;
            x[f_paragraph_position] = 1.0 / (1.0 + doc.sentences[i].paragraph);
        }
    }
}

// What each sentence is made of: its length, numbers, function words, opening and shape,
// and whether it is boilerplate or a fragment.
PRECIS_NOINLINE void form_features(const Document& doc, FeatureTable& out) {
    std::string opening;  // the first words of a sentence; one buffer for them all
    for (std::size_t i = 0; i < out.sentences.size(); ++i) {
        const SentenceSpan& s = doc.sentences[i];
        SentenceFeatures& sf = out.sentences[i];
        FeatureVector& x = sf.x;
        std::size_t words = 0, all_words = 0, content = 0;
        bool number = false;
        for (auto k = s.first_token; k < s.end_token; ++k) {
            const Token& t = doc.tokens[k];
            words += t.has(kWord);
            number |= t.has(kNumber);
            if (t.has(kWord) || t.has(kNumber)) {
                ++all_words;
                content += !t.has(kStopword);
            }
        }
        x[f_length] = length_fit(double(words));
        x[f_short_sentence] = words < kShortSentenceWords;
        x[f_words] = std::min(1.0, double(words) / kWordsScale);
        x[f_content_share] = all_words ? double(content) / double(all_words) : 0.0;
        x[f_number] = number;
        const char32_t mark = final_mark(doc.view(s.span));
        // "Here is what changes:" introduces what follows and says nothing on its own.
        sf.fragment = words < kFragmentWords || mark == ':' || mark == 0xFF1A;

        first_words(doc, s, 3, opening);
        const std::string_view first = std::string_view(opening).substr(0, opening.find(' '));
        // The article's first sentence leans on nothing: a lede's "They" points forward.
        sf.standalone = i > 0 && (lexicon::is_pronoun(doc.lang, first) || lexicon::starts_with_connective(doc.lang, opening));
        x[f_standalone] = sf.standalone;
        x[f_question] = mark == '?' || mark == 0xFF1F;
        x[f_label] = opens_with_label(doc, s);
        x[f_run_on] = runs_on(doc, s);
        const SentenceShape shape = sentence_shape(doc, s);
        sf.boilerplate = shape.boilerplate;
        // A dateline is never a point, in plain text or on a page.
        sf.fragment = sf.fragment || shape.dateline;
        // On a page these are chosen only when nothing else is left, as a fragment is: a
        // line without a sentence's end, whatever its length (past kUnfinishedMaxWords words
        // it is still more often another story's headline or a teaser than prose that lost
        // its stop), and a question (a teaser's, "Eignet sich eine Wärmepumpe im Altbau?",
        // or an interviewer's: the answer is the point). In plain text the model weighs both.
        if (doc.paragraphs_given) sf.fragment = sf.fragment || !shape.finished || x[f_question] > 0;
        // On a page, a sentence that starts in lower case waits for the one before it. Not
        // in plain text: cross-validated there, it moved R1 by -0.32 on SummEval and -0.12
        // on the FRANK subset (the rest of a lead sentence that segmentation split came
        // later) and by +0.33 on BBC; inside the noise, and against the set below Lead-3.
        sf.continues = doc.paragraphs_given && shape.lower_case_start;
    }
}

// The stemmed, folded content words of the title, as a flag per term id of `doc`; their
// number in `count`.
std::vector<bool> title_terms(const Document& doc, std::string_view title, std::size_t& count) {
    std::vector<bool> in_title(doc.terms.size(), false);
    count = 0;
    if (title.empty()) return in_title;
    std::unordered_set<std::string> stems;
    std::vector<icu_breaks::Word> words;
    icu_breaks::words(title, words);
    for (const auto& wd : words) {
        std::string f = fold(title.substr(wd.begin, wd.end - wd.begin));
        if (!lexicon::is_stopword(doc.lang, f)) stems.insert(stem(doc.lang, f));
    }
    count = stems.size();
    for (std::size_t t = 0; t < doc.terms.size(); ++t) in_title[t] = stems.count(doc.terms[t]) != 0;
    return in_title;
}

// What each sentence says against the article: its term vector, centrality, topic words,
// title and lead overlap. Centrality and topic words are scaled to the article's best.
PRECIS_NOINLINE void content_features(const Document& doc, std::string_view title, FeatureTable& out) {
    const std::size_t n = out.sentences.size();
    out.vectors.reserve(n);
    out.norms2.reserve(n);
    std::vector<double>& doc_counts = out.term_counts;
    doc_counts.assign(doc.terms.size(), 0.0);
    double content_total = 0;
    for (const auto& s : doc.sentences) {
        out.vectors.push_back(term_vector(doc, s));
        out.norms2.push_back(norm2(out.vectors.back()));
        for (const auto& [t, c] : out.vectors.back()) {
            doc_counts[t] += c;
            content_total += c;
        }
    }
    double doc_norm2 = 0;
    for (double c : doc_counts) doc_norm2 += c * c;
    std::size_t title_count = 0;
    const std::vector<bool> in_title = title_terms(doc, title, title_count);

    double max_centrality = 0, max_topic = 0;
    for (std::size_t i = 0; i < n; ++i) {
        FeatureVector& x = out.sentences[i].x;
        const TermVector& v = out.vectors[i];
        // Cosine with the rest of the article (the article minus this sentence):
        // s.(D - s) = s.D - |s|^2 and |D - s|^2 = |D|^2 - 2 s.D + |s|^2.
        double dot = 0, self2 = 0, terms = 0;
        for (const auto& [t, c] : v) {
            dot += c * doc_counts[t];
            self2 += double(c) * c;
            terms += c;
        }
        double rest_dot = dot - self2;
        double rest2 = doc_norm2 - 2 * dot + self2;
        x[f_centrality] = self2 > 0 && rest2 > 0 ? rest_dot / std::sqrt(self2 * rest2) : 0.0;
        max_centrality = std::max(max_centrality, x[f_centrality]);
        // SumBasic's mean word probability: s.D over the sentence's and the article's term counts.
        x[f_topic_words] = terms > 0 && content_total > 0 ? dot / (terms * content_total) : 0.0;
        max_topic = std::max(max_topic, x[f_topic_words]);
        if (title_count > 0) {
            std::size_t hits = 0;
            for (const auto& [t, c] : v) hits += in_title[t];
            x[f_title] = std::min(1.0, double(hits) / double(title_count));
        }
        x[f_lead_similarity] = i > 0 ? cosine(out, i, 0) : 0.0;
    }
    for (auto& sf : out.sentences) {
        if (max_centrality > 0) sf.x[f_centrality] /= max_centrality;
        if (max_topic > 0) sf.x[f_topic_words] /= max_topic;
    }
}

// Who each sentence is about and who speaks in it: the salience of the entities it names
// (each once), the main actors, a main actor's first mention, a person named after a
// title or role, and its quotes.
PRECIS_NOINLINE void actor_features(const Document& doc, FeatureTable& out) {
    const std::size_t n = out.sentences.size();
    std::vector<std::size_t> rank(doc.entities.size(), doc.entities.size());  // by salience
    {
        std::vector<std::uint32_t> order = entity_order(doc);
        for (std::size_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
    }
    std::vector<double> salience(n, 0.0);
    std::vector<std::size_t> top(n, 0);
    // Mentions come in document order, so one entity's mentions in a sentence are counted once
    // by remembering the last sentence each was counted in.
    std::vector<std::uint32_t> counted_in(doc.entities.size(), static_cast<std::uint32_t>(n));
    std::vector<bool> introduces(n, false), role(n, false), seen(doc.entities.size(), false);
    for (const auto& m : doc.mentions) {
        if (counted_in[m.entity] != m.sentence) {
            counted_in[m.entity] = m.sentence;
            salience[m.sentence] += doc.entities[m.entity].salience;
            top[m.sentence] += rank[m.entity] < kTopEntities;
        }
        if (!seen[m.entity] && rank[m.entity] < kIntroducedEntities) introduces[m.sentence] = true;
        seen[m.entity] = true;
        if (doc.entities[m.entity].person && !role[m.sentence]) {
            const SentenceSpan& s = doc.sentences[m.sentence];
            auto first = doc.tokens.begin() + s.first_token, last = doc.tokens.begin() + s.end_token;
            auto at = std::lower_bound(first, last, m.span.begin,
                                       [](const Token& t, std::uint32_t pos) { return t.span.begin < pos; });
            if (at != first && lexicon::is_title_word(doc.lang, doc.folded(*(at - 1)))) role[m.sentence] = true;
        }
    }
    std::vector<double> quote(n, 0.0), quoted_bytes(n, 0.0);
    std::vector<bool> salient_quote(n, false);
    for (const auto& q : doc.quotes) {
        quote[q.sentence] = std::max(quote[q.sentence], q.speaker ? 1.0 : kUnattributedQuote);
        if (q.speaker && rank[*q.speaker] < kTopEntities) salient_quote[q.sentence] = true;
        const Span s = doc.sentences[q.sentence].span;
        std::uint32_t b = std::max(q.span.begin, s.begin), e = std::min(q.span.end, s.end);
        if (e > b) quoted_bytes[q.sentence] += e - b;
    }
    for (std::size_t i = 0; i < n; ++i) {
        FeatureVector& x = out.sentences[i].x;
        x[f_entities] = std::min(1.0, salience[i] / kEntitySalienceNorm);
        x[f_top_entities] = double(top[i]) / double(kTopEntities);
        x[f_new_entity] = introduces[i];
        x[f_actor_role] = role[i];
        x[f_quote] = quote[i];
        x[f_salient_quote] = salient_quote[i];
        const double bytes = doc.sentences[i].span.size();
        x[f_quoted_share] = bytes > 0 ? std::min(1.0, quoted_bytes[i] / bytes) : 0.0;
    }
}

}  // namespace

PRECIS_NOINLINE FeatureTable compute_features(const Document& doc, std::string_view title) {
    FeatureTable out;
    out.sentences.resize(doc.sentences.size());
    place_features(doc, out);
    form_features(doc, out);
    content_features(doc, title, out);
    actor_features(doc, out);
    // How much the lead is worth depends on whether it tells the story ("Greece has denied
    // it will fail to pay...") or sets a scene ("On the 6th of April 1996, ...").
    const double lead_centrality = out.sentences.empty() ? 0.0 : out.sentences[0].x[f_centrality];
    for (auto& sf : out.sentences) sf.x[f_lead_strength] = sf.x[f_position] * lead_centrality;
    return out;
}

}  // namespace precis::detail
