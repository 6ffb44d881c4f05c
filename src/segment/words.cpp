// Words: ICU word breaks inside each sentence, each word case-folded, stemmed and
// interned as a term id, with the flags later stages ask about.
#include "hash.hpp"
#include "text/utf8.hpp"
#include "lexicon.hpp"
#include "segment/icu.hpp"
#include "segment/segment.hpp"
#include "text/unicode.hpp"
#include "noinline.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace precis::detail {
namespace {

// A loop of a constant count, unrolled: memcmp would be a call in wasm.
template <std::size_t N>
bool ends_with(std::string_view s, const char (&suffix)[N]) {
    constexpr std::size_t n = N - 1;
    if (s.size() < n) return false;
    const char* tail = s.data() + s.size() - n;
    for (std::size_t k = 0; k < n; ++k)
        if (tail[k] != suffix[k]) return false;
    return true;
}

// Text between two words that starts a new clause: an opening quotation mark or a colon.
bool opens_clause(std::string_view gap) {
    for (std::size_t i = 0; i < gap.size();) {
        char32_t cp = next_cp(gap, i);
        if (cp == ':' || cp == '"' || cp == 0x201C || cp == 0x201E || cp == 0xAB || cp == 0x2018) return true;
    }
    return false;
}

// Fewer bytes per token than any prose has (for reserving the token vector).
constexpr std::size_t kBytesPerTokenAtLeast = 4;
// Bytes of news text per distinct word, fewer than articles have (100 cnndm articles: 8
// to 15, median 11; longer articles more): for reserving the forms and terms, a hint only.
constexpr std::size_t kBytesPerNewWord = 6;

// Letters kept by the prefix stem of languages other than English.
constexpr std::size_t kPrefixStemLetters = 6;

}  // namespace

namespace {

// Lower-cases the ASCII bytes out[i, end) eight at a time while they are ASCII; returns
// where the first other byte stands (or `end`). Per byte b < 0x80, b + 0x3F has its high
// bit set when b >= 'A', b + 0x25 when b > 'Z', and no sum carries into the next byte.
std::size_t lower_ascii(std::string& out, std::size_t i) {
    constexpr std::uint64_t kHigh = 0x8080808080808080ull;
    for (; i + 8 <= out.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, out.data() + i, 8);
        if (w & kHigh) break;
        const std::uint64_t upper = ((w + 0x3F3F3F3F3F3F3F3Full) ^ (w + 0x2525252525252525ull)) & kHigh;
        w |= upper >> 2;  // 0x80 >> 2 is the 0x20 between 'A' and 'a'
        std::memcpy(&out[i], &w, 8);
    }
    for (; i < out.size(); ++i) {
        auto c = static_cast<unsigned char>(out[i]);
        if (c >= 0x80) break;
        if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 32);
    }
    return i;
}

}  // namespace

void fold_into(std::string_view word, std::string& out) {
    // ASCII, most words of most articles, folds in place without a table look-up.
    out.assign(word.data(), word.size());
    std::size_t i = lower_ascii(out, 0);
    if (i == word.size()) return;
    out.resize(i);
    while (i < word.size()) {
        auto c = static_cast<unsigned char>(word[i]);
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            ++i;
            continue;
        }
        char32_t cp = next_cp(word, i);
        if (cp == 0x2019) cp = '\'';
        append_utf8(out, fold_case(cp));
    }
}

std::string fold(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    fold_into(word, out);
    return out;
}

std::string_view stem_into(Lang lang, std::string_view w, std::string& out) {
    if (lang == Lang::en) {
        std::string_view s = w;
        if (ends_with(s, "'s")) s.remove_suffix(2);
        std::size_t n = s.size();
        if (n > 4 && ends_with(s, "ies")) {
            out.assign(s.substr(0, n - 3));
            out += 'y';
            return out;
        }
        if (n > 4 && (ends_with(s, "sses") || ends_with(s, "shes") || ends_with(s, "ches") || ends_with(s, "xes")))
            return s.substr(0, n - 2);
        if (n > 3 && s[n - 1] == 's' && s[n - 2] != 's' && s[n - 2] != 'u' && s[n - 2] != 'i') s.remove_suffix(1);
        n = s.size();
        if (n > 5 && ends_with(s, "ing")) return s.substr(0, n - 3);
        if (n > 4 && ends_with(s, "ed")) return s.substr(0, n - 2);
        return s;
    }
    std::size_t i = 0, letters = 0;
    while (i < w.size() && letters < kPrefixStemLetters) {
        next_cp(w, i);
        ++letters;
    }
    return w.substr(0, i);
}

std::string stem(Lang lang, std::string_view folded) {
    std::string scratch;
    return std::string(stem_into(lang, folded, scratch));
}

namespace {

// Strings of one document, interned: each distinct key once in an arena, found by an
// open-addressing table (the words of an article recur; most look-ups find one).
template <typename Value>
class Interner {
public:
    // Empties the table for the next document. A slot is in use when it carries the
    // current generation: a new one empties them all at once, where clearing every slot
    // would cost as much as an article's look-ups once a long article has grown the table.
    void clear() {
        arena_.clear();
        if (slots_.size() > kKeptSlots) slots_ = {}, mask_ = 0;  // after a huge document
        if (++generation_ == kUnused) {  // (after four billion documents)
            std::fill(slots_.begin(), slots_.end(), Slot{});
            generation_ = kUnused + 1;
        }
        size_ = 0;
    }
    // The value stored under `key`, or null.
    Value* find(std::string_view key, std::uint64_t h) {
        if (slots_.empty()) return nullptr;
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            Slot& s = slots_[i];
            if (s.generation != generation_) return nullptr;
            if (s.hash == h && same_bytes(std::string_view(arena_).substr(s.offset, s.length), key))
                return &s.value;
        }
    }
    // Adds `key` (not present) with `value`; returns the stored value.
    Value* insert(std::string_view key, std::uint64_t h, Value value) {
        if ((size_ + 1) * 4 > slots_.size() * 3) grow();
        std::size_t i = h & mask_;
        while (slots_[i].generation == generation_) i = (i + 1) & mask_;
        slots_[i] = {h, static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint32_t>(key.size()), generation_,
                     value};
        arena_.append(key);
        ++size_;
        return &slots_[i].value;
    }

    static std::uint64_t hash(std::string_view s) { return hash_bytes(s); }

private:
    static constexpr std::uint32_t kUnused = 0;  // the generation of a slot never used
    // Slots kept from one document to the next: enough for any news article's words.
    static constexpr std::size_t kKeptSlots = 1 << 16;
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t offset = 0, length = 0;
        std::uint32_t generation = kUnused;
        Value value{};
    };
    void grow() {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
        mask_ = slots_.size() - 1;
        for (const Slot& s : old) {
            if (s.generation != generation_) continue;
            std::size_t i = s.hash & mask_;
            while (slots_[i].generation == generation_) i = (i + 1) & mask_;
            slots_[i] = s;
        }
    }
    std::string arena_;
    std::vector<Slot> slots_;
    std::size_t mask_ = 0, size_ = 0;
    std::uint32_t generation_ = kUnused + 1;
};

// What segment() keeps between documents on one thread: its tables and buffers, so that
// a document allocates nothing per word.
struct Scratch {
    // Folded word -> its form and term ids and whether it is a function word: most words
    // of an article recur, and one look-up then replaces stemming and two more.
    struct Known {
        std::uint32_t form, term;
        bool stopword;
    };
    Interner<Known> known;
    Interner<std::uint32_t> term_ids;  // stem -> term id
    std::vector<Span> spans;
    std::vector<icu_breaks::Word> words;
    std::string folded, stemmed;
};

// What one pass over a word's bytes tells: its flags (kWord or kNumber, kCapitalised,
// kAllCaps) and whether the word is its own folded form (ASCII without a capital, most
// words, which then need no folding).
struct Shape {
    std::uint8_t flags;
    bool folds_to_itself;
};

// What shape_of() asks of each byte, as bits of one table entry.
enum ByteCase : std::uint8_t { kUpperByte = 1, kLowerByte = 2, kHighByte = 4 };
constexpr std::array<std::uint8_t, 256> kByteCase = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpperByte;
    for (int c = 'a'; c <= 'z'; ++c) t[c] = kLowerByte;
    for (int c = 0x80; c < 0x100; ++c) t[c] = kHighByte;
    return t;
}();

Shape shape_of(std::string_view text, icu_breaks::WordKind kind) {
    // ASCII by one table look-up a byte, without branches.
    std::uint8_t seen = 0;
    for (char c : text) seen |= kByteCase[static_cast<unsigned char>(c)];
    const bool ascii = (seen & kHighByte) == 0;
    bool any_upper = (seen & kUpperByte) != 0, any_lower = (seen & kLowerByte) != 0;
    bool any_letter = false, first_upper = false;
    if (ascii) {
        any_letter = any_upper || any_lower;
        first_upper = text[0] >= 'A' && text[0] <= 'Z';
    } else {
        any_lower = false;
        std::size_t k = 0;
        first_upper = is_upper(next_cp(text, k));
        for (k = 0; k < text.size();) {
            char32_t cp = next_cp(text, k);
            if (is_letter(cp)) {
                any_letter = true;
                any_lower |= is_lower(cp);
            }
        }
    }
    std::uint8_t flags = kind == icu_breaks::WordKind::number && !any_letter ? kNumber : kWord;
    if (first_upper) flags |= kCapitalised;
    if (any_letter && !any_lower) flags |= kAllCaps;
    return {flags, ascii && !any_upper};
}

// The ids of a folded word: found, or added to the document's forms and terms.
const Scratch::Known& intern(Document& doc, Scratch& x, std::string_view folded) {
    const std::uint64_t h = Interner<Scratch::Known>::hash(folded);
    if (const Scratch::Known* k = x.known.find(folded, h)) return *k;
    std::string_view stemmed = stem_into(doc.lang, folded, x.stemmed);
    const std::uint64_t sh = Interner<std::uint32_t>::hash(stemmed);
    std::uint32_t* id = x.term_ids.find(stemmed, sh);
    if (!id) {
        id = x.term_ids.insert(stemmed, sh, static_cast<std::uint32_t>(doc.terms.size()));
        doc.terms.emplace_back(stemmed);
    }
    const auto form = static_cast<std::uint32_t>(doc.forms.size());
    const auto at = static_cast<std::uint32_t>(doc.folded_text.size());
    doc.folded_text += folded;
    doc.forms.push_back({at, static_cast<std::uint32_t>(doc.folded_text.size())});
    return *x.known.insert(folded, h, {form, *id, lexicon::is_stopword(doc.lang, folded)});
}

// The tokens of one sentence, appended to doc.tokens.
void add_words(Document& doc, Span s, Scratch& x) {
    const std::string_view st = doc.view(s);
    const auto first = doc.tokens.size();
    icu_breaks::words(st, x.words);
    for (const auto& w : x.words) {
        Token t;
        t.span = {s.begin + w.begin, s.begin + w.end};
        t.sentence = static_cast<std::uint32_t>(doc.sentences.size());
        const std::string_view text = st.substr(w.begin, w.end - w.begin);
        const Shape shape = shape_of(text, w.kind);
        t.flags = shape.flags;
        // The first word of a sentence, or of a quotation or clause after a colon,
        // is capitalised by grammar, not because it is a name.
        if (doc.tokens.size() == first) {
            t.flags |= kSentenceStart;
        } else {
            std::string_view gap = doc.text.substr(doc.tokens.back().span.end, t.span.begin - doc.tokens.back().span.end);
            if (opens_clause(gap)) t.flags |= kSentenceStart;
        }
        std::string_view folded = text;
        if (!shape.folds_to_itself) fold_into(text, x.folded), folded = x.folded;
        const Scratch::Known& k = intern(doc, x, folded);
        if (k.stopword) t.flags |= kStopword;
        t.form = k.form;
        t.term = k.term;
        doc.tokens.push_back(t);
    }
}

}  // namespace

PRECIS_NOINLINE void segment(Document& doc) {
    doc.sentences.clear();
    doc.tokens.clear();
    doc.terms.clear();
    doc.folded_text.clear();
    doc.forms.clear();
    thread_local Scratch scratch;
    Scratch& x = scratch;
    x.known.clear();
    x.term_ids.clear();
    // News text has a word or number every five or six bytes: the tokens fit without the
    // vector growing (and copying) a dozen times.
    doc.tokens.reserve(doc.text.size() / kBytesPerTokenAtLeast);
    doc.forms.reserve(doc.text.size() / kBytesPerNewWord);
    doc.terms.reserve(doc.text.size() / kBytesPerNewWord);

    for (std::uint32_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
        x.spans.clear();
        split_sentences(doc.text, doc.paragraphs[pi], doc.lang, x.spans);
        for (Span s : x.spans) {
            SentenceSpan sentence;
            sentence.span = s;
            sentence.paragraph = pi;
            sentence.first_token = static_cast<std::uint32_t>(doc.tokens.size());
            add_words(doc, s, x);
            sentence.end_token = static_cast<std::uint32_t>(doc.tokens.size());
            doc.sentences.push_back(sentence);
        }
    }
}

}  // namespace precis::detail
