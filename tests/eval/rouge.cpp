// ROUGE-1, ROUGE-2 and ROUGE-Lsum, step for step as rouge-score (rouge_scorer.py):
// n-gram counts clipped by the reference, and for Lsum the union LCS of each reference
// sentence with every predicted sentence, each token counted at most as often as it occurs.
#include "eval/rouge.hpp"

#include "text/utf8.hpp"
#include "text/unicode.hpp"

#ifdef PRECIS_HAVE_SNOWBALL
#include <libstemmer.h>
#endif

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace precis::eval {
namespace {

double fmeasure(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t b = 0;
    while (true) {
        std::size_t e = text.find('\n', b);
        out.push_back(text.substr(b, e == std::string::npos ? std::string::npos : e - b));
        if (e == std::string::npos) break;
        b = e + 1;
    }
    return out;
}

#ifdef PRECIS_HAVE_SNOWBALL
struct Snowball {
    sb_stemmer* stemmer = nullptr;
    ~Snowball() {
        if (stemmer) sb_stemmer_delete(stemmer);
    }
};
Snowball& snowball() {
    static Snowball s;
    return s;
}
#endif

std::string snowball_stem(const std::string& word) {
#ifdef PRECIS_HAVE_SNOWBALL
    sb_stemmer* st = snowball().stemmer;
    if (!st) return word;
    const sb_symbol* r = sb_stemmer_stem(st, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    return std::string(reinterpret_cast<const char*>(r), static_cast<std::size_t>(sb_stemmer_length(st)));
#else
    return word;
#endif
}

}  // namespace

bool have_snowball() {
#ifdef PRECIS_HAVE_SNOWBALL
    return true;
#else
    return false;
#endif
}

void set_snowball_language(const std::string& language) {
#ifdef PRECIS_HAVE_SNOWBALL
    Snowball& s = snowball();
    if (s.stemmer) sb_stemmer_delete(s.stemmer);
    s.stemmer = sb_stemmer_new(language.c_str(), "UTF_8");
#else
    (void)language;
#endif
}

std::vector<std::string> tokenize(const std::string& text, Tokens kind) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        if (cur.empty()) return;
        if (kind == Tokens::english && cur.size() > 3) cur = porter_stem(cur);
        if (kind == Tokens::unicode_snowball) cur = snowball_stem(cur);
        out.push_back(cur);
        cur.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = detail::next_cp(text, i);
        if (kind == Tokens::english) {
            if (cp >= 'A' && cp <= 'Z') cp += 32;
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) cur += static_cast<char>(cp);
            else flush();
        } else if (detail::is_letter(cp) || detail::is_digit(cp)) {
            detail::append_utf8(cur, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
        } else {
            flush();
        }
    }
    flush();
    return out;
}

namespace {

// Sorted n-gram keys of a token run (n = 1 or 2, tokens below 2^31).
std::vector<std::uint64_t> gram_keys(const std::vector<int>& t, std::size_t n) {
    std::vector<std::uint64_t> keys;
    for (std::size_t i = 0; i + n <= t.size(); ++i)
        keys.push_back(n == 1 ? std::uint64_t(t[i]) : (std::uint64_t(t[i]) << 32) | std::uint64_t(t[i + 1]));
    std::sort(keys.begin(), keys.end());
    return keys;
}

Prf ngram_score(const std::vector<int>& ref, const std::vector<int>& pred, std::size_t n) {
    auto r = gram_keys(ref, n), p = gram_keys(pred, n);
    std::size_t overlap = 0, i = 0, j = 0;
    while (i < r.size() && j < p.size()) {  // the multiset intersection: min of the counts
        if (r[i] < p[j]) ++i;
        else if (p[j] < r[i]) ++j;
        else ++overlap, ++i, ++j;
    }
    Prf s;
    s.precision = double(overlap) / double(std::max<std::size_t>(p.size(), 1));
    s.recall = double(overlap) / double(std::max<std::size_t>(r.size(), 1));
    s.fmeasure = fmeasure(s.precision, s.recall);
    return s;
}

std::vector<std::size_t> lcs_indices(const std::vector<int>& ref, const std::vector<int>& can) {
    const std::size_t rows = ref.size(), cols = can.size();
    std::vector<int> t((rows + 1) * (cols + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> int& { return t[i * (cols + 1) + j]; };
    for (std::size_t i = 1; i <= rows; ++i)
        for (std::size_t j = 1; j <= cols; ++j)
            at(i, j) = ref[i - 1] == can[j - 1] ? at(i - 1, j - 1) + 1 : std::max(at(i - 1, j), at(i, j - 1));
    std::vector<std::size_t> out;
    std::size_t i = rows, j = cols;
    while (i > 0 && j > 0) {
        if (ref[i - 1] == can[j - 1]) {
            out.push_back(i - 1);
            --i, --j;
        } else if (at(i, j - 1) > at(i - 1, j)) {
            --j;
        } else {
            --i;
        }
    }
    std::reverse(out.begin(), out.end());
    return out;
}

}  // namespace

Rouge rouge(const Ids& reference, const Ids& prediction, std::size_t vocabulary) {
    // rouge-score tokenizes each text whole for ROUGE-1 and -2; a newline only separates
    // tokens, so the whole text's tokens are its lines' tokens one after another.
    std::vector<int> ref, pred;
    for (const auto& s : reference) ref.insert(ref.end(), s.begin(), s.end());
    for (const auto& s : prediction) pred.insert(pred.end(), s.begin(), s.end());
    Rouge r;
    r.rouge1 = ngram_score(ref, pred, 1);
    r.rouge2 = ngram_score(ref, pred, 2);
    // Lsum: the union LCS of each reference sentence with every predicted sentence, each
    // token counted at most as often as it occurs on both sides.
    if (ref.empty() || pred.empty()) return r;
    std::vector<int> ref_counts(vocabulary, 0), can_counts(vocabulary, 0);
    for (int t : ref) ++ref_counts[t];
    for (int t : pred) ++can_counts[t];
    std::size_t hits = 0;
    std::vector<bool> in_union;
    for (const auto& rs : reference) {
        in_union.assign(rs.size(), false);
        for (const auto& c : prediction)
            for (auto i : lcs_indices(rs, c)) in_union[i] = true;
        for (std::size_t i = 0; i < rs.size(); ++i) {
            if (!in_union[i]) continue;
            const int t = rs[i];
            if (can_counts[t] > 0 && ref_counts[t] > 0) {
                ++hits;
                --can_counts[t];
                --ref_counts[t];
            }
        }
    }
    r.rougeLsum.recall = double(hits) / double(ref.size());
    r.rougeLsum.precision = double(hits) / double(pred.size());
    r.rougeLsum.fmeasure = fmeasure(r.rougeLsum.precision, r.rougeLsum.recall);
    return r;
}

Rouge rouge(const std::vector<std::vector<std::string>>& reference, const std::vector<std::vector<std::string>>& prediction) {
    std::unordered_map<std::string, int> ids;
    auto intern = [&](const std::vector<std::vector<std::string>>& sentences) {
        Ids out;
        for (const auto& s : sentences) {
            out.emplace_back();
            for (const auto& t : s) out.back().push_back(ids.emplace(t, int(ids.size())).first->second);
        }
        return out;
    };
    const Ids ref = intern(reference), pred = intern(prediction);
    return rouge(ref, pred, ids.size());
}

std::vector<std::vector<std::string>> tokenize_lines(const std::string& text, Tokens kind) {
    std::vector<std::vector<std::string>> out;
    for (const auto& l : lines(text)) out.push_back(tokenize(l, kind));
    return out;
}

Rouge rouge(const std::string& reference, const std::string& prediction, Tokens kind) {
    return rouge(tokenize_lines(reference, kind), tokenize_lines(prediction, kind));
}

}  // namespace precis::eval
