#include "segment/icu.hpp"

#include "input/utf8.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

#include <array>
#include <memory>

namespace precis::detail::icu_breaks {
namespace {

// ICU's suppression list for German drops the break after any word ending in "r." or
// "b." ("war.", "wieder."): measured on UD German, recall falls from 0.99 to 0.92, so
// German uses the plain rules and precis's own abbreviation list instead.
const char* sentence_locale(Lang lang) {
    switch (lang) {
        case Lang::en: return "en@ss=standard";
        case Lang::ru: return "ru@ss=standard";
        case Lang::de: return "de";
        case Lang::fr: return "fr@ss=standard";
        case Lang::es: return "es@ss=standard";
        case Lang::it: return "it@ss=standard";
        case Lang::pt: return "pt@ss=standard";
    }
    return "en";
}

struct Cache {
    std::array<std::unique_ptr<icu::BreakIterator>, kLangCount> sentence;
    std::unique_ptr<icu::BreakIterator> word;
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
        slot.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(sentence_locale(lang)), status));
        if (U_FAILURE(status)) slot.reset();
    }
    return slot.get();
}

icu::BreakIterator* word_iterator() {
    auto& slot = cache().word;
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        slot.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) slot.reset();
    }
    return slot.get();
}

// Scripts written without spaces, which ICU segments with dictionaries. Debian's native
// ICU has the dictionaries and the WebAssembly build does not (they are megabytes), so
// the two would cut "李伟" differently; a run of such text counts as one word in both.
// (By script rather than by the Line_Break property: u_getIntPropertyValue would link
// ICU's whole property table, normalizer included, into the WebAssembly module.)
bool dictionary_script(std::string_view text, std::uint32_t at) {
    std::size_t i = at;
    auto cp = static_cast<UChar32>(next_cp(text, i));
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(cp, &status)) {
        case USCRIPT_HAN: case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA:           // Chinese, Japanese
        case USCRIPT_THAI: case USCRIPT_LAO: case USCRIPT_KHMER: case USCRIPT_MYANMAR:
        case USCRIPT_TAI_LE: case USCRIPT_NEW_TAI_LUE: case USCRIPT_LANNA: case USCRIPT_TAI_VIET:
            return true;
        default:
            return false;
    }
}

}  // namespace

void sentences(std::string_view text, Lang lang, std::vector<std::uint32_t>& out) {
    out.clear();
    icu::BreakIterator* it = sentence_iterator(lang);
    Utf8Text ut(text);
    if (!it || !ut.get()) return;  // no ICU data: the text stays one sentence
    UErrorCode status = U_ZERO_ERROR;
    it->setText(ut.get(), status);
    if (U_FAILURE(status)) return;
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
        if (b > 0 && static_cast<std::size_t>(b) < text.size()) out.push_back(static_cast<std::uint32_t>(b));
    }
}

void words(std::string_view text, std::vector<Word>& out) {
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
