// Golden tests over the project's articles: tests/corpus/<slug>/article.txt (or, for the
// articles the demo ships, demo/<slug>.txt), each with expected.json beside it.
//
// Every article must satisfy the result's invariants, and its JSON must equal
// expected.json. After a deliberate change, regenerate the snapshots with
//   PRECIS_BLESS=1 ./build/native/tests/precis-golden-test
// and review the diff before committing.
#include <precis/precis.hpp>

#include "files.hpp"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using precis::test::read_file;

struct Article {
    std::string slug;
    fs::path text, expected;
};

std::vector<Article> articles() {
    const fs::path root = PRECIS_SOURCE_DIR;
    std::vector<Article> out;
    for (const auto& e : fs::directory_iterator(root / "tests" / "corpus")) {
        if (!e.is_directory()) continue;
        std::string slug = e.path().filename().string();
        fs::path text = e.path() / "article.txt";
        if (!fs::exists(text)) text = root / "demo" / (slug + ".txt");
        out.push_back({slug, text, e.path() / "expected.json"});
    }
    std::sort(out.begin(), out.end(), [](const Article& a, const Article& b) { return a.slug < b.slug; });
    return out;
}

// UTF-16 length of UTF-8 text.
std::size_t utf16_length(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? (c >= 0xF0 ? 2 : 1) : 0;
    return n;
}

json summarize(const std::string& text) {
    precis::Options o;
    o.explain = true;
    return json::parse(precis::to_json(precis::Summarizer(o).summarize(text)));
}

}  // namespace

TEST_CASE("the corpus is there") { CHECK(articles().size() >= 9); }

TEST_CASE("invariants hold on every article") {
    for (const Article& a : articles()) {
        CAPTURE(a.slug);
        REQUIRE(fs::exists(a.text));
        const std::string text = read_file(a.text);
        const json r = summarize(text);
        CHECK(r["schema"] == "precis/1");
        CHECK(!r["summary"].empty());
        CHECK(r["summary"].size() == r["sentences"].size());
        std::size_t last_index = 0;
        bool first = true;
        for (const auto& s : r["sentences"]) {
            std::size_t start = s["start"], end = s["end"];
            // The chosen text is exactly the input between the offsets, in both units.
            CHECK(text.substr(start, end - start) == s["text"].get<std::string>());
            CHECK(s["start16"].get<std::size_t>() == utf16_length(text.substr(0, start)));
            CHECK(s["end16"].get<std::size_t>() == utf16_length(text.substr(0, end)));
            // Document order.
            CHECK((first || s["index"].get<std::size_t>() > last_index));
            last_index = s["index"];
            first = false;
            CHECK(s["score"].get<double>() >= 0.0);
            CHECK(s["score"].get<double>() <= 1.0);
        }
        for (const auto& q : r["quotes"]) {
            std::size_t start = q["start"], end = q["end"];
            std::string quoted = text.substr(start, end - start);
            CHECK(quoted == q["text"].get<std::string>());
            CHECK(q["start16"].get<std::size_t>() == utf16_length(text.substr(0, start)));
            // A quote never crosses a paragraph break.
            CHECK(quoted.find("\n\n") == std::string::npos);
            CHECK(quoted.find("\n \n") == std::string::npos);
        }
        double salience = 2.0;
        for (const auto& e : r["entities"]) {
            CHECK(e["mentions"].get<int>() >= 1);
            CHECK(e["salience"].get<double>() <= salience);  // sorted by salience
            CHECK(e["salience"].get<double>() >= 0.0);
            salience = e["salience"];
            const std::string type = e["type"];
            CHECK((type == "person" || type == "organization" || type == "place" || type == "other"));
            // Every mention's text is the input at its offsets, in both units, in document order.
            CHECK(e["spans"].size() == e["mentions"].get<std::size_t>());
            std::size_t previous = 0;
            for (const auto& m : e["spans"]) {
                std::size_t start = m["start"], end = m["end"];
                REQUIRE(end <= text.size());
                CHECK(text.substr(start, end - start) == m["text"].get<std::string>());
                CHECK(m["start16"].get<std::size_t>() == utf16_length(text.substr(0, start)));
                CHECK(m["end16"].get<std::size_t>() == utf16_length(text.substr(0, end)));
                CHECK(start >= previous);
                previous = start;
            }
        }
        CHECK(r["explain"]["sentences"].size() == r["stats"]["sentences"]);
        // Every feature is a finite number in [0, 1]; the raw score is finite.
        for (const auto& x : r["explain"]["sentences"])
            for (const auto& item : x["features"].items()) {
                const std::string name = item.key();  // a plain variable: CAPTURE's lambda takes it
                CAPTURE(name);
                const double v = item.value().get<double>();
                CHECK(std::isfinite(v));
                if (name != "raw_score") CHECK((v >= 0.0 && v <= 1.0));
            }
    }
}

TEST_CASE("every article gives its expected JSON") {
    const bool bless = std::getenv("PRECIS_BLESS") != nullptr;
    for (const Article& a : articles()) {
        CAPTURE(a.slug);
        const std::string actual = summarize(read_file(a.text)).dump(2) + "\n";
        if (bless) {
            std::ofstream(a.expected, std::ios::binary) << actual;
            continue;
        }
        REQUIRE_MESSAGE(fs::exists(a.expected), "no expected.json: run with PRECIS_BLESS=1 to create it");
        CHECK_MESSAGE(actual == read_file(a.expected),
                      "output changed; if deliberate, re-bless with PRECIS_BLESS=1 and review the diff");
    }
}

TEST_CASE("the sample article: what the commission asked for") {
    const std::string text = read_file(fs::path(PRECIS_SOURCE_DIR) / "demo" / "putin-may-g20.en.txt");
    const json r = summarize(text);
    CHECK(r["title"] == "In London told the British version of the first meeting of Putin and may");
    const json* putin = nullptr;
    const json* peskov = nullptr;
    for (const auto& e : r["entities"]) {
        if (e["name"] == "Vladimir Putin") putin = &e;
        if (e["name"] == "Dmitry Peskov") peskov = &e;
    }
    REQUIRE(putin);
    CHECK(std::find((*putin)["aliases"].begin(), (*putin)["aliases"].end(), "Putin") != (*putin)["aliases"].end());
    CHECK((*putin)["mentions"].get<int>() >= 4);
    REQUIRE(peskov);
    CHECK(r["quotes"].size() >= 5);
    int by_peskov = 0;
    for (const auto& q : r["quotes"]) by_peskov += q["speaker"] == "Dmitry Peskov";
    CHECK(by_peskov >= 1);
    // The quotation mark that never closes stops at its paragraph.
    bool found = false;
    for (const auto& q : r["quotes"]) found |= q["text"] == "formal and explicit.";
    CHECK(found);
}

TEST_CASE("the sample article: typed entities, and the speaker given by a role") {
    const std::string text = read_file(fs::path(PRECIS_SOURCE_DIR) / "demo" / "putin-may-g20.en.txt");
    const json r = summarize(text);
    auto find = [&](const std::string& name) -> const json* {
        for (const auto& e : r["entities"])
            if (e["name"] == name) return &e;
        return nullptr;
    };
    for (const char* person : {"Vladimir Putin", "Dmitry Peskov", "David Cameron", "Yuri Ushakov"}) {
        CAPTURE(person);
        REQUIRE(find(person));
        CHECK((*find(person))["type"] == "person");
    }
    for (const char* place : {"Russia", "Britain", "London", "Moscow", "Syria", "Hangzhou"}) {
        CAPTURE(place);
        REQUIRE(find(place));
        CHECK((*find(place))["type"] == "place");
    }
    // Nationalities are only ever "other", alone, and rank below the people and places.
    for (const auto& e : r["entities"]) {
        const std::string name = e["name"];
        bool demonym = name.find("British") != std::string::npos || name.find("Russian") != std::string::npos ||
                       name.find("Chinese") != std::string::npos || name.find("Syrian") != std::string::npos;
        CAPTURE(name);
        if (demonym) {
            CHECK(e["type"] == "other");
            CHECK(e["salience"].get<double>() < (*find("Dmitry Peskov"))["salience"].get<double>());
        }
        CHECK(name != "Chinese Hangzhou");
    }
    // Theresa May, written "Teresa" and "Mei", is one person: the text gives both her office.
    const json* may = find("Mei");
    REQUIRE(may);
    CHECK((*may)["type"] == "person");
    CHECK(std::find((*may)["aliases"].begin(), (*may)["aliases"].end(), "Teresa") != (*may)["aliases"].end());
    CHECK_FALSE(find("Teresa"));
    // "— said the head of the British government": the role, and the person who holds it.
    bool by_role = false;
    for (const auto& q : r["quotes"])
        by_role |= q["speaker_role"] == "the head of the British government" && q["speaker"] == "Mei";
    CHECK(by_role);
}

TEST_CASE("the Russian article: names, quotes and abbreviations") {
    const std::string text =
        read_file(fs::path(PRECIS_SOURCE_DIR) / "tests" / "corpus" / "kremlin-briefing.ru" / "article.txt");
    const json r = summarize(text);
    CHECK(r["lang"] == "ru");
    bool peskov = false;
    for (const auto& e : r["entities"]) peskov |= e["name"] == "Дмитрий Песков" && e["mentions"].get<int>() == 2;
    CHECK(peskov);
    // Names in the nominative though the text declines them; the country apart from the person.
    auto type_of = [&](const std::string& name) -> std::string {
        for (const auto& e : r["entities"])
            if (e["name"] == name) return e["type"];
        return "(missing)";
    };
    CHECK(type_of("Владимир Путин") == "person");  // the text: "Владимира Путина", "Путину"
    CHECK(type_of("Эмманюэль Макрон") == "person");  // "Эмманюэля Макрона"
    CHECK(type_of("Россия") == "place");
    CHECK(type_of("Санкт-Петербург") == "place");  // "в Санкт-Петербурге"
    CHECK(type_of("Франция") == "place");
    for (const auto& e : r["entities"]) CHECK(e["name"].get<std::string>().find("России ") == std::string::npos);
    bool quoted = false;
    for (const auto& q : r["quotes"]) quoted |= q["speaker"] == "Юрий Ушаков";
    CHECK(quoted);
    // "т.е." and "им. Б. Н. Ельцина" do not end sentences.
    for (const auto& s : r["explain"]["sentences"]) {
        std::string t = s["text"];
        const std::string te = "т.е.";
        bool ends_with_te = t.size() >= te.size() && t.compare(t.size() - te.size(), te.size(), te) == 0;
        CHECK_FALSE(ends_with_te);
        bool named_whole = t.find("им.") == std::string::npos || t.find("Ельцина") != std::string::npos;
        CHECK(named_whole);
    }
}
