// The languages precis knows. Everything language-specific (word lists, segmentation
// rules) is looked up by this value.
#pragma once

#include <optional>
#include <string_view>

namespace precis::detail {

enum class Lang { en, ru, de, fr, es, it, pt };
constexpr int kLangCount = 7;

inline std::string_view lang_code(Lang l) {
    constexpr std::string_view codes[kLangCount] = {"en", "ru", "de", "fr", "es", "it", "pt"};
    return codes[static_cast<int>(l)];
}

inline std::optional<Lang> parse_lang(std::string_view code) {
    for (int i = 0; i < kLangCount; ++i)
        if (lang_code(static_cast<Lang>(i)) == code) return static_cast<Lang>(i);
    return std::nullopt;
}

}  // namespace precis::detail
