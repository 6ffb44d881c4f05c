// The public API: the C++ Summarizer, the JSON result, and the C ABI.
#include <precis/precis.h>
#include <precis/precis.hpp>

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace {
const std::string kText =
    "Storm closes mountain pass\n\n"
    "Heavy snow closed the pass on Saturday, police said. “Nobody was hurt,” said Anna Keller, a local guide.\n\n"
    "The road will stay closed until Monday. Forecasters expect more snow. Hotels said bookings fell.";
}

TEST_CASE("Summarizer: options, results and errors") {
    SUBCASE("defaults: three key points, language detected, headline as title") {
        precis::Result r = precis::Summarizer().summarize(kText);
        CHECK(r.lang == "en");
        CHECK(r.type == precis::SummaryType::key_points);
        CHECK(to_json(r).find("\"type\":\"key-points\"") != std::string::npos);
        CHECK(r.title == "Storm closes mountain pass");
        CHECK(r.sentences.size() == 3);
        CHECK(r.stats.paragraphs == 2);
        CHECK(r.stats.sentences == 5);
        for (const auto& s : r.sentences) CHECK(kText.substr(s.start, s.end - s.start) == s.text);
    }
    SUBCASE("a title given wins over the headline line") {
        precis::Options o;
        o.title = "Snow";
        CHECK(precis::Summarizer(o).summarize(kText).title == "Snow");
    }
    SUBCASE("--lang overrides detection") {
        precis::Options o;
        o.lang = "de";
        CHECK(precis::Summarizer(o).summarize(kText).lang == "de");
    }
    SUBCASE("invalid options are refused with a message naming the option") {
        precis::Options o;
        o.lang = "xx";
        CHECK_THROWS_WITH_AS(precis::Summarizer{o}, "lang: 'xx' is not one of auto, en, ru, de, fr, es, it, pt",
                             precis::Error);
        o.lang = "auto";
        o.sentences = 0;
        CHECK_THROWS_AS(precis::Summarizer{o}, precis::Error);
    }
    SUBCASE("bad input is an input error") {
        precis::Summarizer s;
        try {
            s.summarize("bad \xFF byte");
            FAIL("no error");
        } catch (const precis::Error& e) {
            CHECK(e.kind() == precis::Error::Kind::input);
            CHECK(std::string(e.what()) == "invalid UTF-8 at byte 4");
        }
        CHECK_THROWS_WITH_AS(s.summarize("   \n "), "nothing to summarize", precis::Error);
    }
    SUBCASE("words of the CLI and JSON") {
        CHECK(precis::parse_summary_type("tldr") == precis::SummaryType::tldr);
        CHECK_FALSE(precis::parse_summary_type("summary"));
        CHECK(precis::parse_length("long") == precis::Length::long_);
        CHECK(precis::to_string(precis::SummaryType::key_points) == "key-points");
    }
}

TEST_CASE("Summarizer: an Article built by hand") {
    precis::Article a;
    a.paragraphs = {"The council approved the bridge on Tuesday.", "It will cost 48 million pounds, officials said.",
                    "Work starts in May."};
    precis::Summarizer s;
    SUBCASE("its lang is checked as the option is, not trusted") {
        a.lang = "EN";  // once a crash: the pipeline took every lang for one it knows
        CHECK_THROWS_WITH_AS(s.summarize(a), "article: lang: 'EN' is not one of auto, en, ru, de, fr, es, it, pt",
                             precis::Error);
        a.lang = "en";
        CHECK(s.summarize(a).lang == "en");
    }
    SUBCASE("its declared lang gives way to a text clearly in another") {
        a.lang = "en";  // a template's lang="en" on a German article
        a.paragraphs = {"Ich war am Wochenende auf einer Hochzeit im Wendland, und es war ein schöner Tag.",
                        "Die Feier fand in einer alten Scheune statt, und wir haben bis in die Nacht getanzt.",
                        "Am Sonntag sind wir mit dem Zug nach Berlin zurückgefahren."};
        CHECK(s.summarize(a).lang == "de");
    }
    SUBCASE("its title must be UTF-8, as the result is") {
        a.title = "Bridge \xFF";
        CHECK_THROWS_WITH_AS(s.summarize(a), "article: title: invalid UTF-8 at byte 7", precis::Error);
    }
    SUBCASE("a blank paragraph keeps its number") {
        precis::Options o;
        o.sentences = 3;
        o.explain = true;
        a.paragraphs = {"", a.paragraphs[0], "  ", a.paragraphs[1], "\n", a.paragraphs[2]};
        precis::Result r = precis::Summarizer(o).summarize(a);
        CHECK(r.stats.paragraphs == 6);
        REQUIRE(r.sentences.size() == 3);
        CHECK(r.sentences[0].paragraph == 1);
        CHECK(r.sentences[1].paragraph == 3);
        CHECK(r.sentences[2].paragraph == 5);
        for (const auto& x : r.explain) CHECK(a.paragraphs[x.sentence.paragraph] == x.sentence.text);
        const std::string body = a.body();
        for (const auto& t : r.sentences) CHECK(body.substr(t.start, t.end - t.start) == t.text);
    }
}

TEST_CASE("to_json follows schema precis/1") {
    precis::Options o;
    o.explain = true;
    auto j = nlohmann::json::parse(precis::to_json(precis::Summarizer(o).summarize(kText)));
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
    CHECK(j["schema"] == "precis/1");
    for (const char* k : {"lang", "type", "title", "summary", "sentences", "entities", "quotes", "stats", "explain"})
        CHECK(j.contains(k));
    const auto& s = j["sentences"][0];
    for (const char* k : {"index", "paragraph", "text", "start", "end", "start16", "end16", "score"}) CHECK(s.contains(k));
    CHECK(j["quotes"][0]["speaker"] == "Anna Keller");
    CHECK(j["explain"]["sentences"].size() == 5);
    CHECK(j["explain"]["sentences"][0]["features"].contains("position"));
    SUBCASE("indentation is a choice; content is the same") {
        auto r = precis::Summarizer().summarize(kText);
        CHECK(nlohmann::json::parse(precis::to_json(r, 2)) == nlohmann::json::parse(precis::to_json(r)));
        CHECK(precis::to_json(r).find('\n') == std::string::npos);
    }
    SUBCASE("a batch record is the id, written as given, then the result's members") {
        auto r = precis::Summarizer().summarize(kText);
        const std::string line = precis::to_json_line(R"({"a":[1,"\u00e9"]})", r);
        CHECK(line.rfind(R"({"id":{"a":[1,"\u00e9"]},"schema":"precis/1",)", 0) == 0);
        auto record = nlohmann::json::parse(line);
        CHECK(record["id"]["a"][1] == "\u00e9");
        record.erase("id");
        CHECK(record == nlohmann::json::parse(precis::to_json(r)));
        CHECK(line.find('\n') == std::string::npos);
        CHECK(precis::to_json_error_line("7", "bad \"lang\"\n") == R"({"id":7,"error":"bad \"lang\"\n"})");
    }
}

TEST_CASE("C ABI") {
    SUBCASE("create, summarize, free") {
        precis_summarizer* s = precis_summarizer_new(R"({"type":"tldr","length":"medium"})");
        REQUIRE(s);
        char* out = precis_summarize(s, kText.data(), kText.size(), nullptr);
        REQUIRE(out);
        auto j = nlohmann::json::parse(out);
        CHECK(j["type"] == "tldr");
        CHECK(j["summary"].size() == 2);
        precis_string_free(out);
        out = precis_summarize(s, kText.data(), kText.size(), R"({"sentences": 1})");
        REQUIRE(out);
        CHECK(nlohmann::json::parse(out)["summary"].size() == 1);
        precis_string_free(out);
        precis_summarizer_free(s);
    }
    SUBCASE("errors come back as values with messages") {
        CHECK(precis_summarizer_new("{\"type\": \"essay\"}") == nullptr);
        CHECK(std::string(precis_last_error()) == "type: 'essay' is not one of key-points, tldr, teaser, headline");
        CHECK(precis_summarizer_new("{\"colour\": 1}") == nullptr);
        CHECK(std::string(precis_last_error()) == "unknown option 'colour'");
        CHECK(precis_summarizer_new("not json") == nullptr);
        CHECK(std::string(precis_last_error()) == "options: not valid JSON (expected one object)");
        CHECK(precis_summarizer_new("{\"type\": \"tldr\",}") == nullptr);  // a trailing comma
        CHECK(precis_summarizer_new("{\"lang\": [\"en\"]}") == nullptr);
        CHECK(std::string(precis_last_error()) == "options: values must be strings, numbers, booleans or null");
        CHECK(precis_summarizer_new("{\"sentences\": 2.5}") == nullptr);
        CHECK(std::string(precis_last_error()) == "sentences: expected a whole number");
        CHECK(precis_summarizer_new("{\"sentences\": -1}") == nullptr);
        CHECK(std::string(precis_last_error()) == "sentences: '-1' is not a whole number from 1 to 10000");
        CHECK(precis_summarizer_new("{\"type\": 1}") == nullptr);
        CHECK(std::string(precis_last_error()) == "type: expected a string");
        CHECK(precis_summarizer_new("{\"sentences\": 01}") == nullptr);  // JSON has no leading zeros
        CHECK(std::string(precis_last_error()) == "options: not valid JSON (expected one object)");
        CHECK(precis_string_alloc(SIZE_MAX) == nullptr);
        CHECK(std::string(precis_last_error()) == "out of memory");
        precis_summarizer* s = precis_summarizer_new(nullptr);
        REQUIRE(s);
        CHECK(precis_summarize(s, "\xFF", 1, nullptr) == nullptr);
        CHECK(std::string(precis_last_error()) == "invalid UTF-8 at byte 0");
        CHECK(precis_summarize(s, kText.data(), kText.size(), R"({"max_bytes": 10})") == nullptr);
        CHECK(std::string(precis_last_error()).find("over the limit of 10 bytes") != std::string::npos);
        CHECK(precis_summarize(nullptr, "x", 1, nullptr) == nullptr);
        // The summarizer keeps working after errors.
        char* out = precis_summarize(s, kText.data(), kText.size(), nullptr);
        CHECK(out != nullptr);
        CHECK(std::string(precis_last_error()).empty());
        precis_string_free(out);
        precis_summarizer_free(s);
        precis_summarizer_free(nullptr);
        precis_string_free(nullptr);
    }
    SUBCASE("options JSON: escapes, nulls and whitespace") {
        precis_summarizer* s = precis_summarizer_new(
            " { \"title\" : \"Caf\\u00e9 \\ud83d\\ude00 \\\"Z\\\"\", \"lang\": null, \"explain\": false } ");
        REQUIRE(s);
        char* out = precis_summarize(s, kText.data(), kText.size(), nullptr);
        REQUIRE(out);
        CHECK(nlohmann::json::parse(out)["title"] == "Café 😀 \"Z\"");
        precis_string_free(out);
        precis_summarizer_free(s);
    }
    SUBCASE("options JSON: skip_lead") {
        precis_summarizer* s = precis_summarizer_new("{\"skip_lead\": true}");
        REQUIRE(s);
        CHECK(precis_summarizer_new("{\"skip_lead\": 1}") == nullptr);
        CHECK(std::string(precis_last_error()) == "skip_lead: expected true or false");
        precis_summarizer_free(s);
    }
    SUBCASE("version") { CHECK(std::string(precis_version()) == std::string(precis::version())); }
}

TEST_CASE("one table of options: every front end's words and messages") {
    precis::Options o;
    SUBCASE("each kind of option, from its text form") {
        CHECK_FALSE(precis::set_option(o, "type", "tldr"));
        CHECK(o.type == precis::SummaryType::tldr);
        CHECK_FALSE(precis::set_option(o, "max_chars", "120"));
        CHECK(o.max_chars == 120u);
        CHECK_FALSE(precis::set_option(o, "skip_lead", "true"));
        CHECK(o.skip_lead);
        CHECK_FALSE(precis::set_option(o, "title", "A title"));
        CHECK(o.title == "A title");
        CHECK(*precis::set_option(o, "length", "huge") == "'huge' is not one of short, medium, long");
        CHECK(*precis::set_option(o, "sentences", "0") == "'0' is not a whole number from 1 to 10000");
        CHECK(*precis::set_option(o, "max_bytes", "12x") == "'12x' is not a whole number of at least 1");
        CHECK(*precis::set_option(o, "explain", "yes") == "'yes' is not true or false");
        CHECK(*precis::set_option(o, "colour", "red") == "unknown option");
        // A message is one line whatever the value holds.
        CHECK(*precis::set_option(o, "length", "huge\nprecis: fake \xFF") ==
              "'huge\\x0Aprecis: fake \\xFF' is not one of short, medium, long");
        CHECK(*precis::set_option(o, "title", "ab\xFF") == "invalid UTF-8 at byte 2");
    }
    SUBCASE("the JSON options take the same names and give the same message") {
        for (const precis::OptionSpec& spec : precis::option_specs()) {
            CAPTURE(spec.name);
            CHECK(precis::find_option(spec.name) == &spec);
            CHECK_FALSE(spec.help.empty());
        }
        precis_summarizer* s = precis_summarizer_new("{\"length\": \"huge\"}");
        CHECK(s == nullptr);
        CHECK(std::string(precis_last_error()) == "length: " + *precis::set_option(o, "length", "huge"));
    }
    SUBCASE("options set in code are checked the same way") {
        o.lang = "xx";
        CHECK(*precis::validate(o) == "lang: 'xx' is not one of auto, en, ru, de, fr, es, it, pt");
        o.lang = "auto";
        o.sentences = 20000;
        CHECK(*precis::validate(o) == "sentences: '20000' is not a whole number from 1 to 10000");
        o.sentences.reset();
        o.title = "Caf\xC3";
        CHECK(*precis::validate(o) == "title: invalid UTF-8 at byte 3");
    }
}

