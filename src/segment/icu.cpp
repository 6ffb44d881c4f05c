#include "segment/icu.hpp"

#include "text/utf8.hpp"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/rbbi.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <string>

namespace precis::detail::icu_breaks {
namespace {

// ICU's suppression list for German drops the break after any word ending in "r." or
// "b." ("war.", "wieder."): measured on UD German, recall falls from 0.99 to 0.92, so
// German uses the plain rules and precis's own abbreviation list instead.
bool suppresses_abbreviations(Lang lang) { return lang != Lang::de; }

#ifdef PRECIS_ICU_EMBEDDED_RULES
// The WebAssembly build carries ICU's rule files and suppression lists compiled in
// (toolchains/icu-wasm/embed-rules.cmake) and builds the iterators from them: creating
// them by locale links ICU's locale and resource-bundle code for nothing else. Same
// release, same bytes, same lists: the native and wasm builds find the same breaks.
#include "icu_rules.inc"

const char* const* suppressions(Lang lang) {
    switch (lang) {
        case Lang::en: return kSuppressions_en;
        case Lang::ru: return kSuppressions_ru;
        case Lang::fr: return kSuppressions_fr;
        case Lang::es: return kSuppressions_es;
        case Lang::it: return kSuppressions_it;
        case Lang::pt: return kSuppressions_pt;
        case Lang::de: break;
    }
    return nullptr;
}

// A rule file holds ICU's data header (its size in the first two bytes, little-endian),
// then the compiled rules the iterator takes.
template <std::size_t N>
icu::BreakIterator* from_rules(const unsigned char (&file)[N], UErrorCode& status) {
    const std::size_t header = file[0] | std::size_t{file[1]} << 8;
    if (header >= N) return nullptr;
    return new icu::RuleBasedBreakIterator(file + header, static_cast<uint32_t>(N - header), status);
}

icu::BreakIterator* create_sentence_iterator(Lang lang, UErrorCode& status) {
    std::unique_ptr<icu::BreakIterator> rules(from_rules(kSentenceRulesFile, status));
    if (!rules || U_FAILURE(status) || !suppresses_abbreviations(lang)) return rules.release();
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
    if (U_FAILURE(status)) return nullptr;
    for (const char* const* s = suppressions(lang); s && *s; ++s)
        builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(*s), status);
    return U_SUCCESS(status) ? builder->wrapIteratorWithFilter(rules.release(), status) : nullptr;
}

icu::BreakIterator* create_word_iterator(UErrorCode& status) { return from_rules(kWordRulesFile, status); }
#else
icu::BreakIterator* create_sentence_iterator(Lang lang, UErrorCode& status) {
    std::string locale(lang_code(lang));
    if (suppresses_abbreviations(lang)) locale += "@ss=standard";
    return icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), status);
}

icu::BreakIterator* create_word_iterator(UErrorCode& status) {
    return icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status);
}
#endif

struct Cache {
    std::array<std::unique_ptr<icu::BreakIterator>, kLangCount> sentence;
    std::unique_ptr<icu::BreakIterator> word;
    std::vector<char16_t> units;  // the text given to the sentence iterator, as UTF-16
};

Cache& cache() {
    thread_local Cache c;
    return c;
}

// A UText over UTF-8 that lives on the stack and is closed on scope exit.
class Utf8Text {
public:
    explicit Utf8Text(std::string_view s) {
        UErrorCode status = U_ZERO_ERROR;
        utext_openUTF8(&ut_, s.data(), static_cast<int64_t>(s.size()), &status);
        ok_ = U_SUCCESS(status);
    }
    ~Utf8Text() { utext_close(&ut_); }
    Utf8Text(const Utf8Text&) = delete;
    Utf8Text& operator=(const Utf8Text&) = delete;
    UText* get() { return ok_ ? &ut_ : nullptr; }

private:
    UText ut_ = UTEXT_INITIALIZER;
    bool ok_ = false;
};

icu::BreakIterator* sentence_iterator(Lang lang) {
    auto& slot = cache().sentence[static_cast<int>(lang)];
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        slot.reset(create_sentence_iterator(lang, status));
        if (U_FAILURE(status)) slot.reset();
    }
    return slot.get();
}

icu::BreakIterator* word_iterator() {
    auto& slot = cache().word;
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        slot.reset(create_word_iterator(status));
        if (U_FAILURE(status)) slot.reset();
    }
    return slot.get();
}

bool dictionary_script(std::string_view text, std::uint32_t at) {
    std::size_t i = at;
    return unspaced_script(next_cp(text, i));
}

}  // namespace

// The code points ICU 72 (Unicode 15.0) gives the script Han, Hiragana, Katakana, Thai,
// Lao, Khmer, Myanmar, Tai Le, New Tai Lue, Tai Tham (Lanna) or Tai Viet, as inclusive
// ranges. A table rather than uscript_getScript(): that call links ICU's property-vector
// tables (94 KB, 18 KB brotli) into the WebAssembly module for nothing else. The segment
// test checks every code point against uscript_getScript() natively.
constexpr std::array<std::array<char32_t, 2>, 70> kUnspacedScripts{{
    {0x0E01, 0x0E3A}, {0x0E40, 0x0E5B}, {0x0E81, 0x0E82}, {0x0E84, 0x0E84}, {0x0E86, 0x0E8A}, {0x0E8C, 0x0EA3},
    {0x0EA5, 0x0EA5}, {0x0EA7, 0x0EBD}, {0x0EC0, 0x0EC4}, {0x0EC6, 0x0EC6}, {0x0EC8, 0x0ECE}, {0x0ED0, 0x0ED9},
    {0x0EDC, 0x0EDF}, {0x1000, 0x109F}, {0x1780, 0x17DD}, {0x17E0, 0x17E9}, {0x17F0, 0x17F9}, {0x1950, 0x196D},
    {0x1970, 0x1974}, {0x1980, 0x19AB}, {0x19B0, 0x19C9}, {0x19D0, 0x19DA}, {0x19DE, 0x19FF}, {0x1A20, 0x1A5E},
    {0x1A60, 0x1A7C}, {0x1A7F, 0x1A89}, {0x1A90, 0x1A99}, {0x1AA0, 0x1AAD}, {0x2E80, 0x2E99}, {0x2E9B, 0x2EF3},
    {0x2F00, 0x2FD5}, {0x3005, 0x3005}, {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303B}, {0x3041, 0x3096},
    {0x309D, 0x309F}, {0x30A1, 0x30FA}, {0x30FD, 0x30FF}, {0x31F0, 0x31FF}, {0x32D0, 0x32FE}, {0x3300, 0x3357},
    {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA9E0, 0xA9FE}, {0xAA60, 0xAAC2}, {0xAADB, 0xAADF}, {0xF900, 0xFA6D},
    {0xFA70, 0xFAD9}, {0xFF66, 0xFF6F}, {0xFF71, 0xFF9D}, {0x16FE2, 0x16FE3}, {0x16FF0, 0x16FF1}, {0x1AFF0, 0x1AFF3},
    {0x1AFF5, 0x1AFFB}, {0x1AFFD, 0x1AFFE}, {0x1B000, 0x1B122}, {0x1B132, 0x1B132}, {0x1B150, 0x1B152}, {0x1B155, 0x1B155},
    {0x1B164, 0x1B167}, {0x1F200, 0x1F200}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B739}, {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1},
    {0x2CEB0, 0x2EBE0}, {0x2F800, 0x2FA1D}, {0x30000, 0x3134A}, {0x31350, 0x323AF},
}};

bool unspaced_script(char32_t cp) {
    auto after = std::upper_bound(kUnspacedScripts.begin(), kUnspacedScripts.end(), cp,
                                  [](char32_t c, const std::array<char32_t, 2>& r) { return c < r[0]; });
    return after != kUnspacedScripts.begin() && cp <= (after - 1)->at(1);
}

void sentences(std::string_view text, Lang lang, std::vector<std::uint32_t>& out) {
    out.clear();
    icu::BreakIterator* it = sentence_iterator(lang);
    if (!it) return;  // no ICU data: the text stays one sentence
    // ICU walks UTF-16 several times faster than UTF-8 through a UText (the iterator and
    // its abbreviation filter step back and forth), so the text is converted once.
    std::vector<char16_t>& units = cache().units;
    units.resize(text.size());  // never more UTF-16 units than UTF-8 bytes
    char16_t* u = units.data();
    bool ascii = true;
    for (std::size_t i = 0; i < text.size();) {
        std::uint64_t eight;  // ASCII eight bytes at a time
        if (i + 8 <= text.size() && (std::memcpy(&eight, text.data() + i, 8), (eight & 0x8080808080808080ull) == 0)) {
            for (int k = 0; k < 8; ++k) u[k] = static_cast<unsigned char>(text[i + k]);
            u += 8, i += 8;
            continue;
        }
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            *u++ = c;
            ++i;
            continue;
        }
        ascii = false;
        char32_t cp = next_cp(text, i);
        if (cp < 0x10000) {
            *u++ = static_cast<char16_t>(cp);
        } else {
            *u++ = static_cast<char16_t>(0xD7C0 + (cp >> 10));
            *u++ = static_cast<char16_t>(0xDC00 | (cp & 0x3FF));
        }
    }
    units.resize(static_cast<std::size_t>(u - units.data()));
    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUChars(&ut, units.data(), static_cast<int64_t>(units.size()), &status);
    if (U_FAILURE(status)) return;
    it->setText(&ut, status);
    if (U_SUCCESS(status)) {
        // Boundaries come in increasing order: one walk maps UTF-16 units to bytes.
        std::size_t byte = 0, unit = 0;
        for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
            if (ascii) {
                byte = static_cast<std::size_t>(b);
            } else {
                while (unit < static_cast<std::size_t>(b)) {
                    auto c = static_cast<unsigned char>(text[byte]);
                    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
                    byte += len;
                    unit += len == 4 ? 2 : 1;
                }
            }
            if (byte > 0 && byte < text.size()) out.push_back(static_cast<std::uint32_t>(byte));
        }
    }
    // The iterator keeps a pointer into `units` until the next call gives it new text.
    utext_close(&ut);
}

void words(std::string_view text, std::vector<Word>& out) {
    if (!words_fast(text, out)) words_icu(text, out);
}

void words_icu(std::string_view text, std::vector<Word>& out) {
    out.clear();
    icu::BreakIterator* it = word_iterator();
    Utf8Text ut(text);
    if (!it || !ut.get()) return;
    UErrorCode status = U_ZERO_ERROR;
    it->setText(ut.get(), status);
    if (U_FAILURE(status)) return;
    int32_t begin = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; begin = end, end = it->next()) {
        int32_t rule = it->getRuleStatus();
        if (!out.empty() && out.back().end == static_cast<std::uint32_t>(begin) && dictionary_script(text, begin) &&
            dictionary_script(text, out.back().begin)) {
            out.back().end = static_cast<std::uint32_t>(end);  // one run of unspaced script, one word
            continue;
        }
        if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT)
            out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), WordKind::number});
        else if (rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_IDEO_LIMIT)
            out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), WordKind::letters});
    }
}

}  // namespace precis::detail::icu_breaks
