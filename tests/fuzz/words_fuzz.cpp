// The word fast path against ICU's word iterator: wherever the fast path takes a text,
// its words and their kinds must be ICU's. The first byte chooses the input: even, the
// bytes as they are (when valid UTF-8); odd, each byte picks a character from a small
// alphabet of every class the fast path knows, so that their combinations come fast.
#include "fuzz.hpp"

#include "input/input.hpp"
#include "segment/icu.hpp"

#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    using namespace precis::detail;
    if (size == 0) return 0;
    const bool mapped = (data[0] & 1) != 0;
    std::string text;
    if (mapped) {
        static const char* const alphabet[] = {
            "a", "Z", "é", "ß", "Ж", "ё", "@", "0", "7", ".", "'", "’", "‘", ",", ";", "·", ":", "_",
            "\xE2\x80\xAF", "\xE2\x80\xA4", "\xE2\x81\x84", " ", "\n", "\r", "\t", "-", "\"", "«", "»", "€",
            "—", "…", "(", "!", "?", "\xC2\xA0", "\xCC\x81", "\xC2\xAD", "李", "\xE2\x80\x8D", "\xF0\x9F\x91\x8D"};
        constexpr std::size_t n = sizeof alphabet / sizeof alphabet[0];
        for (std::size_t i = 1; i < size; ++i) text += alphabet[data[i] % n];
    } else {
        text.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
        if (find_invalid_utf8(text)) return 0;
    }
    std::vector<icu_breaks::Word> fast, icu;
    if (!icu_breaks::words_fast(text, fast)) return 0;
    icu_breaks::words_icu(text, icu);
    precis::fuzz::require(fast.size() == icu.size(), "as many words as ICU finds");
    for (std::size_t k = 0; k < fast.size(); ++k) {
        precis::fuzz::require(fast[k].begin == icu[k].begin && fast[k].end == icu[k].end, "ICU's word boundaries");
        precis::fuzz::require(fast[k].kind == icu[k].kind, "ICU's word kinds");
    }
    return 0;
}
