// The article as every stage sees it: input -> segment -> analyse -> score -> select ->
// render. Each stage fills its own fields; offsets are UTF-8 byte offsets into `text`.
#pragma once

#include "lang.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace precis::detail {

struct Span {
    std::uint32_t begin = 0, end = 0;
    std::uint32_t size() const { return end - begin; }
    bool empty() const { return end <= begin; }
};

// Token flags, set by the word segmenter.
enum TokenFlag : std::uint8_t {
    kWord = 1,          // letters (or letters and digits)
    kNumber = 2,        // digits first ("2016", "3.5", "G20" is a word)
    kCapitalised = 4,   // first letter upper case
    kAllCaps = 8,       // every letter upper case, at least one letter
    kStopword = 16,     // a function word of the document's language
    kSentenceStart = 32 // the first word of its sentence
};

struct Token {
    Span span;
    std::uint32_t term = 0;   // id of the token's stemmed, case-folded form (Document::terms)
    std::uint32_t form = 0;   // id of the token's case-folded form (Document::forms)
    std::uint32_t sentence = 0;
    std::uint8_t flags = 0;
    bool has(TokenFlag f) const { return (flags & f) != 0; }
};

struct SentenceSpan {
    Span span;
    std::uint32_t paragraph = 0;
    std::uint32_t first_token = 0, end_token = 0;  // [first, end) into Document::tokens
};

struct EntityMention {
    Span span;
    std::uint32_t sentence = 0;
    std::uint32_t entity = 0;
};

// What an entity is, from the evidence around its mentions and the word lists.
// `other`: events, products, nationalities ("British"), anything not clearly one of the three.
enum class EntityType : std::uint8_t { person, organization, place, other };
inline std::string_view entity_type_name(EntityType t) {
    constexpr std::string_view names[] = {"person", "organization", "place", "other"};
    return names[static_cast<int>(t)];
}
// A person's grammatical gender where the text shows it (pronouns resolve by it).
enum class Gender : std::uint8_t { unknown, male, female };

struct EntityInfo {
    std::string name;  // the fullest form seen; for Russian in the nominative case
    std::vector<std::string> aliases;
    std::uint32_t mentions = 0;
    double salience = 0;
    bool person = false;  // type == EntityType::person (used to resolve "he", "him")
    std::uint32_t first_sentence = 0;
    EntityType type = EntityType::other;
    Gender gender = Gender::unknown;
};

struct QuoteInfo {
    Span span;  // inside the quotation marks
    std::uint32_t sentence = 0;
    std::optional<std::uint32_t> speaker;  // entity index
    Span role;  // the speaker's role as the text gives it ("the head of the British government"); may be empty
};

struct Document {
    std::string_view text;       // the whole input
    Lang lang = Lang::en;
    std::optional<Span> title_line;  // a first line that looks like a headline
    Span body;                   // text after the title line
    std::vector<Span> paragraphs;  // of the body
    // Paragraphs of the input before the body's: 1 when an article's first paragraph is
    // its headline line. Added to paragraph numbers in the result (read_layout).
    std::uint32_t paragraphs_before = 0;
    // An article's paragraphs (a web page's extraction) rather than plain text: there a
    // short line without a full stop is mostly page furniture that slipped through (a
    // label, a teaser, a heading); in plain text it is mostly the author's subheading.
    bool paragraphs_given = false;
    std::vector<SentenceSpan> sentences;
    std::vector<Token> tokens;
    std::vector<std::string> terms;  // stemmed, case-folded forms, by id
    // The distinct case-folded words (fold()), by id, as spans of `folded_text`: every
    // stage reads a token's folded form from here instead of folding it again.
    std::string folded_text;
    std::vector<Span> forms;
    std::vector<EntityInfo> entities;
    std::vector<EntityMention> mentions;
    std::vector<QuoteInfo> quotes;

    std::string_view view(Span s) const { return text.substr(s.begin, s.size()); }
    std::string_view folded(const Token& t) const {
        const Span f = forms[t.form];
        return std::string_view(folded_text).substr(f.begin, f.size());
    }
};

}  // namespace precis::detail
