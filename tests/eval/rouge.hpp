// ROUGE as Google's rouge-score package computes it, for the quality evaluation.
#pragma once

#include <string>
#include <vector>

namespace precis::eval {

struct Prf {
    double precision = 0, recall = 0, fmeasure = 0;
};

struct Rouge {
    Prf rouge1, rouge2, rougeLsum;
};

enum class Tokens {
    english,  // rouge-score: lowercase, runs of [a-z0-9], Porter stem for words over 3 letters
    unicode,  // other languages: runs of Unicode letters and digits, lowercased, no stemming
    unicode_snowball,  // the same, each token stemmed by Snowball for the language (as the
                       // quality issue's peer figures for French were scored)
};

// The Snowball language for unicode_snowball ("french", "russian", ...); set before use.
void set_snowball_language(const std::string& language);
// Whether this build has Snowball (Debian's libstemmer-dev).
bool have_snowball();

// The Porter stemmer of NLTK (NLTK_EXTENSIONS mode), as rouge-score uses it.
std::string porter_stem(const std::string& word);

std::vector<std::string> tokenize(const std::string& text, Tokens kind);

// ROUGE-1, ROUGE-2 and ROUGE-Lsum of `prediction` against `reference`; sentences (for
// Lsum) are the newline-separated lines of each.
Rouge rouge(const std::string& reference, const std::string& prediction, Tokens kind);

// The tokens of each newline-separated line of `text`.
std::vector<std::vector<std::string>> tokenize_lines(const std::string& text, Tokens kind);

// The same from texts already tokenized, one token list per sentence (line): what the
// quality evaluation uses to score many selections of one article's sentences.
Rouge rouge(const std::vector<std::vector<std::string>>& reference, const std::vector<std::vector<std::string>>& prediction);

// The same over tokens interned as small integers (0 to vocabulary - 1): the same numbers,
// many times faster, for fitting and cross-validation.
using Ids = std::vector<std::vector<int>>;
Rouge rouge(const Ids& reference, const Ids& prediction, std::size_t vocabulary);

}  // namespace precis::eval
