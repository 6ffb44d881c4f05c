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

}  // namespace

Lang detect_language(std::string_view text) {
    std::size_t cyrillic = 0, latin = 0;
    std::array<std::size_t, kLangCount> hits{};
    // The word being read, lower-cased, in a fixed buffer: no function word is longer, so
    // a word that overflows it is none (and nothing is appended through std::string).
    char word[kMaxFunctionWordBytes];
    std::size_t length = 0;
    bool overflow = false;
    auto flush = [&] {
        if (length > 0 && !overflow) {
            const unsigned langs = lexicon::stopword_languages(std::string_view(word, length));
            for (int l = 0; l < kLangCount; ++l)
                if (l != static_cast<int>(Lang::ru) && (langs & (1u << l))) ++hits[l];
        }
        length = 0;
        overflow = false;
    };
    std::size_t i = 0;
    while (i < text.size() && i < kSampleBytes) {
        char32_t cp = next_cp(text, i);
        if (is_cyrillic(cp)) {
            ++cyrillic;
            length = 0;
            overflow = false;
        } else if (is_latin_letter(cp)) {
            ++latin;
            char bytes[4];
            const std::size_t n = encode_utf8(lower_latin(cp), bytes);
            if (length + n > sizeof word) overflow = true;
            else std::memcpy(word + length, bytes, n), length += n;
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
    if (cyrillic > latin) return Lang::ru;
    int best = static_cast<int>(Lang::en);
    for (int l = 0; l < kLangCount; ++l)
        if (hits[l] > hits[best]) best = l;
    return static_cast<Lang>(best);
}

}  // namespace precis::detail
