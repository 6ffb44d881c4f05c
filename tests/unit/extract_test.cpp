// Stage 0 for web pages: finding the article in a page.
#include "api/article.hpp"
#include "extract/extract.hpp"
#include "extract/wire.hpp"

#include <precis/precis.h>
#include <precis/precis.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace {

// Prose long enough to count as an article paragraph.
const std::string kP1 =
    "The city council voted on Tuesday to close the old bridge, which has carried traffic across the river "
    "since 1931, after engineers found cracks in two of its supports.";
const std::string kP2 =
    "Repairs will take at least a year, the council said, and buses will use the northern crossing, adding "
    "about ten minutes to the journey for some twelve thousand daily passengers.";
const std::string kP3 =
    "Shop owners near the bridge said they feared for their trade, while cyclists welcomed a promised "
    "temporary path, which the council said would open within a month.";

std::string page(const std::string& body,
                 const std::string& head = "<meta charset=\"utf-8\"><title>Bridge to close | City News</title>") {
    return "<!DOCTYPE html><html lang=\"en-GB\"><head>" + head + "</head><body>" + body + "</body></html>";
}

std::string article_html() {
    return page(
        "<header class=\"masthead\"><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>"
        "<main><article><h1>Bridge to close</h1><p class=\"byline\">By Jane Smith</p>"
        "<p>" + kP1 + "</p><figure><img src=a.jpg><figcaption>The old bridge in 2019.</figcaption></figure>"
        "<p>" + kP2 + "</p><div class=\"share-tools\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div>"
        "<p>" + kP3 + "</p><p style=\"display:none\">Hidden text nobody sees.</p></article>"
        "<aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/a\">Council budget approved in a long "
        "meeting</a></li><li><a href=\"/b\">Buses to run late during the festival week</a></li></ul></aside></main>"
        "<footer class=\"site-footer\"><p>Copyright City News. All rights reserved.</p></footer>");
}

// Records of the page wire format (what the widget sends): an element opening, a text
// node, an element closing.
std::string wire_open(const std::string& tag, const std::string& attrs = "") { return "O" + tag + attrs + "\x1e"; }
std::string wire_text(const std::string& t) { return "T" + t + "\x1e"; }
const std::string kWireClose = "C\x1e";

}  // namespace

#ifndef __EMSCRIPTEN__  // Gumbo is the native front end; the browser has its own parser

TEST_CASE("extract_html: the article's paragraphs, without the page around them") {
    precis::Article a = precis::extract_html(article_html());
    REQUIRE(a.paragraphs.size() == 3);
    CHECK(a.paragraphs[0] == kP1);
    CHECK(a.paragraphs[1] == kP2);
    CHECK(a.paragraphs[2] == kP3);
    CHECK(a.title == "Bridge to close");  // the site's name is cut from <title>
    CHECK(a.byline == "By Jane Smith");
    CHECK(a.lang == "en");
    CHECK(a.body() == kP1 + "\n\n" + kP2 + "\n\n" + kP3);
    REQUIRE(a.text_nodes.size() == 3);
    CHECK(a.text_nodes[0].first <= a.text_nodes[0].second);
    CHECK(a.text_nodes[1].first > a.text_nodes[0].second);
}

TEST_CASE("extract_html: metadata") {
    SUBCASE("og:title wins over <title>; the date comes from the page") {
        auto a = precis::extract_html(page("<article><p>" + kP1 + "</p><p>" + kP2 + "</p></article>",
                                           "<title>Something else - Site</title><meta property=\"og:title\" "
                                           "content=\"Old bridge closes\"><meta property=\"article:published_time\" "
                                           "content=\"2024-03-05T10:00:00Z\">"));
        CHECK(a.title == "Old bridge closes");
        CHECK(a.published == "2024-03-05T10:00:00Z");
    }
    SUBCASE("but not when it is no headline: the site's name, or a URL's slug") {
        const std::string body = "<article><p>" + kP1 + "</p><p>" + kP2 + "</p></article>";
        auto with = [&](const std::string& og) {
            return precis::extract_html(page(body, "<title>Old bridge closes | City News</title>"
                                                   "<meta property=\"og:site_name\" content=\"City News - CN\">"
                                                   "<meta property=\"og:title\" content=\"" + og + "\">")).title;
        };
        CHECK(with("City News - CN") == "Old bridge closes");
        CHECK(with("old-bridge-closes-2024") == "Old bridge closes");
        CHECK(with("Bridge: the last day") == "Bridge: the last day");
    }
    SUBCASE("a language precis does not know is left to detection") {
        std::string html = page("<article><p>" + kP1 + "</p><p>" + kP2 + "</p></article>");
        html.replace(html.find("en-GB"), 5, "sv");
        CHECK(precis::extract_html(html).lang.empty());
    }
}

TEST_CASE("extract_html: whitespace, line breaks and entities") {
    auto a = precis::extract_html(page("<article><p>  " + kP1 + "\n\t &amp; more  </p><p>" + kP2 +
                                       "<br>Second line.<br><br>" + kP3 + "</p></article>"));
    REQUIRE(a.paragraphs.size() == 3);
    CHECK(a.paragraphs[0] == kP1 + " & more");
    CHECK(a.paragraphs[1] == kP2 + "\nSecond line.");  // one <br> is a line break, two a paragraph
    CHECK(a.paragraphs[2] == kP3);
}

// Character sets: encoding_test.cpp.

TEST_CASE("extract_html: pages without an article") {
    std::string items;
    for (int i = 0; i < 60; ++i)
        items += "<div class=\"teaser\"><h3><a href=\"/s" + std::to_string(i) + "\">Headline number " +
                 std::to_string(i) + " about the events of the day</a></h3><a href=\"/s\">Read more</a></div>";
    CHECK_THROWS_WITH_AS(precis::extract_html(page("<main>" + items + "</main>")), "no article found",
                         precis::Error);
    CHECK_THROWS_WITH_AS(precis::extract_html(page("<form><label>Email <input name=e></label><label>Password "
                                                   "<input type=password></label><button>Sign in</button></form>")),
                         "no article found", precis::Error);
    CHECK_THROWS_WITH_AS(precis::extract_html(""), "no article found", precis::Error);
}

TEST_CASE("extract_html: malformed and deeply nested pages") {
    SUBCASE("unclosed and misnested tags") {
        auto a = precis::extract_html("<html><body><div><p>" + kP1 + "<p>" + kP2 + "<b><i>" + kP3 +
                                      "</b></i></div></span></table><<<>>>&#xZZZ;<!-- open");
        REQUIRE(a.paragraphs.size() == 2);
        CHECK(a.paragraphs[0] == kP1);
        CHECK(a.paragraphs[1] == kP2 + kP3);  // the second <p> holds the <b> and the rest
    }
    SUBCASE("10,000 levels of nesting") {
        std::string open, close;
        for (int i = 0; i < 10000; ++i) open += "<div>", close += "</div>";
        auto a = precis::extract_html(page(open + "<p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 + "</p>" + close));
        REQUIRE(a.paragraphs.size() == 3);
        CHECK(a.paragraphs[1] == kP2);
    }
    SUBCASE("a page over the limit") {
        CHECK_THROWS_WITH_AS(precis::extract_html(article_html(), 100),
                             ("input is " + std::to_string(article_html().size()) +
                              " bytes, over the limit of 100 bytes").c_str(),
                             precis::Error);
    }
}

TEST_CASE("Summarizer: an article's summary points into its body") {
    precis::Article a = precis::extract_html(article_html());
    precis::Result r = precis::Summarizer().summarize(a);
    CHECK(r.title == "Bridge to close");
    CHECK(r.lang == "en");
    std::string body = a.body();
    REQUIRE(!r.sentences.empty());
    for (const auto& s : r.sentences) CHECK(body.substr(s.start, s.end - s.start) == s.text);
}

#endif

TEST_CASE("page wire format: the widget's page gives the same article") {
    // What the widget sends for <html><body><article><h1>..</h1><p>P1</p><p>P2</p></article></body></html>.
    const std::string& close = kWireClose;
    std::string wire = wire_open("html", "\x1flang\x1fru") + wire_open("head") + wire_open("title") +
                       wire_text("Мост закроют | Новости") + close + close + wire_open("body") + wire_open("article") +
                       wire_open("h1") + wire_text("Мост закроют") + close + wire_open("p") + wire_text(kP1) + close +
                       wire_open("p", "\x1f" "class\x1f" "note\x1fhidden\x1f") + wire_text("hidden") + close +
                       wire_open("p") + wire_text("  " + kP2 + " ") + close + wire_open("p") + wire_text(kP3) + close +
                       close + close + close;
    precis::Article a;
    REQUIRE(!precis::detail::extract_page_wire(wire, a));
    CHECK(a.title == "Мост закроют");
    CHECK(a.lang == "ru");
    REQUIRE(a.paragraphs.size() == 3);
    CHECK(a.paragraphs[1] == kP2);
    CHECK(a.text_nodes[0] == std::pair<std::size_t, std::size_t>{2, 2});  // text nodes counted from 0
    CHECK(a.text_nodes[1] == std::pair<std::size_t, std::size_t>{4, 4});

    SUBCASE("through the C ABI, as JSON") {
        char* json = precis_extract_page(wire.data(), wire.size());
        REQUIRE(json != nullptr);
        CHECK(std::string(json).find("\"first_text\":4") != std::string::npos);
        precis_string_free(json);
    }
    SUBCASE("malformed records are errors, not guesses") {
        precis::Article b;
        CHECK(*precis::detail::extract_page_wire("Ohtml", b) == "page: record 0 is not terminated");
        CHECK(*precis::detail::extract_page_wire("X\x1e", b) == "page: record 0 has an unknown kind");
        CHECK(*precis::detail::extract_page_wire("Op\x1f" "class\x1e", b) ==
              "page: record 0 is not an element (tag, then name/value pairs)");
        CHECK(precis_extract_page("T\xff\x1e", 3) == nullptr);
        CHECK(std::string(precis_last_error()) == "page: invalid UTF-8 at byte 1");
    }
}

TEST_CASE("paragraph numbers index the article's paragraphs") {
    // A live page: its first paragraph is a kicker that looks like a headline line.
    std::string wire = wire_open("html", "\x1flang\x1f" "en") + wire_open("head") + wire_open("title") +
                       wire_text("Bridge to close | City News") + kWireClose + kWireClose + wire_open("body") +
                       wire_open("article");
    for (const std::string& p : {std::string("Live updates"), kP1, kP2, kP3})
        wire += wire_open("p") + wire_text(p) + kWireClose;
    wire += kWireClose + kWireClose + kWireClose;
    precis::Article a;
    REQUIRE(!precis::detail::extract_page_wire(wire, a));
    REQUIRE(a.paragraphs.size() == 4);
    REQUIRE(a.paragraphs[0] == "Live updates");

    precis::Options o;
    o.sentences = 10;  // every sentence
    o.explain = true;
    precis::Result r = precis::Summarizer(o).summarize(a);
    CHECK(r.title == "Bridge to close");  // the page's, not the kicker
    CHECK(r.stats.paragraphs == a.paragraphs.size());
    const std::string body = a.body();
    REQUIRE(r.sentences.size() == 3);
    for (const auto& s : r.sentences) {
        REQUIRE(s.paragraph < a.paragraphs.size());
        CHECK(a.paragraphs[s.paragraph].find(s.text) != std::string::npos);
        CHECK(body.substr(s.start, s.end - s.start) == s.text);
    }
    CHECK(r.sentences[0].paragraph == 1);
    CHECK(r.sentences[2].paragraph == 3);
    // The kicker counts as a paragraph but, like a headline line, is no sentence to choose.
    for (const auto& x : r.explain) CHECK(x.sentence.text != "Live updates");

    SUBCASE("the article's JSON says where each paragraph starts, in bytes and UTF-16 units") {
        precis_summarizer* summarizer = precis_summarizer_new("{\"sentences\": 10}");
        REQUIRE(summarizer != nullptr);
        char* json = precis_summarize_page(summarizer, wire.data(), wire.size(), nullptr);
        precis_summarizer_free(summarizer);
        REQUIRE(json != nullptr);
        auto j = nlohmann::json::parse(json);
        precis_string_free(json);
        const auto& paragraphs = j["article"]["paragraphs"];
        CHECK(j["result"]["stats"]["paragraphs"] == paragraphs.size());
        for (const auto& s : j["result"]["sentences"]) {
            const auto& p = paragraphs[s["paragraph"].get<std::size_t>()];
            auto at = s["start"].get<std::size_t>() - p["start"].get<std::size_t>();
            CHECK(p["text"].get<std::string>().substr(at, s["text"].get<std::string>().size()) == s["text"]);
            CHECK(s["start16"].get<std::size_t>() - p["start16"].get<std::size_t>() == at);  // ASCII here
        }
        precis::Article ru;
        ru.paragraphs = {"Мост 😀", "Второй"};
        auto k = nlohmann::json::parse(precis::to_json(ru));
        CHECK(k["paragraphs"][1]["start"] == std::string("Мост 😀\n\n").size());
        CHECK(k["paragraphs"][1]["start16"] == std::u16string(u"Мост 😀\n\n").size());
    }
}
