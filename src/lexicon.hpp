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

}  // namespace precis::detail::lexicon
