#include "input/language.hpp"

#include "text/utf8.hpp"
#include "lexicon.hpp"

#include <array>
#include <cstring>
#include <string>

namespace precis::detail {
namespace {

// Enough text to decide; articles state their language in every paragraph.
constexpr std::size_t kSampleBytes = 4 * 1024;
// Longer than any function word of lexicon::stopword_languages() (the longest are about
// twenty bytes of Cyrillic; Latin letters of them are at most two bytes each).
constexpr std::size_t kMaxFunctionWordBytes = 64;

bool is_cyrillic(char32_t cp) { return cp >= 0x400 && cp <= 0x52F; }
bool is_latin_letter(char32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}
char32_t lower_latin(char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;  // Latin-1 capitals
    return cp;
}

// What the start of a text says of its language: its letters by script, and for each
// Latin-script language how many of its words are that language's function words (all,
// and those of two letters or more: "a", "e", "o" are words of several languages, and a
// table's "Klasse A" is none of them).
struct Votes {
    std::size_t cyrillic = 0, latin = 0;
    std::array<std::size_t, kLangCount> hits{}, long_hits{};
};

// A page's declared language gives way to the text's only when the text is clearly
// another: this many of the other language's function words of two letters or more, and
// this many times the declared one's (a German page quoting an English sentence stays
// German).
constexpr std::size_t kOverrideMinHits = 8;
constexpr std::size_t kOverrideRatio = 3;

Votes count_votes(std::string_view text) {
    Votes v;
    // The word being read, lower-cased, in a fixed buffer: no function word is longer, so
    // a word that overflows it is none (and nothing is appended through std::string).
    char word[kMaxFunctionWordBytes];
    std::size_t length = 0, letters = 0;
    bool overflow = false;
    auto flush = [&] {
        if (length > 0 && !overflow) {
            // Most words are none: their empty set skips the languages' loop.
            for (unsigned langs = lexicon::stopword_languages(std::string_view(word, length)); langs;
                 langs &= langs - 1) {
                const int l = __builtin_ctz(langs);
                if (l == static_cast<int>(Lang::ru)) continue;
                ++v.hits[l];
                if (letters >= 2) ++v.long_hits[l];
            }
        }
        length = letters = 0;
        overflow = false;
    };
    std::size_t i = 0;
    while (i < text.size() && i < kSampleBytes) {
        // ASCII, most of a Latin-script text, the same rules byte by byte: a letter is
        // stored lower-cased without the UTF-8 encoder and its variable-length copy (a
        // call to memcpy per letter, the costliest step in wasm).
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            ++i;
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                ++v.latin;
                if (length + 1 > sizeof word) overflow = true;
                else word[length++] = static_cast<char>(c | 0x20), ++letters;
            } else if (c >= '0' && c <= '9') {
                overflow = true;
            } else {
                flush();  // the apostrophe too, as below
            }
            continue;
        }
        char32_t cp = next_cp(text, i);
        if (is_cyrillic(cp)) {
            ++v.cyrillic;
            length = letters = 0;
            overflow = false;
        } else if (is_latin_letter(cp)) {
            ++v.latin;
            char bytes[4];
            const std::size_t n = encode_utf8(lower_latin(cp), bytes);
            if (length + n > sizeof word) overflow = true;
            else std::memcpy(word + length, bytes, n), length += n, ++letters;
        } else if (cp >= '0' && cp <= '9') {
            // Letters run together with digits ("1e5", "G20", "20th") are no function
            // word: the run is dropped at the next flush, whichever side the digits are.
            overflow = true;
        } else if (cp == '\'' || cp == 0x2019) {
            flush();  // "l'état", "dell'anno": the elided article counts as a word
        } else {
            flush();
        }
    }
    flush();
    return v;
}

Lang decide(const Votes& v) {
    if (v.cyrillic > v.latin) return Lang::ru;
    int best = static_cast<int>(Lang::en);
    for (int l = 0; l < kLangCount; ++l)
        if (v.hits[l] > v.hits[best]) best = l;
    return static_cast<Lang>(best);
}

}  // namespace

Lang detect_language(std::string_view text) { return decide(count_votes(text)); }

Lang confirm_language(std::string_view text, Lang declared) {
    const Votes v = count_votes(text);
    const Lang found = decide(v);
    if (found == declared) return declared;
    // Another script is clear: Russian declared for Latin text, or the other way round.
    if (found == Lang::ru || declared == Lang::ru) return found;
    const std::size_t other = v.long_hits[static_cast<int>(found)], own = v.long_hits[static_cast<int>(declared)];
    return other >= kOverrideMinHits && other >= kOverrideRatio * own ? found : declared;
}

}  // namespace precis::detail
