#include "analyse/analyse.hpp"
#include "analyse/roles.hpp"
#include "input/input.hpp"
#include "text/utf8.hpp"
#include "lexicon.hpp"
#include "segment/segment.hpp"
#include "text/quote_marks.hpp"
#include "text/unicode.hpp"
#include "noinline.hpp"

#include <algorithm>

namespace precis::detail {
namespace {

// Quotes of fewer words are scare quotes or titles ("so-called “experts”").
constexpr std::size_t kMinQuoteWords = 2;
// Quotes read per document (README, "Limits"); later ones are not recorded.
constexpr std::size_t kMaxQuotes = 20000;
// How far from the quotation marks an attribution is looked for, in words.
constexpr std::uint32_t kAttributionWindow = 8;
// Words of a role between a speech verb and the name: "said council leader Dr. Hart".
constexpr std::uint32_t kRoleWords = 4;

struct Mark {
    std::size_t open_begin, inner_begin, inner_end, close_end;
};

bool letter_or_digit(char32_t cp) { return is_letter(cp) || is_digit(cp); }

// Finds the outermost quotations of one paragraph. A mark that never closes ends its
// quotation at the paragraph's end (news quotes running over paragraphs do that), except
// an ASCII ' (QuoteMarks says why).
void scan_paragraph(std::string_view text, Span par, std::vector<Mark>& out) {
    QuoteMarks marks;
    std::size_t open_begin = 0, inner_begin = 0;
    walk_quote_marks(text, par.begin, par.end, marks, [&](std::size_t at, std::size_t after, QuoteEvent event,
                                                          std::size_t depth) {
        switch (event) {
            case QuoteEvent::open:
                if (depth == 0) {
                    open_begin = at;
                    inner_begin = after;
                }
                break;
            case QuoteEvent::close:
                if (depth == 1) out.push_back({open_begin, inner_begin, at, after});
                break;
            case QuoteEvent::restart:
                if (depth == 1) {
                    out.push_back({open_begin, inner_begin, at, at});
                    open_begin = at;
                    inner_begin = after;
                }
                break;
            case QuoteEvent::none:
                break;
        }
        return true;
    });
    if (marks.depth() > 0 && !marks.outermost_is_ascii_single())
        out.push_back({open_begin, inner_begin, par.end, par.end});
}

std::size_t word_count(std::string_view s) {
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < s.size();) {
        bool w = letter_or_digit(next_cp(s, i));
        words += w && !in_word;
        in_word = w;
    }
    return words;
}

// Who spoke: an entity, a role the text gives ("the head of the British government"),
// or both when the article names the role's holder.
struct Speaker {
    std::optional<std::uint32_t> entity;
    std::optional<TokenRange> role;
};

class Attributor {
public:
    explicit Attributor(const Document& doc) : doc_(doc) {
        // The roles the article gives the people it names ("President of Russia Vladimir Putin").
        for (const EntityMention& m : doc.mentions) {
            if (!doc.entities[m.entity].person) continue;
            std::uint32_t first = token_at(m.span.begin);
            std::uint32_t last = first;
            while (last + 1 < doc.tokens.size() && doc.tokens[last + 1].span.end <= m.span.end) ++last;
            for (auto range : {title_before(doc, first), title_after(doc, last)})
                if (range) holders_.push_back({m.entity, role_of(doc, *range)});
        }
    }

    // The first token at or after byte `pos`.
    std::uint32_t token_at(std::size_t pos) const {
        auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), pos,
                                   [](const Token& t, std::size_t p) { return t.span.begin < p; });
        return static_cast<std::uint32_t>(it - doc_.tokens.begin());
    }

    // The entity mentioned at token `t`, if any.
    std::optional<std::uint32_t> mention_at(std::uint32_t t) const {
        if (t >= doc_.tokens.size()) return std::nullopt;
        std::uint32_t b = doc_.tokens[t].span.begin;
        auto it = std::upper_bound(doc_.mentions.begin(), doc_.mentions.end(), b,
                                   [](std::uint32_t p, const EntityMention& m) { return p < m.span.begin; });
        if (it == doc_.mentions.begin()) return std::nullopt;
        --it;
        if (it->span.end > b) return it->entity;
        return std::nullopt;
    }

    // The last person named before byte `pos`, of the gender a pronoun marks (people whose
    // gender the text does not show match either).
    std::optional<std::uint32_t> last_person_before(std::size_t pos, lexicon::Marked marked) const {
        auto it = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), pos,
                                   [](const EntityMention& m, std::size_t p) { return m.span.begin < p; });
        Gender wanted = marked == lexicon::Marked::male     ? Gender::male
                        : marked == lexicon::Marked::female ? Gender::female
                                                            : Gender::unknown;
        while (it != doc_.mentions.begin()) {
            --it;
            const EntityInfo& e = doc_.entities[it->entity];
            if (!e.person) continue;
            if (wanted != Gender::unknown && e.gender != Gender::unknown && e.gender != wanted) continue;
            return it->entity;
        }
        return std::nullopt;
    }

    std::string_view folded(std::uint32_t t) const { return doc_.folded(doc_.tokens[t]); }
    bool speech_verb(std::uint32_t t) const { return lexicon::is_speech_verb(doc_.lang, folded(t)); }
    bool person_pronoun(std::uint32_t t) const { return lexicon::is_person_pronoun(doc_.lang, folded(t)); }

    // A name or a pronoun at token `t` as a speaker.
    std::optional<std::uint32_t> speaker_at(std::uint32_t t, std::size_t quote_pos) const {
        if (auto m = mention_at(t)) return m;
        if (person_pronoun(t)) return last_person_before(quote_pos, lexicon::pronoun_gender(doc_.lang, folded(t)));
        return std::nullopt;
    }

    // A role as the speaker, with the person the article names in it when just one is.
    // Without a holder, an organisation the role speaks for speaks: "a spokesperson for the MMO".
    Speaker by_role(TokenRange range) const {
        Speaker s{std::nullopt, range};
        Role role = role_of(doc_, range);
        for (const auto& [entity, held] : holders_) {
            if (!same_role(role, held)) continue;
            if (s.entity && *s.entity != entity) return {std::nullopt, range};  // two holders: say none
            s.entity = entity;
        }
        if (s.entity) return s;
        for (std::uint32_t t = range.first; t <= range.second; ++t) {
            auto m = mention_at(t);
            if (!m || doc_.entities[*m].type != EntityType::organization) continue;
            if (s.entity && *s.entity != *m) return {std::nullopt, range};
            s.entity = m;
        }
        return s;
    }
    Speaker named(std::optional<std::uint32_t> entity) const { return {entity, std::nullopt}; }

    // "according to X" / "по словам X" between tokens [b, e).
    std::optional<Speaker> according_to(std::uint32_t b, std::uint32_t e, std::size_t quote_pos) const {
        auto phrase = lexicon::according_to(doc_.lang);
        for (std::uint32_t t = b; t < e; ++t) {
            if (folded(t) != phrase.first) continue;
            std::uint32_t n = t + 1;
            if (!phrase.second.empty()) {
                if (n >= e || folded(n) != phrase.second) continue;
                ++n;
            }
            if (n < doc_.tokens.size()) {
                if (auto s = speaker_at(n, quote_pos)) return named(s);
                if (auto r = role_phrase_from(doc_, n, doc_.sentences[doc_.tokens[n].sentence].end_token))
                    return by_role(*r);
            }
        }
        return std::nullopt;
    }

    Speaker attribute(const Mark& m) const {
        const auto& tokens = doc_.tokens;
        std::uint32_t q_first = token_at(m.open_begin);
        std::uint32_t q_end = token_at(m.close_end);
        std::uint32_t sentence_begin = q_first < tokens.size() ? doc_.sentences[tokens[q_first].sentence].first_token : 0;
        // The attribution after a quote stays in the sentence where the quote closes
        // (none after a quote left open at the paragraph's end).
        std::uint32_t after_end = q_end;
        std::uint32_t last_inside = q_end > 0 ? q_end - 1 : 0;
        if (m.close_end > m.inner_end && q_end < tokens.size() && q_end > q_first)
            after_end = std::min(doc_.sentences[tokens[last_inside].sentence].end_token, q_end + kAttributionWindow);
        // Stop at the next quotation: its attribution is its own.
        std::size_t prev_end = m.close_end;
        for (std::uint32_t t = q_end; t < after_end; ++t) {
            std::string_view gap = doc_.text.substr(prev_end, tokens[t].span.begin - prev_end);
            if (gap.find("\xE2\x80\x9C") != std::string_view::npos || gap.find("\xC2\xAB") != std::string_view::npos ||
                gap.find("\xE2\x80\x9E") != std::string_view::npos || gap.find('"') != std::string_view::npos) {
                after_end = t;
                break;
            }
            prev_end = tokens[t].span.end;
        }

        // 1. "according to X" before the quote in its sentence, or right after it.
        if (auto s = according_to(sentence_begin, q_first, m.open_begin)) return *s;
        if (auto s = according_to(q_end, std::min<std::uint32_t>(after_end, q_end + 4), m.open_begin)) return *s;

        // 2. After: "…,” Peskov said", "…», — сказал Песков", "…,” he added", "— said the
        // head of the British government".
        for (std::uint32_t v = q_end; v < after_end; ++v) {
            if (!speech_verb(v)) continue;
            for (std::uint32_t t = q_end; t < v; ++t)
                if (auto s = speaker_at(t, m.open_begin)) return named(s);
            if (v > q_end)
                if (auto r = role_phrase_to(doc_, q_end, v - 1)) return by_role(*r);
            std::string_view f = folded(v);
            bool addressee_follows = f == "told" || f == "tells" || f == "asked" || f == "asks";
            if (addressee_follows) return {};  // "— the interlocutor told The Times": no name given
            // "said Peskov", "said council leader Dr. Amelia Hart": the name may follow a role.
            for (std::uint32_t t = v + 1; t < after_end && t <= v + kRoleWords + 1; ++t) {
                if (auto s = t == v + 1 ? speaker_at(t, m.open_begin) : mention_at(t)) return named(s);  // "— сказала она"
                std::string_view w = folded(t);
                bool role = lexicon::is_title_word(doc_.lang, w) ||
                            (!doc_.tokens[t].has(kCapitalised) && !doc_.tokens[t].has(kStopword));
                if (!role) break;
            }
            if (auto r = role_phrase_from(doc_, v + 1, after_end)) return by_role(*r);
            return {};
        }

        // 3. Before: "Peskov also said that “…”", "said Peskov: “…”", "представитель МИД заявил: «…»".
        std::uint32_t from = q_first > kAttributionWindow * 2 ? q_first - kAttributionWindow * 2 : 0;
        from = std::max(from, sentence_begin);
        for (std::uint32_t v = q_first; v-- > from;) {
            if (!speech_verb(v)) continue;
            if (v > from)
                if (auto r = role_phrase_to(doc_, from, v - 1)) return by_role(*r);
            for (std::uint32_t t = v; t-- > from;)
                if (auto s = speaker_at(t, m.open_begin)) return named(s);
            for (std::uint32_t t = v + 1; t < q_first && t <= v + 2; ++t)
                if (auto s = mention_at(t)) return named(s);
            return {};
        }
        return {};
    }

private:
    const Document& doc_;
    std::vector<std::pair<std::uint32_t, Role>> holders_;  // person entity, a role the text gives them
};

}  // namespace

PRECIS_NOINLINE void find_quotes(Document& doc) {
    doc.quotes.clear();
    std::vector<Mark> marks;
    for (const Span& par : doc.paragraphs) scan_paragraph(doc.text, par, marks);
    Attributor attributor(doc);
    for (const Mark& m : marks) {
        Span inner = trim(doc.text, {static_cast<std::uint32_t>(m.inner_begin), static_cast<std::uint32_t>(m.inner_end)});
        if (inner.empty() || word_count(doc.view(inner)) < kMinQuoteWords) continue;
        // A quoted name («Левый фронт») is no quotation.
        auto named = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), inner.begin,
                                      [](const EntityMention& e, std::uint32_t p) { return e.span.begin < p; });
        if (named != doc.mentions.end() && named->span.begin == inner.begin && named->span.end == inner.end) continue;
        QuoteInfo q;
        q.span = inner;
        std::uint32_t t = attributor.token_at(inner.begin);
        if (t < doc.tokens.size()) q.sentence = doc.tokens[t].sentence;
        Speaker speaker = attributor.attribute(m);
        q.speaker = speaker.entity;
        if (speaker.role)
            q.role = {doc.tokens[speaker.role->first].span.begin, doc.tokens[speaker.role->second].span.end};
        // A quote that opens its sentence right after an attributed one in the same
        // paragraph goes on in the same voice: "“…,” said Hart. “It joins…”".
        if (!q.speaker && q.role.empty() && !doc.quotes.empty()) {
            const QuoteInfo& before = doc.quotes.back();
            const SentenceSpan& s = doc.sentences[q.sentence];
            bool opens_sentence = s.span.begin == m.open_begin;
            bool same_paragraph = doc.sentences[before.sentence].paragraph == s.paragraph;
            bool next_sentence = q.sentence == before.sentence + 1 || q.sentence == before.sentence;
            if (opens_sentence && same_paragraph && next_sentence) {
                q.speaker = before.speaker;
                q.role = before.role;
            }
        }
        if (doc.quotes.size() >= kMaxQuotes) break;
        doc.quotes.push_back(q);
    }
}

}  // namespace precis::detail
