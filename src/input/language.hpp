// Language detection: the script first (Cyrillic means Russian), then, for Latin text,
// which language's function words are most frequent.
#pragma once

#include "lang.hpp"

#include <string_view>

namespace precis::detail {

// Detects en, ru, de, fr, es, it or pt from valid UTF-8; English when nothing decides.
Lang detect_language(std::string_view text);

}  // namespace precis::detail
