// Character properties, from ICU's compiled-in tables (no data file needed).
#pragma once

#include "input/utf8.hpp"

#include <unicode/uchar.h>

#include <string_view>

namespace precis::detail {

inline bool is_upper(char32_t cp) { return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp)); }
inline bool is_lower(char32_t cp) { return u_islower(static_cast<UChar32>(cp)); }
inline bool is_letter(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)); }
inline bool is_digit(char32_t cp) { return u_isdigit(static_cast<UChar32>(cp)); }
inline char32_t fold_case(char32_t cp) {
    return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
}
// One upper-case letter and nothing else: "J", "В" (an initial, or "I").
inline bool is_single_capital(std::string_view s) {
    std::size_t i = 0;
    if (s.empty()) return false;
    char32_t cp = next_cp(s, i);
    return i == s.size() && is_upper(cp);
}

// Opening and closing quotation marks and brackets (Unicode Pi/Ps, Pf/Pe, and the ASCII quotes).
inline bool is_open_punct(char32_t cp) {
    auto t = u_charType(static_cast<UChar32>(cp));
    return t == U_INITIAL_PUNCTUATION || t == U_START_PUNCTUATION || cp == '"' || cp == '\'';
}
inline bool is_close_punct(char32_t cp) {
    auto t = u_charType(static_cast<UChar32>(cp));
    return t == U_FINAL_PUNCTUATION || t == U_END_PUNCTUATION || cp == '"' || cp == '\'';
}

}  // namespace precis::detail
