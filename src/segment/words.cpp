// Words: ICU word breaks inside each sentence, each word case-folded, stemmed and
// interned as a term id, with the flags later stages ask about.
#include "input/utf8.hpp"
#include "lexicon.hpp"
#include "segment/icu.hpp"
#include "segment/segment.hpp"
#include "unicode.hpp"

#include <algorithm>
#include <unordered_map>

namespace precis::detail {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Text between two words that starts a new clause: an opening quotation mark or a colon.
bool opens_clause(std::string_view gap) {
    for (std::size_t i = 0; i < gap.size();) {
        char32_t cp = next_cp(gap, i);
        if (cp == ':' || cp == '"' || cp == 0x201C || cp == 0x201E || cp == 0xAB || cp == 0x2018) return true;
    }
    return false;
}

// Letters kept by the prefix stem of languages other than English.
constexpr std::size_t kPrefixStemLetters = 6;

}  // namespace

std::string fold(std::string_view word) {
    std::string out(word.size(), '\0');
    std::size_t n = 0;  // bytes written; folding never grows ASCII, and others go through append
    for (std::size_t i = 0; i < word.size();) {
        auto c = static_cast<unsigned char>(word[i]);
        if (c < 0x80 && n < out.size()) {  // ASCII, most words of most articles: no table look-up
            out[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            ++i;
            continue;
        }
        char32_t cp = next_cp(word, i);
        if (cp == 0x2019) cp = '\'';
        out.resize(n);
        append_utf8(out, fold_case(cp));
        n = out.size();
        out.resize(std::max(n, word.size()));
    }
    out.resize(n);
    return out;
}

std::string stem(Lang lang, std::string_view w) {
    if (lang == Lang::en) {
        std::string s(w);
        if (ends_with(s, "'s")) s.resize(s.size() - 2);
        std::size_t n = s.size();
        if (n > 4 && ends_with(s, "ies")) return s.substr(0, n - 3) + "y";
        if (n > 4 && (ends_with(s, "sses") || ends_with(s, "shes") || ends_with(s, "ches") || ends_with(s, "xes")))
            return s.substr(0, n - 2);
        if (n > 3 && s[n - 1] == 's' && s[n - 2] != 's' && s[n - 2] != 'u' && s[n - 2] != 'i')
            s.pop_back();
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
    return std::string(w.substr(0, i));
}

void segment(Document& doc) {
    doc.sentences.clear();
    doc.tokens.clear();
    doc.terms.clear();
    std::unordered_map<std::string, std::uint32_t> term_ids;
    // Folded word -> its term id and whether it is a function word: most words of an
    // article recur, and one look-up then replaces stemming and two more.
    struct Known {
        std::uint32_t term;
        bool stopword;
    };
    std::unordered_map<std::string, Known> known;
    std::vector<Span> spans;
    std::vector<icu_breaks::Word> words;

    for (std::uint32_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
        spans.clear();
        split_sentences(doc.text, doc.paragraphs[pi], doc.lang, spans);
        for (Span s : spans) {
            SentenceSpan sentence;
            sentence.span = s;
            sentence.paragraph = pi;
            sentence.first_token = static_cast<std::uint32_t>(doc.tokens.size());
            std::string_view st = doc.view(s);
            icu_breaks::words(st, words);
            for (const auto& w : words) {
                Token t;
                t.span = {s.begin + w.begin, s.begin + w.end};
                t.sentence = static_cast<std::uint32_t>(doc.sentences.size());
                std::string_view text = st.substr(w.begin, w.end - w.begin);
                std::size_t i = 0;
                char32_t first = next_cp(text, i);
                bool any_letter = false, any_lower = false;
                for (std::size_t k = 0; k < text.size();) {
                    char32_t cp = next_cp(text, k);
                    if (is_letter(cp)) {
                        any_letter = true;
                        any_lower |= is_lower(cp);
                    }
                }
                t.flags = w.kind == icu_breaks::WordKind::number && !any_letter ? kNumber : kWord;
                if (is_upper(first)) t.flags |= kCapitalised;
                if (any_letter && !any_lower) t.flags |= kAllCaps;
                // The first word of a sentence, or of a quotation or clause after a colon,
                // is capitalised by grammar, not because it is a name.
                if (doc.tokens.size() == sentence.first_token) {
                    t.flags |= kSentenceStart;
                } else {
                    std::string_view gap = doc.text.substr(doc.tokens.back().span.end, t.span.begin - doc.tokens.back().span.end);
                    if (opens_clause(gap)) t.flags |= kSentenceStart;
                }
                std::string folded = fold(text);
                auto k = known.find(folded);
                if (k == known.end()) {
                    auto [it, inserted] =
                        term_ids.try_emplace(stem(doc.lang, folded), static_cast<std::uint32_t>(doc.terms.size()));
                    if (inserted) doc.terms.push_back(it->first);
                    bool stop = lexicon::is_stopword(doc.lang, folded);
                    k = known.emplace(std::move(folded), Known{it->second, stop}).first;
                }
                if (k->second.stopword) t.flags |= kStopword;
                t.term = k->second.term;
                doc.tokens.push_back(t);
            }
            sentence.end_token = static_cast<std::uint32_t>(doc.tokens.size());
            doc.sentences.push_back(sentence);
        }
    }
}

}  // namespace precis::detail
