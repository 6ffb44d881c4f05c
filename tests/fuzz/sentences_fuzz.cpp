// precis's abbreviation filter against ICU's own ("@ss=standard"): for any text, in each
// language ICU filters, the sentence breaks must be the same. The first byte chooses the
// language (its low bits) and the input: with bit 3 clear, the bytes as they are (when
// valid UTF-8); set, each byte picks a piece: an entry of the language's list, an entry's
// part up to its first stop, or a character the filter's walk turns on (space, stop,
// capitals, a line break, a supplementary character, ...), so that near-misses come fast.
#include "fuzz.hpp"

#include "icu_reference.hpp"
#include "input/input.hpp"
#include "segment/icu.hpp"

#include <unicode/unistr.h>

#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    using namespace precis::detail;
    if (size == 0) return 0;
    const Lang lang = precis::test::kFilteredLangs[(data[0] & 7) % precis::test::kFilteredLangs.size()];
    std::string text;
    if (data[0] & 8) {
        static const char* const characters[] = {" ", ".", "A", "b", "Z", "\n", "?", "!", "\"", ")", "(", "1",
                                                 "\xC2\xA0", "\xF0\x9F\x98\x80", "\xD0\x96", "\xC3\xA9", "'"};
        constexpr std::size_t n = sizeof characters / sizeof characters[0];
        const std::vector<std::u16string> list = icu_breaks::abbreviation_suppressions(lang);
        for (std::size_t i = 1; i < size; ++i) {
            const std::size_t pick = data[i] % (n + 2 * list.size());
            if (pick < n) {
                text += characters[pick];
                continue;
            }
            const std::u16string& entry = list[(pick - n) / 2];
            std::string e;
            icu::UnicodeString(entry.data(), static_cast<int32_t>(entry.size())).toUTF8String(e);
            text += (pick - n) % 2 ? e.substr(0, e.find('.') + 1) : e;
        }
    } else {
        text.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
        if (find_invalid_utf8(text)) return 0;
    }
    std::vector<std::uint32_t> ours;
    icu_breaks::sentences(text, lang, ours);
    precis::fuzz::require(ours == precis::test::icu_filtered_sentences(text, lang), "ICU's filtered sentence breaks");
    return 0;
}
