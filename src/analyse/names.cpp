#include "analyse/names.hpp"
#include "segment/segment.hpp"

namespace precis::detail {
namespace {

// Russian letters are two bytes in UTF-8: a stem keeps at least three.
constexpr std::size_t kMinStemBytes = 6;

bool any_suffix(std::string_view s, std::initializer_list<std::string_view> suffixes) {
    for (std::string_view e : suffixes)
        if (ends_with(s, e)) return true;
    return false;
}

// Case endings of Russian nouns and adjectives, longest first: Путин, Путина, Путиным;
// Дмитрий, Дмитрия, Дмитрием; Россия, России, Россией; Мэй stays.
constexpr std::string_view kEndings[] = {
    "иями", "ями", "ами", "ием", "ией", "ого", "его", "ому", "ему", "ыми", "ими", "еем", "ой",
    "ей",   "ий",  "ый",  "ая",  "яя",  "ую",  "юю",  "ом",  "ем",  "ым",  "им",  "ах",  "ях",
    "ия",   "ии",  "ию",  "ея",  "ею",  "ое",  "ее",  "ые",  "ие",  "ых",  "их",
    "а",    "я",   "у",   "ю",   "е",   "ы",   "и",   "й",   "ь",   "о"};

bool strippable(std::string_view k, std::string_view e) { return k.size() >= e.size() + kMinStemBytes && ends_with(k, e); }

}  // namespace

std::string name_key(Lang lang, std::string_view word) {
    const std::string folded = fold(word);
    return std::string(folded_name_key(lang, folded));
}

std::string_view folded_name_key(Lang lang, std::string_view folded) {
    std::string_view k = folded;
    if (k.size() > 2 && ends_with(k, "'s")) k.remove_suffix(2);
    if (lang == Lang::ru) {
        for (std::string_view e : kEndings) {
            if (strippable(k, e)) {
                k.remove_suffix(e.size());
                break;
            }
        }
    }
    return k;
}

std::vector<std::string> name_key_alternatives(Lang lang, std::string_view word) {
    std::vector<std::string> out;
    if (lang != Lang::ru) return out;
    std::string k = fold(word);
    bool first = true;  // the longest ending is name_key's
    for (std::string_view e : kEndings) {
        if (!strippable(k, e)) continue;
        if (!first) out.push_back(k.substr(0, k.size() - e.size()));
        first = false;
    }
    if (!first) out.push_back(k);
    return out;
}

std::string ru_nominative_mans_surname(std::string_view surname, std::string_view given) {
    std::string g = fold(given);
    // The case of the given name, and the endings a surname takes in it: a consonant stem
    // ("Макрон") or an -а stem ("Обама").
    struct Case {
        std::initializer_list<std::string_view> given;
        std::string_view consonant_stem;
        std::initializer_list<std::string_view> a_stem;
    };
    static const Case cases[] = {
        {{"а", "я"}, "а", {"ы", "и", "у"}},  // genitive and accusative: Макрона, Обамы, Обаму
        {{"у", "ю"}, "у", {"е"}},            // dative: Макрону, Обаме
        {{"ом", "ем"}, "ом", {"ой"}},        // instrumental: Макроном, Обамой
    };
    for (const Case& c : cases) {
        if (!any_suffix(g, c.given)) continue;
        std::string s(surname);
        if (ends_with(s, c.consonant_stem) && s.size() > c.consonant_stem.size() + kMinStemBytes)
            return s.substr(0, s.size() - c.consonant_stem.size());
        for (std::string_view e : c.a_stem)
            if (ends_with(s, e) && s.size() > e.size() + kMinStemBytes) return s.substr(0, s.size() - e.size()) + "а";
        return {};
    }
    return {};
}

std::vector<std::string_view> ru_endings() { return {std::begin(kEndings), std::end(kEndings)}; }

bool ru_same_word(std::string_view a, std::string_view b) {
    if (a == b) return true;
    std::string stem = name_key(Lang::ru, a);
    if (stem != name_key(Lang::ru, b)) return false;
    // Some dictionary form both are case forms of: "Путину" and "Путиным" of "Путин".
    for (std::string_view e : {"", "а", "я", "й", "ь", "о", "ия", "ий"}) {
        std::string nominative = stem + std::string(e);
        if (ru_declines_to(nominative, a) && ru_declines_to(nominative, b)) return true;
    }
    return false;
}

bool ru_declines_to(std::string_view listed, std::string_view word) {
    if (listed == word) return true;
    struct Paradigm {
        std::string_view ending;
        std::initializer_list<std::string_view> forms;
    };
    static const Paradigm paradigms[] = {
        {"ия", {"ии", "ию", "ией"}},           {"ий", {"ия", "ию", "ием", "ии"}},
        {"ая", {"ой", "ую", "ою"}},            {"ой", {"ого", "ому", "ым", "ом"}},
        {"ый", {"ого", "ому", "ым", "ом"}},    {"а", {"ы", "и", "е", "у", "ой", "ою"}},
        {"я", {"и", "е", "ю", "ей", "ею"}},    {"й", {"я", "ю", "ем", "е", "и"}},
        {"ь", {"я", "ю", "ем", "е", "и", "ью"}}, {"ы", {"ам", "ах", "ами"}},
    };
    for (const Paradigm& p : paradigms) {
        if (!ends_with(listed, p.ending)) continue;
        std::string_view stem = listed.substr(0, listed.size() - p.ending.size());
        if (word.substr(0, stem.size()) != stem) return false;
        std::string_view ending = word.substr(stem.size());
        for (std::string_view f : p.forms)
            if (ending == f) return true;
        return false;
    }
    // Other vowels: the name does not decline ("Дели", "Сочи", "Осло").
    for (std::string_view v : {"о", "е", "и", "у", "э", "ю"})
        if (ends_with(listed, v)) return false;
    if (word.substr(0, listed.size()) != listed) return false;
    std::string_view ending = word.substr(listed.size());
    for (std::string_view f : {"а", "у", "ом", "е", "ы", "и", "ов", "ам", "ами", "ах", "ым", "ем", "ю", "я"})
        if (ending == f) return true;
    return false;
}

bool ru_adjective(std::string_view w) {
    return any_suffix(w, {"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им",
                          "ом", "ем", "ую", "юю", "ые", "ие", "ых", "их", "ыми", "ими"});
}

bool ru_genitive(std::string_view w) {
    if (w == "дел") return true;  // "Министерство иностранных дел"
    if (any_suffix(w, {"ла", "ли", "ло", "ет", "ит", "ут", "ют", "ат", "ят", "ал", "ил", "ел", "ся", "сь"})) return false;
    return any_suffix(w, {"ого", "его", "ой", "ей", "ых", "их", "ов", "ев", "ий", "ии", "ы", "и", "а", "я"});
}

Gender ru_verb_gender(std::string_view w) {
    if (any_suffix(w, {"ила", "ала", "ела", "яла", "ыла", "ула"})) return Gender::female;
    if (any_suffix(w, {"ил", "ал", "ел", "ял", "ыл", "ул"})) return Gender::male;
    return Gender::unknown;
}

std::string ru_nominative_surname(std::string_view word, Gender gender) {
    std::string w(word);
    // Masculine -ов/-ев/-ёв/-ин/-ын: ∅, -а, -у, -ым, -е; feminine -а, -ой, -у.
    for (std::string_view stem : {"ов", "ев", "ёв", "ин", "ын"}) {
        if (ends_with(w, stem) && w.size() > stem.size() + 2) return w;
        for (std::string_view e : {"ым", "ой", "а", "у", "е"}) {
            std::string_view base = std::string_view(w).substr(0, w.size() >= e.size() ? w.size() - e.size() : 0);
            if (!ends_with(w, e) || !ends_with(base, stem) || base.size() <= stem.size() + 2) continue;
            if (e == "ой" || gender == Gender::female) return std::string(base) + "а";
            if (e == "ым" || gender == Gender::male) return std::string(base);
            return {};  // -а, -у, -е: a man's oblique case or a woman's name; the text must say which
        }
    }
    // -ский/-цкий: -ского, -скому, -ским, -ском; feminine -ская, -ской, -скую.
    for (std::string_view stem : {"ск", "цк"}) {
        for (std::string_view e : {"ий", "ого", "ому", "им", "ом", "ая", "ой", "ую"}) {
            std::string_view base = std::string_view(w).substr(0, w.size() >= e.size() ? w.size() - e.size() : 0);
            if (!ends_with(w, e) || !ends_with(base, stem) || base.size() <= stem.size() + 2) continue;
            bool female = gender == Gender::female || e == "ая" || e == "ую" || (e == "ой" && gender != Gender::male);
            return std::string(base) + (female ? "ая" : "ий");
        }
    }
    return {};
}

namespace {
enum class NounGender { masculine, feminine, neuter };
// A noun's gender by its nominative's ending: -а, -я, -ь feminine (область), -о, -е neuter.
NounGender noun_gender(std::string_view noun) {
    if (any_suffix(noun, {"а", "я", "ь"})) return NounGender::feminine;
    if (any_suffix(noun, {"о", "е"})) return NounGender::neuter;
    return NounGender::masculine;
}
}  // namespace

bool ru_adjective_nominative_form(std::string_view w, std::string_view noun) {
    switch (noun_gender(noun)) {
        case NounGender::feminine: return any_suffix(w, {"ая", "яя"});
        case NounGender::neuter: return any_suffix(w, {"ое", "ее"});
        case NounGender::masculine: return any_suffix(w, {"ый", "ий", "ой"});
    }
    return false;
}

std::string ru_adjective_nominative(std::string_view adjective, std::string_view noun) {
    std::string_view stem = adjective;
    for (std::string_view e : {"ыми", "ими", "ого", "его", "ому", "ему", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ым",
                               "им", "ом", "ем", "ую", "юю", "ые", "ие", "ых", "их"}) {
        if (ends_with(adjective, e) && adjective.size() >= e.size() + kMinStemBytes) {
            stem = adjective.substr(0, adjective.size() - e.size());
            break;
        }
    }
    if (stem.size() == adjective.size()) return std::string(adjective);
    bool feminine = noun_gender(noun) == NounGender::feminine;
    bool neuter = noun_gender(noun) == NounGender::neuter;
    bool velar = any_suffix(stem, {"к", "г", "х", "ж", "ш", "щ", "ч"});
    std::string out(stem);
    out += feminine ? "ая" : neuter ? "ое" : velar ? "ий" : "ый";
    return out;
}

int ru_nominative_rank(std::string_view word) {
    std::string w = fold(word);
    if (any_suffix(w, {"ой", "ей", "ом", "ем", "ым", "им", "ию", "ии", "ия", "у", "ю", "е", "ы", "и", "о"}))
        return any_suffix(w, {"ия"}) ? 1 : 0;
    if (any_suffix(w, {"а", "я"})) return 1;
    return 2;
}

}  // namespace precis::detail
