// ICU break iterators, one cached set per thread (they are not thread-safe), over UTF-8
// text so that every offset is a byte offset.
#pragma once

#include "lang.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace precis::detail::icu_breaks {

// Sentence boundaries inside `text` (byte offsets, neither 0 nor text.size()), from
// ICU's rules for the language with its abbreviation suppressions, filtered as ICU's
// `@ss=standard` filters them (the same breaks, by ICU's own walk, done in icu.cpp).
void sentences(std::string_view text, Lang lang, std::vector<std::uint32_t>& out);
// The abbreviations after which that filter holds a sentence break ("Mr.", "Ph.D."): ICU's
// list for the language (empty for German, see icu.cpp), as UTF-16.
std::vector<std::u16string> abbreviation_suppressions(Lang lang);

enum class WordKind : std::uint8_t { letters, number };
struct Word {
    std::uint32_t begin, end;
    WordKind kind;
};
// Word-like segments of `text` (letters or numbers; spaces and punctuation skipped), as
// ICU's word iterator finds them: words_fast() when it knows every character of the
// text, else the iterator. A run of a script written without spaces (Chinese, Japanese,
// Thai...) is one word: Debian's native ICU segments those with dictionaries that the
// WebAssembly build does not carry (megabytes), so the two builds would cut "李伟"
// differently.
void words(std::string_view text, std::vector<Word>& out);
// Whether `cp` is in one of those scripts (as ICU 72 assigns scripts).
bool unspaced_script(char32_t cp);
// The words from ICU's iterator always (the reference the fast path is tested against).
void words_icu(std::string_view text, std::vector<Word>& out);

// A character's Word_Break class as ICU's root word rules use it, for the characters the
// fast path knows (ASCII, Latin, Cyrillic, common punctuation and symbols); `unknown` for
// every other (src/segment/words_fast.cpp).
enum class WordClass : std::uint8_t { unknown, other, letter, digit, mid_letter, mid_num_let, mid_num, extend_num_let };
WordClass word_class(char32_t cp);
// ICU's word segments of `text` without the iterator; false when `text` holds a character
// of class `unknown` (then `out` is unspecified).
bool words_fast(std::string_view text, std::vector<Word>& out);

}  // namespace precis::detail::icu_breaks
