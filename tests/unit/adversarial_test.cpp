// Text built to hurt: every input finishes, and every offset still points at its text
// (UTF-8 bytes and UTF-16 units). Runs natively, under the sanitizers and in wasm.
#include <precis/precis.hpp>

#include "text/utf8.hpp"
#include "segment/segment.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

std::size_t utf16_units(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size();) n += precis::detail::next_cp(s, i) >= 0x10000 ? 2 : 1;
    return n;
}

std::string repeat(std::string_view s, std::size_t times) {
    std::string out;
    out.reserve(s.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += s;
    return out;
}

// Summarizes `text` (every type) and checks every offset of the result.
void check(const std::string& text) {
    for (auto type : {precis::SummaryType::key_points, precis::SummaryType::headline}) {
        precis::Options o;
        o.type = type;
        o.explain = true;
        precis::Result r = precis::Summarizer(o).summarize(text);
        // The UTF-16 offset of each sentence's start, counted on from the previous start
        // (counting from the text's start for each of tens of thousands of sentences made
        // this test quadratic: 12 minutes under the sanitizers).
        std::size_t at = 0, at16 = 0;
        for (const auto& x : r.explain) {
            const auto& s = x.sentence;
            REQUIRE(s.end <= text.size());
            CHECK(text.substr(s.start, s.end - s.start) == s.text);
            if (s.start < at) at = 0, at16 = 0;
            at16 += utf16_units(std::string_view(text).substr(at, s.start - at));
            at = s.start;
            CHECK(s.start16 == at16);
            CHECK(s.end16 - s.start16 == utf16_units(s.text));
            CHECK(s.text.size() <= precis::detail::kMaxSentenceBytes);
        }
        for (const auto& q : r.quotes) CHECK(text.substr(q.start, q.end - q.start) == q.text);
        CHECK(r.stats.chars == precis::detail::count_code_points(text));
    }
}

}  // namespace

TEST_CASE("long runs of punctuation and quotation marks") {
    check("Title\n\n" + repeat("!", 100000) + " The end came. " + repeat("?!", 50000));
    check(repeat("\"", 100000) + " said nobody.");
    check(repeat("«Да» — сказал он. ", 20000));
    check(repeat("“a” ", 50000));
}

TEST_CASE("a million periods") {
    check(repeat(".", 1000000));
    check(repeat("a. ", 300000));
}

TEST_CASE("a single huge word") {
    std::string word(precis::kMaxBytes - 1, 'a');
    check(word);
    // Over the limit is an error that says so, never a truncated summary.
    std::string over(10u * 1024u * 1024u, 'a');
    CHECK_THROWS_WITH_AS(precis::Summarizer().summarize(over),
                         "input is 10485760 bytes, over the limit of 8388608 bytes", precis::Error);
}

TEST_CASE("mixed directions, combining marks, emoji sequences") {
    check("שלום עולם, said Anna Keller in Tel Aviv. مرحبا بالعالم قال أحمد. Then English again.\n\n"
          "‏Right-to-left mark‎ and left-to-right mark\u202Eoverride\u202C inside a sentence.");
    check("Cafe" + repeat("\u0301", 5000) + " opened. Zalgo t\u0336\u0337\u0338e\u0335xt here.");
    check(repeat("👨‍👩‍👧‍👦 family 🏳️‍🌈 flag 👍🏽. ", 2000));
    check("🇺🇦🇷🇺🇬🇧 Flags only. 😀😀😀");
}

TEST_CASE("every Unicode space and line separator") {
    const char* spaces[] = {"\t", "\n", "\v", "\f", "\r", " ", "\u0085", "\u00A0", "\u1680", "\u2000", "\u2001",
                            "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200A",
                            "\u2028", "\u2029", "\u202F", "\u205F", "\u3000", "\uFEFF", "\u200B"};
    std::string text = "Headline here\n\n";
    for (const char* s : spaces) text += std::string("Word") + s + "word" + s + s + "ends. ";
    check(text);
    std::string only;  // U+200B is a format character, not a space: left out here
    for (const char* s : spaces)
        if (std::string_view(s) != "\u200B") only += s;
    CHECK_THROWS_WITH_AS(precis::Summarizer().summarize(only), "nothing to summarize", precis::Error);
}
