// Stage 1, input: what counts as text, where the headline and the paragraphs are.
#include "helpers.hpp"
#include "text/utf8.hpp"

#include <doctest/doctest.h>

using namespace precis::detail;

TEST_CASE("input is checked before anything else") {
    SUBCASE("valid UTF-8 text passes") { CHECK_FALSE(check_input("Hello, world.", 100)); }
    SUBCASE("invalid UTF-8 is reported with the offset of the first bad byte") {
        CHECK(*check_input("abc\xFFxyz", 100) == "invalid UTF-8 at byte 3");
        CHECK(*check_input("ok \xE2\x80", 100) == "invalid UTF-8 at byte 3");      // truncated sequence
        CHECK(*check_input("\xC0\xAF", 100) == "invalid UTF-8 at byte 0");         // overlong
        CHECK(*check_input("x\xED\xA0\x80", 100) == "invalid UTF-8 at byte 1");    // a UTF-16 surrogate
        CHECK(*check_input("\xF4\x90\x80\x80", 100) == "invalid UTF-8 at byte 0"); // above U+10FFFF
    }
    SUBCASE("a NUL byte means binary data") {
        CHECK(*check_input(std::string_view("ab\0cd", 5), 100) == "NUL byte at byte 2 (binary data, not text)");
    }
    SUBCASE("input over the limit is refused, never truncated") {
        CHECK(*check_input("0123456789", 9) == "input is 10 bytes, over the limit of 9 bytes");
        CHECK_FALSE(check_input("0123456789", 10));
    }
    SUBCASE("empty or blank input has nothing to summarize") {
        CHECK(*check_input("", 100) == "nothing to summarize");
        CHECK(*check_input(" \n\t\r\n \xC2\xA0", 100) == "nothing to summarize");
    }
}

TEST_CASE("layout: headline and paragraphs") {
    auto layout = [](const std::string& text) {
        Document doc;
        doc.text = text;
        read_layout(doc);
        return doc;
    };
    SUBCASE("a short first line without final punctuation, then a blank line, is the headline") {
        std::string t = "Storm closes pass\n\nHeavy snow fell. Roads closed.\n";
        Document d = layout(t);
        REQUIRE(d.title_line);
        CHECK(d.view(*d.title_line) == "Storm closes pass");
        REQUIRE(d.paragraphs.size() == 1);
        CHECK(d.view(d.paragraphs[0]) == "Heavy snow fell. Roads closed.");
    }
    SUBCASE("a first line ending in punctuation is prose") {
        std::string t = "Heavy snow fell.\n\nRoads closed.";
        Document d = layout(t);
        CHECK_FALSE(d.title_line);
        CHECK(d.paragraphs.size() == 2);
    }
    SUBCASE("so is one whose punctuation comes before closing quotation marks or brackets") {
        for (std::string first : {"\"We came to work,\" Lopez said. \"They did not.\"", "He left (at noon.)",
                                  "«Мы пришли работать», — сказал он. «Они — нет.»"}) {
            CAPTURE(first);
            CHECK_FALSE(layout(first + "\n\nThe strike went on.").title_line);
        }
        // A quotation without a stop of its own is still a headline.
        CHECK(layout("Lopez: \"We came to work\"\n\nThe strike went on.").title_line);
    }
    SUBCASE("a first line not followed by a blank line is prose") {
        std::string t = "Storm closes pass\nHeavy snow fell.";
        CHECK_FALSE(layout(t).title_line);
    }
    SUBCASE("a lone line is not a headline of nothing") {
        std::string t = "Storm closes pass\n\n";
        CHECK_FALSE(layout(t).title_line);
    }
    SUBCASE("blank lines separate paragraphs; single newlines do not; CRLF works") {
        std::string t = "One line\r\ngoes on.\r\n\r\n \t \r\nTwo.";
        Document d = layout(t);
        REQUIRE(d.paragraphs.size() == 2);
        CHECK(d.view(d.paragraphs[0]) == "One line\r\ngoes on.");
        CHECK(d.view(d.paragraphs[1]) == "Two.");
    }
}

TEST_CASE("UTF-16 offsets count surrogate pairs") {
    std::string t = "a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80z";  // a é “ 😀 z
    Utf16Index u(t);
    CHECK(u.at(0) == 0);
    CHECK(u.at(1) == 1);   // after a
    CHECK(u.at(3) == 2);   // after é (2 bytes, 1 unit)
    CHECK(u.at(6) == 3);   // after “ (3 bytes, 1 unit)
    CHECK(u.at(10) == 5);  // after 😀 (4 bytes, 2 units)
    CHECK(u.at(11) == 6);
    CHECK(count_code_points(t) == 5);
    SUBCASE("far into a long text, past the checkpoints") {
        std::string long_text;
        for (int i = 0; i < 1000; ++i) long_text += "\xF0\x9F\x98\x80x";
        Utf16Index v(long_text);
        CHECK(v.at(5 * 700) == 3 * 700);
        CHECK(v.at(long_text.size()) == 3000);
    }
    SUBCASE("at every boundary, with characters across the 64-byte blocks") {
        auto check_every_boundary = [](const std::string& text) {
            Utf16Index v(text);
            std::size_t units = 0, right = 0;
            for (std::size_t i = 0; i < text.size();) {
                right += v.at(i) == units;
                units += next_cp(text, i) >= 0x10000 ? 2 : 1;
            }
            CHECK(right == count_code_points(text));
            CHECK(v.at(text.size()) == units);
            CHECK(v.code_points() == count_code_points(text));
        };
        // ASCII runs of every length between characters of two, three and four bytes: some
        // blocks are all ASCII, some start inside a character, some end in a lead byte.
        const char* longer[] = {"\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80"};
        std::string mixed;
        for (int run = 0; run < 70; ++run) mixed.append(static_cast<std::size_t>(run), 'x') += longer[run % 3];
        mixed.append(130, 'y');  // whole ASCII blocks at the end
        check_every_boundary(mixed);
        // A block that starts inside "é" and ends in the lead byte of "😀": as many UTF-16
        // units as bytes, but not ASCII.
        check_every_boundary(std::string(63, 'x') + "\xC3\xA9" + std::string(62, 'x') + "\xF0\x9F\x98\x80" + "zz");
    }
}
