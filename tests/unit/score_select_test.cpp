// Stages 4 and 5, score and select: which sentences make the summary.
#include "helpers.hpp"
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
    Scores s = score_sentences(a.doc, "Flood barriers hold as river peaks", kSummaryWeights,
                               precis::SummaryType::key_points);
    REQUIRE(s.sentences.size() == 8);
    SUBCASE("the lead comes first") { CHECK(s.sentences[0].position > s.sentences[4].position); }
    SUBCASE("a connective or pronoun opening cannot stand alone") {
        CHECK(s.sentences[2].standalone_penalty);  // However, ...
        CHECK(s.sentences[3].standalone_penalty);  // He thanked ...
        CHECK_FALSE(s.sentences[0].standalone_penalty);
    }
    SUBCASE("boilerplate is recognised") {
        CHECK(s.sentences[5].boilerplate);  // Read more: ...
        CHECK(s.sentences[6].boilerplate);  // Photo: ...
        CHECK_FALSE(s.sentences[4].boilerplate);
    }
    SUBCASE("title overlap") { CHECK(s.sentences[0].title > s.sentences[7].title); }
    SUBCASE("scores are finite and centrality is normalised") {
        for (const auto& f : s.sentences) {
            CHECK(f.centrality >= 0.0);
            CHECK(f.centrality <= 1.0);
        }
    }
}

TEST_CASE("a sentence that cannot stand alone waits for the one it leans on") {
    // Scores are set by hand: the dangling sentence is the best of its article.
    auto scored = [](Analysed& a, std::vector<double> values) {
        Scores s = score_sentences(a.doc, "", kSummaryWeights, precis::SummaryType::key_points);
        REQUIRE(s.sentences.size() == values.size());
        for (std::size_t i = 0; i < values.size(); ++i) s.sentences[i].score = values[i];
        return s;
    };
    Selection plain = kSelection;
    plain.antecedents = false;

    Analysed a("The council approved the barrier on Monday. Work starts next week. "
               "It said the barrier would protect every home.");
    Scores s = scored(a, {0.5, 0.1, 0.9});
    REQUIRE(s.sentences[2].standalone_penalty);
    CHECK(select_sentences(a.doc, s, 1, std::nullopt, plain) == std::vector<std::size_t>{2});
    CHECK(select_sentences(a.doc, s, 1, std::nullopt, kSelection) == std::vector<std::size_t>{0});
    CHECK(select_sentences(a.doc, s, 2, std::nullopt, kSelection) == std::vector<std::size_t>{0, 1});
    // Once the sentence it leans on is in, it may follow; when nothing else is left, it comes in.
    CHECK(select_sentences(a.doc, s, 3, std::nullopt, kSelection) == std::vector<std::size_t>{0, 1, 2});

    SUBCASE("a caption between them does not count") {
        Analysed b("The council approved the barrier on Monday. Photo: The river at dawn. "
                   "It said the barrier would protect every home.");
        Scores t = scored(b, {0.5, 0.0, 0.9});
        REQUIRE(t.sentences[1].boilerplate);
        CHECK(select_sentences(b.doc, t, 2, std::nullopt, kSelection) == std::vector<std::size_t>{0, 2});
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
    SUBCASE("a headline is one sentence") {
        precis::Options o;
        o.type = precis::SummaryType::headline;
        CHECK(chosen(kArticle, o).size() == 1);
    }
}
