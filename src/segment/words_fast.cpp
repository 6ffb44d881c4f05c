// ICU's word boundaries without ICU's iterator, for text of the characters most news is
// written in. ICU 72's root word rules (UAX #29 with ICU's changes: '@' is a letter, ':'
// is not MidLetter) reduce on these characters to a handful of pairs:
//   letters, digits and '_' join each other                    (WB5, WB8-10, WB13a-b)
//   letter (MidLetter | MidNumLet | ') letter join             (WB6-7)
//   digit (MidNum | MidNumLet | ') digit join                  (WB11-12)
//   anything else stands alone
// and the rule status of a segment follows from its last characters (ICU's chained
// rules: the tag of every rule that ends there, the largest counting). Any character
// outside the classes below (combining marks, format characters, joiners, emoji, CJK,
// Greek, Hebrew...) sends the whole text to ICU. tests/unit/segment_test.cpp checks every
// class against ICU's Word_Break property; precis-icu-diff and the words fuzz target
// compare the boundaries with ICU's iterator.
#include "text/utf8.hpp"
#include "segment/icu.hpp"

#include <array>

namespace precis::detail::icu_breaks {
namespace {

using C = WordClass;

// The classes of ASCII: letters and '@' are ALetter, digits Numeric, '.' MidNumLet, '\''
// Single_Quote (MidNumLet here: no Hebrew), ',' and ';' MidNum, '_' ExtendNumLet.
constexpr std::array<WordClass, 128> ascii_classes() {
    std::array<WordClass, 128> t{};
    for (auto& c : t) c = C::other;
    for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 32] = C::letter;
    for (int c = '0'; c <= '9'; ++c) t[c] = C::digit;
    t['@'] = C::letter;
    t['.'] = t['\''] = C::mid_num_let;
    t[','] = t[';'] = C::mid_num;
    t['_'] = C::extend_num_let;
    return t;
}
constexpr std::array<WordClass, 128> kAscii = ascii_classes();

constexpr bool core(WordClass c) { return c == C::letter || c == C::digit || c == C::extend_num_let; }

// By byte: an ASCII letter, digit or '_' (a core class): the bytes most words are made of,
// told by one look-up.
constexpr std::array<bool, 256> kCoreAscii = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 128; ++c) t[c] = core(kAscii[c]);
    return t;
}();

// The class of the character at `i` and its length in bytes (valid UTF-8).
WordClass class_at(std::string_view s, std::size_t i, std::size_t& len) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        len = 1;
        return kAscii[c];
    }
    std::size_t k = i;
    char32_t cp = next_cp(s, k);
    len = k - i;
    return word_class(cp);
}

}  // namespace

WordClass word_class(char32_t cp) {
    if (cp < 0x80) return kAscii[cp];
    if (cp < 0x100) {
        switch (cp) {
            case 0xAA: case 0xB5: case 0xBA: return C::letter;  // ª µ º
            case 0xAD: return C::unknown;                         // soft hyphen: Format
            case 0xB7: return C::mid_letter;                      // middle dot
            case 0xD7: case 0xF7: return C::other;                // × ÷
            default: return cp >= 0xC0 ? C::letter : C::other;   // Latin-1 letters; C1 controls, NBSP, signs
        }
    }
    if (cp < 0x2B0) return C::letter;  // Latin Extended-A and -B, IPA
    if (cp >= 0x400 && cp < 0x530) {   // Cyrillic and its supplement
        if (cp == 0x482) return C::other;                 // ҂
        if (cp >= 0x483 && cp <= 0x489) return C::unknown;  // combining marks: Extend
        return C::letter;
    }
    if (cp >= 0x2000 && cp < 0x2070) {  // General Punctuation
        switch (cp) {
            case 0x200C: case 0x200D: case 0x200E: case 0x200F:  // ZWNJ (Extend), ZWJ, marks (Format)
            case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
                return C::unknown;
            case 0x2018: case 0x2019: case 0x2024: return C::mid_num_let;  // ‘ ’ one dot leader
            case 0x2027: return C::mid_letter;                            // hyphenation point
            case 0x202F: case 0x203F: case 0x2040: case 0x2054: return C::extend_num_let;
            case 0x2044: return C::mid_num;  // fraction slash
            default: return cp >= 0x2060 ? C::unknown : C::other;  // 2060-206F: Format, unassigned
        }
    }
    if (cp >= 0x20A0 && cp < 0x20C0) return C::other;  // currency signs
    if (cp >= 0x2190 && cp < 0x2300) return C::other;  // arrows, mathematical operators
    if (cp >= 0x2500 && cp < 0x2600) return C::other;  // box drawing, blocks, geometric shapes
    return C::unknown;
}

bool words_fast(std::string_view s, std::vector<Word>& out) {
    out.clear();
    const std::size_t n = s.size();
    std::size_t i = 0, len = 0;
    while (i < n) {
        WordClass c = class_at(s, i, len);
        if (c == C::unknown) return false;
        if (!core(c)) {
            i += len;
            continue;
        }
        const std::size_t begin = i;
        WordClass last = c, before_last = C::other;
        bool alone = true;
        i += len;
        while (i < n) {
            // A run of ASCII letters, digits and '_', most of most words, without decoding;
            // only its last two bytes matter to the status.
            const std::size_t run = i;
            while (i < n && kCoreAscii[static_cast<unsigned char>(s[i])]) ++i;
            if (i > run) {
                before_last = i - run >= 2 ? kAscii[static_cast<unsigned char>(s[i - 2])] : last;
                last = kAscii[static_cast<unsigned char>(s[i - 1])];
                alone = false;
                if (i == n) break;
            }
            WordClass d = class_at(s, i, len);
            if (d == C::unknown) return false;
            if (core(d)) {
                before_last = last, last = d, alone = false;
                i += len;
                continue;
            }
            if ((d == C::mid_letter || d == C::mid_num_let || d == C::mid_num) && i + len < n) {
                std::size_t len2 = 0;
                WordClass e = class_at(s, i + len, len2);
                if (e == C::unknown) return false;
                bool letters = last == C::letter && e == C::letter && d != C::mid_num;
                bool digits = last == C::digit && e == C::digit && d != C::mid_letter;
                if (letters || digits) {
                    before_last = d, last = e, alone = false;
                    i += len + len2;
                    continue;
                }
            }
            break;
        }
        // The status: a segment ending in a letter is a word (200), in a digit a number
        // (100); one ending in '_' takes that of the character before, and '_' alone is none.
        if (last == C::extend_num_let && alone) continue;
        WordClass decides = last == C::extend_num_let ? before_last : last;
        out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i),
                       decides == C::digit ? WordKind::number : WordKind::letters});
    }
    return true;
}

}  // namespace precis::detail::icu_breaks
