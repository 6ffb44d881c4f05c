#include "analyse/analyse.hpp"
#include "input/utf8.hpp"
#include "lexicon.hpp"
#include "segment/segment.hpp"
#include "unicode.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace precis::detail {
namespace {

// Salience: every mention counts 1, the first mention adds up to kLeadBonus when it is
// early (news names its main actors first), and a name in the headline adds kTitleBonus.
constexpr double kLeadBonus = 3.0;
constexpr double kLeadDecay = 3.0;  // sentences until the lead bonus halves
constexpr double kTitleBonus = 2.0;
// A sentence whose words are mostly in capitals is shouting, not a list of acronyms.
constexpr double kShoutingShare = 0.6;
// Output at most this many entities; long articles name hundreds.
constexpr std::size_t kMaxEntities = 50;
// Distinct name forms read per document (README, "Limits"); news articles have tens to
// hundreds. Past this, mentions of forms already seen still count; new forms do not.
constexpr std::size_t kMaxNameForms = 20000;

bool is_calendar_word(std::string_view folded) {
    static const std::unordered_set<std::string_view> words = {
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "januar", "februar", "märz", "mai", "juni",
        "juli", "oktober", "dezember", "montag", "dienstag", "mittwoch", "donnerstag",
        "freitag", "samstag", "sonntag"};
    return words.count(folded) != 0;
}

// Words that make a name an organisation or a place rather than a person.
bool is_non_person_word(std::string_view folded) {
    static const std::unordered_set<std::string_view> words = {
        "times", "party", "ministry", "union", "bank", "council", "company", "corp", "inc",
        "university", "agency", "news", "post", "journal", "group", "association", "committee",
        "organization", "organisation", "government", "parliament", "kingdom", "states",
        "republic", "federation", "airlines", "street", "road", "square", "sea", "ocean",
        "river", "island", "islands", "north", "south", "east", "west", "new", "united",
        "san", "los", "las", "hong", "city", "county", "league", "club", "fc", "house",
        "court", "department", "office", "institute", "foundation", "church", "army", "navy",
        "police", "service", "television", "radio", "press", "summit", "cup", "games",
        "минобороны", "мид", "кремль", "госдума", "партия", "россия", "федерации"};
    return words.count(folded) != 0;
}

bool is_company_suffix(std::string_view folded) {
    return folded == "co" || folded == "inc" || folded == "ltd" || folded == "corp" || folded == "plc" ||
           folded == "llc" || folded == "gmbh" || folded == "ag" || folded == "sa";
}

struct Run {
    std::uint32_t first, last;  // token indices, inclusive
    std::uint32_t sentence;
};

// Whether the text between two tokens lets a name go on: spaces, a hyphen or apostrophe
// with no space ("al-Assad", "O'Neill"), or ". " after an initial ("J. K.").
bool joins(std::string_view gap, bool after_initial) {
    if (gap.empty()) return true;
    if (gap == "-" || gap == "'" || gap == "\xE2\x80\x99" || gap == "\xE2\x80\x90") return true;
    std::size_t i = 0;
    if (after_initial && gap[0] == '.') i = 1;
    bool any_space = false;
    for (; i < gap.size(); ++i) {
        if (gap[i] != ' ') return false;
        any_space = true;
    }
    return any_space || after_initial;
}

}  // namespace

std::string name_key(Lang lang, std::string_view word) { return folded_name_key(lang, fold(word)); }

std::string folded_name_key(Lang lang, std::string_view folded) {
    std::string k(folded);
    if (k.size() > 2 && (k.substr(k.size() - 2) == "'s")) k.resize(k.size() - 2);
    if (lang == Lang::ru) {
        // Case endings of Russian names (Путин, Путина, Путину, Путиным, Путине; Мэй stays).
        static constexpr std::string_view endings[] = {"ому", "ему", "ым", "им", "ом", "ем", "ой", "ей",
                                                       "ую", "ая", "а", "я", "у", "ю", "е", "ы", "и"};
        for (std::string_view e : endings) {
            if (k.size() > e.size() + 6 && k.substr(k.size() - e.size()) == e) {  // keep 3+ letters
                k.resize(k.size() - e.size());
                break;
            }
        }
    }
    return k;
}

void find_entities(Document& doc, std::string_view title) {
    doc.entities.clear();
    doc.mentions.clear();
    const auto& tokens = doc.tokens;

    // Terms written in lower case somewhere, and name keys capitalised inside a sentence:
    // together they tell a name at a sentence start from an ordinary capitalised word.
    std::vector<bool> seen_lower(doc.terms.size());
    std::unordered_set<std::string> inner_capital;
    for (const Token& t : tokens) {
        if (!t.has(kWord)) continue;
        if (!t.has(kCapitalised)) seen_lower[t.term] = true;
        else if (!t.has(kSentenceStart)) inner_capital.insert(folded_name_key(doc.lang, doc.folded(t)));
    }
    auto key_of = [&](std::uint32_t i) { return folded_name_key(doc.lang, doc.folded(tokens[i])); };
    auto known_name = [&](std::uint32_t i) { return inner_capital.count(key_of(i)) != 0; };

    auto text_of = [&](std::uint32_t i) { return doc.view(tokens[i].span); };
    auto folded_of = [&](std::uint32_t i) { return doc.folded(tokens[i]); };
    // 1. Capitalised runs per sentence.
    std::vector<Run> runs;
    for (std::uint32_t si = 0; si < doc.sentences.size(); ++si) {
        const SentenceSpan& s = doc.sentences[si];
        std::uint32_t words = 0, caps = 0;
        for (auto i = s.first_token; i < s.end_token; ++i) {
            if (!tokens[i].has(kWord)) continue;
            ++words;
            caps += tokens[i].has(kAllCaps);
        }
        if (words >= 4 && caps >= kShoutingShare * words) continue;

        auto name_word = [&](std::uint32_t i) {
            const Token& t = tokens[i];
            if (!t.has(kWord) || !t.has(kCapitalised)) return false;
            std::string_view f = folded_of(i);
            if (lexicon::is_title_word(doc.lang, f) || is_calendar_word(f)) return false;
            if (t.has(kSentenceStart) && !(t.has(kAllCaps) && t.span.size() >= 2)) {  // acronyms are names anywhere
                if (t.has(kStopword) || lexicon::is_pronoun(doc.lang, f) ||
                    lexicon::starts_with_connective(doc.lang, f))
                    return false;
                return known_name(i) || !seen_lower[t.term];
            }
            return true;
        };

        std::uint32_t i = s.first_token;
        while (i < s.end_token) {
            if (!name_word(i)) { ++i; continue; }
            Run run{i, i, si};
            std::uint32_t j = i + 1;
            while (j < s.end_token) {
                std::string_view gap = doc.text.substr(tokens[j - 1].span.end, tokens[j].span.begin - tokens[j - 1].span.end);
                if (!joins(gap, is_single_capital(text_of(j - 1)))) break;
                if (name_word(j)) { run.last = j; ++j; continue; }
                // Particles inside a name: "Bashar al-Assad", "Ursula von der Leyen".
                std::uint32_t k = j;
                while (k < s.end_token && !tokens[k].has(kCapitalised) && lexicon::is_name_particle(folded_of(k)) &&
                       k + 1 < s.end_token &&
                       joins(doc.text.substr(tokens[k].span.end, tokens[k + 1].span.begin - tokens[k].span.end), false))
                    ++k;
                if (k > j && k < s.end_token && name_word(k)) {
                    run.last = k;
                    j = k + 1;
                    continue;
                }
                break;
            }
            // A run that starts a sentence with one word must be a known name.
            // "The European Space Agency" is the European Space Agency; "The Times" stays.
            if (run.last - run.first >= 2 && tokens[run.first].has(kStopword)) ++run.first;
            bool acronym = tokens[run.first].has(kAllCaps) && tokens[run.first].span.size() >= 2;
            bool lone_start =
                run.first == run.last && tokens[run.first].has(kSentenceStart) && !known_name(run.first) && !acronym;
            bool trivial = run.first == run.last &&
                           (is_single_capital(text_of(run.first)) || tokens[run.first].has(kStopword) ||
                            is_company_suffix(folded_of(run.first)));
            if (!lone_start && !trivial) runs.push_back(run);
            i = j;
        }
    }

    // 2. Split "Russia Vladimir Putin", "Britain Teresa" when its first word is a name of its own elsewhere.
    // A run of three or more splits when its first word is a name alone anywhere; a run
    // of two only when that word stands alone inside a sentence ("Li said" does not split
    // "Li Wei"; "Britain can't" splits "Britain Teresa").
    std::unordered_set<std::string> single_names, inner_single_names;
    for (const Run& r : runs) {
        if (r.first != r.last) continue;
        single_names.insert(key_of(r.first));
        if (!tokens[r.first].has(kSentenceStart)) inner_single_names.insert(key_of(r.first));
    }
    std::vector<Run> split;
    for (const Run& r : runs) {
        const auto& names = r.last - r.first >= 2 ? single_names : inner_single_names;
        if (r.last > r.first && names.count(key_of(r.first)) && tokens[r.first + 1].has(kCapitalised)) {
            split.push_back({r.first, r.first, r.sentence});
            split.push_back({r.first + 1, r.last, r.sentence});
        } else {
            split.push_back(r);
        }
    }

    // 3. Group the forms: the same words (by key) are one name.
    struct Form {
        std::string text;
        std::vector<std::string> keys;
        std::vector<Span> spans;
        std::vector<std::uint32_t> sentences;
    };
    std::vector<Form> forms;
    std::unordered_map<std::string, std::size_t> form_of;
    for (const Run& r : split) {
        Span span{tokens[r.first].span.begin, tokens[r.last].span.end};
        std::string_view text = doc.view(span);
        // Drop a possessive ending: "Russia's" names Russia.
        for (std::string_view poss : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
            if (text.size() > poss.size() + 1 && text.substr(text.size() - poss.size()) == poss) {
                span.end -= static_cast<std::uint32_t>(poss.size());
                text = doc.view(span);
            }
        }
        std::vector<std::string> keys;
        std::string joined;
        for (auto t = r.first; t <= r.last; ++t) {
            if (!tokens[t].has(kCapitalised)) continue;  // particles do not identify a name
            keys.push_back(key_of(t));
            joined += keys.back();
            joined += ' ';
        }
        auto found = form_of.find(joined);
        if (found == form_of.end() && forms.size() >= kMaxNameForms) continue;
        auto [it, inserted] = form_of.try_emplace(joined, forms.size());
        if (inserted) forms.push_back({std::string(text), keys, {}, {}});
        forms[it->second].spans.push_back(span);
        forms[it->second].sentences.push_back(r.sentence);
    }

    // A person's name: two to four capitalised words, none an organisation's or place's
    // word, not shouted, and a first word that is no name of its own elsewhere (given
    // names do not stand alone in news; "Russian", "British" do).
    auto person_like = [&](const Form& form) {
        if (form.keys.size() < 2 || form.keys.size() > 4) return false;
        for (const std::string& key : form.keys)
            if (is_non_person_word(key)) return false;
        const std::string& first = form.keys.front();
        if (single_names.count(first)) return false;
        for (std::string_view demonym : {std::string_view("ese"), std::string_view("ish")})
            if (first.size() > demonym.size() && first.compare(first.size() - demonym.size(), demonym.size(), demonym) == 0)
                return false;
        bool has_lower = false;
        for (std::size_t i = 0; i < form.text.size();) has_lower |= is_lower(next_cp(form.text, i));
        return has_lower;
    };
    std::vector<bool> form_person(forms.size());
    for (std::size_t f = 0; f < forms.size(); ++f) form_person[f] = person_like(forms[f]);

    // 4. Merge a one-word form into the longer name whose last word it is ("Putin" into
    // "Vladimir Putin", "Times" into "The Times"), or whose first word it is when that
    // name is a person's ("Vladimir").
    std::vector<std::size_t> order(forms.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return forms[a].keys.size() > forms[b].keys.size(); });
    std::vector<std::size_t> owner(forms.size());
    std::unordered_map<std::string, std::size_t> word_owner;  // name word key -> form
    auto claim = [&](const std::string& key, std::size_t f) {
        auto w = word_owner.find(key);
        // The better known of two names that share a word keeps it.
        if (w == word_owner.end() || forms[w->second].spans.size() < forms[f].spans.size()) word_owner[key] = f;
    };
    // "В. Путин", "J. Smith": initials and a surname name the person the surname names.
    auto initials_and_surname = [](const Form& form) {
        for (std::size_t k = 0; k + 1 < form.keys.size(); ++k)
            if (count_code_points(form.keys[k]) != 1) return false;
        return form.keys.size() >= 2;
    };
    for (std::size_t f : order) {
        owner[f] = f;
        const Form& form = forms[f];
        if (form.keys.size() == 1 || initials_and_surname(form)) {
            auto w = word_owner.find(form.keys.back());
            if (w != word_owner.end()) owner[f] = owner[w->second];
        } else if (owner[f] == f) {
            claim(form.keys.back(), f);
            if (form_person[f]) claim(form.keys.front(), f);
        }
    }

    // 5. One entity per owner, mentions in document order.
    std::unordered_map<std::size_t, std::uint32_t> entity_of;
    std::vector<std::size_t> full_form;  // per entity, the form that names it
    std::string folded_title = fold(title);
    for (std::size_t f = 0; f < forms.size(); ++f) {
        std::size_t o = owner[f];
        auto [it, inserted] = entity_of.try_emplace(o, static_cast<std::uint32_t>(doc.entities.size()));
        if (inserted) {
            EntityInfo e;
            e.name = forms[o].text;
            doc.entities.push_back(std::move(e));
            full_form.push_back(o);
        }
        EntityInfo& e = doc.entities[it->second];
        if (f != o && std::find(e.aliases.begin(), e.aliases.end(), forms[f].text) == e.aliases.end())
            e.aliases.push_back(forms[f].text);
        for (std::size_t m = 0; m < forms[f].spans.size(); ++m)
            doc.mentions.push_back({forms[f].spans[m], forms[f].sentences[m], it->second});
    }
    std::sort(doc.mentions.begin(), doc.mentions.end(),
              [](const EntityMention& a, const EntityMention& b) { return a.span.begin < b.span.begin; });

    std::vector<bool> seen(doc.entities.size());
    for (const EntityMention& m : doc.mentions) {
        EntityInfo& e = doc.entities[m.entity];
        if (!seen[m.entity]) e.first_sentence = m.sentence;
        seen[m.entity] = true;
        ++e.mentions;
    }
    double best = 0;
    for (std::size_t k = 0; k < doc.entities.size(); ++k) {
        EntityInfo& e = doc.entities[k];
        const Form& full = forms[full_form[k]];
        e.person = form_person[full_form[k]];
        double raw = e.mentions + kLeadBonus * kLeadDecay / (kLeadDecay + e.first_sentence);
        if (!folded_title.empty() && folded_title.find(full.keys.back()) != std::string::npos) raw += kTitleBonus;
        e.salience = raw;
        best = std::max(best, raw);
    }
    for (EntityInfo& e : doc.entities) e.salience = best > 0 ? e.salience / best : 0;
}

// Entities in output order: by salience, then by first appearance.
std::vector<std::uint32_t> entity_order(const Document& doc) {
    std::vector<std::uint32_t> order(doc.entities.size());
    for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const auto& x = doc.entities[a];
        const auto& y = doc.entities[b];
        if (x.salience != y.salience) return x.salience > y.salience;
        return x.first_sentence < y.first_sentence;
    });
    if (order.size() > kMaxEntities) order.resize(kMaxEntities);
    return order;
}

}  // namespace precis::detail
