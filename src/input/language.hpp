// Language detection: the script first (Cyrillic means Russian), then, for Latin text,
// which language's function words are most frequent.
#pragma once

#include "lang.hpp"

#include <string_view>

namespace precis::detail {

// Detects en, ru, de, fr, es, it or pt from valid UTF-8; English when nothing decides.
Lang detect_language(std::string_view text);

// The language of a text whose page declares `declared` (<html lang>): that one, unless
// the text is clearly in another (a site's template keeps lang="en" on every article).
Lang confirm_language(std::string_view text, Lang declared);

}  // namespace precis::detail
