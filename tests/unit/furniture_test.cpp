// Stage 0 for web pages: site furniture around the article is left out, by what the
// markup says (furniture.hpp), and "no article found" is decided from the extraction.
#include "api/article.hpp"
#include "extract/furniture.hpp"

#include <precis/precis.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace precis::detail;

namespace {

// A story of three paragraphs, long enough to be an article wherever it stands.
const std::string kStory =
    "<p>The harbour authority approved on Monday a plan to dredge the eastern channel, which has silted up "
    "since the storms of last winter and now keeps the larger ferries out at low tide.</p>"
    "<p>Work will start in April and take about six weeks, the authority said, and the ferry company will "
    "move its morning sailings to the western quay while the dredgers are at work.</p>"
    "<p>Fishermen welcomed the decision but asked that the spoil be taken far out to sea, where it cannot "
    "drift back onto the mussel beds that supply most of the town's catch.</p>";

std::string page(const std::string& body, const std::string& title = "Harbour channel to be dredged") {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title +
           " | Coast Herald</title></head><body>" + body + "</body></html>";
}

std::string body_of(const std::string& html) { return precis::extract_html(html).body(); }

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("furniture: what class and id words name") {
    CHECK(furniture_of_word("figure__caption--wide") == kCaption);
    CHECK(furniture_of_word("imageCredits") == kCaption);
    CHECK(furniture_of_word("entry-meta") == kMeta);
    CHECK(furniture_of_word("articleAuthor") == kAuthor);
    CHECK(furniture_of_word("toc_container") == kContents);
    CHECK(furniture_of_word("comments") == kComments);
    CHECK(furniture_of_word("caption-2") == kCaption);  // a counter is no name
    // Flags, taxonomy values, identifiers and hashes name nothing.
    CHECK(furniture_of_word("has-post-thumbnail") == 0);
    CHECK(furniture_of_word("format-gallery") == 0);
    CHECK(furniture_of_word("category-newsletter") == 0);
    CHECK(furniture_of_word("author-jsmith1") == 0);
    CHECK(furniture_of_word("styles_article__Ee5Ad") == 0);
    // A word that only means furniture as its last part.
    CHECK(furniture_of_word("meta-wrapper") == 0);
    CHECK(furniture_of_word("story-body") == 0);
}

#ifndef __EMSCRIPTEN__  // Gumbo is the native front end

TEST_CASE("furniture: captions, credits, dates, bylines and kickers are not article") {
    std::string b = body_of(page(
        "<main><article>"
        "<span class=\"kicker\">Waterfront</span>"
        "<header><h1>Harbour channel to be dredged</h1><p class=\"standfirst\">Ferries will use the western "
        "quay for six weeks from April.</p><p>By <a rel=\"author\" href=\"/a\">Ann Teller</a> "
        "<time datetime=\"2024-03-04\">4 March 2024</time></p></header>" +
        kStory.substr(0, kStory.find("</p>") + 4) +
        "<figure><img src=\"d.jpg\"><figcaption>A dredger at work in the western harbour. "
        "<span class=\"credit\">Photo: Port Archive</span></figcaption></figure>"
        "<div class=\"image-box\"><img src=\"e.jpg\"><p>The eastern channel at low tide last week.</p></div>"
        "<p class=\"post-date\">Updated 5 March 2024, 10:15</p>" +
        kStory.substr(kStory.find("</p>") + 4) +
        "<div class=\"author-bio\"><p>Ann Teller covers the coast and its harbours for the Herald and has "
        "written two books about the fishing fleet.</p></div>"
        "</article></main>"));
    CHECK(has(b, "The harbour authority approved"));
    CHECK(has(b, "Fishermen welcomed"));
    for (const char* furniture : {"Waterfront", "Ferries will use", "Ann Teller", "4 March 2024", "A dredger at work",
                                  "Port Archive", "eastern channel at low tide", "Updated 5 March"})
        CHECK_MESSAGE(!has(b, furniture), furniture);
}

TEST_CASE("furniture: comments, related stories, newsletters, breadcrumbs and tables of contents") {
    std::string comments;
    for (int i = 0; i < 8; ++i)
        comments += "<li class=\"comment\"><p>I have sailed from that quay for thirty years and I can tell you "
                    "that the channel was never this bad, not even after the great storm of the nineties.</p></li>";
    std::string b = body_of(page(
        "<ol aria-label=\"Breadcrumb\"><li><a href=\"/\">Home</a> ›</li><li><a href=\"/local\">Local</a></li></ol>"
        "<article><div class=\"toc\"><p>Contents: the plan, the work, the catch</p></div>" + kStory +
        "<div class=\"newsletter-signup\"><p>Get the Coast Herald in your inbox every morning, with the tides "
        "and the day's sailings.</p><form><input name=\"email\"><button>Sign up</button></form></div>"
        "<aside><h2>More from the coast</h2><p>Lifeboat crew honoured for a night rescue off the point.</p></aside>"
        "<div class=\"related-stories\"><p>New ferry enters service on the island route after a year of delays "
        "and a long argument about its cost.</p></div></article>"
        "<section id=\"comments\"><h2>12 comments</h2><ol>" + comments + "</ol></section>"));
    CHECK(has(b, "The harbour authority approved"));
    for (const char* furniture : {"Home", "Contents:", "in your inbox", "Lifeboat crew", "New ferry", "thirty years"})
        CHECK_MESSAGE(!has(b, furniture), furniture);
}

TEST_CASE("furniture: what is not furniture stays") {
    SUBCASE("a link inside a sentence, whatever its class") {
        std::string b = body_of(page("<article>" + kStory +
                                     "<p>The plan follows a <a class=\"tag\" href=\"/t\">survey</a> of the channel "
                                     "that the authority published in January, after the storms.</p></article>"));
        CHECK(has(b, "follows a survey of the channel"));
    }
    SUBCASE("a layout wrapper named for its sidebar holds the article") {
        std::string b = body_of(page("<div class=\"layout hasSidebar\"><div class=\"main\"><article>" + kStory +
                                     "</article></div><div class=\"sidebar\"><p>Weather: sunny.</p></div></div>"));
        CHECK(has(b, "The harbour authority approved"));
        CHECK_FALSE(has(b, "Weather"));
    }
    SUBCASE("taxonomy classes on the article do not make it furniture") {
        std::string b = body_of(page("<article class=\"post format-gallery has-post-thumbnail category-photos "
                                     "tag-newsletter\">" + kStory + "</article>"));
        CHECK(has(b, "The harbour authority approved"));
    }
    SUBCASE("a data table in the story") {
        std::string rows;
        for (int i = 1; i <= 6; ++i)
            rows += "<tr><td>Week " + std::to_string(i) + "</td><td>Western quay</td><td>06:40</td></tr>";
        std::string b = body_of(page("<article>" + kStory + "<table><thead><tr><th>Week</th><th>Quay</th><th>First "
                                     "sailing</th></tr></thead>" + rows + "</table></article>"));
        CHECK(has(b, "Western quay"));
    }
}

TEST_CASE("no article found: decided from the prose the extraction holds") {
    SUBCASE("a short news item in a clear container is an article") {
        auto a = precis::extract_html(page(
            "<nav><a href=\"/\">Home</a></nav><article><h1>Harbour channel to be dredged</h1>"
            "<p>The harbour authority approved on Monday a plan to dredge the eastern channel, which keeps the "
            "larger ferries out at low tide.</p><p>Work will start in April and take about six weeks, the "
            "authority said.</p></article><footer><p>Coast Herald, 1 Quay Street.</p></footer>"));
        CHECK(a.paragraphs.size() == 2);
    }
    SUBCASE("Japanese, written without spaces and with 。") {
        auto a = precis::extract_html(
            "<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>港の水路を浚渫へ</title></head><body><article>"
            "<p>港湾局は月曜日、東の水路を浚渫する計画を承認した。冬の嵐の後、水路には砂がたまり、干潮時には大型の"
            "フェリーが入れなくなっていた。</p><p>工事は四月に始まり、約六週間かかる見込みだ。その間、朝の便は西の"
            "岸壁から出航する。</p></article></body></html>");
        CHECK(a.paragraphs.size() == 2);
    }
    SUBCASE("a results page whose article is mostly a table") {
        std::string rows;
        for (int i = 1; i <= 12; ++i)
            rows += "<tr><td>" + std::to_string(i) + "</td><td>Runner " + std::to_string(i) +
                    "</td><td>Harbour AC</td><td>00:3" + std::to_string(i % 10) + ":10</td></tr>";
        auto a = precis::extract_html(page("<article><h1>Harbour 10k: results</h1><p>Two hundred runners "
                                           "finished the harbour 10k on Sunday in bright sunshine.</p><table>"
                                           "<thead><tr><th>Place</th><th>Name</th><th>Club</th><th>Time</th></tr>"
                                           "</thead>" + rows + "</table></article>"));
        CHECK(a.body().find("Runner 12") != std::string::npos);
    }
    SUBCASE("a front page of teasers is not") {
        std::string teasers;
        for (int i = 0; i < 8; ++i)
            teasers += "<li><h2><a href=\"/s" + std::to_string(i) + "\">Story number " + std::to_string(i) +
                       " from the coast today</a></h2><p>A short summary of the story, in one sentence that "
                       "ends with a full stop.</p></li>";
        CHECK_THROWS_WITH_AS(precis::extract_html(page("<div><p>The Coast Herald: news from the harbour towns, "
                                                        "every day since 1887, from our own reporters.</p><ul>" +
                                                        teasers + "</ul></div>", "Coast Herald")),
                             "no article found", precis::Error);
    }
    SUBCASE("a search results page is not") {
        std::string results;
        for (int i = 0; i < 10; ++i)
            results += "<div class=\"result\"><h3><a href=\"/r" + std::to_string(i) + "\">Harbour result " +
                       std::to_string(i) + "</a></h3><p>The harbour authority said on Monday that the work on "
                       "the channel would ...</p></div>";
        CHECK_THROWS_WITH_AS(precis::extract_html(page("<main><h1>Search: harbour</h1><p>10 results</p>" + results +
                                                        "</main>", "Search")),
                             "no article found", precis::Error);
    }
    SUBCASE("an error page is not") {
        CHECK_THROWS_WITH_AS(precis::extract_html(page("<main><h1>Page not found</h1><p>Sorry, the page you asked "
                                                        "for is not here. It may have moved.</p><p><a href=\"/\">Back "
                                                        "to the front page</a></p></main>", "Not found")),
                             "no article found", precis::Error);
    }
    SUBCASE("a login form is not") {
        CHECK_THROWS_WITH_AS(
            precis::extract_html(page("<main><h1>Sign in</h1><p>Sign in to read the Coast Herald.</p><form><label>"
                                      "Email <input name=\"e\"></label><label>Password <input type=\"password\">"
                                      "</label><button>Sign in</button></form><p>Forgot your password?</p></main>",
                                      "Sign in")),
            "no article found", precis::Error);
    }
}

#endif

TEST_CASE("furniture: the widget's page gives the same article as Gumbo's") {
    // <article><figure><figcaption>..</figcaption></figure><p>..</p>x3<ol aria-label=breadcrumb>..</ol></article>
    auto el = [](const std::string& tag, const std::string& attrs = "") { return "O" + tag + attrs + "\x1e"; };
    auto text = [](const std::string& t) { return "T" + t + "\x1e"; };
    const std::string close = "C\x1e";
    const std::string p1 = "The harbour authority approved on Monday a plan to dredge the eastern channel, which "
                           "has silted up since the storms of last winter.";
    const std::string p2 = "Work will start in April and take about six weeks, the authority said, and the ferries "
                           "will move to the western quay.";
    const std::string p3 = "Fishermen welcomed the decision but asked that the spoil be taken far out to sea, away "
                           "from the mussel beds.";
    std::string wire = el("html") + el("head") + el("title") + text("Harbour channel | Coast Herald") + close +
                       close + el("body") + el("article") + el("figure") + el("figcaption") +
                       text("A dredger at work.") + close + close + el("p") + text(p1) + close + el("p") + text(p2) +
                       close + el("p", "\x1f" "itemprop\x1f" "datePublished") + text("4 March 2024") + close +
                       el("p") + text(p3) + close + el("ol", "\x1f" "aria-label\x1f" "Breadcrumb") + el("li") +
                       text("Home") + close + el("li") + text("Local") + close + close + close + close + close;
    precis::Article a;
    REQUIRE(!extract_page_wire(wire, a));
    std::vector<std::string> want{p1, p2, p3};
    CHECK(a.paragraphs == want);
}
