#include "score/boilerplate.hpp"

#include "lexicon.hpp"
#include "segment/segment.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace precis::detail {
namespace {

// A sentence's word tokens, folded, with what the segmenter said of them.
struct Word {
    std::string_view folded;
    const Token* token;
};

void words_of(const Document& doc, const SentenceSpan& s, std::vector<Word>& out) {
    out.clear();
    for (auto k = s.first_token; k < s.end_token; ++k) {
        const Token& t = doc.tokens[k];
        if (t.has(kWord) || t.has(kNumber)) out.push_back({doc.folded(t), &t});
    }
}

// A sentence's words and its folded text, kept from one sentence to the next: once they
// have grown to the longest sentence, looking at one allocates nothing (sentence_shape
// runs on every sentence of every article).
struct Scratch {
    std::vector<Word> words;
    std::string folded;
};
Scratch& scratch() {
    thread_local Scratch s;
    return s;
}

// A date line has at most this many words.
constexpr std::size_t kDateLineMaxWords = 20;
// A credit label followed by a byline word ("Photo by ...") counts on lines this short.
constexpr std::size_t kCreditByMaxWords = 12;

// "Published Nov 18, 2019 at 4:07 PM", "am Sonntag, 11.12.2022 - 05:00 (1 Kommentar)":
// mostly a date or a time, named by a date word or written as one (18.11.2019, 4:07).
bool date_line(const Document& doc, const std::vector<Word>& words) {
    if (words.size() > kDateLineMaxWords) return false;
    std::size_t date = 0, other = 0;
    bool dated = false;
    for (const Word& w : words) {
        if (w.token->has(kNumber)) {
            ++date;
            std::string_view t = doc.view(w.token->span);
            dated = dated || t.find_first_of(":./-") != std::string_view::npos;
        } else if (w.token->has(kStopword)) {
            continue;
        } else if (lexicon::is_date_word(w.folded)) {
            ++date;
            dated = true;
        } else {
            ++other;
        }
    }
    return date >= 2 && dated && date >= 2 * other;
}

// "Foto: GEPA", "(Image: GETTY)", "fot. shutterstock", "Photo by Jane Doe": a credit
// label before a colon, in brackets, or (short lines) before "by".
bool credit(const Document& doc, std::string_view text, const std::vector<Word>& words) {
    const std::string_view all = doc.text;
    const bool short_line = words.size() <= kCreditByMaxWords;
    for (std::size_t k = 0; k < words.size(); ++k) {
        std::size_t after = words[k].token->span.end, before = words[k].token->span.begin;
        while (after < all.size() && all[after] == ' ') ++after;
        while (before > 0 && all[before - 1] == ' ') --before;
        char next = after < all.size() ? all[after] : '\0';
        char prev = before > 0 ? all[before - 1] : '\0';
        const bool marked = next == ':' || next == '.' || prev == '(' || prev == '|';
        const bool by = short_line && k + 1 < words.size();
        // The word list last: most words stand where no label could.
        if ((!marked && !by) || !lexicon::is_credit_label(words[k].folded)) continue;
        if (next == ':' || (next == '.' && words[k].folded == "fot") || prev == '(' || prev == '|') return true;
        if (by && lexicon::is_byline_word(words[k + 1].folded)) return true;
    }
    // A copyright sign is no part of a news sentence.
    return text.find("\xC2\xA9") != std::string_view::npos;
}

// "Patrick Semansky, ASSOCIATED PRESS", "Jane Doe/AFP": a short line ending in a name in
// capitals after a comma or a slash (a photographer and an agency).
bool agency_credit(const Document& doc, const std::vector<Word>& words) {
    if (words.empty() || words.size() > 8) return false;
    std::size_t k = words.size();
    while (k > 0 && words[k - 1].token->has(kAllCaps) && words[k - 1].token->span.size() >= 2) --k;
    if (k == words.size() || k == 0) return false;
    std::size_t at = words[k].token->span.begin;
    while (at > 0 && doc.text[at - 1] == ' ') --at;
    char c = at > 0 ? doc.text[at - 1] : '\0';
    return c == ',' || c == '/' || c == '|';
}

// "Dr. Gernot Jäger (links) leitet ...": a position in brackets marks a caption.
bool caption_position(const Document& doc, const std::vector<Word>& words) {
    for (const Word& w : words) {
        std::size_t b = w.token->span.begin, e = w.token->span.end;
        if (b > 0 && doc.text[b - 1] == '(' && e < doc.text.size() && doc.text[e] == ')' &&
            lexicon::is_position_word(w.folded))
            return true;
    }
    return false;
}

// "von Alexander Rosenkranz", "Par Marie Dupont": a byline word and names only.
bool byline(const std::vector<Word>& words) {
    if (words.size() < 2 || words.size() > 6 || !lexicon::is_byline_word(words[0].folded)) return false;
    for (std::size_t k = 1; k < words.size(); ++k)
        if (!words[k].token->has(kCapitalised) && !words[k].token->has(kAllCaps) &&
            !lexicon::is_name_particle(words[k].folded))
            return false;
    return true;
}

// "Home » News » World", "Mensagens › Autoestima › ...": a trail of short links.
bool breadcrumbs(std::string_view text) {
    std::size_t marks = 0;
    for (std::string_view m : {"\xC2\xBB", "\xE2\x80\xBA", " > ", " / ", " | "})
        for (std::size_t at = text.find(m); at != std::string_view::npos; at = text.find(m, at + m.size())) ++marks;
    return marks >= 2;
}

// Program code and its output: "SELECT avg(n) FROM t; avg ────", "x = f(y) { return 1; }",
// "<script src=...>", from a <pre> block or a listing. Braces, comparison and assignment
// signs, pipes and box-drawing characters, which news prose hardly writes: at least
// kCodeMinMarks of them, making kCodeMinShare of the visible characters. On the news
// sets of the evaluation data no sentence is caught; on the pages, code listings, shell
// sessions and ">>> promotion <<<" lines are. A news sentence that quotes a snippet
// ("a comment ending in </script><script>x=2</script>", 4.7%) stays prose.
constexpr std::size_t kCodeMinMarks = 4;
constexpr double kCodeMinShare = 0.06;

// By byte: 1 for a mark, 2 for the lead byte of the box-drawing block (U+2500 to U+257F
// are E2 94 xx and E2 95 xx), 0 for the rest.
constexpr std::array<std::uint8_t, 256> kCodeMarks = [] {
    std::array<std::uint8_t, 256> t{};
    for (unsigned char c : {'{', '}', '=', '<', '>', '|', '\\'}) t[c] = 1;
    t[0xE2] = 2;
    return t;
}();

bool code(std::string_view text) {
    // The marks first, a table look-up a byte: most sentences have fewer than
    // kCodeMinMarks, and then their visible characters need no counting.
    std::size_t marks = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::uint8_t kind = kCodeMarks[static_cast<unsigned char>(text[i])];
        if (kind == 0) continue;
        marks += kind == 1 || (i + 1 < text.size() && (text[i + 1] == '\x94' || text[i + 1] == '\x95'));
    }
    if (marks < kCodeMinMarks) return false;
    std::size_t visible = 0;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        visible += !(c == ' ' || c == '\n' || c == '\t' || is_continuation(c));
    }
    return static_cast<double>(marks) >= kCodeMinShare * static_cast<double>(visible);
}

// "Hamburg (KNA/epd).", "Berlin, 12. März (dpa).": a place (and a date) in at most
// kDatelinePlaceWords words, then the agency in brackets in at most kDatelineSourceWords,
// and nothing after the bracket but the stop that made it a sentence. ICU ends a sentence
// at that stop, so agency copy, on a page or in plain text, opens with it.
constexpr std::size_t kDatelinePlaceWords = 4, kDatelineSourceWords = 3;

bool dateline(const Document& doc, const SentenceSpan& s, const std::vector<Word>& words) {
    const std::string_view text = doc.view(s.span);
    std::size_t end = text.size();
    while (end > 0 && (text[end - 1] == '.' || text[end - 1] == ':' || text[end - 1] == ' ')) --end;
    if (end == text.size() || end == 0 || text[end - 1] != ')') return false;
    const std::size_t open = text.rfind('(', end - 1);
    if (open == std::string_view::npos) return false;
    const std::size_t bracket = s.span.begin + open;
    std::size_t place = 0, source = 0;
    for (const Word& w : words) {
        if (w.token->span.begin > bracket) {
            ++source;
        } else if (w.token->has(kCapitalised) || w.token->has(kAllCaps) || w.token->has(kNumber)) {
            ++place;
        } else {
            return false;  // "the talks (in Geneva)." is prose
        }
    }
    return place >= 1 && place <= kDatelinePlaceWords && source >= 1 && source <= kDatelineSourceWords;
}

// The first word starts with a lower-case letter and has no capital and no dot in it: a
// sentence broken before it, or a line that continues another. "iPhone", "eBay" and
// "example.com" start sentences as written.
bool lower_case_start(const Document& doc, const std::vector<Word>& words) {
    if (words.empty() || !words[0].token->has(kWord) || words[0].token->has(kCapitalised)) return false;
    const std::string_view first = doc.view(words[0].token->span);
    if (first.find('.') != std::string_view::npos) return false;
    std::size_t i = 0;
    if (!is_lower(next_cp(first, i))) return false;
    while (i < first.size())
        if (is_upper(next_cp(first, i))) return false;
    return true;
}

}  // namespace

SentenceShape sentence_shape(const Document& doc, const SentenceSpan& s) {
    SentenceShape out;
    std::string_view text = doc.view(s.span);
    Scratch& x = scratch();
    words_of(doc, s, x.words);
    const std::vector<Word>& words = x.words;
    fold_into(text, x.folded);
    out.finished = ends_finished_sentence(text);
    out.dateline = dateline(doc, s, words);
    out.lower_case_start = lower_case_start(doc, words);
    out.unfinished = !out.finished && words.size() <= kUnfinishedMaxWords;
    out.boilerplate = lexicon::is_boilerplate(x.folded) || date_line(doc, words) || credit(doc, text, words) ||
                      caption_position(doc, words) || code(text) || (out.unfinished && (agency_credit(doc, words) ||
                                                                          byline(words) || breadcrumbs(text)));
    return out;
}

}  // namespace precis::detail
