// ICU break iterators, one cached set per thread (they are not thread-safe), over UTF-8
// text so that every offset is a byte offset.
#pragma once

#include "lang.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace precis::detail::icu_breaks {

// Sentence boundaries inside `text` (byte offsets, neither 0 nor text.size()), from
// ICU's rules for the language with its abbreviation suppressions (`@ss=standard`).
void sentences(std::string_view text, Lang lang, std::vector<std::uint32_t>& out);

enum class WordKind : std::uint8_t { letters, number };
struct Word {
    std::uint32_t begin, end;
    WordKind kind;
};
// Word-like segments of `text` (letters or numbers; spaces and punctuation skipped).
void words(std::string_view text, std::vector<Word>& out);

}  // namespace precis::detail::icu_breaks
