// The Porter stemmer exactly as NLTK implements it in its default NLTK_EXTENSIONS mode,
// which Google's rouge-score uses: the published algorithm plus NLTK's irregular forms,
// its 'ies'/'ied' rules for four-letter words, its step-1c condition, the 'alli' reorder
// and the 'fulli' and 'logi' rules. Input: lower-case ASCII letters and digits.
#include "eval/rouge.hpp"

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace precis::eval {
namespace {

using Condition = std::function<bool(const std::string&)>;
struct Rule {
    std::string suffix, replacement;
    Condition condition;  // empty: always
};

bool ends_with(const std::string& w, const std::string& s) {
    return w.size() >= s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0;
}

std::string drop(const std::string& w, const std::string& suffix) { return w.substr(0, w.size() - suffix.size()); }

bool is_consonant(const std::string& w, std::size_t i) {
    char c = w[i];
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') return false;
    if (c == 'y') return i == 0 ? true : !is_consonant(w, i - 1);
    return true;
}

// The number of vowel-consonant sequences, m in [C](VC)^m[V].
int measure(const std::string& stem) {
    int m = 0;
    for (std::size_t i = 1; i < stem.size(); ++i)
        if (!is_consonant(stem, i - 1) && is_consonant(stem, i)) ++m;
    return m;
}

bool contains_vowel(const std::string& stem) {
    for (std::size_t i = 0; i < stem.size(); ++i)
        if (!is_consonant(stem, i)) return true;
    return false;
}

bool ends_double_consonant(const std::string& w) {
    return w.size() >= 2 && w[w.size() - 1] == w[w.size() - 2] && is_consonant(w, w.size() - 1);
}

bool ends_cvc(const std::string& w) {
    std::size_t n = w.size();
    if (n >= 3 && is_consonant(w, n - 3) && !is_consonant(w, n - 2) && is_consonant(w, n - 1) && w[n - 1] != 'w' &&
        w[n - 1] != 'x' && w[n - 1] != 'y')
        return true;
    return n == 2 && !is_consonant(w, 0) && is_consonant(w, 1);  // an NLTK extension
}

bool positive_measure(const std::string& stem) { return measure(stem) > 0; }

// The first rule whose suffix matches decides: applied if its condition holds, else the
// word stays as it is. "*d" matches a double consonant.
std::string apply(const std::string& word, const std::vector<Rule>& rules) {
    for (const Rule& r : rules) {
        if (r.suffix == "*d") {
            if (!ends_double_consonant(word)) continue;
            std::string stem = word.substr(0, word.size() - 2);
            return !r.condition || r.condition(stem) ? stem + r.replacement : word;
        }
        if (ends_with(word, r.suffix)) {
            std::string stem = drop(word, r.suffix);
            return !r.condition || r.condition(stem) ? stem + r.replacement : word;
        }
    }
    return word;
}

std::string step1a(const std::string& w) {
    if (ends_with(w, "ies") && w.size() == 4) return drop(w, "ies") + "ie";
    return apply(w, {{"sses", "ss", {}}, {"ies", "i", {}}, {"ss", "ss", {}}, {"s", "", {}}});
}

std::string step1b(const std::string& w) {
    if (ends_with(w, "ied")) return drop(w, "ied") + (w.size() == 4 ? "ie" : "i");
    if (ends_with(w, "eed")) {
        std::string stem = drop(w, "eed");
        return measure(stem) > 0 ? stem + "ee" : w;
    }
    std::string stem;
    bool found = false;
    for (const char* suffix : {"ed", "ing"}) {
        if (ends_with(w, suffix)) {
            stem = drop(w, suffix);
            if (contains_vowel(stem)) {
                found = true;
                break;
            }
        }
    }
    if (!found) return w;
    const char last = stem.back();
    return apply(stem, {{"at", "ate", {}},
                        {"bl", "ble", {}},
                        {"iz", "ize", {}},
                        {"*d", std::string(1, last), [last](const std::string&) { return last != 'l' && last != 's' && last != 'z'; }},
                        {"", "e", [](const std::string& s) { return measure(s) == 1 && ends_cvc(s); }}});
}

std::string step1c(const std::string& w) {
    return apply(w, {{"y", "i", [](const std::string& s) { return s.size() > 1 && is_consonant(s, s.size() - 1); }}});
}

std::string step2(const std::string& w) {
    if (ends_with(w, "alli") && positive_measure(drop(w, "alli"))) return step2(drop(w, "alli") + "al");
    const Condition m = positive_measure;
    return apply(w, {{"ational", "ate", m}, {"tional", "tion", m}, {"enci", "ence", m}, {"anci", "ance", m},
                     {"izer", "ize", m},    {"bli", "ble", m},     {"alli", "al", m},    {"entli", "ent", m},
                     {"eli", "e", m},       {"ousli", "ous", m},   {"ization", "ize", m}, {"ation", "ate", m},
                     {"ator", "ate", m},    {"alism", "al", m},    {"iveness", "ive", m}, {"fulness", "ful", m},
                     {"ousness", "ous", m}, {"aliti", "al", m},    {"iviti", "ive", m},   {"biliti", "ble", m},
                     {"fulli", "ful", m},
                     // The 'l' of 'logi' stays with the stem: the condition looks at the word minus "ogi".
                     {"logi", "log", [&w](const std::string&) { return positive_measure(w.substr(0, w.size() - 3)); }}});
}

std::string step3(const std::string& w) {
    const Condition m = positive_measure;
    return apply(w, {{"icate", "ic", m}, {"ative", "", m}, {"alize", "al", m}, {"iciti", "ic", m},
                     {"ical", "ic", m},  {"ful", "", m},   {"ness", "", m}});
}

std::string step4(const std::string& w) {
    const Condition m = [](const std::string& s) { return measure(s) > 1; };
    return apply(w, {{"al", "", m},   {"ance", "", m}, {"ence", "", m}, {"er", "", m},   {"ic", "", m},
                     {"able", "", m}, {"ible", "", m}, {"ant", "", m},  {"ement", "", m}, {"ment", "", m},
                     {"ent", "", m},
                     {"ion", "", [](const std::string& s) { return measure(s) > 1 && (s.back() == 's' || s.back() == 't'); }},
                     {"ou", "", m},   {"ism", "", m},  {"ate", "", m},  {"iti", "", m},  {"ous", "", m},
                     {"ive", "", m},  {"ize", "", m}});
}

std::string step5a(const std::string& w) {
    if (ends_with(w, "e")) {
        std::string stem = drop(w, "e");
        if (measure(stem) > 1) return stem;
        if (measure(stem) == 1 && !ends_cvc(stem)) return stem;
    }
    return w;
}

std::string step5b(const std::string& w) {
    return apply(w, {{"ll", "l", [&w](const std::string&) { return measure(w.substr(0, w.size() - 1)) > 1; }}});
}

}  // namespace

std::string porter_stem(const std::string& word) {
    static const std::unordered_map<std::string, std::string> irregular = {
        {"sky", "sky"},       {"skies", "sky"},       {"dying", "die"},     {"lying", "lie"},
        {"tying", "tie"},     {"news", "news"},       {"innings", "inning"}, {"inning", "inning"},
        {"outings", "outing"}, {"outing", "outing"},  {"cannings", "canning"}, {"canning", "canning"},
        {"howe", "howe"},     {"proceed", "proceed"}, {"exceed", "exceed"}, {"succeed", "succeed"}};
    if (auto it = irregular.find(word); it != irregular.end()) return it->second;
    if (word.size() <= 2) return word;
    std::string s = step1a(word);
    s = step1b(s);
    s = step1c(s);
    s = step2(s);
    s = step3(s);
    s = step4(s);
    s = step5a(s);
    s = step5b(s);
    return s;
}

}  // namespace precis::eval
