#include "input/language.hpp"

#include "text/utf8.hpp"
#include "lexicon.hpp"

#include <array>
#include <string>

namespace precis::detail {
namespace {

// Enough text to decide; articles state their language in every paragraph.
constexpr std::size_t kSampleBytes = 4 * 1024;

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
    std::string word;
    auto flush = [&] {
        if (word.empty()) return;
        const unsigned langs = lexicon::stopword_languages(word);
        for (int l = 0; l < kLangCount; ++l)
            if (l != static_cast<int>(Lang::ru) && (langs & (1u << l))) ++hits[l];
        word.clear();
    };
    std::size_t i = 0;
    while (i < text.size() && i < kSampleBytes) {
        char32_t cp = next_cp(text, i);
        if (is_cyrillic(cp)) {
            ++cyrillic;
            word.clear();
        } else if (is_latin_letter(cp)) {
            ++latin;
            append_utf8(word, lower_latin(cp));
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
