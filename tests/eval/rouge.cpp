// ROUGE-1, ROUGE-2 and ROUGE-Lsum, step for step as rouge-score (rouge_scorer.py):
// n-gram counts clipped by the reference, and for Lsum the union LCS of each reference
// sentence with every predicted sentence, each token counted at most as often as it occurs.
#include "eval/rouge.hpp"

#include "input/utf8.hpp"
#include "unicode.hpp"

#ifdef PRECIS_HAVE_SNOWBALL
#include <libstemmer.h>
#endif

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace precis::eval {
namespace {

double fmeasure(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

Prf ngram_score(const std::vector<std::string>& ref, const std::vector<std::string>& pred, std::size_t n) {
    auto grams = [n](const std::vector<std::string>& t) {
        std::map<std::vector<std::string>, int> g;
        for (std::size_t i = 0; i + n <= t.size(); ++i) ++g[std::vector<std::string>(t.begin() + i, t.begin() + i + n)];
        return g;
    };
    auto r = grams(ref), p = grams(pred);
    int overlap = 0, rc = 0, pc = 0;
    for (const auto& [g, c] : r) {
        rc += c;
        auto it = p.find(g);
        if (it != p.end()) overlap += std::min(c, it->second);
    }
    for (const auto& [g, c] : p) pc += c;
    Prf s;
    s.precision = double(overlap) / std::max(pc, 1);
    s.recall = double(overlap) / std::max(rc, 1);
    s.fmeasure = fmeasure(s.precision, s.recall);
    return s;
}

// Indices into `ref` of one LCS of ref and can (rouge-score's _backtrack_norec).
std::vector<std::size_t> lcs_indices(const std::vector<std::string>& ref, const std::vector<std::string>& can) {
    const std::size_t rows = ref.size(), cols = can.size();
    std::vector<std::vector<int>> t(rows + 1, std::vector<int>(cols + 1, 0));
    for (std::size_t i = 1; i <= rows; ++i)
        for (std::size_t j = 1; j <= cols; ++j)
            t[i][j] = ref[i - 1] == can[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
    std::vector<std::size_t> out;
    std::size_t i = rows, j = cols;
    while (i > 0 && j > 0) {
        if (ref[i - 1] == can[j - 1]) {
            out.push_back(i - 1);
            --i, --j;
        } else if (t[i][j - 1] > t[i - 1][j]) {
            --j;
        } else {
            --i;
        }
    }
    std::reverse(out.begin(), out.end());
    return out;
}

Prf summary_lcs(const std::vector<std::vector<std::string>>& ref, const std::vector<std::vector<std::string>>& can) {
    Prf s;
    if (ref.empty() || can.empty()) return s;
    std::size_t m = 0, n = 0;
    std::unordered_map<std::string, int> ref_counts, can_counts;
    for (const auto& sent : ref) {
        m += sent.size();
        for (const auto& t : sent) ++ref_counts[t];
    }
    for (const auto& sent : can) {
        n += sent.size();
        for (const auto& t : sent) ++can_counts[t];
    }
    if (m == 0 || n == 0) return s;
    std::size_t hits = 0;
    for (const auto& r : ref) {
        std::set<std::size_t> uni;
        for (const auto& c : can)
            for (auto i : lcs_indices(r, c)) uni.insert(i);
        for (auto i : uni) {
            const std::string& t = r[i];
            if (can_counts[t] > 0 && ref_counts[t] > 0) {
                ++hits;
                --can_counts[t];
                --ref_counts[t];
            }
        }
    }
    s.recall = double(hits) / m;
    s.precision = double(hits) / n;
    s.fmeasure = fmeasure(s.precision, s.recall);
    return s;
}

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

Rouge rouge(const std::string& reference, const std::string& prediction, Tokens kind) {
    Rouge r;
    auto ref = tokenize(reference, kind), pred = tokenize(prediction, kind);
    r.rouge1 = ngram_score(ref, pred, 1);
    r.rouge2 = ngram_score(ref, pred, 2);
    std::vector<std::vector<std::string>> ref_sents, pred_sents;
    for (const auto& l : lines(reference)) ref_sents.push_back(tokenize(l, kind));
    for (const auto& l : lines(prediction)) pred_sents.push_back(tokenize(l, kind));
    r.rougeLsum = summary_lcs(ref_sents, pred_sents);
    return r;
}

}  // namespace precis::eval
