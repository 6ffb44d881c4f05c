// Sentence boundaries: ICU proposes, these rules dispose. Each rule names the news-text
// case where ICU 72 goes wrong (measured with `precis-sbd-eval` on the gold files).
#include "input/input.hpp"
#include "text/utf8.hpp"
#include "lexicon.hpp"
#include "segment/icu.hpp"
#include "segment/segment.hpp"
#include "text/quote_marks.hpp"
#include "text/swar.hpp"
#include "text/unicode.hpp"
#include "noinline.hpp"

#include <algorithm>
#include <cctype>

namespace precis::detail {
namespace {

bool is_space_at(std::string_view p, std::size_t i) {
    std::size_t k = i;
    return i < p.size() && is_space_cp(next_cp(p, k));
}

// The whitespace-delimited word that ends at `e` (after skipping whitespace before `e`).
std::string_view word_before(std::string_view p, std::size_t e) {
    while (e > 0) {
        std::size_t k = e;
        if (!is_space_cp(prev_cp(p, k))) break;
        e = k;
    }
    std::size_t b = e;
    while (b > 0) {
        std::size_t k = b;
        if (is_space_cp(prev_cp(p, k))) break;
        b = k;
    }
    return p.substr(b, e - b);
}

// The whitespace-delimited word that starts at or after `b`.
std::string_view word_after(std::string_view p, std::size_t b) {
    while (b < p.size() && is_space_at(p, b)) next_cp(p, b);
    std::size_t e = b;
    while (e < p.size() && !is_space_at(p, e)) next_cp(p, e);
    return p.substr(b, e - b);
}

std::string_view strip_open_punct(std::string_view w) {
    std::size_t i = 0;
    while (i < w.size()) {
        std::size_t k = i;
        if (!is_open_punct(next_cp(w, k))) break;
        i = k;
    }
    return w.substr(i);
}

char32_t first_cp(std::string_view w) {
    std::size_t i = 0;
    return w.empty() ? 0 : next_cp(w, i);
}

// "J." or "В." as a whole word.
bool is_initial(std::string_view w) {
    return w.size() >= 2 && w.back() == '.' && is_single_capital(strip_open_punct(w.substr(0, w.size() - 1)));
}

// One letter of any case and a period: "J.", "z.", "B.".
bool is_initial_like(std::string_view w) {
    return w.size() >= 2 && w.back() == '.' && count_code_points(w.substr(0, w.size() - 1)) == 1 &&
           is_letter(first_cp(w));
}

bool is_number(std::string_view w) {
    if (w.empty()) return false;
    return std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == ',' || c == '.'; }) &&
           w[0] >= '0' && w[0] <= '9';
}

// The folded word without trailing punctuation, for word-list look-ups.
std::string bare(std::string_view w) {
    std::string f = fold(w);
    while (!f.empty() && static_cast<unsigned char>(f.back()) < 0x80 && !std::isalnum(static_cast<unsigned char>(f.back())))
        f.pop_back();
    return f;
}

// An initial ("J. K. Rowling", "В. В. Путин", "Jonas E. Smith") does not end a sentence;
// a capital letter that is a word ("you and I.") or a symbol ("vitamin C. The") may.
bool initial_continues(Lang lang, std::string_view core, std::string_view prev, std::string_view next) {
    bool prev_initial = is_initial(prev);
    bool prev_capitalised = !prev.empty() && is_upper(first_cp(strip_open_punct(prev)));
    if (lang == Lang::en && (core == "I" || core == "A")) return prev_initial || prev_capitalised;
    if (is_initial(next) || prev_initial || prev_capitalised) return true;
    std::string n = bare(next);
    return !n.empty() && !lexicon::is_stopword(lang, n) && !lexicon::is_pronoun(lang, n);
}

bool is_function_word(Lang lang, std::string_view w) {
    std::string f = bare(w);
    return lexicon::is_stopword(lang, f) || lexicon::is_pronoun(lang, f) || lexicon::starts_with_connective(lang, f);
}

// "U.S", "J.C", "U.K": capitals in groups of one or two, separated by periods.
bool dotted_abbreviation(std::string_view core) {
    if (core.find('.') == std::string_view::npos) return false;
    std::size_t group = 0;
    for (std::size_t i = 0; i < core.size();) {
        char32_t cp = next_cp(core, i);
        if (cp == '.') {
            if (group == 0) return false;
            group = 0;
        } else if (is_upper(cp) && ++group <= 2) {
            continue;
        } else {
            return false;
        }
    }
    return group > 0;
}

// German words before an ordinal: "am 31. Oktober", "im 19. Jahrhundert", "zum 3. Mal".
bool before_german_ordinal(std::string_view prev) {
    static constexpr std::string_view words[] = {"am", "im", "vom", "zum", "zur", "bis", "seit", "ab", "der", "die",
                                                 "das", "dem", "den", "des", "beim", "vor", "nach", "ins", "um", "jedem"};
    std::string f = fold(prev);
    return std::find(std::begin(words), std::end(words), f) != std::end(words);
}

// German words after an ordinal: "am Montag, 22. November", "zu ihrem 100. Geburtstag".
bool after_german_ordinal(std::string_view next) {
    static constexpr std::string_view words[] = {
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "dezember", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
        "nov", "dez", "geburtstag", "jahrestag", "todestag", "jahrhundert", "jahrhunderts", "spieltag",
        "spieltags", "sitzung", "staffel", "auflage", "kalenderwoche"};
    std::string f = bare(next);
    return std::find(std::begin(words), std::end(words), f) != std::end(words);
}

// Whether ICU's boundary at `cut` (the start of the next sentence) stands.
PRECIS_NOINLINE bool keep_icu_break(std::string_view p, std::size_t cut, Lang lang) {
    std::string_view w = word_before(p, cut);
    std::string_view next = strip_open_punct(word_after(p, cut));
    // A quoted exclamation or question goes on in lower case: "'Well!' thought Alice".
    {
        std::size_t e = w.size(), closers = 0;
        while (e > 0) {
            std::size_t k = e;
            char32_t cp = prev_cp(w, k);
            if (!is_close_punct(cp)) break;
            e = k;
            ++closers;
        }
        if (closers > 0 && e > 0 && (w[e - 1] == '!' || w[e - 1] == '?') && !next.empty() && is_lower(first_cp(next)))
            return false;
    }
    if (w.size() < 2 || w.back() != '.' || w[w.size() - 2] == '.') return true;  // not "word." (ellipses stay)
    std::string_view core = strip_open_punct(w.substr(0, w.size() - 1));
    if (core.empty()) return true;
    std::string_view prev = word_before(p, static_cast<std::size_t>(w.data() - p.data()));

    if (is_single_capital(core)) return !initial_continues(lang, core, prev, next);
    // "z. B.", "u. a.", "d. h.": one letter, then another.
    if (count_code_points(core) == 1 && is_letter(first_cp(core)) && is_initial_like(next)) return false;
    // "U.S. Army", "J.C. Penney" go on; "in the U.S. How about you?" ends.
    if (dotted_abbreviation(core) && !next.empty() && is_upper(first_cp(next)) && !is_function_word(lang, next))
        return false;

    std::string folded = fold(core);
    if (lexicon::is_number_abbreviation(folded) && !next.empty() && is_digit(first_cp(next))) return false;
    if (lexicon::is_abbreviation(lang, folded)) {
        // Russian "г."/"в." after a number is a year or century and may end the sentence.
        bool year_like = lang == Lang::ru && (folded == "г" || folded == "гг" || folded == "в" || folded == "вв");
        return year_like && is_number(prev);
    }
    // A German ordinal is a number and a period: "am 31. Oktober", "seit Montag, 22. November".
    if (lang == Lang::de && is_number(core) &&
        ((core.size() <= 2 && before_german_ordinal(prev)) || (core.size() <= 3 && after_german_ordinal(next))))
        return false;
    return true;
}

// A line that starts a list item: "- ", "• ", "* ", "2. ", "b) ".
bool starts_list_item(std::string_view p, std::size_t i) {
    while (i < p.size() && (p[i] == ' ' || p[i] == '\t')) ++i;
    if (i >= p.size()) return false;
    std::size_t k = i;
    char32_t cp = next_cp(p, k);
    bool bullet = cp == '-' || cp == '*' || cp == 0x2022 || cp == 0x2023 || cp == 0x2043 || cp == 0x2013 ||
                  cp == 0x2014 || cp == 0xB7 || cp == 0x25AA || cp == 0x25BA || cp == 0x25CF;
    if (bullet) return k < p.size() && (p[k] == ' ' || p[k] == '\t');
    std::size_t digits = 0;
    while (k - 1 + digits < p.size() && digits < 3 && p[i + digits] >= '0' && p[i + digits] <= '9') ++digits;
    std::size_t j = i + digits;
    if (digits == 0 && is_letter(cp) && k - i == 1) j = k;  // "a) ", "b. "
    if (j == i || j + 1 >= p.size()) return false;
    return (p[j] == '.' || p[j] == ')') && (p[j + 1] == ' ' || p[j + 1] == '\t');
}

// A paragraph's first line that is a heading run into its text by a line break
// ("Sperrung der Stadtbrücke\nIn Rheinfelden dürfen ..."): a few words without a
// sentence's end, then a capitalised line. Its break stays hard, so the heading is a
// sentence of its own (one without a full stop: a key point only when nothing else is).
// One word is as often the rest of a wrapped line ("Andere\nFischsorten ...": German
// capitalises its nouns) as a heading.
constexpr std::size_t kHeadingMinWords = 2, kHeadingMaxWords = 8;
PRECIS_NOINLINE bool heading_line(std::string_view line, std::string_view next, Lang lang) {
    std::size_t words = 0;
    for (std::size_t i = 0; i < line.size(); ++i)
        words += line[i] != ' ' && line[i] != '\t' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t');
    if (words < kHeadingMinWords || words > kHeadingMaxWords || ends_finished_sentence(line)) return false;
    std::size_t e = line.size();
    while (e > 0 && (line[e - 1] == ' ' || line[e - 1] == '\t')) --e;
    if (e > 0 && (line[e - 1] == ':' || line[e - 1] == ',' || line[e - 1] == ';' || line[e - 1] == '-')) return false;
    // A line that ends on a function word goes on ("The mayor met with\nJohn Smith").
    if (is_function_word(lang, word_before(line, e))) return false;
    std::string_view n = strip_open_punct(word_after(next, 0));
    return !n.empty() && is_upper(first_cp(n));
}

bool has_line_break(std::uint64_t eight) { return swar::any_equal(eight, '\n') || swar::any_equal(eight, '\r'); }

// Boundaries ICU does not propose.
PRECIS_NOINLINE void add_rule_breaks(std::string_view p, Lang lang, std::vector<std::uint32_t>& cuts) {
    for (std::size_t i = 0; i < p.size();) {
        // Only '.', '!', '?' and U+2026 (lead byte E2) start a rule; no other byte, nor a
        // continuation byte, is one of these. Eight bytes at a time past runs of others.
        if (i + 8 <= p.size()) {
            const std::uint64_t w = swar::load8(p.data() + i);
            if (!swar::any_equal(w, '.') && !swar::any_equal(w, '!') && !swar::any_equal(w, '?') &&
                !swar::any_equal(w, 0xE2)) {
                i += 8;
                continue;
            }
        }
        const auto b = static_cast<unsigned char>(p[i]);
        if (b != '.' && b != '!' && b != '?' && b != 0xE2) {
            ++i;
            continue;
        }
        std::size_t at = i;
        char32_t cp = next_cp(p, i);
        // An ellipsis "…" followed by a capitalised word: ICU does not count U+2026 as a terminator.
        if (cp == 0x2026) {
            std::size_t j = i;
            while (j < p.size()) {  // closing quotes or brackets after the ellipsis
                std::size_t k = j;
                if (!is_close_punct(next_cp(p, k))) break;
                j = k;
            }
            if (j < p.size() && is_space_at(p, j)) {
                std::size_t s = j;
                while (s < p.size() && is_space_at(p, s)) next_cp(p, s);
                std::string_view next = strip_open_punct(word_after(p, s));
                if (!next.empty() && is_upper(first_cp(next))) cuts.push_back(static_cast<std::uint32_t>(s));
            }
            continue;
        }
        // A missing space: "world.Today", "1,000.That" (not "Jane.Doe@example.com", "ASP.NET").
        if ((cp == '.' || cp == '!' || cp == '?') && at > 0 && i + 1 < p.size()) {
            std::size_t b = at;
            char32_t before = prev_cp(p, b);
            std::size_t k = i;
            char32_t after = next_cp(p, k);
            char32_t after2 = k < p.size() ? next_cp(p, k) : 0;
            if ((is_lower(before) || is_digit(before)) && is_upper(after) && is_lower(after2)) {
                std::string_view w = word_before(p, at);
                std::string_view rest = word_after(p, i);
                std::size_t dot = rest.find('.');
                bool domain = dot != std::string_view::npos && dot + 1 < rest.size() &&
                              std::isalpha(static_cast<unsigned char>(rest[dot + 1]));
                bool addressy = domain || w.find_first_of("@/:") != std::string_view::npos ||
                                rest.find_first_of("@/") != std::string_view::npos;
                // "St.Gallen", "Dr.Müller": an abbreviation goes on without its space too.
                bool abbreviation = lexicon::is_abbreviation(lang, bare(strip_open_punct(w)));
                if (!addressy && !abbreviation && w.size() >= 2) cuts.push_back(static_cast<std::uint32_t>(i));
            }
            // Russian informal text: "Привет! как дела" starts a new sentence in lower case.
            if (lang == Lang::ru && cp != '.' && is_space_at(p, i)) {
                std::size_t s = i;
                while (s < p.size() && is_space_at(p, s)) next_cp(p, s);
                std::size_t t = s;
                char32_t n = s < p.size() ? next_cp(p, t) : 0;
                if (n >= 0x430 && n <= 0x44F) cuts.push_back(static_cast<std::uint32_t>(s));
            }
        }
    }
}

// A list marker standing alone: "1.", "1.)", "a.", "• 9.", "⁃10.".
bool only_list_marker(std::string_view s) {
    std::size_t i = 0;
    if (i < s.size()) {
        std::size_t k = 0;
        char32_t cp = next_cp(s, k);
        if (!is_letter(cp) && !is_digit(cp)) {  // a bullet
            i = k;
            while (i < s.size() && s[i] == ' ') ++i;
        }
    }
    std::size_t body = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - body < 3) ++i;
    if (i == body) {
        std::size_t k = i;
        if (i >= s.size() || !is_letter(next_cp(s, k))) return false;
        i = k;
    }
    std::string_view rest = s.substr(i);
    return rest == "." || rest == ".)" || rest == ")";
}

// A short citation in brackets after a quotation: "(Smith 55).", "(AP)".
bool bracketed_citation(std::string_view s) {
    if (s.empty() || s[0] != '(') return false;
    auto close = s.find(')');
    if (close == std::string_view::npos) return false;
    std::string_view rest = s.substr(close + 1);
    return (rest.empty() || rest == "." ) && std::count(s.begin(), s.end(), ' ') < 4;
}

// Emoji, pictographs and their modifiers, and closing brackets: ")))", "😀", "👍🏽" (not "©").
bool is_trailing_symbol(char32_t cp) {
    auto t = u_charType(static_cast<UChar32>(cp));
    return (t == U_OTHER_SYMBOL && cp >= 0x2600) || t == U_MODIFIER_SYMBOL || t == U_NON_SPACING_MARK || cp == 0x200D ||
           cp == 0xFE0F ||
           cp == ')';
}

bool has_alnum(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = next_cp(s, i);
        if (is_letter(cp) || is_digit(cp)) return true;
    }
    return false;
}

// A sentence is at most kMaxSentenceBytes: a longer run (pages with no punctuation, a
// 10 MB word) is cut at its last space before the limit, or at a character boundary, so
// that no later step works on a sentence of megabytes and no summary shows one.
PRECIS_NOINLINE void cut_long_sentences(std::string_view text, std::size_t first, std::vector<Span>& out) {
    bool any = false;
    for (std::size_t i = first; i < out.size() && !any; ++i) any = out[i].size() > kMaxSentenceBytes;
    if (!any) return;
    std::vector<Span> cut(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
    out.resize(first);
    for (Span s : cut) {
        while (s.size() > kMaxSentenceBytes) {
            std::size_t at = s.begin + kMaxSentenceBytes;
            while (at > s.begin && is_continuation(static_cast<unsigned char>(text[at]))) --at;
            std::size_t half = s.begin + kMaxSentenceBytes / 2;
            std::size_t space = text.substr(half, at - half).rfind(' ');
            if (space != std::string_view::npos) at = half + space;
            Span head = trim(text, {s.begin, static_cast<std::uint32_t>(at)});
            if (!head.empty()) out.push_back(head);
            s = trim(text, {static_cast<std::uint32_t>(at), s.end});
        }
        if (!s.empty()) out.push_back(s);
    }
}

// A closing quotation mark set off by a space, as text tokenized for NLP has them
// ("... in the summer. ' Muto, who ..."): ICU ends the sentence before the mark, and the
// next sentence would open with it. The mark belongs to the sentence it closes. Only a
// cut that stands before a mark and a space needs the quotation state of the paragraph.
PRECIS_NOINLINE void keep_closing_marks(std::string_view p, std::vector<std::uint32_t>& cuts) {
    auto lone_mark_at = [&](std::size_t c) {
        std::size_t k = c;
        return c < p.size() && QuoteMarks::is_mark(next_cp(p, k)) && (k == p.size() || is_space_at(p, k));
    };
    if (std::none_of(cuts.begin(), cuts.end(), lone_mark_at)) return;
    QuoteMarks marks;
    auto cut = cuts.begin();
    walk_quote_marks(p, 0, p.size(), marks, [&](std::size_t at, std::size_t after, QuoteEvent e, std::size_t) {
        while (cut != cuts.end() && *cut < at) ++cut;
        if (cut != cuts.end() && *cut == at && e == QuoteEvent::close && lone_mark_at(at)) {
            while (after < p.size() && is_space_at(p, after)) next_cp(p, after);
            *cut = static_cast<std::uint32_t>(after);
        }
        return cut != cuts.end();
    });
}

}  // namespace

void split_sentences(std::string_view text, Span paragraph, Lang lang, std::vector<Span>& out) {
    // ICU breaks hard at every newline; inside a paragraph a newline is soft (a space of
    // the same byte length keeps offsets), except before a list item and after a heading.
    std::string soft(text.substr(paragraph.begin, paragraph.size()));
    bool first_line = true;
    for (std::size_t i = 0; i < soft.size(); ++i) {
        while (i + 8 <= soft.size() && !has_line_break(swar::load8(soft.data() + i))) i += 8;
        if (i == soft.size()) break;
        if (soft[i] == '\r') {
            soft[i] = ' ';
        } else if (soft[i] == '\n') {
            bool heading = first_line && heading_line(std::string_view(soft).substr(0, i),
                                                      std::string_view(soft).substr(i + 1), lang);
            if (!heading && !starts_list_item(soft, i + 1)) soft[i] = ' ';
            first_line = false;
        }
    }
    std::string_view p = soft;

    std::vector<std::uint32_t> icu_cuts, cuts;
    icu_breaks::sentences(p, lang, icu_cuts);
    for (auto c : icu_cuts)
        if (keep_icu_break(p, c, lang)) cuts.push_back(c);
    add_rule_breaks(p, lang, cuts);
    // Emoji and symbols after a sentence's end belong to it: "Отличный день! 😀 Завтра".
    for (auto& c : cuts) {
        std::size_t i = c, end_of_symbols = c;
        while (i < p.size()) {
            std::size_t k = i;
            char32_t cp = next_cp(p, k);
            if (!is_trailing_symbol(cp)) break;
            i = end_of_symbols = k;
        }
        if (end_of_symbols > c && (end_of_symbols == p.size() || is_space_at(p, end_of_symbols))) {
            while (end_of_symbols < p.size() && is_space_at(p, end_of_symbols)) next_cp(p, end_of_symbols);
            c = static_cast<std::uint32_t>(end_of_symbols);
        }
    }
    std::sort(cuts.begin(), cuts.end());
    keep_closing_marks(p, cuts);
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    cuts.push_back(static_cast<std::uint32_t>(p.size()));

    std::size_t first = out.size();
    std::uint32_t begin = 0;
    for (auto c : cuts) {
        Span s = trim(text, {paragraph.begin + begin, paragraph.begin + c});
        begin = c;
        if (s.empty()) continue;
        std::string_view st = text.substr(s.begin, s.size());
        // A fragment with no letter or digit (an emoji, ")))") or a citation joins the sentence before.
        if (out.size() > first && (!has_alnum(st) || bracketed_citation(st))) {
            out.back().end = s.end;
            continue;
        }
        // A list marker or a letterless fragment at the start joins the sentence after it.
        std::string_view prev = out.size() > first ? text.substr(out.back().begin, out.back().size()) : "";
        if (out.size() > first && (!has_alnum(prev) || only_list_marker(prev))) {
            out.back().end = s.end;
            continue;
        }
        out.push_back(s);
    }
    cut_long_sentences(text, first, out);
}

std::vector<Span> icu_only_sentences(std::string_view text, Lang lang) {
    std::vector<std::uint32_t> cuts;
    icu_breaks::sentences(text, lang, cuts);
    cuts.push_back(static_cast<std::uint32_t>(text.size()));
    std::vector<Span> out;
    std::uint32_t begin = 0;
    for (auto c : cuts) {
        Span s = trim(text, {begin, c});
        begin = c;
        if (!s.empty()) out.push_back(s);
    }
    return out;
}

std::vector<Span> precis_sentences(std::string_view text, Lang lang) {
    std::vector<Span> paragraphs, out;
    find_paragraphs(text, {0, static_cast<std::uint32_t>(text.size())}, paragraphs);
    for (Span par : paragraphs) split_sentences(text, par, lang, out);
    return out;
}

}  // namespace precis::detail
