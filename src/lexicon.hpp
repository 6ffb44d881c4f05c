// Per-language word lists used across the stages: function words, pronouns and
// connectives (stand-alone test), titles and name particles (entities), speech verbs
// (quotes), abbreviations (segmentation) and boilerplate phrases (scoring).
// Every list holds case-folded forms.
#pragma once

#include "lang.hpp"

#include <string_view>

namespace precis::detail::lexicon {

bool is_stopword(Lang lang, std::string_view folded);
// The languages (bit 1 << Lang) whose function words include `folded`: one look-up
// for language detection instead of one per language.
unsigned stopword_languages(std::string_view folded);
// A word that refers back ("he", "this", "они"): a sentence opening with it cannot stand alone.
bool is_pronoun(Lang lang, std::string_view folded);
// Personal pronouns a quote can be attributed to ("he", "she", "him", "он", "она").
bool is_person_pronoun(Lang lang, std::string_view folded);
// A connective opening a sentence ("however", "but", "однако"); `first_words` holds the
// folded first one to three words joined by single spaces.
bool starts_with_connective(Lang lang, std::string_view first_words);
// Titles and roles that stand before a name ("President", "Dr", "министр").
bool is_title_word(Lang lang, std::string_view folded);
// Lower-case words that may sit inside a name ("de", "von", "bin", "al").
bool is_name_particle(std::string_view folded);
// Verbs and phrases that attribute speech ("said", "told", "заявил").
bool is_speech_verb(Lang lang, std::string_view folded);
// The folded words of "according to" in the language, e.g. {"according", "to"}; the
// second is empty for one-word forms ("selon", "laut").
struct Phrase { std::string_view first, second; };
Phrase according_to(Lang lang);
// Abbreviations after which a period does not end a sentence ("dr", "gov", "им").
bool is_abbreviation(Lang lang, std::string_view folded);
// Abbreviations that do not end a sentence when a number follows ("no", "p", "art").
bool is_number_abbreviation(std::string_view folded);
// Boilerplate that is not article prose: bylines, labels, captions, credits, calls to
// action ("Read more", "Sign up for our newsletter", "Lesen Sie auch"), in every language
// precis knows. `folded_sentence` is the whole sentence, case-folded.
bool is_boilerplate(std::string_view folded_sentence);
// Words of a date line: months, weekdays, clock words and zones, "published", "updated".
bool is_date_word(std::string_view folded);
// Words that label a credit: "photo", "foto", "image", "source", "quelle", "фото".
bool is_credit_label(std::string_view folded);
// Positions in a caption: "(left)", "(links)", "(à gauche)", "(слева)".
bool is_position_word(std::string_view folded);
// Words that open a byline: "by", "von", "par", "por", "di", "автор".
bool is_byline_word(std::string_view folded);

// ---- Entities: names of the world and the words around them -------------------------
// Lists for typing names (src/analyse/entities.cpp). Each is one literal, as written
// (capitals kept): names separated by commas ("New York,Hong Kong"), words by spaces.
// Entities reads them once into its own keyed tables, so Russian case forms match.

// What a known name is.
enum class NameKind : unsigned char { place, city, organization, demonym, male_name, female_name };
constexpr int kNameKinds = 6;
// Countries, regions, states and seas (place); capitals and major cities (city, a place
// whose name also names its sports clubs); international bodies, agencies,
// news organisations and large companies (organization); nationalities (demonym); common
// given names. Comma-separated; empty when the language has no such list.
std::string_view known_names(Lang lang, NameKind kind);
// Words that make a name an organisation's ("Ministry", "Party", "Inc", "университет").
std::string_view organization_words(Lang lang);
// Words that make a name a place's ("River", "Island", "область", "остров").
std::string_view place_words(Lang lang);
// Lower-case nouns that name an organisation through the place after them ("правительство
// России", "мэрия Москвы"): the whole phrase is the organisation's name.
std::string_view organization_heads(Lang lang);
// Prepositions after which a name is most often a place ("in", "near", "в", "из").
std::string_view place_prepositions(Lang lang);
// Roles and titles in every case form's dictionary form, for languages that inflect them
// ("президента" is "президент"); space-separated, Russian only.
std::string_view inflected_titles(Lang lang);
// Lower-case nouns for people that stand before a name ("striker", "фотограф").
std::string_view person_roles(Lang lang);
// Nouns before a quoted name of a product, a work or an award ("шаттл", "премия").
std::string_view thing_words(Lang lang);
// The grammatical gender a pronoun or a title marks: "she", "Mrs", "она", "госпожа" are
// female; "he", "Mr", "он" male. Languages whose pronouns are ambiguous mark none.
enum class Marked : unsigned char { none, male, female };
Marked pronoun_gender(Lang lang, std::string_view folded);
Marked title_gender(Lang lang, std::string_view folded);

// Roles that name the same office in different words: the head of government ("prime
// minister", "premier", "премьер-министр"), the head of state ("president", "king"), a
// spokesperson ("spokesman", "пресс-секретарь").
enum class Office : unsigned char { none, head_of_government, head_of_state, spokesperson };
// The title words that name an office alone ("premier"); head words with government or
// state words name one in two ("head of government", "глава правительства").
std::string_view office_words(Lang lang, Office office);
std::string_view head_words(Lang lang);        // "head", "глава"
std::string_view government_words(Lang lang);  // "government cabinet", "правительство кабинет"
std::string_view state_words(Lang lang);       // "state", "государство"
// "as" in "took office as Prime Minister": what introduces a person's role after the name.
std::string_view role_after_name(Lang lang);

// Adverbs that open sentences and never start a name ("Today", "Ранее").
std::string_view sentence_openers(Lang lang);
// Bodies every country has ("Cabinet", "Parliament"): alone, no name of their own.
std::string_view generic_bodies(Lang lang);
// Acronyms of common nouns ("GDP", "СМИ"), and of company forms ("ОАО"): no names.
std::string_view common_acronyms(Lang lang);
// Months and weekdays in English and German, in Latin script in any text: no names.
std::string_view calendar_words();

}  // namespace precis::detail::lexicon
