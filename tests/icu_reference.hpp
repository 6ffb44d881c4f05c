// ICU's own sentence breaks with its abbreviation filter ("LANG@ss=standard"), natively:
// the reference that precis's filter (src/segment/icu.cpp) is compared with by the segment
// test, precis-icu-diff and the sentences fuzz target. Over UTF-8, so that the offsets are
// bytes, and independently of precis's UTF-16 copy. Not in the WebAssembly build: it has
// no locale data to create the filter from.
#pragma once

#include "lang.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace precis::test {

// The languages whose sentences ICU filters (German: precis uses no list, see icu.cpp).
constexpr std::array<detail::Lang, 6> kFilteredLangs{detail::Lang::en, detail::Lang::ru, detail::Lang::fr,
                                                     detail::Lang::es, detail::Lang::it, detail::Lang::pt};

// Byte offsets of the breaks inside `text` (neither 0 nor text.size()), as
// icu_breaks::sentences() gives them; empty when ICU cannot create the iterator.
inline std::vector<std::uint32_t> icu_filtered_sentences(std::string_view text, detail::Lang lang) {
    static std::array<std::unique_ptr<icu::BreakIterator>, detail::kLangCount> iterators;  // one thread
    auto& it = iterators[static_cast<int>(lang)];
    UErrorCode status = U_ZERO_ERROR;
    if (!it) {
        std::string locale = std::string(detail::lang_code(lang)) + "@ss=standard";
        it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), status));
        if (U_FAILURE(status)) it.reset();
    }
    std::vector<std::uint32_t> out;
    if (!it) return out;
    UText ut = UTEXT_INITIALIZER;
    utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
    it->setText(&ut, status);
    for (int32_t b = U_SUCCESS(status) ? it->next() : icu::BreakIterator::DONE; b != icu::BreakIterator::DONE; b = it->next())
        if (b > 0 && static_cast<std::size_t>(b) < text.size()) out.push_back(static_cast<std::uint32_t>(b));
    utext_close(&ut);
    return out;
}

}  // namespace precis::test
