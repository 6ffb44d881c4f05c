// Stages 4 and 5, score and select: which sentences make the summary.
#include "helpers.hpp"
#include "score/model.hpp"
#include "score/weights.hpp"
#include "score/score.hpp"
#include "select/select.hpp"

#include <precis/precis.hpp>

#include <doctest/doctest.h>

using precis::test::Analysed;
using namespace precis::detail;

namespace {

std::vector<std::string> chosen(const std::string& text, precis::Options o = {}) {
    return precis::Summarizer(o).summarize(text).summary();
}

const char* kArticle =
    "Flood barriers hold as river peaks\n\n"
    "The river peaked overnight and the town's new flood barriers held, the mayor said on Tuesday.\n\n"
    "Water reached the old market square but no homes were flooded, according to the council.\n\n"
    "However, it was a close call.\n\n"
    "He thanked the volunteers who worked through the night.\n\n"
    "The barriers were built in 2019 after floods damaged 300 homes in the town.\n\n"
    "Read more: Our guide to flood insurance\n\n"
    "Photo: Volunteers on the embankment\n\n"
    "Forecasters expect the river to fall slowly over the next three days.\n";

}  // namespace

TEST_CASE("how many sentences each type and length asks for") {
    CHECK(sentence_count(precis::SummaryType::key_points, precis::Length::short_, {}) == 3);
    CHECK(sentence_count(precis::SummaryType::key_points, precis::Length::medium, {}) == 5);
    CHECK(sentence_count(precis::SummaryType::key_points, precis::Length::long_, {}) == 7);
    CHECK(sentence_count(precis::SummaryType::tldr, precis::Length::long_, {}) == 3);
    CHECK(sentence_count(precis::SummaryType::teaser, precis::Length::medium, {}) == 2);
    CHECK(sentence_count(precis::SummaryType::headline, precis::Length::long_, {}) == 1);
    CHECK(sentence_count(precis::SummaryType::headline, precis::Length::long_, 4) == 4);
}

TEST_CASE("features") {
    Analysed a(kArticle);
    FeatureTable t = compute_features(a.doc, "Flood barriers hold as river peaks");
    REQUIRE(t.sentences.size() == 8);
    auto x = [&](std::size_t i, Feature f) { return t.sentences[i].x[f]; };
    SUBCASE("the lead comes first") {
        CHECK(x(0, f_position) > x(4, f_position));
        CHECK(x(0, f_first) == 1.0);
        CHECK(x(1, f_first) == 0.0);
        CHECK(x(1, f_second) == 1.0);
        CHECK(x(7, f_depth) > x(1, f_depth));
    }
    SUBCASE("a connective or pronoun opening cannot stand alone") {
        CHECK(t.sentences[2].standalone);  // However, ...
        CHECK(t.sentences[3].standalone);  // He thanked ...
        CHECK_FALSE(t.sentences[0].standalone);
    }
    SUBCASE("German sentences that point back") {
        Analysed g("LVMH meldet einen Umsatz von 64 Milliarden Euro. Das ist ein Plus von 44 Prozent. "
                   "Denn die Mode verkauft sich gut. Dabei half der Export.",
                   Lang::de);
        FeatureTable gt = compute_features(g.doc, "");
        REQUIRE(gt.sentences.size() == 4);
        CHECK(gt.sentences[1].standalone);
        CHECK(gt.sentences[2].standalone);
        CHECK(gt.sentences[3].standalone);
    }
    SUBCASE("an article's first sentence leans on nothing") {
        Analysed b("They played in grey and lost again. The club blamed the kit.");
        CHECK_FALSE(compute_features(b.doc, "").sentences[0].standalone);
    }
    SUBCASE("boilerplate is recognised") {
        CHECK(t.sentences[5].boilerplate);  // Read more: ...
        CHECK(t.sentences[6].boilerplate);  // Photo: ...
        CHECK_FALSE(t.sentences[4].boilerplate);
    }
    SUBCASE("title overlap") { CHECK(x(0, f_title) > x(7, f_title)); }
    SUBCASE("paragraphs") {
        CHECK(x(0, f_paragraph_first) == 1.0);  // one sentence a paragraph
        CHECK(x(0, f_paragraph_position) > x(4, f_paragraph_position));
    }
    SUBCASE("every feature is in [0, 1]; centrality is normalised to the best sentence") {
        double best = 0;
        for (const auto& f : t.sentences) {
            for (double v : f.x) {
                CHECK(v >= 0.0);
                CHECK(v <= 1.0);
            }
            best = std::max(best, f.x[f_centrality]);
        }
        CHECK(best == 1.0);
    }
}

TEST_CASE("quotes and actors as features") {
    Analysed a("The minister John Smith resigned on Friday after a week of protests in the capital. "
               "\"I have made my decision,\" Prime Minister John Smith said. "
               "Protesters celebrated in the main square until late at night.");
    FeatureTable t = compute_features(a.doc, "");
    REQUIRE(t.sentences.size() == 3);
    auto x = [&](std::size_t i, Feature f) { return t.sentences[i].x[f]; };
    CHECK(x(1, f_quote) == 1.0);  // attributed
    CHECK(x(1, f_salient_quote) == 1.0);  // to the article's main actor
    CHECK(x(1, f_quoted_share) > 0.3);
    CHECK(x(1, f_actor_role) == 1.0);  // Prime Minister John Smith
    CHECK(x(0, f_quote) == 0.0);
    CHECK(x(0, f_new_entity) == 1.0);  // John Smith, first named here
    CHECK(x(1, f_new_entity) == 0.0);
    CHECK(x(0, f_top_entities) > 0.0);
    CHECK(x(2, f_top_entities) == 0.0);
}

TEST_CASE("the model is a weighted sum") {
    Analysed a(kArticle);
    Model m;
    m.bias = 0.5;
    m.weights[f_position] = 2.0;
    Scores s = score_sentences(a.doc, "", m);
    REQUIRE(s.score.size() == s.table.sentences.size());
    for (std::size_t i = 0; i < s.score.size(); ++i)
        CHECK(s.score[i] == doctest::Approx(0.5 + 2.0 * s.table.sentences[i].x[f_position]));
}

TEST_CASE("a sentence that cannot stand alone waits for the one it leans on") {
    // Scores are set by hand: the dangling sentence is the best of its article.
    auto scored = [](Analysed& a, std::vector<double> values) {
        Scores s = score_sentences(a.doc, "", kKeyPointsModel);
        REQUIRE(s.score.size() == values.size());
        s.score = values;
        return s;
    };
    Selection plain = kSelection;
    plain.antecedents = false;

    Analysed a("The council approved the barrier on Monday. Work starts next week. "
               "It said the barrier would protect every home.");
    Scores s = scored(a, {0.5, 0.1, 0.9});
    REQUIRE(s.table.sentences[2].standalone);
    CHECK(select_sentences(a.doc, s, 1, std::nullopt, plain) == std::vector<std::size_t>{2});
    CHECK(select_sentences(a.doc, s, 1, std::nullopt, kSelection) == std::vector<std::size_t>{0});
    CHECK(select_sentences(a.doc, s, 2, std::nullopt, kSelection) == std::vector<std::size_t>{0, 1});
    // Once the sentence it leans on is in, it may follow; when nothing else is left, it comes in.
    CHECK(select_sentences(a.doc, s, 3, std::nullopt, kSelection) == std::vector<std::size_t>{0, 1, 2});

    SUBCASE("a caption between them does not count") {
        Analysed b("The council approved the barrier on Monday. Photo: The river at dawn. "
                   "It said the barrier would protect every home.");
        Scores t = scored(b, {0.5, 0.0, 0.9});
        REQUIRE(t.table.sentences[1].boilerplate);
        CHECK(select_sentences(b.doc, t, 2, std::nullopt, kSelection) == std::vector<std::size_t>{0, 2});
    }
}

TEST_CASE("a language with a model of its own uses it for key points and TL;DRs only") {
    using precis::SummaryType;
    auto same = [](const Model& a, const Model& b) { return a.bias == b.bias && a.weights == b.weights; };
    for (int i = 0; i < kLangCount; ++i) {
        const Lang lang = static_cast<Lang>(i);
        const LanguageModel* own = nullptr;
        for (const LanguageModel& m : kLanguageModels)
            if (m.lang == lang) own = &m;
        for (SummaryType type : {SummaryType::key_points, SummaryType::tldr}) {
            CHECK(same(model_for(type, lang), own ? own->model : kKeyPointsModel));
            CHECK(selection_for(type, lang).redundancy == (own ? own->selection : kSelection).redundancy);
        }
        CHECK(same(model_for(SummaryType::teaser, lang), kTeaserModel));
        CHECK(same(model_for(SummaryType::headline, lang), kHeadlineModel));
        CHECK(selection_for(SummaryType::teaser, lang).redundancy == kSelection.redundancy);
    }
}

TEST_CASE("selection") {
    SUBCASE("three key points, in document order, never boilerplate") {
        auto summary = chosen(kArticle);
        REQUIRE(summary.size() == 3);
        CHECK(summary[0] == "The river peaked overnight and the town's new flood barriers held, the mayor said on Tuesday.");
        for (const auto& s : summary) {
            CHECK(s.rfind("Read more", 0) != 0);
            CHECK(s.rfind("Photo:", 0) != 0);
            CHECK(s != "However, it was a close call.");
        }
        precis::Result r = precis::Summarizer().summarize(kArticle);
        for (std::size_t i = 1; i < r.sentences.size(); ++i) CHECK(r.sentences[i - 1].index < r.sentences[i].index);
    }
    SUBCASE("-n gives exactly that many when there are enough sentences") {
        precis::Options o;
        o.sentences = 5;
        CHECK(chosen(kArticle, o).size() == 5);
    }
    SUBCASE("never more sentences than the article has that are not boilerplate") {
        precis::Options o;
        o.sentences = 50;
        CHECK(chosen(kArticle, o).size() == 6);
    }
    SUBCASE("--max-chars is never exceeded; whole sentences only") {
        precis::Options o;
        o.sentences = 5;
        o.max_chars = 160;
        auto summary = chosen(kArticle, o);
        std::size_t total = 0;
        for (const auto& s : summary) total += s.size() + 1;  // ASCII text: bytes are characters
        CHECK(!summary.empty());
        CHECK(total - 1 <= 160);
        o.max_chars = 5;
        CHECK(chosen(kArticle, o).empty());
    }
    SUBCASE("a repeated sentence is chosen once") {
        std::string text = "The dam burst at noon and flooded the valley. The dam burst at noon and flooded the valley. "
                           "Rescue teams arrived within an hour. Schools were closed for the week.";
        precis::Options o;
        o.sentences = 2;
        auto summary = chosen(text, o);
        REQUIRE(summary.size() == 2);
        CHECK(summary[0] != summary[1]);
    }
    SUBCASE("a lead-in ending in a colon is no key point while sentences remain") {
        std::string text = "The city will change its bus routes from Monday after a year of complaints. "
                           "Here is what changes:\n\n- Route 4 runs every ten minutes.\n\n"
                           "- Night buses stop at the station.\n\nThe mayor said the plan would cut waiting times.";
        auto summary = chosen(text);
        REQUIRE(summary.size() == 3);
        for (const auto& s : summary) CHECK(s != "Here is what changes:");
    }
    SUBCASE("a headline is one sentence") {
        precis::Options o;
        o.type = precis::SummaryType::headline;
        CHECK(chosen(kArticle, o).size() == 1);
    }
}

TEST_CASE("key points from after the lead") {
    SUBCASE("the lead is the first paragraph") {
        Analysed a(kArticle);
        CHECK(after_lead(a.doc) == 1);
        precis::Options o;
        o.skip_lead = true;
        precis::Result r = precis::Summarizer(o).summarize(kArticle);
        REQUIRE(r.sentences.size() == 3);
        for (const auto& s : r.sentences) CHECK(s.paragraph > 0);
    }
    SUBCASE("in an article of one paragraph, its first three sentences") {
        const std::string text = "One. The council approved the barrier on Monday after a long debate. Work starts next week "
                                 "on the river bank. The barrier will cost four million pounds. Engineers expect it to "
                                 "last fifty years. Residents welcomed the decision at a meeting.";
        Analysed a(text);
        REQUIRE(a.doc.paragraphs.size() == 1);
        CHECK(after_lead(a.doc) == kLeadSentences);
        precis::Options o;
        o.skip_lead = true;
        o.sentences = 2;
        precis::Result r = precis::Summarizer(o).summarize(text);
        REQUIRE(r.sentences.size() == 2);
        for (const auto& s : r.sentences) CHECK(s.index >= kLeadSentences);
    }
    SUBCASE("an article with nothing after its lead is summarized whole") {
        Analysed a("The council approved the barrier. Work starts next week.");
        CHECK(after_lead(a.doc) == 0);
        precis::Options o;
        o.skip_lead = true;
        CHECK(precis::Summarizer(o).summarize("The council approved the barrier. Work starts next week.").sentences.size() == 2);
    }
}
