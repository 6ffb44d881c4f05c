#include "analyse/analyse.hpp"
#include "api/pipeline.hpp"
#include "input/input.hpp"
#include "input/language.hpp"
#include "text/utf8.hpp"
#include "score/score.hpp"
#include "segment/segment.hpp"
#include "select/select.hpp"
#include "noinline.hpp"

#include <algorithm>
#include <cmath>

namespace precis {
namespace detail {
namespace {

// Scores and saliences are printed with four decimals, so that the native and the
// WebAssembly builds print the same JSON.
double round4(double x) { return std::round(x * 10000.0) / 10000.0; }

// Where a piece of the input stands, in bytes and in UTF-16 units. (Inline: it runs for
// every sentence, span and quote, and GCC left it a call, 0.1 M instructions on 100 articles.)
inline Range range_of(const Utf16Index& u16, const Span& span) {
    return Range{span.begin, span.end, u16.at(span.begin), u16.at(span.end)};
}

// The entities, most salient first, each with its spans in document order (doc.mentions
// is). Like every vector of the result, reserved at its size: growing them would copy
// their strings' headers over and over, a cost on every article.
PRECIS_NOINLINE void add_entities(const Document& doc, const Utf16Index& u16, Result& r) {
    std::vector<std::vector<precis::Span>> spans(doc.entities.size());
    for (std::size_t e = 0; e < spans.size(); ++e) spans[e].reserve(doc.entities[e].mentions);
    for (const EntityMention& m : doc.mentions)
        spans[m.entity].push_back({range_of(u16, m.span), std::string(doc.view(m.span))});
    r.entities.reserve(doc.entities.size());
    for (std::uint32_t e : entity_order(doc)) {
        const EntityInfo& info = doc.entities[e];
        r.entities.push_back({info.name, info.aliases, info.mentions, round4(info.salience),
                              std::string(entity_type_name(info.type)), std::move(spans[e])});
    }
}

PRECIS_NOINLINE void add_quotes(const Document& doc, const Utf16Index& u16, Result& r) {
    r.quotes.reserve(doc.quotes.size());
    for (const QuoteInfo& q : doc.quotes) {
        Quote out_q;
        static_cast<Range&>(out_q) = range_of(u16, q.span);
        out_q.text = std::string(doc.view(q.span));
        if (q.speaker) out_q.speaker = doc.entities[*q.speaker].name;
        if (!q.role.empty()) out_q.speaker_role = std::string(doc.view(q.role));
        out_q.sentence = q.sentence;
        r.quotes.push_back(std::move(out_q));
    }
}

}  // namespace

PRECIS_NOINLINE std::optional<std::string> analyse(std::string_view text, const Options& options, Analysis& out, Layout layout) {
    if (auto problem = check_input(text, options.max_bytes)) return problem;

    // 1. Input: layout and language.
    Document& doc = out.doc;
    doc = Document();
    doc.text = text;
    read_layout(doc, layout);
    if (doc.paragraphs.empty()) return std::string("nothing to summarize");
    doc.lang = options.lang == "auto" ? detect_language(doc.view(doc.body)) : *parse_lang(options.lang);
    out.title = article_title(doc, options.title);

    // 2. Segment, 3. analyse.
    segment(doc);
    find_entities(doc, out.title);
    find_quotes(doc);
    return std::nullopt;
}

std::optional<std::string> run_pipeline(std::string_view text, const Options& options, Result& out,
                                        Layout layout) {
    Analysis analysis;
    if (auto problem = analyse(text, options, analysis, layout)) return problem;
    const Document& doc = analysis.doc;
    const std::string& title = analysis.title;

    // 4. Score, 5. select.
    Scores scores = score_sentences(doc, title, model_for(options.type, doc.lang));
    std::size_t count = sentence_count(options.type, options.length, options.sentences);
    std::vector<std::size_t> chosen = select_sentences(doc, scores, count, options.max_chars,
                                                       selection_for(options.type, doc.lang),
                                                       options.skip_lead ? after_lead(doc) : 0);

    // The result: offsets in bytes and UTF-16 units, scores normalised to [0, 1].
    Result r;
    r.lang = std::string(lang_code(doc.lang));
    r.type = options.type;
    r.title = title;
    Utf16Index u16(text);
    // Scores are the model's log-odds: shown on [0, 1] from the article's worst to its best.
    double low = 0, high = 0;
    if (!scores.score.empty()) {
        auto [lo, hi] = std::minmax_element(scores.score.begin(), scores.score.end());
        low = *lo, high = *hi;
    }
    auto make_sentence = [&](std::size_t i) {
        const SentenceSpan& s = doc.sentences[i];
        Sentence out_s;
        static_cast<Range&>(out_s) = range_of(u16, s.span);
        out_s.index = i;
        out_s.paragraph = s.paragraph + doc.paragraphs_before;
        out_s.text = std::string(doc.view(s.span));
        out_s.score = high > low ? round4((scores.score[i] - low) / (high - low)) : 1.0;
        return out_s;
    };
    r.sentences.reserve(chosen.size());
    for (std::size_t i : chosen) r.sentences.push_back(make_sentence(i));
    add_entities(doc, u16, r);
    add_quotes(doc, u16, r);
    r.stats.sentences = doc.sentences.size();
    r.stats.paragraphs = doc.paragraphs.size() + doc.paragraphs_before;
    r.stats.words = static_cast<std::size_t>(
        std::count_if(doc.tokens.begin(), doc.tokens.end(), [](const Token& t) { return t.has(kWord) || t.has(kNumber); }));
    r.stats.chars = u16.code_points();

    if (options.explain) {
        std::size_t next_chosen = 0;
        for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
            ExplainedSentence x;
            x.sentence = make_sentence(i);
            x.chosen = next_chosen < chosen.size() && chosen[next_chosen] == i;
            next_chosen += x.chosen;
            const SentenceFeatures& f = scores.table.sentences[i];
            x.features.reserve(kFeatureCount + 2);
            for (std::size_t k = 0; k < kFeatureCount; ++k)
                x.features.push_back({std::string(kFeatureNames[k]), round4(f.x[k])});
            x.features.push_back({"boilerplate", f.boilerplate ? 1.0 : 0.0});
            x.features.push_back({"raw_score", round4(scores.score[i])});
            r.explain.push_back(std::move(x));
        }
    }
    out = std::move(r);
    return std::nullopt;
}

}  // namespace detail

std::vector<std::string> Result::summary() const {
    std::vector<std::string> out;
    out.reserve(sentences.size());
    for (const auto& s : sentences) out.push_back(s.text);
    return out;
}


Summarizer::Summarizer(Options options) : options_(std::move(options)) {
    if (auto problem = validate(options_)) throw Error(Error::Kind::options, *problem);
}

Result Summarizer::summarize(std::string_view text) const { return summarize(text, options_); }

Result Summarizer::summarize(std::string_view text, const Options& options) const {
    if (auto problem = validate(options)) throw Error(Error::Kind::options, *problem);
    Result r;
    if (auto problem = detail::run_pipeline(text, options, r)) throw Error(Error::Kind::input, *problem);
    return r;
}

std::optional<SummaryType> parse_summary_type(std::string_view w) {
    if (w == "key-points") return SummaryType::key_points;
    if (w == "tldr") return SummaryType::tldr;
    if (w == "teaser") return SummaryType::teaser;
    if (w == "headline") return SummaryType::headline;
    return std::nullopt;
}

std::optional<Length> parse_length(std::string_view w) {
    if (w == "short") return Length::short_;
    if (w == "medium") return Length::medium;
    if (w == "long") return Length::long_;
    return std::nullopt;
}

std::string_view to_string(SummaryType t) {
    switch (t) {
        case SummaryType::key_points: return "key-points";
        case SummaryType::tldr: return "tldr";
        case SummaryType::teaser: return "teaser";
        case SummaryType::headline: return "headline";
    }
    return "key-points";
}

std::string_view to_string(Length l) {
    switch (l) {
        case Length::short_: return "short";
        case Length::medium: return "medium";
        case Length::long_: return "long";
    }
    return "short";
}

std::string_view version() { return PRECIS_VERSION_STRING; }

}  // namespace precis
