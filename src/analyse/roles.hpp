// Roles: the office a phrase names and whose it is ("the head of the British
// government", "President of Russia"), so that a speaker given by a role finds the
// person the article names in it, and two names of one holder are one person.
#pragma once

#include "document.hpp"
#include "lexicon.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace precis::detail {

struct Role {
    lexicon::Office office = lexicon::Office::none;
    std::string title;                     // the key of the last title word, when no office
    std::vector<std::string> affiliation;  // folded words that say whose ("british", "россии")
    bool empty() const { return office == lexicon::Office::none && title.empty(); }
};

// Tokens [first, last] of a document.
using TokenRange = std::pair<std::uint32_t, std::uint32_t>;

// A title or a role word ("President", "spokesman", "министра", "фотограф").
bool is_role_word(const Document& doc, std::uint32_t token);

// The role the tokens of `range` give.
Role role_of(const Document& doc, TokenRange range);
// Two roles name the same office of the same place or body.
bool same_role(const Role& a, const Role& b);

// The title phrase right before token `t` in its sentence: "the Prime Minister of great
// Britain [Teresa]", "президент России [Владимир Путин]".
std::optional<TokenRange> title_before(const Document& doc, std::uint32_t t);
// The role after a name that ends at token `t`: "[Mei] took office as Prime Minister of
// great Britain".
std::optional<TokenRange> title_after(const Document& doc, std::uint32_t t);
// A role phrase from token `t` on, before token `end` (after "said", "according to"):
// "the head of the British government", "представитель Кабмина".
std::optional<TokenRange> role_phrase_from(const Document& doc, std::uint32_t t, std::uint32_t end);
// A role phrase that ends at token `t` (before "said"), starting at or after `begin`.
std::optional<TokenRange> role_phrase_to(const Document& doc, std::uint32_t begin, std::uint32_t t);

}  // namespace precis::detail
