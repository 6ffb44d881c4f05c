// Stage 3, analyse: who and what the article talks about, and who said what.
#pragma once

#include "analyse/names.hpp"
#include "document.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace precis::detail {

// Fills doc.entities and doc.mentions: capitalised runs that sentence starts do not
// explain (with particles such as "al-", "de", "von"), acronyms and alphanumeric names,
// shorter forms merged into the full name ("Putin" into "Vladimir Putin"), mention
// counts and salience. `title` (may be empty) raises the salience of names it contains.
void find_entities(Document& doc, std::string_view title);

// Entity indices in output order (by salience, then first appearance), at most 50.
std::vector<std::uint32_t> entity_order(const Document& doc);

// Fills doc.quotes: text between quotation marks (“…”, "…", «…», „…“, ‘…’), never across
// a paragraph break, attributed to a speaker named before or after it, by
// "according to X", or by a pronoun that refers to the last person named.
void find_quotes(Document& doc);

}  // namespace precis::detail
