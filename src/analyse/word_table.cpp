#include "analyse/word_table.hpp"
#include "analyse/names.hpp"
#include "text/utf8.hpp"
#include "text/unicode.hpp"

#include <algorithm>
#include <array>
#include <mutex>
#include <optional>

namespace precis::detail {
namespace {

// Calls f(item) for each item of `list`, separated by `separator`.
template <typename F>
void each(std::string_view list, char separator, F f) {
    std::size_t i = 0;
    while (i < list.size()) {
        std::size_t j = list.find(separator, i);
        if (j == std::string_view::npos) j = list.size();
        if (j > i) f(list.substr(i, j - i));
        i = j + 1;
    }
}

}  // namespace

std::string listed_name_key(Lang lang, std::string_view name) {
    std::string out;
    std::size_t i = 0;
    while (i < name.size()) {
        std::size_t j = i;
        while (j < name.size() && name[j] != ' ' && name[j] != '-') ++j;
        std::string_view part = name.substr(i, j - i);
        while (!part.empty() && part.back() == '.') part.remove_suffix(1);  // "St. Louis": the word breaker's "St"
        std::size_t k = 0;
        if (!part.empty() && is_upper(next_cp(part, k))) {
            if (!out.empty()) out += ' ';
            out += name_key(lang, part);
        }
        i = j + 1;
    }
    return out;
}

WordTable::WordTable(Lang lang) {
    // A word under its key, and under the other keys its ending allows ("Газпром", "Китай").
    auto add = [&](std::string_view word, auto&& fill) {
        fill(entries_[name_key(lang, word)]);
        for (const std::string& k : name_key_alternatives(lang, word)) fill(entries_[k]);
    };
    for (int k = 0; k < lexicon::kNameKinds; ++k) {
        auto kind = static_cast<lexicon::NameKind>(k);
        bool given = kind == lexicon::NameKind::male_name || kind == lexicon::NameKind::female_name;
        Gender gender = kind == lexicon::NameKind::female_name ? Gender::female : Gender::male;
        each(lexicon::known_names(lang, kind), ',', [&](std::string_view name) {
            auto fill = [&](WordEntry& e) {
                if (given && e.given.empty()) e.given = name, e.given_gender = gender;
                if (!given && e.known.empty()) e.known = name, e.known_kind = kind;
            };
            if (name.find(' ') == std::string_view::npos && name.find('-') == std::string_view::npos) {
                add(name, fill);
            } else {
                std::string key = listed_name_key(lang, name);
                fill(entries_[key]);
                max_words_ = std::max<std::size_t>(max_words_, std::count(key.begin(), key.end(), ' ') + 1);
            }
        });
    }
    // The lists of words (not names) and the flag each sets; the listed form of place and
    // organisation words is kept, since a Russian name's head is named in it.
    const struct {
        std::string_view words;
        std::uint32_t flag;
        bool nominative;
    } lists[] = {
        {lexicon::organization_words(lang), kOrganizationWord, true},
        {lexicon::place_words(lang), kPlaceWord, true},
        {lexicon::organization_heads(lang), kOrganizationHead, true},
        {lexicon::place_prepositions(lang), kPlacePreposition, false},
        {lexicon::inflected_titles(lang), kRoleWord, false},
        {lexicon::person_roles(lang), kRoleWord, false},
        {lexicon::sentence_openers(lang), kOpener, false},
        {lexicon::thing_words(lang), kThingWord, false},
        {lexicon::generic_bodies(lang), kGenericBody, false},
        {lexicon::common_acronyms(lang), kCommonAcronym, false},
        {lexicon::calendar_words(), kCalendarWord, false},
        {lexicon::head_words(lang), kHeadWord, false},
        {lexicon::government_words(lang), kGovernmentWord, false},
        {lexicon::state_words(lang), kStateWord, false},
        {lexicon::office_words(lang, lexicon::Office::head_of_government), kHeadOfGovernment, false},
        {lexicon::office_words(lang, lexicon::Office::head_of_state), kHeadOfState, false},
        {lexicon::office_words(lang, lexicon::Office::spokesperson), kSpokesperson, false},
    };
    for (const auto& list : lists) {
        each(list.words, ' ', [&](std::string_view w) {
            add(w, [&](WordEntry& e) {
                e.flags |= list.flag;
                if (list.nominative && e.nominative.empty()) e.nominative = w;
            });
        });
    }
    std::size_t size = 8;
    while (size < 2 * entries_.size()) size *= 2;
    slots_.resize(size);
    for (const auto& [key, entry] : entries_) {
        std::size_t i = hash_bytes(key) & (size - 1);
        while (slots_[i].entry) i = (i + 1) & (size - 1);
        slots_[i] = {key, &entry};
    }
}

// Each language's table is built on its first use. Building all seven at once cost the
// first summary about 13 million instructions (natively; in the browser, tens of
// milliseconds before the first box), most of them for languages the article is not in.
const WordTable& word_table(Lang lang) {
    static std::array<std::once_flag, kLangCount> built;
    static std::array<std::optional<WordTable>, kLangCount> tables;
    const auto i = static_cast<std::size_t>(lang);
    std::call_once(built[i], [&] { tables[i].emplace(lang); });
    return *tables[i];
}

}  // namespace precis::detail
