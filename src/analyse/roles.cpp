#include "analyse/roles.hpp"
#include "analyse/names.hpp"
#include "analyse/word_table.hpp"
#include "text/utf8.hpp"
#include "segment/segment.hpp"

#include <algorithm>

namespace precis::detail {
namespace {

// Words of a role phrase ("the head of the British government"): longer is a clause.
constexpr std::uint32_t kMaxRoleWords = 8;
// Lower-case words between a name and "as" ("Mei took office as Prime Minister").
constexpr std::uint32_t kMaxWordsBeforeAs = 3;
// Letters two affiliation words share when they name one place ("British", "Britain").
constexpr std::size_t kAffiliationLetters = 4;

// Token `t` case-folded, as segment() folded it once.
std::string_view folded(const Document& doc, std::uint32_t t) { return doc.folded(doc.tokens[t]); }
// What the word lists say about token `t`.
std::uint32_t flags(const Document& doc, std::uint32_t t) {
    const WordEntry* e = word_table(doc.lang).find(folded_name_key(doc.lang, folded(doc, t)));
    return e ? e->flags : 0;
}

// Only spaces (or a hyphen) between tokens a and a + 1.
bool plain_gap(const Document& doc, std::uint32_t a) {
    std::string_view g = doc.text.substr(doc.tokens[a].span.end, doc.tokens[a + 1].span.begin - doc.tokens[a].span.end);
    for (char c : g)
        if (c != ' ' && c != '-') return false;
    return true;
}

// A person is named at token `t`.
bool person_at(const Document& doc, std::uint32_t t) {
    std::uint32_t b = doc.tokens[t].span.begin;
    auto it = std::upper_bound(doc.mentions.begin(), doc.mentions.end(), b,
                               [](std::uint32_t p, const EntityMention& m) { return p < m.span.begin; });
    // Mentions before it may cover `b`; none is longer than a sentence.
    while (it != doc.mentions.begin()) {
        --it;
        if (it->span.begin + kMaxSentenceBytes < b) break;
        if (it->span.end > b && doc.entities[it->entity].person) return true;
    }
    return false;
}

bool body_word(std::uint32_t f) { return (f & (kGovernmentWord | kStateWord)) != 0; }

}  // namespace

bool is_role_word(const Document& doc, std::uint32_t t) {
    if (!doc.tokens[t].has(kWord)) return false;
    return lexicon::is_title_word(doc.lang, folded(doc, t)) || (flags(doc, t) & kRoleWord) != 0;
}

Role role_of(const Document& doc, TokenRange range) {
    Role role;
    bool head = false, government = false, state = false, titles_done = false;
    for (std::uint32_t t = range.first; t <= range.second; ++t) {
        if (!doc.tokens[t].has(kWord)) continue;
        std::uint32_t f = flags(doc, t);
        if (role.office == lexicon::Office::none) {
            if (f & kHeadOfGovernment) role.office = lexicon::Office::head_of_government;
            else if (f & kHeadOfState) role.office = lexicon::Office::head_of_state;
            else if (f & kSpokesperson) role.office = lexicon::Office::spokesperson;
        }
        head |= (f & kHeadWord) != 0;
        government |= (f & kGovernmentWord) != 0;
        state |= (f & kStateWord) != 0;
        bool role_word = is_role_word(doc, t);
        if (role_word && !titles_done) role.title = folded_name_key(doc.lang, folded(doc, t));
        else if (!role.title.empty()) titles_done = true;
        if (!role_word && !doc.tokens[t].has(kStopword) && !body_word(f)) role.affiliation.emplace_back(folded(doc, t));
    }
    if (role.office == lexicon::Office::none && head && government) role.office = lexicon::Office::head_of_government;
    if (role.office == lexicon::Office::none && head && state) role.office = lexicon::Office::head_of_state;
    if (role.office != lexicon::Office::none) role.title.clear();
    return role;
}

bool same_role(const Role& a, const Role& b) {
    if (a.empty() || b.empty()) return false;
    if (a.office != b.office || a.title != b.title) return false;
    if (a.affiliation.empty() || b.affiliation.empty()) return true;
    // "British" and "Britain", "британского" and "Великобритании": one shares the other's start.
    auto start = [](const std::string& w) {
        std::size_t i = 0, n = 0;
        while (i < w.size() && n < kAffiliationLetters) {
            next_cp(w, i);
            ++n;
        }
        return n == kAffiliationLetters ? w.substr(0, i) : std::string();
    };
    for (const std::string& x : a.affiliation)
        for (const std::string& y : b.affiliation) {
            std::string sx = start(x), sy = start(y);
            if ((!sx.empty() && y.find(sx) != std::string::npos) || (!sy.empty() && x.find(sy) != std::string::npos))
                return true;
        }
    return false;
}

std::optional<TokenRange> title_before(const Document& doc, std::uint32_t t) {
    const SentenceSpan& s = doc.sentences[doc.tokens[t].sentence];
    std::optional<std::uint32_t> first_role;
    for (std::uint32_t k = t; k-- > s.first_token && t - k <= kMaxRoleWords;) {
        const Token& tok = doc.tokens[k];
        if (!tok.has(kWord) || !plain_gap(doc, k)) break;
        bool role = is_role_word(doc, k);
        // Lower-case words stay in the phrase before a name or a role: "great Britain",
        // "британского правительства".
        bool next_named = doc.tokens[k + 1].has(kCapitalised) || is_role_word(doc, k + 1) || body_word(flags(doc, k + 1));
        if (!(role || tok.has(kStopword) || tok.has(kCapitalised) || next_named)) break;
        if (k != t - 1 && person_at(doc, k)) break;
        if (role) first_role = k;
    }
    if (!first_role) return std::nullopt;
    return TokenRange{*first_role, t - 1};
}

std::optional<TokenRange> role_phrase_from(const Document& doc, std::uint32_t t, std::uint32_t end) {
    if (t >= end) return std::nullopt;
    std::uint32_t last = t;
    bool any_role = false;
    for (std::uint32_t k = t; k < end && k < t + kMaxRoleWords; ++k) {
        const Token& tok = doc.tokens[k];
        if (!tok.has(kWord) || (k > t && !plain_gap(doc, k - 1))) break;
        if (lexicon::is_speech_verb(doc.lang, folded(doc, k)) || person_at(doc, k)) return std::nullopt;
        any_role |= is_role_word(doc, k);
        last = k;
        if (k + 1 < doc.tokens.size() && !plain_gap(doc, k)) break;
    }
    while (last > t && doc.tokens[last].has(kStopword)) --last;
    bool starts_well = doc.tokens[t].has(kStopword) || is_role_word(doc, t);
    if (!any_role || !starts_well) return std::nullopt;
    return TokenRange{t, last};
}

std::optional<TokenRange> role_phrase_to(const Document& doc, std::uint32_t begin, std::uint32_t t) {
    std::optional<std::uint32_t> first_role;
    for (std::uint32_t k = t + 1; k-- > begin && t - k < kMaxRoleWords;) {
        const Token& tok = doc.tokens[k];
        if (!tok.has(kWord) || (k < t && !plain_gap(doc, k))) break;
        if (person_at(doc, k)) return std::nullopt;
        if (is_role_word(doc, k)) first_role = k;
    }
    if (!first_role) return std::nullopt;
    // The words before the role that say whose it is ("a ministry spokesman", "a Kremlin
    // spokesman"), and its article.
    std::uint32_t first = *first_role;
    while (first > begin && t - first < kMaxRoleWords && plain_gap(doc, first - 1) && doc.tokens[first - 1].has(kWord) &&
           !lexicon::is_speech_verb(doc.lang, folded(doc, first - 1))) {
        --first;
        if (doc.tokens[first].has(kStopword)) break;  // "a", "the"
    }
    if (!doc.tokens[first].has(kStopword) && !is_role_word(doc, first) && first < *first_role) first = *first_role;
    return TokenRange{first, t};
}

std::optional<TokenRange> title_after(const Document& doc, std::uint32_t t) {
    std::string_view as = lexicon::role_after_name(doc.lang);
    if (as.empty()) return std::nullopt;
    const SentenceSpan& s = doc.sentences[doc.tokens[t].sentence];
    for (std::uint32_t k = t + 1; k < s.end_token && k <= t + kMaxWordsBeforeAs + 1; ++k) {
        if (!doc.tokens[k].has(kWord) || doc.tokens[k].has(kCapitalised)) break;
        if (folded(doc, k) == as) return role_phrase_from(doc, k + 1, s.end_token);
    }
    return std::nullopt;
}

}  // namespace precis::detail
