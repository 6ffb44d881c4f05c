#include "segment/icu.hpp"

#include "noinline.hpp"
#include "text/utf8.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/rbbi.h>
#include <unicode/ures.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <string>

namespace precis::detail::icu_breaks {
namespace {

// ICU's suppression list for German drops the break after any word ending in "r." or
// "b." ("war.", "wieder."): measured on UD German, recall falls from 0.99 to 0.92, so
// German uses the plain rules and precis's own abbreviation list instead.
bool suppresses_abbreviations(Lang lang) { return lang != Lang::de; }

#ifdef PRECIS_ICU_EMBEDDED_RULES
// The WebAssembly build carries ICU's rule files and suppression lists compiled in
// (toolchains/icu-wasm/embed-rules.cmake) and builds the iterators from them: creating
// them by locale links ICU's locale and resource-bundle code for nothing else. Same
// release, same bytes, same lists: the native and wasm builds find the same breaks.
#include "icu_rules.inc"

// ICU's suppression list for the language, as its data has it.
std::vector<std::u16string> suppression_list(Lang lang) {
    const char* const* list = nullptr;
    switch (lang) {
        case Lang::en: list = kSuppressions_en; break;
        case Lang::ru: list = kSuppressions_ru; break;
        case Lang::fr: list = kSuppressions_fr; break;
        case Lang::es: list = kSuppressions_es; break;
        case Lang::it: list = kSuppressions_it; break;
        case Lang::pt: list = kSuppressions_pt; break;
        case Lang::de: break;
    }
    std::vector<std::u16string> out;
    for (; list && *list; ++list) {
        std::string_view entry(*list);
        std::u16string units(entry.size(), u'\0');  // never more units than bytes
        char16_t* end = units.data();
        for (std::size_t i = 0; i < entry.size();) end = encode_utf16(next_cp(entry, i), end);
        units.resize(static_cast<std::size_t>(end - units.data()));
        out.push_back(std::move(units));
    }
    return out;
}

// A rule file holds ICU's data header (its size in the first two bytes, little-endian),
// then the compiled rules the iterator takes.
template <std::size_t N>
icu::BreakIterator* from_rules(const unsigned char (&file)[N], UErrorCode& status) {
    const std::size_t header = file[0] | std::size_t{file[1]} << 8;
    if (header >= N) return nullptr;
    return new icu::RuleBasedBreakIterator(file + header, static_cast<uint32_t>(N - header), status);
}

icu::BreakIterator* create_sentence_iterator(Lang, UErrorCode& status) { return from_rules(kSentenceRulesFile, status); }

icu::BreakIterator* create_word_iterator(UErrorCode& status) { return from_rules(kWordRulesFile, status); }
#else
// ICU's suppression list for the language, from the system's ICU data, read as ICU's
// FilteredBreakIteratorBuilder reads it for "@ss=standard": brkitr/LANG, exceptions,
// SentenceBreak. No bundle of the language's own (a fallback to root) means no list.
std::vector<std::u16string> suppression_list(Lang lang) {
    std::vector<std::u16string> out;
    UErrorCode status = U_ZERO_ERROR;
    std::string code(lang_code(lang));
    using Bundle = std::unique_ptr<UResourceBundle, decltype(&ures_close)>;
    Bundle bundle(ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", code.c_str(), &status), ures_close);
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return out;
    Bundle exceptions(ures_getByKey(bundle.get(), "exceptions", nullptr, &status), ures_close);
    Bundle breaks(ures_getByKey(exceptions.get(), "SentenceBreak", nullptr, &status), ures_close);
    if (U_FAILURE(status)) return out;
    for (int32_t i = 0, n = ures_getSize(breaks.get()); i < n; ++i) {
        int32_t length = 0;
        const UChar* s = ures_getStringByIndex(breaks.get(), i, &length, &status);
        if (U_FAILURE(status)) return {};
        out.emplace_back(s, static_cast<std::size_t>(length));
    }
    return out;
}

icu::BreakIterator* create_sentence_iterator(Lang lang, UErrorCode& status) {
    return icu::BreakIterator::createSentenceInstance(icu::Locale(std::string(lang_code(lang)).c_str()), status);
}

icu::BreakIterator* create_word_iterator(UErrorCode& status) {
    return icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status);
}
#endif

// ICU's abbreviation filter for sentence breaks (SimpleFilteredSentenceBreakIterator in
// ICU 72's filteredbrk.cpp, what "@ss=standard" wraps the iterator in), done here: ICU's
// own needs its locale and resource-bundle code, 19 KB of the WebAssembly module's brotli.
// The same walk over the same list drops the same breaks; natively the segment test,
// precis-icu-diff and the sentences fuzz target compare it with ICU's filter.
//
// ICU keeps the list in two tries. Backwards: each entry reversed ("Mr." as ".rM"), or, for
// an entry with a full stop inside ("Ph.D."), only its part up to that stop (".hP"), marked
// partial. Forwards: the entries with a stop inside, and any entry that is exactly such a
// part ("U." beside "U.S."). A break is dropped when the longest backward match before it
// (after one space) is a whole entry, or is partial and the text from there on walks the
// forward trie to a match. A trie walk is a walk down a sorted list here.
class Suppressions {
public:
    explicit Suppressions(const std::vector<std::u16string>& entries) {
        std::vector<std::u16string> list(entries);
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        // An entry's part: up to and with its first stop, when a stop is inside ("Ph." of "Ph.D.").
        auto part_length = [](const std::u16string& e) {
            std::size_t stop = e.find(u'.');
            return stop != std::u16string::npos && stop + 1 != e.size() ? stop + 1 : 0;
        };
        std::vector<std::u16string> parts;
        for (const std::u16string& e : list)
            if (std::size_t n = part_length(e)) parts.push_back(e.substr(0, n));
        std::sort(parts.begin(), parts.end());
        parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
        for (const std::u16string& e : list) {
            if (part_length(e) || std::binary_search(parts.begin(), parts.end(), e)) forward_.push_back(e);
            else backward_.push_back(reversed(e));
        }
        for (const std::u16string& p : parts) partial_.push_back(reversed(p));
        backward_.insert(backward_.end(), partial_.begin(), partial_.end());
        std::sort(backward_.begin(), backward_.end());
        std::sort(partial_.begin(), partial_.end());
    }

    bool empty() const { return backward_.empty(); }

    // Whether the break at `n` (0 < n < units.size()) is held.
    bool holds(std::u16string_view units, std::size_t n) const {
        std::size_t i = units[n - 1] == u' ' ? n - 1 : n;  // "Mr. |Brown": the space is skipped
        Walk back(backward_);
        std::size_t best = kNone;
        const std::u16string* best_value = nullptr;
        while (i > 0) {
            std::size_t len = i >= 2 && is_trail(units[i - 1]) && is_lead(units[i - 2]) ? 2 : 1;
            i -= len;
            back.step(units.substr(i, len));
            if (back.has_value()) best = i, best_value = &back.value();
            if (!back.has_next()) break;
        }
        if (best == kNone) return false;
        if (!std::binary_search(partial_.begin(), partial_.end(), *best_value)) return true;  // a whole entry
        Walk ahead(forward_);  // from the match on: at least one step, as best < n
        for (std::size_t j = best; j < units.size() && ahead.has_next();) {
            std::size_t len = j + 1 < units.size() && is_lead(units[j]) && is_trail(units[j + 1]) ? 2 : 1;
            ahead.step(units.substr(j, len));
            j += len;
        }
        return ahead.has_value();
    }

private:
    static constexpr std::size_t kNone = ~std::size_t{0};
    static bool is_lead(char16_t c) { return (c & 0xFC00) == 0xD800; }
    static bool is_trail(char16_t c) { return (c & 0xFC00) == 0xDC00; }

    // Reversed by code point, a surrogate pair kept in order (as UnicodeString::reverse()).
    static std::u16string reversed(const std::u16string& s) {
        std::u16string r(s.rbegin(), s.rend());
        for (std::size_t k = 0; k + 1 < r.size(); ++k)
            if (is_trail(r[k]) && is_lead(r[k + 1])) std::swap(r[k], r[k + 1]), ++k;
        return r;
    }

    // A walk down a trie, over a sorted list: the entries that start with what was stepped
    // so far are [lo, hi); one of them equals it when the walk is at a value. A code point
    // is stepped whole, as UCharsTrie::nextForCodePoint() steps its two units.
    class Walk {
    public:
        explicit Walk(const std::vector<std::u16string>& list) : list_(list), hi_(list.size()) {}
        void step(std::u16string_view cp) {
            for (char16_t c : cp) {
                if (!has_next()) {
                    lo_ = hi_;
                    return;
                }
                auto at = [d = depth_](const std::u16string& e) { return e.size() > d ? int{e[d]} : -1; };
                auto first = list_.begin() + static_cast<std::ptrdiff_t>(lo_);
                auto last = list_.begin() + static_cast<std::ptrdiff_t>(hi_);
                auto begin = std::partition_point(first, last, [&](const std::u16string& e) { return at(e) < int{c}; });
                auto end = std::partition_point(begin, last, [&](const std::u16string& e) { return at(e) == int{c}; });
                lo_ = static_cast<std::size_t>(begin - list_.begin());
                hi_ = static_cast<std::size_t>(end - list_.begin());
                ++depth_;
            }
        }
        bool has_value() const { return lo_ < hi_ && list_[lo_].size() == depth_; }
        bool has_next() const { return hi_ - lo_ > (has_value() ? 1u : 0u); }
        const std::u16string& value() const { return list_[lo_]; }

    private:
        const std::vector<std::u16string>& list_;
        std::size_t lo_ = 0, hi_, depth_ = 0;
    };

    std::vector<std::u16string> backward_;  // the backward trie's strings, sorted
    std::vector<std::u16string> partial_;   // those of them that are parts, sorted
    std::vector<std::u16string> forward_;   // the forward trie's, sorted
};

struct Cache {
    std::array<std::unique_ptr<icu::BreakIterator>, kLangCount> sentence;
    std::array<std::unique_ptr<Suppressions>, kLangCount> suppressions;
    std::unique_ptr<icu::BreakIterator> word;
    std::vector<char16_t> units;  // the text given to the sentence iterator, as UTF-16
};

Cache& cache() {
    thread_local Cache c;
    return c;
}

// A UText over UTF-8 that lives on the stack and is closed on scope exit.
class Utf8Text {
public:
    explicit Utf8Text(std::string_view s) {
        UErrorCode status = U_ZERO_ERROR;
        utext_openUTF8(&ut_, s.data(), static_cast<int64_t>(s.size()), &status);
        ok_ = U_SUCCESS(status);
    }
    ~Utf8Text() { utext_close(&ut_); }
    Utf8Text(const Utf8Text&) = delete;
    Utf8Text& operator=(const Utf8Text&) = delete;
    UText* get() { return ok_ ? &ut_ : nullptr; }

private:
    UText ut_ = UTEXT_INITIALIZER;
    bool ok_ = false;
};

icu::BreakIterator* sentence_iterator(Lang lang) {
    auto& slot = cache().sentence[static_cast<int>(lang)];
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        slot.reset(create_sentence_iterator(lang, status));
        if (U_FAILURE(status)) slot.reset();
    }
    return slot.get();
}

const Suppressions& suppressions(Lang lang) {
    auto& slot = cache().suppressions[static_cast<int>(lang)];
    if (!slot) slot = std::make_unique<Suppressions>(abbreviation_suppressions(lang));
    return *slot;
}

icu::BreakIterator* word_iterator() {
    auto& slot = cache().word;
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        slot.reset(create_word_iterator(status));
        if (U_FAILURE(status)) slot.reset();
    }
    return slot.get();
}

bool dictionary_script(std::string_view text, std::uint32_t at) {
    std::size_t i = at;
    return unspaced_script(next_cp(text, i));
}

}  // namespace

std::vector<std::u16string> abbreviation_suppressions(Lang lang) {
    return suppresses_abbreviations(lang) ? suppression_list(lang) : std::vector<std::u16string>{};
}

// The code points ICU 72 (Unicode 15.0) gives the script Han, Hiragana, Katakana, Thai,
// Lao, Khmer, Myanmar, Tai Le, New Tai Lue, Tai Tham (Lanna) or Tai Viet, as inclusive
// ranges. A table rather than uscript_getScript(): that call links ICU's property-vector
// tables (94 KB, 18 KB brotli) into the WebAssembly module for nothing else. The segment
// test checks every code point against uscript_getScript() natively.
constexpr std::array<std::array<char32_t, 2>, 70> kUnspacedScripts{{
    {0x0E01, 0x0E3A}, {0x0E40, 0x0E5B}, {0x0E81, 0x0E82}, {0x0E84, 0x0E84}, {0x0E86, 0x0E8A}, {0x0E8C, 0x0EA3},
    {0x0EA5, 0x0EA5}, {0x0EA7, 0x0EBD}, {0x0EC0, 0x0EC4}, {0x0EC6, 0x0EC6}, {0x0EC8, 0x0ECE}, {0x0ED0, 0x0ED9},
    {0x0EDC, 0x0EDF}, {0x1000, 0x109F}, {0x1780, 0x17DD}, {0x17E0, 0x17E9}, {0x17F0, 0x17F9}, {0x1950, 0x196D},
    {0x1970, 0x1974}, {0x1980, 0x19AB}, {0x19B0, 0x19C9}, {0x19D0, 0x19DA}, {0x19DE, 0x19FF}, {0x1A20, 0x1A5E},
    {0x1A60, 0x1A7C}, {0x1A7F, 0x1A89}, {0x1A90, 0x1A99}, {0x1AA0, 0x1AAD}, {0x2E80, 0x2E99}, {0x2E9B, 0x2EF3},
    {0x2F00, 0x2FD5}, {0x3005, 0x3005}, {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303B}, {0x3041, 0x3096},
    {0x309D, 0x309F}, {0x30A1, 0x30FA}, {0x30FD, 0x30FF}, {0x31F0, 0x31FF}, {0x32D0, 0x32FE}, {0x3300, 0x3357},
    {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA9E0, 0xA9FE}, {0xAA60, 0xAAC2}, {0xAADB, 0xAADF}, {0xF900, 0xFA6D},
    {0xFA70, 0xFAD9}, {0xFF66, 0xFF6F}, {0xFF71, 0xFF9D}, {0x16FE2, 0x16FE3}, {0x16FF0, 0x16FF1}, {0x1AFF0, 0x1AFF3},
    {0x1AFF5, 0x1AFFB}, {0x1AFFD, 0x1AFFE}, {0x1B000, 0x1B122}, {0x1B132, 0x1B132}, {0x1B150, 0x1B152}, {0x1B155, 0x1B155},
    {0x1B164, 0x1B167}, {0x1F200, 0x1F200}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B739}, {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1},
    {0x2CEB0, 0x2EBE0}, {0x2F800, 0x2FA1D}, {0x30000, 0x3134A}, {0x31350, 0x323AF},
}};

bool unspaced_script(char32_t cp) {
    auto after = std::upper_bound(kUnspacedScripts.begin(), kUnspacedScripts.end(), cp,
                                  [](char32_t c, const std::array<char32_t, 2>& r) { return c < r[0]; });
    return after != kUnspacedScripts.begin() && cp <= (after - 1)->at(1);
}

PRECIS_NOINLINE void sentences(std::string_view text, Lang lang, std::vector<std::uint32_t>& out) {
    out.clear();
    icu::BreakIterator* it = sentence_iterator(lang);
    if (!it) return;  // no ICU data: the text stays one sentence
    // ICU walks UTF-16 several times faster than UTF-8 through a UText (the iterator steps
    // back and forth), so the text is converted once; the abbreviation filter reads it too.
    std::vector<char16_t>& units = cache().units;
    units.resize(text.size());  // never more UTF-16 units than UTF-8 bytes
    char16_t* u = units.data();
    bool ascii = true;
    for (std::size_t i = 0; i < text.size();) {
        std::uint64_t eight;  // ASCII eight bytes at a time
        if (i + 8 <= text.size() && (std::memcpy(&eight, text.data() + i, 8), (eight & 0x8080808080808080ull) == 0)) {
            for (int k = 0; k < 8; ++k) u[k] = static_cast<unsigned char>(text[i + k]);
            u += 8, i += 8;
            continue;
        }
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            *u++ = c;
            ++i;
            continue;
        }
        ascii = false;
        u = encode_utf16(next_cp(text, i), u);
    }
    units.resize(static_cast<std::size_t>(u - units.data()));
    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUChars(&ut, units.data(), static_cast<int64_t>(units.size()), &status);
    if (U_FAILURE(status)) return;
    it->setText(&ut, status);
    const Suppressions& held = suppressions(lang);
    const std::u16string_view all(units.data(), units.size());
    if (U_SUCCESS(status)) {
        // Boundaries come in increasing order: one walk maps UTF-16 units to bytes.
        std::size_t byte = 0, unit = 0;
        for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
            if (!held.empty() && static_cast<std::size_t>(b) < all.size() && held.holds(all, static_cast<std::size_t>(b)))
                continue;
            if (ascii) {
                byte = static_cast<std::size_t>(b);
            } else {
                while (unit < static_cast<std::size_t>(b)) {
                    auto c = static_cast<unsigned char>(text[byte]);
                    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
                    byte += len;
                    unit += len == 4 ? 2 : 1;
                }
            }
            if (byte > 0 && byte < text.size()) out.push_back(static_cast<std::uint32_t>(byte));
        }
    }
    // The iterator keeps a pointer into `units` until the next call gives it new text.
    utext_close(&ut);
}

void words(std::string_view text, std::vector<Word>& out) {
    if (!words_fast(text, out)) words_icu(text, out);
}

void words_icu(std::string_view text, std::vector<Word>& out) {
    out.clear();
    icu::BreakIterator* it = word_iterator();
    Utf8Text ut(text);
    if (!it || !ut.get()) return;
    UErrorCode status = U_ZERO_ERROR;
    it->setText(ut.get(), status);
    if (U_FAILURE(status)) return;
    int32_t begin = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; begin = end, end = it->next()) {
        int32_t rule = it->getRuleStatus();
        if (!out.empty() && out.back().end == static_cast<std::uint32_t>(begin) && dictionary_script(text, begin) &&
            dictionary_script(text, out.back().begin)) {
            out.back().end = static_cast<std::uint32_t>(end);  // one run of unspaced script, one word
            continue;
        }
        if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT)
            out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), WordKind::number});
        else if (rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_IDEO_LIMIT)
            out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), WordKind::letters});
    }
}

}  // namespace precis::detail::icu_breaks
