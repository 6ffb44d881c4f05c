// Word forms of names: the keys under which a name's case forms match, and for Russian
// the endings that tell adjectives, genitive complements and the nominative case.
// Every function takes case-folded words unless it says otherwise.
#pragma once

#include "document.hpp"
#include "hash.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace precis::detail {

// The key under which two forms of one name word match: case-folded, without an English
// possessive, and for Russian without its case ending ("Путина", "Путиным" and "Путин"
// share a key; so do "Москва" and "Москвой"). `word` as written.
std::string name_key(Lang lang, std::string_view word);
// The same for a word already case-folded (Document::folded()): always a prefix of it.
std::string_view folded_name_key(Lang lang, std::string_view folded);

inline bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && same_bytes(s.substr(s.size() - suffix.size()), suffix);
}

// The other keys a word may have where its ending is ambiguous: the word with a shorter
// ending stripped, or none ("Китая" keys as "кит" like "Южная", or as "кита" like
// "Китай"; "Газпром" as "газпр" or "газпром"). Empty for languages without case endings.
std::vector<std::string> name_key_alternatives(Lang lang, std::string_view word);
// Whether a Russian word can be a case form of the listed name `listed` (both folded):
// "Германии" of "Германия" but not of "Герман"; "Дело" of no "Дели".
bool ru_declines_to(std::string_view listed, std::string_view word);

// Whether two folded Russian words can be case forms of one word: "Путину" and "Путиным"
// can, "Дело" and "Дели" cannot (though their keys are the same).
bool ru_same_word(std::string_view a, std::string_view b);
// The case endings name_key() strips, longest first.
std::vector<std::string_view> ru_endings();

// A Russian adjective form ("Османской", "Белом", "федеральное").
bool ru_adjective(std::string_view folded);
// A Russian word that can follow the head of a name in the genitive case ("защиты",
// "журналистов", "иностранных"), and is no past-tense or present-tense verb.
bool ru_genitive(std::string_view folded);
// The grammatical gender a Russian past-tense verb shows ("заявил", "заявила").
Gender ru_verb_gender(std::string_view folded);

// The nominative of one word of a Russian person's name, `word` as written: surnames in
// -ов/-ев/-ин/-ын and -ский/-цкий decline regularly ("Путиным" -> "Путин", "Захаровой" ->
// "Захарова" for a woman); empty when the word is not such a surname.
std::string ru_nominative_surname(std::string_view word, Gender gender);
// The nominative of a man's surname that declines as a noun ("Макрона" -> "Макрон",
// "Обамы" -> "Обама"), from the case his given name shows: `given` as written, e.g.
// "Эмманюэля" (genitive). Empty when the case says nothing.
std::string ru_nominative_mans_surname(std::string_view surname, std::string_view given);
// A Russian adjective, as written, in the nominative singular of the gender of the noun
// `noun` (a nominative, folded): "Османской" before "империя" is "Османская".
std::string ru_adjective_nominative(std::string_view adjective, std::string_view noun);
// Whether a Russian adjective form is the nominative singular that goes with the noun
// `noun` ("Белый" with "дом", "Османская" with "империя").
bool ru_adjective_nominative_form(std::string_view folded, std::string_view noun);
// How much a Russian word form, as written, looks like a nominative: 2 for a consonant,
// -й or -ь ending, 1 for -а/-я, 0 for endings of the other cases (-ой, -ом, -у, -е...).
int ru_nominative_rank(std::string_view word);

}  // namespace precis::detail
