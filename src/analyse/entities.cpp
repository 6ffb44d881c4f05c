// Entities: capitalised runs (and, for Russian, quoted and descriptive names) cut at the
// boundaries the word lists show, grouped into entities by their words' keys, typed by
// the evidence around every mention, named in their dictionary form.
#include "analyse/analyse.hpp"
#include "analyse/names.hpp"
#include "analyse/roles.hpp"
#include "analyse/word_table.hpp"
#include "hash.hpp"
#include "input/input.hpp"
#include "text/utf8.hpp"
#include "lexicon.hpp"
#include "segment/segment.hpp"
#include "text/unicode.hpp"
#include "noinline.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>

namespace precis::detail {
namespace {

// Salience: every mention counts 1, the first mention adds up to kLeadBonus when it is
// early (news names its main actors first), and a name in the headline adds kTitleBonus.
constexpr double kLeadBonus = 3.0;
constexpr double kLeadDecay = 3.0;  // sentences until the lead bonus halves
constexpr double kTitleBonus = 2.0;
// Nationalities and bodies every country has ("British", "the Cabinet") rank below who
// and where.
constexpr double kOtherSalience = 0.25;
// A sentence whose words are mostly in capitals is shouting, not a list of acronyms.
constexpr double kShoutingShare = 0.6;
// Output at most this many entities; long articles name hundreds.
constexpr std::size_t kMaxEntities = 50;
// Distinct name forms read per document (README, "Limits"); news articles have tens to
// hundreds. Past this, mentions of forms already seen still count; new forms do not.
constexpr std::size_t kMaxNameForms = 20000;
// A quoted Russian name («Левый фронт») has at most this many words; longer is speech.
constexpr std::uint32_t kMaxQuotedNameWords = 4;
// Lower-case words a descriptive name takes after its head ("Комитет защиты
// журналистов") or between its capitalised adjective and head ("Федеральное авиационное управление").
constexpr std::uint32_t kMaxNameTail = 3;
// Words of an acronym's long form ("Комитет защиты журналистов (КЗЖ)").
constexpr std::uint32_t kMaxLongFormWords = 10;
// Candidates a sentence's list makes room for at its first: most sentences name fewer
// things, and the list then never grows (and copies) one candidate at a time.
constexpr std::size_t kCandsPerSentence = 4;

// Evidence for an entity's type, summed over its mentions; the largest sum wins.
constexpr double kKnownName = 4;         // in the word lists: "Russia", "NATO", "Москва"
constexpr double kDescriptive = 5;       // the phrase says it: "правительство России", "Османской империи"
constexpr double kNameWord = 3;          // "Ministry", "Party", "River" inside the name
constexpr double kGivenName = 3;         // a given name first, or initials and a surname
constexpr double kLoneGivenName = 1.5;   // "Alan" alone
constexpr double kPersonShape = 2;       // two to four capitalised words, none a list word
constexpr double kTitleBefore = 2;       // "President X", "министр X"
constexpr double kQuotedName = 2;        // «Левый фронт»: Russian news quotes names of organisations
constexpr double kAcronym = 1.5;         // "NATO", "ФСБ": most acronyms name organisations
constexpr double kForeignScript = 1.5;   // a Latin-script name in Russian text: most often a company
constexpr double kAfterPreposition = 1;  // "in X", "в X"
constexpr double kSpeechAfter = 1;       // "X said": people speak, and so do organisations
constexpr double kSurnameOfPerson = 3;   // "Putin" merged into "Vladimir Putin"
// Evidence this strong keeps two names of different types apart ("China", "Bank of China").
constexpr double kStrongEvidence = 2.5;
constexpr double kKindNoun = 2;          // "the town of X", "company X", "города X"
constexpr double kPlaceOfPlace = 2;      // "Lockerbie, Scotland"
constexpr double kDateline = 2;          // "MANCHESTER, England 1996-08-31", "MOSCOW, Aug 30"
constexpr double kCountryAfter = 1.5;    // "Jane Quigley (U.S.)": athletes and their countries
constexpr double kPlacePrefix = 2;       // "New York Yankees", "Boston Red Sox": a team, a paper, a firm
constexpr double kScoreLine = 2.5;       // "Barnsley 3 Portsmouth 0": teams between scores

bool is_company_suffix(std::string_view folded) {
    return folded == "co" || folded == "inc" || folded == "ltd" || folded == "corp" || folded == "plc" ||
           folded == "llc" || folded == "gmbh" || folded == "ag" || folded == "sa";
}

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

bool has_possessive(std::string_view word) {
    return ends_with(word, "'s") || ends_with(word, "\xE2\x80\x99s");
}

bool is_place(lexicon::NameKind k) { return k == lexicon::NameKind::place || k == lexicon::NameKind::city; }

// A candidate mention: tokens [first, last] of one sentence.
struct Cand {
    std::uint32_t first = 0, last = 0;
    std::uint32_t sentence = 0;
    Span span;
    bool descriptive = false;  // a phrase whose every word names it ("Османской империи")
    bool dropped = false;
    double evidence[4] = {};   // per EntityType
    Gender gender = Gender::unknown;
    std::int32_t link = -1;    // a candidate naming the same entity (an acronym's long form)
};

// Mentions with the same words (by key): one name of an entity.
struct Form {
    std::vector<std::string_view> keys;
    std::vector<std::size_t> cands;
    double evidence[4] = {};  // per EntityType
    Gender gender = Gender::unknown;
    bool descriptive = false;
};

int best_type(const double* ev);  // the EntityType with the most evidence, or -1 for none
bool initials_and_surname(const Form& form);

// What entities asks of every token, computed once. Small on purpose (24 bytes): an 8 MB
// text has millions of tokens. Its folded word is a span of Document::folded_text, and what
// the lists say is read through `entry`.
struct TokenInfo {
    const WordEntry* entry = nullptr;  // the list entry of its key, if any
    std::uint32_t folded_begin = 0, folded_size = 0;  // empty for a token that is no word
    std::uint32_t key_size = 0;        // its key is this prefix of its folded word (folded_name_key)
    bool known = false;                // a case form of the listed name entry->known
    bool given = false;                // a case form of the listed given name entry->given
    bool title = false;                // a title or role word ("President", "министра")
};

class EntityFinder {
public:
    EntityFinder(Document& doc, std::string_view title)
        : doc_(doc), tokens_(doc.tokens), table_(word_table(doc.lang)), title_(title) {}

    void run();

private:
    Document& doc_;
    const std::vector<Token>& tokens_;
    const WordTable& table_;
    std::string_view title_;
    std::vector<TokenInfo> info_;
    std::vector<char> seen_lower_;  // by term: written in lower case somewhere
    std::vector<char> shouted_;     // by sentence: mostly in capitals
    // Keys and folded words: views into the document's folded words (Document::folded_text).
    ViewSet inner_capital_;  // keys capitalised inside a sentence
    ViewSet inner_forms_;    // Russian: folded words capitalised inside a sentence
    ViewSet single_names_, inner_single_names_;
    ViewSet surnames_;      // keys of capitalised words after a capitalised word
    ViewSet noun_capital_;  // Russian: keys capitalised inside a sentence, no adjective
    std::vector<Cand> cands_;
    std::vector<std::vector<std::uint32_t>> by_sentence_;  // candidate indices per sentence
    std::vector<Form> forms_;
    std::vector<std::size_t> form_of_cand_;  // by candidate; SIZE_MAX for none
    std::vector<char> form_person_;          // by form: shaped like a person's name
    std::vector<std::size_t> owner_;         // by form: the form whose entity it names
    std::vector<std::size_t> full_form_;     // by entity: the form that names it
    std::vector<double> evidence_;           // four per entity, by EntityType

    std::string_view text(std::uint32_t i) const { return doc_.view(tokens_[i].span); }
    // Empty for a token that is no word.
    std::string_view folded(std::uint32_t i) const {
        return std::string_view(doc_.folded_text.data() + info_[i].folded_begin, info_[i].folded_size);
    }
    std::string_view key(std::uint32_t i) const { return folded(i).substr(0, info_[i].key_size); }
    bool flag(std::uint32_t i, std::uint32_t f) const {
        return tokens_[i].has(kWord) && info_[i].entry && (info_[i].entry->flags & f) != 0;
    }
    // A place or organisation word's listed form ("империя"), or empty.
    std::string_view nominative(std::uint32_t i) const {
        return info_[i].entry ? info_[i].entry->nominative : std::string_view();
    }
    std::string_view gap(std::uint32_t a, std::uint32_t b) const {  // between tokens a < b
        return doc_.text.substr(tokens_[a].span.end, tokens_[b].span.begin - tokens_[a].span.end);
    }
    // "NATO", "ФСБ"; in a shouted sentence every word looks like one, and none is.
    bool acronym(std::uint32_t i) const {
        return tokens_[i].has(kAllCaps) && count_code_points(text(i)) >= 2 && !shouted_[tokens_[i].sentence];
    }
    bool title_word(std::uint32_t i) const { return tokens_[i].has(kWord) && info_[i].title; }
    std::string joined(std::uint32_t a, std::uint32_t b) const {  // the keys of the capitalised words
        std::string out;
        for (auto i = a; i <= b; ++i) {
            if (!tokens_[i].has(kWord) || !tokens_[i].has(kCapitalised)) continue;
            if (!out.empty()) out += ' ';
            out += key(i);
        }
        return out;
    }
    // The listed name that the capitalised words [a, b] are.
    const WordEntry* known(std::uint32_t a, std::uint32_t b) const {
        if (!tokens_[a].has(kCapitalised) || !tokens_[b].has(kCapitalised)) return nullptr;
        if (a == b) return info_[a].known ? info_[a].entry : nullptr;
        const WordEntry* e = table_.find(joined(a, b));
        return e && !e->known.empty() ? e : nullptr;
    }
    bool known_kind(std::uint32_t a, std::uint32_t b, lexicon::NameKind kind) const {
        const WordEntry* k = known(a, b);
        return k && (k->known_kind == kind || (kind == lexicon::NameKind::place && is_place(k->known_kind)));
    }
    bool demonym(std::uint32_t i) const {
        if (known_kind(i, i, lexicon::NameKind::demonym)) return true;
        std::string_view k = key(i);  // "Americans", "Serbs"
        if (k.size() > 3 && k.back() == 's' && tokens_[i].has(kCapitalised)) {
            const WordEntry* e = table_.find(k.substr(0, k.size() - 1));
            return e && !e->known.empty() && e->known_kind == lexicon::NameKind::demonym;
        }
        return false;
    }
    // A listed given name's gender, if the word is a case form of one.
    Gender given(std::uint32_t i) const { return info_[i].given ? info_[i].entry->given_gender : Gender::unknown; }
    // The name begins with a listed place and goes on: "New York Yankees", "Hong Kong Standard".
    bool starts_with_place(const Cand& c) const {
        if (given(c.first) != Gender::unknown) return false;
        for (std::uint32_t k = c.first; k < c.last && k < c.first + table_.max_words(); ++k)
            if (known_kind(c.first, k, lexicon::NameKind::place)) return true;
        return false;
    }
    bool listed(std::uint32_t i) const { return known(i, i) || given(i) != Gender::unknown; }
    // The word is capitalised inside a sentence elsewhere; in Russian as a case form of the
    // same word ("Дело" at a sentence start is not "в Дели", though they share a key).
    bool named_inside(std::uint32_t i) const {
        if (!inner_capital_.count(key(i))) return false;
        if (doc_.lang != Lang::ru || inner_forms_.count(folded(i))) return true;
        for (std::string_view e : ru_endings()) {
            std::string form = std::string(key(i)) + std::string(e);
            if (inner_forms_.count(form) && ru_same_word(form, folded(i))) return true;
        }
        return inner_forms_.count(key(i)) && ru_same_word(key(i), folded(i));
    }
    // A sentence's first word that is a name nowhere else and in no list: alone, no name.
    bool lone_start(std::uint32_t i) const {
        return tokens_[i].has(kSentenceStart) && !named_inside(i) && !listed(i) && !acronym(i);
    }

    void prepare_tokens();
    void collect_evidence_of_case();
    bool name_word(std::uint32_t i, bool shouted) const;
    struct Run {
        std::uint32_t first, last;
        std::uint32_t next = 0;  // the token after the run as grown
    };
    Run grow_run(std::uint32_t i, const SentenceSpan& s, bool shouted) const;
    bool trim_run(Run& run) const;
    bool joins_previous(const Run& before, const Run& run) const;
    void find_runs();
    bool has_word(std::uint32_t from, std::uint32_t to, std::uint32_t words) const;
    bool organisation(std::uint32_t from, std::uint32_t to) const;
    bool place_or_org(std::uint32_t from, std::uint32_t to) const;
    bool person_words(std::uint32_t from, std::uint32_t to) const;
    bool ends_listed(std::uint32_t from, std::uint32_t k) const;
    std::optional<std::uint32_t> cut_in(std::uint32_t a, std::uint32_t b) const;
    void add_split(std::uint32_t a, std::uint32_t b, std::uint32_t sentence);
    void add_cand(std::uint32_t a, std::uint32_t b, std::uint32_t sentence, bool descriptive, int type, double weight);
    void find_long_forms();
    void find_quoted_names();
    // A descriptive phrase: tokens [first, core_last], of type `type`; `inner_place` when
    // its head names an organisation through the place after it ("правительства Китая").
    struct Phrase {
        std::uint32_t first, core_last;
        int type;
        bool inner_place;
    };
    bool lower_word(std::uint32_t i) const;
    bool plain_gap(std::uint32_t a, std::uint32_t b) const;
    int head_type(std::uint32_t i) const;
    std::optional<Phrase> phrase_at(std::uint32_t i, const SentenceSpan& s) const;
    std::optional<std::uint32_t> genitive_name_after(std::uint32_t last, std::uint32_t end, std::size_t runs) const;
    void find_descriptive_names();
    void weigh(Cand& c);
    void weigh_words(Cand& c, std::uint32_t caps) const;
    void weigh_context(Cand& c, std::uint32_t caps) const;
    void build_entities();
    void group_forms();
    bool person_like(const Form& form) const;
    void merge_shorter_forms();
    void merge_role_holders();
    void merge_long_forms();
    void make_entities();
    void name_and_rank();
    std::string form_text(std::size_t f, EntityType type, Gender gender) const;
    std::string nominative_word(std::size_t f, const Cand& c, std::uint32_t t, EntityType type, Gender gender) const;
    std::string descriptive_nominative(const std::vector<std::size_t>& cands) const;
};

// Folded forms, keys and what the lists say, per token. A Russian word whose ending is
// ambiguous keys as its other forms in the text or in the lists do: "Газпром" as
// "Газпрома" ("газпром"), "Китая" as "Китай" ("кита").
PRECIS_NOINLINE void EntityFinder::prepare_tokens() {
    const Lang lang = doc_.lang;
    info_.clear();
    info_.resize(tokens_.size());  // constructed in place, not copied from a prototype (a memcpy each in wasm)
    // What depends on a word's folded form alone, once per distinct form (most words
    // recur): its key, and what the lists say of the key and of the word.
    struct Listed {
        bool done = false;
        std::string_view key;
        const WordEntry* entry = nullptr;
        bool title = false;
    };
    std::vector<Listed> by_form(doc_.forms.size());
    for (std::uint32_t i = 0; i < tokens_.size(); ++i) {
        if (!tokens_[i].has(kWord)) continue;
        const Span f = doc_.forms[tokens_[i].form];
        info_[i].folded_begin = f.begin, info_[i].folded_size = f.size();
        Listed& l = by_form[tokens_[i].form];
        if (!l.done) {
            l.done = true;
            l.key = folded_name_key(lang, folded(i));
            l.entry = table_.find(l.key);
            l.title = lexicon::is_title_word(lang, folded(i));
        }
        info_[i].key_size = static_cast<std::uint32_t>(l.key.size());
    }
    if (lang == Lang::ru) {
        std::unordered_map<std::string_view, std::size_t, BytesHash> uses;  // key -> capitalised tokens with it
        for (std::uint32_t i = 0; i < tokens_.size(); ++i)
            if (tokens_[i].has(kCapitalised)) ++uses[key(i)];
        auto listed_key = [&](std::string_view k) {
            const WordEntry* e = table_.find(k);
            return e && (!e->known.empty() || !e->given.empty());
        };
        for (std::uint32_t i = 0; i < tokens_.size(); ++i) {
            if (!tokens_[i].has(kCapitalised) || uses[key(i)] > 1 || listed_key(key(i))) continue;
            // The alternatives are prefixes of the word folded, which is `folded`.
            for (const std::string& k : name_key_alternatives(lang, text(i))) {
                if (uses.count(k) || listed_key(k)) {
                    info_[i].key_size = static_cast<std::uint32_t>(std::min(k.size(), folded(i).size()));
                    break;
                }
            }
        }
    }
    for (std::uint32_t i = 0; i < tokens_.size(); ++i) {
        TokenInfo& t = info_[i];
        if (!tokens_[i].has(kWord)) continue;
        const Listed& l = by_form[tokens_[i].form];
        // A Russian key changed above (a shorter or longer prefix) is looked up again.
        const WordEntry* e = t.key_size == l.key.size() ? l.entry : table_.find(key(i));
        t.title = l.title;
        if (!e) continue;
        t.entry = e;
        t.title |= (e->flags & kRoleWord) != 0;
        if (!tokens_[i].has(kCapitalised)) continue;
        // A key is shared by words of other paradigms: "Дело" is no case of "Дели", "Германии"
        // none of "Герман".
        auto declines = [&](std::string_view listed) { return lang != Lang::ru || ru_declines_to(fold(listed), folded(i)); };
        t.known = !e->known.empty() && declines(e->known);
        t.given = !e->given.empty() && declines(e->given);
    }
}

PRECIS_NOINLINE void EntityFinder::collect_evidence_of_case() {
    // Terms written in lower case somewhere, and name keys capitalised inside a sentence:
    // together they tell a name at a sentence start from an ordinary capitalised word.
    // Shouted sentences are no evidence: every word of them is in capitals.
    seen_lower_.assign(doc_.terms.size(), 0);
    shouted_.clear();
    for (const SentenceSpan& s : doc_.sentences) {
        std::uint32_t words = 0, caps = 0;
        for (auto i = s.first_token; i < s.end_token; ++i) {
            if (!tokens_[i].has(kWord)) continue;
            ++words;
            caps += tokens_[i].has(kAllCaps);
        }
        bool shouted = words >= 4 && caps >= kShoutingShare * words;
        shouted_.push_back(shouted);
        for (auto i = s.first_token; i < s.end_token; ++i) {
            const Token& t = tokens_[i];
            if (!t.has(kWord)) continue;
            if (!t.has(kCapitalised)) seen_lower_[t.term] = 1;
            else if (!t.has(kSentenceStart) && !shouted) {
                inner_capital_.insert(key(i));
                if (doc_.lang == Lang::ru) inner_forms_.insert(folded(i));
                if (doc_.lang == Lang::ru && !ru_adjective(folded(i))) noun_capital_.insert(key(i));
            }
            if (t.has(kCapitalised) && i > s.first_token && tokens_[i - 1].has(kCapitalised) && gap(i - 1, i) == " ")
                surnames_.insert(key(i));
        }
    }
}

bool EntityFinder::name_word(std::uint32_t i, bool shouted) const {
    const Token& t = tokens_[i];
    if (!t.has(kWord) || !t.has(kCapitalised)) return false;
    std::string_view f = folded(i);
    if (has_possessive(f)) f.remove_suffix(2);  // "Thursday's"
    // A title is no name ("President Putin"), unless an organisation's word follows: "Foreign Ministry".
    bool org_follows = i + 1 < tokens_.size() && tokens_[i + 1].sentence == t.sentence &&
                       tokens_[i + 1].has(kCapitalised) && flag(i + 1, kOrganizationWord);
    if ((title_word(i) && !org_follows) || flag(i, kCalendarWord | kCommonAcronym)) return false;
    // "May 20" is a date; "Theresa May" is not.
    if (f == "may" && i + 1 < tokens_.size() && tokens_[i + 1].has(kNumber)) return false;
    if (shouted) {
        // Every word is in capitals: a name is one written so elsewhere, or a listed one.
        if (t.has(kStopword)) return false;
        if (named_inside(i) || listed(i)) return true;
        // A word of a listed name of several words: "NEW YORK".
        const SentenceSpan& s = doc_.sentences[t.sentence];
        for (std::uint32_t a = i >= s.first_token + table_.max_words() ? i - table_.max_words() + 1 : s.first_token; a <= i; ++a)
            for (std::uint32_t b = std::max(a + 1, i); b < s.end_token && b < a + table_.max_words(); ++b)
                if (tokens_[a].has(kCapitalised) && known(a, b)) return true;
        return false;
    }
    // After ". " the segmenter kept together ("млн. Однако"), a sentence may start all the same.
    bool start = t.has(kSentenceStart) ||
                 (i > 0 && tokens_[i - 1].sentence == t.sentence && gap(i - 1, i) == ". " && !is_single_capital(text(i - 1)));
    if (start && !acronym(i)) {  // acronyms are names anywhere
        if (t.has(kStopword) || lexicon::is_pronoun(doc_.lang, f) || lexicon::starts_with_connective(doc_.lang, f) ||
            flag(i, kOpener))
            return false;
        return named_inside(i) || listed(i) || !seen_lower_[t.term];
    }
    return true;
}

// The run of name words from token `i` of sentence `s` (a name word), and the token after it.
EntityFinder::Run EntityFinder::grow_run(std::uint32_t i, const SentenceSpan& s, bool shouted) const {
    Run run{i, i};
    std::uint32_t j = i + 1;
    while (j < s.end_token && !has_possessive(text(j - 1))) {  // "Venezuela's Ramon Guzman" is two names
        // After an initial or an initialism ("J. K.", "U.S. Treasury") ". " goes on.
        std::string_view prev = text(j - 1);
        bool initial = is_single_capital(prev) || (prev.size() >= 3 && prev[prev.size() - 2] == '.') ||
                       lexicon::is_abbreviation(doc_.lang, folded(j - 1));  // "St. Louis"
        if (!joins(gap(j - 1, j), initial)) break;
        if (name_word(j, shouted)) {
            run.last = j;
            ++j;
            continue;
        }
        // Particles inside a name: "Bashar al-Assad", "Ursula von der Leyen".
        std::uint32_t k = j;
        while (k + 1 < s.end_token && !tokens_[k].has(kCapitalised) && lexicon::is_name_particle(folded(k)) &&
               joins(gap(k, k + 1), false))
            ++k;
        if (k > j && k < s.end_token && name_word(k, shouted)) {
            run.last = k;
            j = k + 1;
            continue;
        }
        break;
    }
    run.next = j;
    return run;
}

// Trims a run's first word where it is no part of the name; false when nothing is left
// that is a name.
bool EntityFinder::trim_run(Run& run) const {
    // "The European Space Agency" is the European Space Agency; "The Times" stays.
    if (run.last - run.first >= 2 && tokens_[run.first].has(kStopword)) ++run.first;
    // A sentence's first word that is a name nowhere else is not part of one before a
    // name the text writes without it, or when it is an ordinary word elsewhere:
    // "Ранее Владимира Путина", "Today Putin".
    const Token& first = tokens_[run.first];
    if (run.last > run.first && first.has(kSentenceStart) && !acronym(run.first) && !named_inside(run.first) &&
        !listed(run.first) && !flag(run.last, kOrganizationWord) && !flag(run.last, kPlaceWord) &&
        (seen_lower_[first.term] || flag(run.first, kOpener) ||
         (doc_.lang == Lang::ru && ends_with(folded(run.first), "ее"))))
        ++run.first;
    bool alone_at_start = run.first == run.last && lone_start(run.first);
    bool trivial = run.first == run.last &&
                   (is_single_capital(text(run.first)) || tokens_[run.first].has(kStopword) ||
                    is_company_suffix(folded(run.first)) || flag(run.first, kOpener));
    return !alone_at_start && !trivial;
}

// "Bank of England", "University of Texas": an organisation's or place's word joins the
// name after "of"; "Industrial and Commercial Bank" joins an adjective before "and".
// (English words, also inside text in other languages.)
bool EntityFinder::joins_previous(const Run& before, const Run& run) const {
    if (run.first != before.last + 2) return false;
    std::string_view link = folded(run.first - 1);
    bool of = link == "of" && flag(before.last, kOrganizationWord | kPlaceWord);
    bool and_ = link == "and" && before.first == before.last && !listed(before.first) && flag(run.last, kOrganizationWord);
    return of || and_;
}

PRECIS_NOINLINE void EntityFinder::find_runs() {
    std::vector<Run> runs;  // of one sentence; kept from one to the next, not allocated for each
    for (std::uint32_t si = 0; si < doc_.sentences.size(); ++si) {
        const SentenceSpan& s = doc_.sentences[si];
        bool shouted = shouted_[si];
        runs.clear();
        std::uint32_t i = s.first_token;
        while (i < s.end_token) {
            if (!name_word(i, shouted)) {
                ++i;
                continue;
            }
            Run run = grow_run(i, s, shouted);
            i = run.next;
            if (!trim_run(run)) continue;
            if (!runs.empty() && joins_previous(runs.back(), run)) {
                runs.back().last = run.last;
                continue;
            }
            // A Russian adjective alone before a lower-case word is no name ("Нового года",
            // "Московскому времени"), unless it is a surname ("Жириновский заявил").
            if (doc_.lang == Lang::ru && run.first == run.last && run.last + 1 < s.end_token &&
                ru_adjective(folded(run.first)) && !tokens_[run.last + 1].has(kCapitalised) &&
                tokens_[run.last + 1].has(kWord) && !listed(run.first) && !surnames_.count(key(run.first)) &&
                !noun_capital_.count(key(run.first)))  // "Путиным довольны": "Путин" elsewhere
                continue;
            runs.push_back(run);
        }
        for (const Run& r : runs) {
            if (r.first == r.last) {
                single_names_.insert(key(r.first));
                if (!tokens_[r.first].has(kSentenceStart)) inner_single_names_.insert(key(r.first));
            }
        }
        for (const Run& r : runs) add_split(r.first, r.last, si);
    }
}

bool EntityFinder::has_word(std::uint32_t from, std::uint32_t to, std::uint32_t words) const {
    for (auto i = from; i <= to; ++i)
        if (flag(i, words)) return true;
    return false;
}
bool EntityFinder::organisation(std::uint32_t from, std::uint32_t to) const {
    return has_word(from, to, kOrganizationWord) || known_kind(from, to, lexicon::NameKind::organization);
}
bool EntityFinder::place_or_org(std::uint32_t from, std::uint32_t to) const {
    const auto* kn = known(from, to);
    return kn && kn->known_kind <= lexicon::NameKind::organization;  // a place, a city or an organisation
}
// [from, to] is a person's name: it starts with a given name, or it has two or more
// words, none of them listed.
bool EntityFinder::person_words(std::uint32_t from, std::uint32_t to) const {
    if (given(from) != Gender::unknown) return true;
    return to > from && !has_word(from, to, kOrganizationWord) && !has_word(from, to, kPlaceWord) && !known(from, from) &&
           !known(from, to) && !acronym(from);
}
// [from, k] ends with a listed place or organisation, or an acronym ("РФ").
bool EntityFinder::ends_listed(std::uint32_t from, std::uint32_t k) const {
    if (acronym(k)) return true;
    for (std::uint32_t s = k + 1; s-- > from && k - s < table_.max_words();)
        if (place_or_org(s, k)) return true;
    return false;
}

// Where the run [a, b] (a < b) joins two names: the last token of the first, or none.
std::optional<std::uint32_t> EntityFinder::cut_in(std::uint32_t a, std::uint32_t b) const {
    // "Chinese | Hangzhou", "Iraqi | Kurdish"; but "Czech Republic", "British Airways",
    // "European Tour" are one name.
    bool body = a + 1 == b && flag(b, kGenericBody);  // "British | Cabinet"
    if (demonym(a) && given(a) == Gender::unknown && (body || !organisation(a + 1, b)) && !known(a, b) &&
        (body || demonym(a + 1) || known(a + 1, b) || person_words(a + 1, b) || single_names_.count(key(a + 1))))
        return a;
    // A run of three or more splits when its first word is a name alone anywhere; a run
    // of two only when that word stands alone inside a sentence ("Li said" does not split
    // "Li Wei"; "Britain can't" splits "Britain Teresa").
    const auto& names = b - a >= 2 ? single_names_ : inner_single_names_;
    if (names.count(key(a)) && tokens_[a + 1].has(kCapitalised) && given(a) == Gender::unknown &&
        !organisation(a + 1, b))  // "Scottish | National Party" is one name
        return a;
    // "России Владимир Путин", "Правительства РФ Владимир Путин", "Крыма Россией".
    for (std::uint32_t k = a; k < b; ++k) {
        if (k == a && given(a) != Gender::unknown) continue;
        if (ends_listed(a, k) && (person_words(k + 1, b) || place_or_org(k + 1, b))) return k;
    }
    return std::nullopt;
}

// Adds the run [a, b], cut where it joins names of different things: a nationality
// before a name ("Chinese Hangzhou"), a place or organisation before a person ("России
// Владимир Путин", "Britain Teresa May"), a name of its own elsewhere ("Russia Vladimir").
void EntityFinder::add_split(std::uint32_t a, std::uint32_t b, std::uint32_t sentence) {
    // Two scripts are two names: "MySQL | Майкл Видениус".
    auto latin = [&](std::uint32_t i) { return static_cast<unsigned char>(text(i)[0]) < 0x80; };
    for (std::uint32_t k = a; k < b; ++k) {
        if (latin(k) != latin(k + 1) && gap(k, k + 1) == " ") {
            add_split(a, k, sentence);
            a = k + 1;
        }
    }
    while (a < b) {
        std::optional<std::uint32_t> cut = cut_in(a, b);
        if (!cut) break;
        add_cand(a, *cut, sentence, false, -1, 0);
        a = *cut + 1;
    }
    // A Russian adjective last, before the noun it goes with, starts another name:
    // "Роман Коноплев | Русской службе".
    if (b > a && doc_.lang == Lang::ru && ru_adjective(folded(b)) && b + 1 < tokens_.size() &&
        tokens_[b + 1].sentence == sentence && !tokens_[b + 1].has(kCapitalised) &&
        flag(b + 1, kOrganizationWord | kPlaceWord)) {
        --b;
        if (a == b && lone_start(a)) return;  // "Территория | Османской империи"
    }
    add_cand(a, b, sentence, false, -1, 0);
}

void EntityFinder::add_cand(std::uint32_t a, std::uint32_t b, std::uint32_t sentence, bool descriptive, int type,
                            double weight) {
    Cand c;
    c.first = a;
    c.last = b;
    c.sentence = sentence;
    c.descriptive = descriptive;
    c.span = {tokens_[a].span.begin, tokens_[b].span.end};
    // Drop a possessive ending: "Russia's" names Russia.
    std::string_view last = text(b);
    if (has_possessive(last)) c.span.end -= static_cast<std::uint32_t>(ends_with(last, "'s") ? 2 : 4);
    // "U.S." keeps its last period (the word breaker leaves it out).
    if (last.size() >= 3 && last[last.size() - 2] == '.' && c.span.end < doc_.text.size() && doc_.text[c.span.end] == '.')
        ++c.span.end;
    if (type >= 0) c.evidence[type] += weight;
    std::vector<std::uint32_t>& in_sentence = by_sentence_[sentence];
    if (in_sentence.empty()) in_sentence.reserve(kCandsPerSentence);
    in_sentence.push_back(static_cast<std::uint32_t>(cands_.size()));
    cands_.push_back(c);
}

// "Комитет защиты журналистов (КЗЖ)": an acronym in brackets spelled by the initials
// of the words before it names what they name.
PRECIS_NOINLINE void EntityFinder::find_long_forms() {
    std::size_t n = cands_.size();
    for (std::size_t ci = 0; ci < n; ++ci) {
        const Cand c = cands_[ci];
        if (c.first != c.last || !acronym(c.first) || c.first == 0) continue;
        std::uint32_t a = c.first;
        std::string_view before = gap(a - 1, a);
        if (before.find('(') == std::string_view::npos || a + 1 > tokens_.size()) continue;
        std::string letters(folded(a));
        std::vector<char32_t> initials;
        for (std::size_t i = 0; i < letters.size();) {
            char32_t cp = next_cp(letters, i);
            if (is_letter(cp)) initials.push_back(cp);
        }
        if (initials.size() < 2) continue;
        // Match the initials backwards from the word before the bracket; function words
        // ("of", "и", "по") may be skipped.
        std::uint32_t t = a - 1;
        std::uint32_t sentence_first = doc_.sentences[c.sentence].first_token;
        std::size_t need = initials.size();
        std::uint32_t first = a;
        for (std::uint32_t steps = 0; need > 0 && steps < kMaxLongFormWords; ++steps) {
            if (!tokens_[t].has(kWord)) break;
            std::string_view f = folded(t);
            std::size_t k = 0;
            char32_t initial = next_cp(f, k);
            if (initial == initials[need - 1]) {
                --need;
                first = t;
            } else if (!tokens_[t].has(kStopword)) {
                break;
            }
            if (t == sentence_first) break;
            --t;
        }
        if (need > 0 || first + 1 >= a || !tokens_[first].has(kCapitalised)) continue;
        std::uint32_t last = a - 1;
        // The long form replaces the names inside it, except places ("банк Китая").
        bool overlaps_phrase = false;
        for (std::uint32_t oi : by_sentence_[c.sentence]) {
            const Cand& o = cands_[oi];
            if (o.dropped || o.last < first || o.first > last) continue;
            if (o.descriptive && (o.first < first || o.last > last)) overlaps_phrase = true;
        }
        if (overlaps_phrase) continue;
        for (std::uint32_t oi : by_sentence_[c.sentence]) {
            Cand& o = cands_[oi];
            if (!o.dropped && o.first >= first && o.last <= last && !known_kind(o.first, o.last, lexicon::NameKind::place))
                o.dropped = true;
        }
        bool place = known_kind(a, a, lexicon::NameKind::place);
        add_cand(first, last, c.sentence, true, static_cast<int>(place ? EntityType::place : EntityType::organization),
                 kDescriptive);
        cands_.back().link = static_cast<std::int32_t>(ci);
        cands_[ci].link = static_cast<std::int32_t>(cands_.size() - 1);
    }
}

PRECIS_NOINLINE void EntityFinder::run() {
    doc_.entities.clear();
    doc_.mentions.clear();
    by_sentence_.assign(doc_.sentences.size(), {});
    prepare_tokens();
    collect_evidence_of_case();
    find_runs();
    if (doc_.lang == Lang::ru) {
        find_quoted_names();
        find_descriptive_names();
    }
    find_long_forms();
    for (Cand& c : cands_)
        if (!c.dropped) weigh(c);
    build_entities();
}

// «Левый фронт», „Водоканал“: a short quotation that starts with a capital and stands
// where a name would is a name (Russian news quotes the names of organisations).
PRECIS_NOINLINE void EntityFinder::find_quoted_names() {
    for (std::uint32_t si = 0; si < doc_.sentences.size(); ++si) {
        const SentenceSpan& s = doc_.sentences[si];
        for (auto i = s.first_token; i < s.end_token; ++i) {
            if (!tokens_[i].has(kCapitalised)) continue;
            std::string_view before = i > s.first_token ? gap(i - 1, i) : doc_.text.substr(s.span.begin, tokens_[i].span.begin - s.span.begin);
            if (before.empty()) continue;
            std::size_t k = before.size();
            char32_t open = prev_cp(before, k);
            char32_t close = open == 0xAB ? 0xBB : open == 0x201E ? 0x201C : open == 0x201C ? 0x201D : open == '"' ? '"' : 0;
            if (!close) continue;
            // The closing mark within a few words, nothing but spaces and hyphens between them.
            std::uint32_t words = 0;
            std::uint32_t j = i;
            bool closed = false;
            for (; j < s.end_token && words < kMaxQuotedNameWords; ++j) {
                ++words;
                std::string_view after = j + 1 < s.end_token ? gap(j, j + 1) : doc_.text.substr(tokens_[j].span.end, 4);
                std::size_t p = 0;
                char32_t cp = after.empty() ? 0 : next_cp(after, p);
                if (cp == close || (close == 0x201C && cp == 0x201D)) { closed = true; break; }
                bool plain = true;
                for (char ch : after) plain &= ch == ' ' || ch == '-' || ch == '.';
                if (!plain || j + 1 >= s.end_token) break;
            }
            if (!closed) continue;
            // Speech is quoted too: after a colon, before ", —" (its attribution), or opening
            // with a pronoun or a function word without an organisation's word before it
            // ("движение «За права человека»").
            std::size_t open_at = tokens_[i].span.begin - (before.size() - k);  // the opening mark
            std::size_t close_at = tokens_[j].span.end;
            auto char_before = [&](std::size_t p) -> char32_t {
                while (p > 0) {
                    char32_t cp = prev_cp(doc_.text, p);
                    if (!is_space_cp(cp)) return cp;
                }
                return 0;
            };
            // The first character after the closing mark (and a comma) that is no space.
            auto char_after = [&](std::size_t p) -> char32_t {
                next_cp(doc_.text, p);  // the closing mark
                while (p < doc_.text.size()) {
                    char32_t cp = next_cp(doc_.text, p);
                    if (!is_space_cp(cp) && cp != ',') return cp;
                }
                return 0;
            };
            char32_t after_close = char_after(close_at);
            bool speech_after = j + 1 < s.end_token && lexicon::is_speech_verb(doc_.lang, folded(j + 1));
            if (char_before(open_at) == ':' || after_close == 0x2014 || after_close == 0x2013 || speech_after) continue;
            bool described = i > s.first_token && flag(i - 1, kOrganizationWord);
            if (i > s.first_token && flag(i - 1, kThingWord)) continue;
            if (!described && (tokens_[i].has(kStopword) || lexicon::is_pronoun(doc_.lang, folded(i)))) continue;
            for (std::uint32_t oi : by_sentence_[si]) {
                Cand& o = cands_[oi];
                if (!o.dropped && o.first >= i && o.last <= j && !(o.first > i && known(o.first, o.last))) o.dropped = true;
            }
            add_cand(i, j, si, true, static_cast<int>(EntityType::organization), described ? kDescriptive : kQuotedName);
            i = j;
        }
    }
}

// Russian names made of ordinary words: a capitalised adjective and a head noun
// ("Османской империи", "Стратегический совет"), a capitalised head and its genitive
// words ("Комитет защиты журналистов"), and a head that names an organisation through
// the place after it ("правительства Китая", "мэрии Москвы"). The place stays a name of
// its own inside the phrase.
bool EntityFinder::lower_word(std::uint32_t i) const { return tokens_[i].has(kWord) && !tokens_[i].has(kCapitalised); }
bool EntityFinder::plain_gap(std::uint32_t a, std::uint32_t b) const { return joins(gap(a, b), false); }
// The type a head noun gives its phrase ("империи", "комитет"), or -1.
int EntityFinder::head_type(std::uint32_t i) const {
    if (flag(i, kPlaceWord)) return static_cast<int>(EntityType::place);
    if (flag(i, kOrganizationWord)) return static_cast<int>(EntityType::organization);
    return -1;
}

// The descriptive phrase that starts at token `i` of sentence `s`, if one does.
std::optional<EntityFinder::Phrase> EntityFinder::phrase_at(std::uint32_t i, const SentenceSpan& s) const {
    const Token& t = tokens_[i];
    if (!t.has(kWord)) return std::nullopt;
    Phrase p{i, i, -1, false};
    if (flag(i, kOrganizationHead) || known_kind(i, i, lexicon::NameKind::organization)) {
        // "правительства Китая", "МЧС России": the head and the place it belongs to.
        for (std::uint32_t e = i + 1; e < s.end_token && e <= i + table_.max_words() && plain_gap(e - 1, e); ++e)
            if (known_kind(i + 1, e, lexicon::NameKind::place)) p.core_last = e;
        if (p.core_last > i) {
            p.type = static_cast<int>(EntityType::organization);
            p.inner_place = true;
            return p;
        }
    }
    if (t.has(kCapitalised) && !t.has(kSentenceStart) && !t.has(kAllCaps) && ru_adjective(folded(i))) {
        // Adjective, up to kMaxNameTail lower-case adjectives, a head noun.
        std::uint32_t j = i + 1;
        while (j < s.end_token && j <= i + kMaxNameTail && lower_word(j) && plain_gap(j - 1, j) && head_type(j) < 0 &&
               ru_adjective(folded(j)))
            ++j;
        if (j >= s.end_token || !lower_word(j) || !plain_gap(j - 1, j) || head_type(j) < 0) return std::nullopt;
        p.type = head_type(j);
        // Lower-case genitive words after the head: "Центральном доме литераторов".
        std::uint32_t tail = j + 1;
        while (tail < s.end_token && tail <= j + 2 && lower_word(tail) && plain_gap(tail - 1, tail) &&
               !tokens_[tail].has(kStopword) && ru_genitive(folded(tail)) && !ru_adjective(folded(tail)))
            ++tail;
        p.core_last = tail - 1;
        // "Северо-Кавказском федеральном округе": a capitalised word before the hyphen.
        if (i > s.first_token && gap(i - 1, i) == "-" && tokens_[i - 1].has(kCapitalised)) --p.first;
        return p;
    }
    if (t.has(kCapitalised) && !t.has(kAllCaps) && flag(i, kOrganizationWord)) {
        // Head, genitive words: "Комитет защиты журналистов", "Союз координационных советов".
        std::uint32_t j = i + 1;
        while (j < s.end_token && j <= i + kMaxNameTail && lower_word(j) && plain_gap(j - 1, j) &&
               ru_genitive(folded(j)) && !tokens_[j].has(kStopword))
            ++j;
        if (j == i + 1) return std::nullopt;
        p.core_last = j - 1;
        p.type = head_type(i);
        return p;
    }
    return std::nullopt;
}

// The last token of a name in the genitive right after token `last` ("России", "США"),
// among the first `runs` candidates.
std::optional<std::uint32_t> EntityFinder::genitive_name_after(std::uint32_t last, std::uint32_t end,
                                                              std::size_t runs) const {
    if (last + 1 >= end || !plain_gap(last, last + 1)) return std::nullopt;
    std::uint32_t n = last + 1;
    if (given(n) != Gender::unknown || !(acronym(n) || ru_genitive(folded(n)))) return std::nullopt;
    for (std::uint32_t ci : by_sentence_[tokens_[n].sentence])
        if (ci < runs && !cands_[ci].dropped && cands_[ci].first == n) return cands_[ci].last;
    return std::nullopt;
}

// Russian names made of ordinary words: a capitalised adjective and a head noun
// ("Османской империи", "Стратегический совет"), a capitalised head and its genitive
// words ("Комитет защиты журналистов"), and a head that names an organisation through
// the place after it ("правительства Китая", "мэрии Москвы"). The place stays a name of
// its own inside the phrase.
PRECIS_NOINLINE void EntityFinder::find_descriptive_names() {
    const std::size_t runs = cands_.size();
    for (std::uint32_t si = 0; si < doc_.sentences.size(); ++si) {
        const SentenceSpan& s = doc_.sentences[si];
        for (auto i = s.first_token; i < s.end_token; ++i) {
            std::optional<Phrase> p = phrase_at(i, s);
            if (!p) continue;
            std::uint32_t first = p->first, last = p->core_last;
            // The genitive name after the phrase belongs to it: "Исламского комитета России".
            if (!p->inner_place)
                if (auto g = genitive_name_after(p->core_last, s.end_token, runs)) last = *g;
            bool clash = false;
            for (std::uint32_t oi : by_sentence_[si]) {
                const Cand& o = cands_[oi];
                if (!o.dropped && o.descriptive && o.last >= first && o.first <= last) clash = true;
            }
            if (clash) continue;
            // The words of the phrase are no names of their own; a name after its head is.
            bool have_place = false;
            for (std::uint32_t oi : by_sentence_[si]) {
                Cand& o = cands_[oi];
                if (o.dropped || o.first < first || o.last > last) continue;
                if (o.first <= (p->inner_place ? first : p->core_last)) o.dropped = true;
                else if (o.first == first + 1 && o.last == last) have_place = true;
            }
            if (p->inner_place && !have_place) add_cand(first + 1, last, si, false, -1, 0);
            add_cand(first, last, si, true, p->type, kDescriptive);
            i = last;
        }
    }
}

// Adds `w` to the evidence that mention `c` is of type `type`.
void add_evidence(Cand& c, EntityType type, double w) { c.evidence[static_cast<int>(type)] += w; }

// The evidence one mention gives for its type: its words, then the words around it.
void EntityFinder::weigh(Cand& c) {
    std::uint32_t caps = 0;
    for (auto i = c.first; i <= c.last; ++i) caps += tokens_[i].has(kCapitalised);
    if (!c.descriptive) weigh_words(c, caps);
    weigh_context(c, caps);
}

// What the words of a name say: listed names, given names, initials, organisation and
// place words, acronyms.
void EntityFinder::weigh_words(Cand& c, std::uint32_t caps) const {
    auto add = [&](EntityType type, double w) { add_evidence(c, type, w); };
    if (const auto* k = known(c.first, c.last)) {
        if (is_place(k->known_kind)) add(EntityType::place, kKnownName);
        else if (k->known_kind == lexicon::NameKind::organization) add(EntityType::organization, kKnownName);
        else if (k->known_kind == lexicon::NameKind::demonym) add(EntityType::other, 2 * kKnownName);
    }
    if (c.first == c.last && (demonym(c.first) || flag(c.first, kGenericBody)))
        add(EntityType::other, 2 * kKnownName);
    Gender g = given(c.first);
    if (g != Gender::unknown) {
        add(EntityType::person, caps >= 2 ? kGivenName : kLoneGivenName);
        c.gender = g;
    }
    bool initials = caps >= 2;
    for (auto i = c.first; i < c.last; ++i)
        if (tokens_[i].has(kCapitalised) && count_code_points(text(i)) != 1) initials = false;
    if (initials) add(EntityType::person, kGivenName);
    for (auto i = c.first; i <= c.last; ++i) {
        if (flag(i, kOrganizationWord)) add(EntityType::organization, kNameWord);
        if (flag(i, kPlaceWord)) add(EntityType::place, kNameWord);
    }
    if (c.first == c.last && acronym(c.first) && !known(c.first, c.last)) add(EntityType::organization, kAcronym);
    if (!known(c.first, c.last) && starts_with_place(c)) add(EntityType::organization, kPlacePrefix);
    if (doc_.lang == Lang::ru) {
        std::string_view first = text(c.first);
        if (!first.empty() && static_cast<unsigned char>(first[0]) < 0x80) add(EntityType::organization, kForeignScript);
    }
}

// What the words around a name say: a title before it, a preposition, "said" after it,
// a place after a comma, a dateline, scores.
void EntityFinder::weigh_context(Cand& c, std::uint32_t caps) const {
    auto add = [&](EntityType type, double w) { add_evidence(c, type, w); };
    const SentenceSpan& s = doc_.sentences[c.sentence];
    bool number_before = c.first > s.first_token && tokens_[c.first - 1].has(kNumber) && gap(c.first - 1, c.first) == " ";
    if (c.first > s.first_token) {
        std::uint32_t p = c.first - 1;
        bool lower = tokens_[p].has(kWord) && !tokens_[p].has(kCapitalised);
        if (tokens_[p].has(kWord) && title_word(p)) {
            add(EntityType::person, kTitleBefore);
            lexicon::Marked m = lexicon::title_gender(doc_.lang, folded(p));  // "Mrs", "госпожа"
            if (m != lexicon::Marked::none) c.gender = m == lexicon::Marked::male ? Gender::male : Gender::female;
        }
        if (lower && flag(p, kPlacePreposition)) add(EntityType::place, kAfterPreposition);
        // "the town of X", "the state capital X", "компании Piedmont Airlines", "города Немуро".
        std::uint32_t q = lower && folded(p) == "of" && p > s.first_token ? p - 1 : p;
        if (tokens_[q].has(kWord) && !tokens_[q].has(kCapitalised)) {
            if (flag(q, kPlaceWord) || key(q) == "capital") add(EntityType::place, kKindNoun);
            else if (flag(q, kOrganizationWord)) add(EntityType::organization, kKindNoun);
        }
    }
    // "имени Б. Н. Ельцина": after "имени" a name is in the genitive, where a man's
    // surname ends in -а (a woman's in -ой).
    if (doc_.lang == Lang::ru && c.gender == Gender::unknown && c.first > s.first_token && c.last > c.first &&
        (folded(c.first - 1) == "им" || folded(c.first - 1) == "имени") && ends_with(folded(c.last), "а"))
        c.gender = Gender::male;
    bool number_after = false;
    if (c.last + 1 < s.end_token) {
        std::uint32_t n = c.last + 1;
        std::string_view f = folded(n);
        std::string_view between = gap(c.last, n);
        if (lexicon::is_speech_verb(doc_.lang, f)) add(EntityType::person, kSpeechAfter);
        if (doc_.lang == Lang::ru && !tokens_[n].has(kCapitalised) && c.gender == Gender::unknown)
            c.gender = ru_verb_gender(f);
        // "Lockerbie, Scotland".
        if (between == ", " && tokens_[n].has(kCapitalised)) {
            for (std::uint32_t e = n; e < s.end_token && e < n + table_.max_words(); ++e)
                if (known_kind(n, e, lexicon::NameKind::place)) add(EntityType::place, kPlaceOfPlace);
        }
        // "Jane Quigley (U.S.)".
        if (between == " (" && caps >= 2 && known_kind(n, n, lexicon::NameKind::place))
            add(EntityType::person, kCountryAfter);
        number_after = tokens_[n].has(kNumber) && between == " ";
    }
    // A dateline: a paragraph opening with a name in capitals, then a comma or a date.
    bool paragraph_start = c.sentence == 0 || doc_.sentences[c.sentence - 1].paragraph != s.paragraph;
    if (paragraph_start && c.first == s.first_token && tokens_[c.first].has(kAllCaps) && c.span.size() > 2 &&
        (number_after || (c.last + 1 < s.end_token && (gap(c.last, c.last + 1).substr(0, 1) == "," ||
                                                       gap(c.last, c.last + 1) == " ("))))  // "PORTSMOUTH (Local Wire)"
        add(EntityType::place, kDateline);
    // Between scores a city names its team.
    if (number_before && number_after) {
        add(EntityType::organization, kScoreLine);
        if (const auto* k = known(c.first, c.last); k && k->known_kind == lexicon::NameKind::city) {
            add(EntityType::place, -kKnownName);
            add(EntityType::organization, kKnownName);
        }
    }
}

int best_type(const double* ev) {
    int best = -1;
    double top = 0;
    for (int k = 0; k < 4; ++k)
        if (ev[k] > top) top = ev[k], best = k;
    return best;
}

// "В. Путин", "J. Smith": initials and a surname name the person the surname names.
bool initials_and_surname(const Form& form) {
    for (std::size_t k = 0; k + 1 < form.keys.size(); ++k)
        if (count_code_points(form.keys[k]) != 1) return false;
    return form.keys.size() >= 2;
}

PRECIS_NOINLINE void EntityFinder::build_entities() {
    group_forms();
    form_person_.assign(forms_.size(), 0);
    for (std::size_t f = 0; f < forms_.size(); ++f) {
        form_person_[f] = person_like(forms_[f]);
        if (form_person_[f]) forms_[f].evidence[static_cast<int>(EntityType::person)] += kPersonShape;
    }
    merge_shorter_forms();
    merge_role_holders();
    merge_long_forms();
    make_entities();
    name_and_rank();
}

// Groups the mentions into forms: the same words (by key) are one name.
PRECIS_NOINLINE void EntityFinder::group_forms() {
    std::unordered_map<std::string, std::size_t> form_of;
    form_of.reserve(cands_.size());
    form_of_cand_.assign(cands_.size(), SIZE_MAX);
    std::vector<std::string_view> keys;  // kept from one candidate to the next (copied into a new form)
    std::string joined_keys;
    for (std::size_t ci = 0; ci < cands_.size(); ++ci) {
        const Cand& c = cands_[ci];
        if (c.dropped) continue;
        keys.clear();
        joined_keys.clear();
        if (c.descriptive) joined_keys += '\x01';  // a phrase never merges with a run of its words
        for (auto t = c.first; t <= c.last; ++t) {
            if (!tokens_[t].has(kWord) || (!c.descriptive && !tokens_[t].has(kCapitalised))) continue;
            keys.push_back(key(t));
            joined_keys += keys.back();
            joined_keys += ' ';
        }
        auto it = form_of.find(joined_keys);
        if (it == form_of.end()) {
            if (forms_.size() >= kMaxNameForms) continue;
            it = form_of.emplace(joined_keys, forms_.size()).first;
            forms_.push_back({});
            forms_.back().keys.assign(keys.begin(), keys.end());
            forms_.back().descriptive = c.descriptive;
        }
        Form& f = forms_[it->second];
        for (int k = 0; k < 4; ++k) f.evidence[k] += c.evidence[k];
        if (f.gender == Gender::unknown) f.gender = c.gender;
        form_of_cand_[ci] = it->second;
    }
    // Each form's candidates, in order, once their number is known: one allocation a form.
    std::vector<std::size_t> count(forms_.size(), 0);
    for (std::size_t f : form_of_cand_)
        if (f != SIZE_MAX) ++count[f];
    for (std::size_t f = 0; f < forms_.size(); ++f) forms_[f].cands.reserve(count[f]);
    for (std::size_t ci = 0; ci < cands_.size(); ++ci)
        if (form_of_cand_[ci] != SIZE_MAX) forms_[form_of_cand_[ci]].cands.push_back(ci);
}

// A person's name: two to four capitalised words, none an organisation's or place's
// word, not shouted, and a first word that is no name of its own elsewhere (given
// names do not stand alone in news; "Russian", "British" do).
bool EntityFinder::person_like(const Form& form) const {
    if (form.descriptive || form.keys.size() < 2 || form.keys.size() > 4) return false;
    const Cand& c = cands_[form.cands.front()];
    for (auto i = c.first; i <= c.last; ++i)
        if (flag(i, kOrganizationWord | kPlaceWord)) return false;
    if (known(c.first, c.last) || starts_with_place(c)) return false;
    for (auto i = c.first; i <= c.last; ++i)
        if (acronym(i) || (tokens_[i].has(kCapitalised) && known(i, i) && given(i) == Gender::unknown)) return false;
    if (single_names_.count(form.keys.front()) && given(c.first) == Gender::unknown) return false;
    std::string_view txt = doc_.view(c.span);
    if (txt.find(' ') == std::string_view::npos) return false;  // "Маунтин-Вью"
    bool has_lower = false;
    for (std::size_t i = 0; i < txt.size();) has_lower |= is_lower(next_cp(txt, i));
    return has_lower;
}

// Merges a one-word form into the longer name whose last word it is ("Putin" into
// "Vladimir Putin", "Times" into "The Times"), or whose first word it is when that name
// is a person's ("Vladimir"), unless their own evidence says they name different kinds
// of thing ("China" is not "Bank of China").
PRECIS_NOINLINE void EntityFinder::merge_shorter_forms() {
    // Longer names first (a name has few words: a pass per length beats a sort).
    std::size_t longest = 0;
    for (const Form& form : forms_) longest = std::max(longest, form.keys.size());
    std::vector<std::size_t> order;
    order.reserve(forms_.size());
    for (std::size_t n = longest; n > 0; --n)
        for (std::size_t f = 0; f < forms_.size(); ++f)
            if (forms_[f].keys.size() == n) order.push_back(f);
    owner_.assign(forms_.size(), 0);
    std::unordered_map<std::string_view, std::size_t, BytesHash> word_owner;  // name word key -> form
    auto claim = [&](std::string_view key, std::size_t f) {
        auto w = word_owner.find(key);
        // The better known of two names that share a word keeps it.
        if (w == word_owner.end() || forms_[w->second].cands.size() < forms_[f].cands.size()) word_owner[key] = f;
    };
    // Weak evidence ("to Peskov") does not keep a surname from its full name.
    auto strong_type = [&](const Form& f) {
        int t = best_type(f.evidence);
        return t >= 0 && f.evidence[t] >= kStrongEvidence ? t : -1;
    };
    auto compatible = [&](std::size_t a, std::size_t b) {
        constexpr int other = static_cast<int>(EntityType::other);
        if (best_type(forms_[a].evidence) == other || best_type(forms_[b].evidence) == other) return false;
        int x = strong_type(forms_[a]), y = strong_type(forms_[b]);
        return x < 0 || y < 0 || x == y;
    };
    for (std::size_t f : order) {
        owner_[f] = f;
        const Form& form = forms_[f];
        if (form.descriptive) continue;
        if (form.keys.size() == 1 || initials_and_surname(form)) {
            auto w = word_owner.find(form.keys.back());
            if (w != word_owner.end() && compatible(f, w->second)) owner_[f] = owner_[w->second];
            else if (w == word_owner.end() && form.keys.size() > 1) claim(form.keys.back(), f);  // "M. Bevan" names "Bevan"
        } else {
            claim(form.keys.back(), f);
            if (form_person_[f]) claim(form.keys.front(), f);
        }
    }
}

// A given name alone and a surname alone that hold the same office are one person:
// "Prime Minister of great Britain Teresa ...", "Mei took office as Prime Minister of
// great Britain".
PRECIS_NOINLINE void EntityFinder::merge_role_holders() {
    struct Holder {
        std::size_t form;
        Role role;
    };
    std::vector<Holder> given_names, surnames;
    for (std::size_t f = 0; f < forms_.size(); ++f) {
        const Form& form = forms_[f];
        if (owner_[f] != f || form.descriptive || form.keys.size() != 1 ||
            best_type(form.evidence) != static_cast<int>(EntityType::person))
            continue;
        for (std::size_t ci : form.cands) {
            const Cand& c = cands_[ci];
            for (auto range : {title_before(doc_, c.first), title_after(doc_, c.last)}) {
                if (!range) continue;
                Role role = role_of(doc_, *range);
                if (role.empty()) continue;
                (given(c.first) != Gender::unknown ? given_names : surnames).push_back({f, role});
            }
        }
    }
    for (const Holder& g : given_names)
        for (const Holder& h : surnames)
            if (owner_[g.form] == g.form && same_role(g.role, h.role)) owner_[g.form] = h.form;
}

// An acronym and its long form are one entity.
PRECIS_NOINLINE void EntityFinder::merge_long_forms() {
    for (std::size_t ci = 0; ci < cands_.size(); ++ci) {
        const Cand& c = cands_[ci];
        if (c.dropped || c.link < 0 || form_of_cand_[ci] == SIZE_MAX) continue;
        std::size_t a = form_of_cand_[ci], b = form_of_cand_[static_cast<std::size_t>(c.link)];
        if (b == SIZE_MAX || !forms_[a].descriptive) continue;  // the long form owns the acronym
        std::size_t oa = owner_[a];
        for (std::size_t f = 0; f < forms_.size(); ++f)
            if (owner_[f] == owner_[b]) owner_[f] = oa;
    }
}

// One entity per owner, mentions in document order.
PRECIS_NOINLINE void EntityFinder::make_entities() {
    constexpr std::uint32_t kNone = UINT32_MAX;
    std::vector<std::uint32_t> entity_of(forms_.size(), kNone);  // by owner form
    // At most one entity a form: reserved, not grown (an EntityInfo is large to copy).
    doc_.entities.reserve(forms_.size());
    full_form_.reserve(forms_.size());
    evidence_.reserve(4 * forms_.size());
    for (std::size_t f = 0; f < forms_.size(); ++f) {
        std::size_t o = owner_[f];
        if (entity_of[o] == kNone) {
            entity_of[o] = static_cast<std::uint32_t>(doc_.entities.size());
            doc_.entities.emplace_back();
            full_form_.push_back(o);
            evidence_.resize(evidence_.size() + 4);
        }
        const std::uint32_t id = entity_of[o];
        EntityInfo& e = doc_.entities[id];
        double* ev = &evidence_[4 * id];
        for (int k = 0; k < 4; ++k) ev[k] += forms_[f].evidence[k];
        if (f != o && form_person_[o]) ev[static_cast<int>(EntityType::person)] += kSurnameOfPerson;
        if (e.gender == Gender::unknown) e.gender = forms_[f].gender;
        for (std::size_t ci : forms_[f].cands) doc_.mentions.push_back({cands_[ci].span, cands_[ci].sentence, id});
    }
    std::sort(doc_.mentions.begin(), doc_.mentions.end(), [](const EntityMention& a, const EntityMention& b) {
        return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
    });
}

// The text of form `f` as the entity's name or alias: as written, or for Russian in its
// dictionary form.
std::string EntityFinder::form_text(std::size_t f, EntityType type, Gender gender) const {
    // The first mention not in capitals, when there is one: "Houston", not "HOUSTON".
    std::size_t first = forms_[f].cands.front();
    for (std::size_t ci : forms_[f].cands) {
        if (!shouted_[cands_[ci].sentence]) {
            first = ci;
            break;
        }
    }
    const Cand& c = cands_[first];
    if (doc_.lang != Lang::ru) return std::string(doc_.view(c.span));
    if (!forms_[f].descriptive)
        if (const auto* k = known(c.first, c.last)) return std::string(k->known);
    // A descriptive name: its head in the nominative, the adjectives before it agreeing
    // ("Османской империи" is "Османская империя"), the words after it as they are.
    if (forms_[f].descriptive || (c.first == c.last && !nominative(c.first).empty()))
        return descriptive_nominative(forms_[f].cands);  // also "Библиотеки" alone
    std::string out;
    for (auto t = c.first; t <= c.last; ++t) {
        if (t > c.first) out += gap(t - 1, t);
        out += nominative_word(f, c, t, type, gender);
    }
    return out;
}

// Word `t` of mention `c` of form `f` in the nominative: the most nominative of the forms
// the text writes it in, or for a person's surname the nominative its declension gives.
std::string EntityFinder::nominative_word(std::size_t f, const Cand& c, std::uint32_t t, EntityType type,
                                          Gender gender) const {
    std::string_view best = text(t);
    if (!tokens_[t].has(kWord)) return std::string(best);
    int rank = ru_nominative_rank(best);
    for (std::size_t ci : forms_[f].cands) {
        std::uint32_t u = cands_[ci].first + (t - c.first);
        if (u > cands_[ci].last) continue;
        std::string_view v = text(u);
        int r = ru_nominative_rank(v);
        if (r > rank) best = v, rank = r;
    }
    std::string word(best);
    if (type != EntityType::person || !tokens_[t].has(kCapitalised)) return word;
    if (t == c.first && given(t) != Gender::unknown) return std::string(info_[t].entry->given);
    if (std::string nom = ru_nominative_surname(word, gender); !nom.empty()) return nom;
    if (t > c.first && gender == Gender::male && given(c.first) != Gender::unknown &&
        folded(c.first) != fold(info_[c.first].entry->given)) {
        // "Эмманюэля Макрона": the given name's case tells the surname's.
        if (std::string m = ru_nominative_mans_surname(word, text(c.first)); !m.empty()) return m;
    }
    return word;
}

// Names in their dictionary form, types, salience.
PRECIS_NOINLINE void EntityFinder::name_and_rank() {
    std::vector<char> seen(doc_.entities.size());
    for (const EntityMention& m : doc_.mentions) {
        EntityInfo& e = doc_.entities[m.entity];
        if (!seen[m.entity]) e.first_sentence = m.sentence;
        seen[m.entity] = 1;
        ++e.mentions;
    }
    std::string folded_title = fold(title_);
    double best = 0;
    for (std::size_t k = 0; k < doc_.entities.size(); ++k) {
        EntityInfo& e = doc_.entities[k];
        std::size_t full = full_form_[k];
        int type = best_type(&evidence_[4 * k]);
        // Without evidence the type is not clear: "other".
        e.type = type >= 0 ? static_cast<EntityType>(type) : EntityType::other;
        e.person = e.type == EntityType::person;
        e.name = form_text(full, e.type, e.gender);
        for (std::size_t f = 0; f < forms_.size(); ++f) {
            if (owner_[f] != full || f == full) continue;
            std::string alias = form_text(f, e.type, e.gender);
            if (alias != e.name && std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end())
                e.aliases.push_back(std::move(alias));
        }
        double raw = e.mentions + kLeadBonus * kLeadDecay / (kLeadDecay + e.first_sentence);
        if (!folded_title.empty() && !forms_[full].keys.empty() && folded_title.find(forms_[full].keys.back()) != std::string::npos)
            raw += kTitleBonus;
        if (type == static_cast<int>(EntityType::other)) raw *= kOtherSalience;  // a nationality, "the Cabinet"
        e.salience = raw;
        best = std::max(best, raw);
    }
    for (EntityInfo& e : doc_.entities) e.salience = best > 0 ? e.salience / best : 0;
}

std::string EntityFinder::descriptive_nominative(const std::vector<std::size_t>& mentions) const {
    const Cand& c = cands_[mentions.front()];
    std::optional<std::uint32_t> head;
    for (auto t = c.first; t <= c.last && !head; ++t)
        if (tokens_[t].has(kWord) && !nominative(t).empty()) head = t;
    if (!head) return std::string(doc_.view(c.span));
    std::string noun(nominative(*head));
    // The text's own nominative of a word, if one mention has it.
    auto seen_nominative = [&](std::uint32_t t, bool adjective) -> std::optional<std::string_view> {
        for (std::size_t ci : mentions) {
            std::uint32_t u = cands_[ci].first + (t - c.first);
            if (u > cands_[ci].last) continue;
            std::string_view f = folded(u);
            if (adjective ? ru_adjective_nominative_form(f, noun) : f == noun) return text(u);
        }
        return std::nullopt;
    };
    auto same_case = [](std::string_view model, std::string word) {  // "правительства" -> "правительство"
        std::size_t k = 0;
        if (!model.empty() && is_upper(next_cp(model, k)) && !word.empty()) {
            std::size_t i = 0;
            char32_t first = next_cp(word, i);
            std::string out;
            append_utf8(out, static_cast<char32_t>(u_toupper(static_cast<UChar32>(first))));
            return out + word.substr(i);
        }
        return word;
    };
    std::string out;
    for (auto t = c.first; t <= c.last; ++t) {
        if (t > c.first) out += gap(t - 1, t);
        std::string_view written = text(t);
        if (t == *head) {
            out += tokens_[t].has(kAllCaps) ? std::string(written) : same_case(written, noun);  // "МИД"
        } else if (t < *head && tokens_[t].has(kWord) && ru_adjective(folded(t))) {
            auto seen = seen_nominative(t, true);
            out += seen ? std::string(*seen) : ru_adjective_nominative(written, noun);
        } else {
            out += written;
        }
    }
    return out;
}

}  // namespace

PRECIS_NOINLINE void find_entities(Document& doc, std::string_view title) {
    EntityFinder(doc, title).run();
}

// Entities in output order: by salience, then by first appearance.
std::vector<std::uint32_t> entity_order(const Document& doc) {
    std::vector<std::uint32_t> order(doc.entities.size());
    for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const auto& x = doc.entities[a];
        const auto& y = doc.entities[b];
        if (x.salience != y.salience) return x.salience > y.salience;
        if (x.first_sentence != y.first_sentence) return x.first_sentence < y.first_sentence;
        return a < b;  // a total order: the result is that of a stable sort, with less code
    });
    if (order.size() > kMaxEntities) order.resize(kMaxEntities);
    return order;
}

}  // namespace precis::detail
