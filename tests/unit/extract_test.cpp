// Stage 0 for web pages: finding the article in a page.
#include "api/article.hpp"
#include "extract/extract.hpp"
#include "extract/wire.hpp"

#include <precis/precis.h>
#include <precis/precis.hpp>

#include <doctest/doctest.h>

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
    auto el = [](const std::string& tag, const std::string& attrs = "") { return "O" + tag + attrs + "\x1e"; };
    auto text = [](const std::string& t) { return "T" + t + "\x1e"; };
    const std::string close = "C\x1e";
    std::string wire = el("html", "\x1flang\x1fru") + el("head") + el("title") + text("Мост закроют | Новости") +
                       close + close + el("body") + el("article") + el("h1") + text("Мост закроют") + close +
                       el("p") + text(kP1) + close + el("p", "\x1f" "class\x1f" "note\x1fhidden\x1f") +
                       text("hidden") + close + el("p") + text("  " + kP2 + " ") + close + el("p") + text(kP3) +
                       close + close + close + close;
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
