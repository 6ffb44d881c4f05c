// The word lists of src/lexicon.cpp for names, read once per language into one table
// keyed as names are (name_key), so that every case form of a listed word finds it.
#pragma once

#include "document.hpp"
#include "hash.hpp"
#include "lexicon.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace precis::detail {

// What the lists say about a word (bits of WordEntry::flags).
enum WordFlag : std::uint32_t {
    kOrganizationWord = 1u << 0,  // "Ministry", "партия"
    kPlaceWord = 1u << 1,         // "River", "область"
    kOrganizationHead = 1u << 2,  // "правительство" (+ a place)
    kPlacePreposition = 1u << 3,  // "in", "в"
    kRoleWord = 1u << 4,          // "министр", "striker" (with lexicon::is_title_word: a role)
    kOpener = 1u << 5,            // "Today", "Ранее"
    kThingWord = 1u << 6,         // "шаттл", "премия" (before a quoted name that is no organisation)
    kGenericBody = 1u << 7,       // "Cabinet", "Parliament"
    kCommonAcronym = 1u << 8,     // "GDP", "СМИ"
    kHeadWord = 1u << 9,          // "head", "глава"
    kGovernmentWord = 1u << 10,   // "government", "правительство"
    kStateWord = 1u << 11,        // "state", "государство"
    kHeadOfGovernment = 1u << 12, // "premier", "премьер-министр"
    kHeadOfState = 1u << 13,      // "president", "президент"
    kSpokesperson = 1u << 14,     // "spokesman", "пресс-секретарь"
    kCalendarWord = 1u << 15,     // "March", "Monday"
};

struct WordEntry {
    std::uint32_t flags = 0;
    std::string_view known;  // a listed name with this key, as listed ("Россия", "New York"); or empty
    lexicon::NameKind known_kind = lexicon::NameKind::place;
    std::string_view given;  // a listed given name with this key, as listed; or empty
    Gender given_gender = Gender::unknown;
    std::string_view nominative;  // the listed form of a place or organisation word ("империя")
};

class WordTable {
public:
    explicit WordTable(Lang lang);
    // The entry of a word's key, or of a name's words' keys joined by spaces ("new york").
    const WordEntry* find(std::string_view key) const {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = hash_bytes(key) & mask;; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (!s.entry || same_bytes(s.key, key)) return s.entry;
        }
    }
    std::size_t max_words() const { return max_words_; }  // the longest listed name, in words

private:
    std::unordered_map<std::string, WordEntry> entries_;  // owns the keys and entries
    // An open-addressing index of entries_, at most half full, looked up by a view: one
    // hash and mostly one compare for every word of every article, and no string built.
    struct Slot {
        std::string_view key;
        const WordEntry* entry = nullptr;
    };
    std::vector<Slot> slots_;
    std::size_t max_words_ = 1;
};

// The table of a language, built on first use (most runs read one or two languages).
const WordTable& word_table(Lang lang);

// The key of a listed name of several words: its words' keys joined by spaces; words in
// lower case ("de" in "Rio de Janeiro") are left out, as entities leave out particles.
std::string listed_name_key(Lang lang, std::string_view name);

}  // namespace precis::detail
