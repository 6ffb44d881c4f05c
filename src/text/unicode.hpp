// Character properties, from ICU's compiled-in tables (no data file needed).
#pragma once

#include "text/utf8.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <string_view>

namespace precis::detail {

// ASCII, most characters of most articles, is answered without a table look-up (the
// answers are ICU's).
inline bool ascii_upper(char32_t cp) { return cp >= 'A' && cp <= 'Z'; }
inline bool ascii_lower(char32_t cp) { return cp >= 'a' && cp <= 'z'; }

// Whitespace as far as layout is concerned (ASCII blanks, NBSP and the Unicode spaces).
inline bool is_space_cp(char32_t cp) {
    switch (cp) {
        case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
        case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
        case 0x205F: case 0x3000: case 0xFEFF:
            return true;
        default:
            return cp >= 0x2000 && cp <= 0x200A;
    }
}

inline bool is_upper(char32_t cp) {
    if (cp < 0x80) return ascii_upper(cp);
    return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}
inline bool is_lower(char32_t cp) { return cp < 0x80 ? ascii_lower(cp) : u_islower(static_cast<UChar32>(cp)); }
inline bool is_letter(char32_t cp) {
    return cp < 0x80 ? ascii_upper(cp) || ascii_lower(cp) : u_isalpha(static_cast<UChar32>(cp));
}
inline bool is_digit(char32_t cp) { return cp < 0x80 ? cp >= '0' && cp <= '9' : u_isdigit(static_cast<UChar32>(cp)); }
inline char32_t fold_case(char32_t cp) {
    if (cp < 0x80) return ascii_upper(cp) ? cp + 32 : cp;
    return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
}
// One upper-case letter and nothing else: "J", "В" (an initial, or "I").
inline bool is_single_capital(std::string_view s) {
    std::size_t i = 0;
    if (s.empty()) return false;
    char32_t cp = next_cp(s, i);
    return i == s.size() && is_upper(cp);
}

// Opening and closing quotation marks and brackets (Unicode Pi/Ps, Pf/Pe, and the ASCII quotes).
inline bool is_open_punct(char32_t cp) {
    if (cp < 0x80) return cp == '(' || cp == '[' || cp == '{' || cp == '"' || cp == '\'';
    auto t = u_charType(static_cast<UChar32>(cp));
    return t == U_INITIAL_PUNCTUATION || t == U_START_PUNCTUATION;
}
inline bool is_close_punct(char32_t cp) {
    if (cp < 0x80) return cp == ')' || cp == ']' || cp == '}' || cp == '"' || cp == '\'';
    auto t = u_charType(static_cast<UChar32>(cp));
    return t == U_FINAL_PUNCTUATION || t == U_END_PUNCTUATION;
}

// A sentence terminator (Unicode's Sentence_Terminal, the scripts news is written in):
// . ! ? and the Greek, Armenian, Arabic, Syriac, Devanagari, Myanmar, Ethiopic and Khmer
// stops, ‼ ‽ ⁇ ⁈ ⁉, and the CJK 。 ！ ？ ． ｡. (A list, not u_hasBinaryProperty: that would
// link ICU's whole property table into the WebAssembly module.)
inline bool is_sentence_terminator(char32_t c) {
    switch (c) {
        case '.': case '!': case '?': case 0x037E: case 0x0589: case 0x055C: case 0x055E: case 0x061F:
        case 0x06D4: case 0x0700: case 0x0701: case 0x0702: case 0x0964: case 0x0965: case 0x104A: case 0x104B:
        case 0x1362: case 0x1367: case 0x1368: case 0x17D4: case 0x17D5: case 0x203C: case 0x203D: case 0x2047:
        case 0x2048: case 0x2049: case 0x2E2E: case 0x3002: case 0xFE52: case 0xFE56: case 0xFE57: case 0xFF01:
        case 0xFF0E: case 0xFF1F: case 0xFF61:
            return true;
        default:
            return false;
    }
}

// Ends as a finished sentence does: with a sentence terminator before any closing
// quotation marks, brackets, symbols (emoji), marks and spaces. An ellipsis (… or ...)
// ends a teaser cut short, not a finished sentence.
inline bool ends_finished_sentence(std::string_view text) {
    for (std::size_t i = text.size(); i > 0;) {
        std::size_t end = i;
        char32_t c = prev_cp(text, i);
        auto t = u_charType(static_cast<UChar32>(c));
        if (is_close_punct(c) || t == U_SPACE_SEPARATOR || t == U_CONTROL_CHAR || t == U_FORMAT_CHAR ||
            t == U_OTHER_SYMBOL || t == U_MODIFIER_SYMBOL || t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK ||
            t == U_INITIAL_PUNCTUATION)
            continue;
        if (c == 0x2026 || (c == '.' && end >= 3 && text.substr(end - 3, 3) == "...")) return false;
        return is_sentence_terminator(c);
    }
    return false;
}

// Characters of the scripts written without spaces between words (Han, kana, Hangul) say
// about as much as three Latin letters each: "東京都は3日、新たに100人の感染を確認したと発表
// した。" is 26 characters, its English 66.
constexpr std::size_t kWideCharWeight = 3;

// The length of `text` in code points, Han, kana and Hangul weighted by kWideCharWeight.
inline std::size_t weighted_length(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size();) {
        auto c = static_cast<UChar32>(next_cp(text, i));
        UErrorCode status = U_ZERO_ERROR;
        UScriptCode script = c < 0x2E80 ? USCRIPT_COMMON : uscript_getScript(c, &status);
        bool wide = script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
                    script == USCRIPT_HANGUL;
        n += wide ? kWideCharWeight : 1;
    }
    return n;
}

}  // namespace precis::detail
