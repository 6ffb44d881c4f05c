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
};

// The Porter stemmer of NLTK (NLTK_EXTENSIONS mode), as rouge-score uses it.
std::string porter_stem(const std::string& word);

std::vector<std::string> tokenize(const std::string& text, Tokens kind);

// ROUGE-1, ROUGE-2 and ROUGE-Lsum of `prediction` against `reference`; sentences (for
// Lsum) are the newline-separated lines of each.
Rouge rouge(const std::string& reference, const std::string& prediction, Tokens kind);

}  // namespace precis::eval
