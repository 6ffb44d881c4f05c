// The result as JSON, schema "precis/1", fields in the order the README shows them; and the
// article a web page's extraction found.
#include <precis/precis.hpp>

#include "input/input.hpp"
#include "text/utf8.hpp"
#include "render/json_writer.hpp"
#include "text/swar.hpp"

#include <string>

namespace precis {
namespace {

using detail::Writer;

// Where a piece of the input stands: in UTF-8 bytes and in UTF-16 units.
void offsets(Writer& w, const Range& x) {
    w.key("start"), w.value(x.start);
    w.key("end"), w.value(x.end);
    w.key("start16"), w.value(x.start16);
    w.key("end16"), w.value(x.end16);
}

void sentence_fields(Writer& w, const Sentence& s) {
    w.key("index"), w.value(s.index);
    w.key("paragraph"), w.value(s.paragraph);
    w.key("text"), w.value(s.text);
    offsets(w, s);
    w.key("score"), w.value(s.score);
}

void write_entity(Writer& w, const Entity& e) {
    w.begin_object();
    w.key("name"), w.value(e.name);
    w.key("type"), w.value(e.type);
    w.key("aliases"), w.begin_array();
    for (const auto& a : e.aliases) w.value(a);
    w.end_array();
    w.key("mentions"), w.value(e.mentions);
    w.key("salience"), w.value(e.salience);
    w.key("spans"), w.begin_array();
    for (const auto& s : e.spans) {
        w.begin_object();
        w.key("text"), w.value(s.text);
        offsets(w, s);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

void write_quote(Writer& w, const Quote& q) {
    w.begin_object();
    w.key("text"), w.value(q.text);
    w.key("speaker");
    if (q.speaker) w.value(*q.speaker);
    else w.null();
    w.key("speaker_role");
    if (q.speaker_role) w.value(*q.speaker_role);
    else w.null();
    w.key("sentence"), w.value(q.sentence);
    offsets(w, q);
    w.end_object();
}

// With Options::explain: every sentence, whether it was chosen, and its features.
void write_explain(Writer& w, const std::vector<ExplainedSentence>& explain) {
    w.key("explain"), w.begin_object();
    w.key("sentences"), w.begin_array();
    for (const auto& x : explain) {
        w.begin_object();
        sentence_fields(w, x.sentence);
        w.key("chosen"), w.value(x.chosen);
        w.key("features"), w.begin_object();
        for (const auto& f : x.features) w.key(f.name), w.value(f.value);
        w.end_object();
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

// The result's members; inside an object the caller opened.
void result_members(Writer& w, const Result& r) {
    w.key("schema"), w.value("precis/1");
    w.key("lang"), w.value(r.lang);
    w.key("type"), w.value(std::string(to_string(r.type)));
    w.key("title"), w.value(r.title);
    w.key("summary"), w.begin_array();
    for (const auto& s : r.sentences) w.value(s.text);
    w.end_array();
    w.key("sentences"), w.begin_array();
    for (const auto& s : r.sentences) {
        w.begin_object();
        sentence_fields(w, s);
        w.end_object();
    }
    w.end_array();
    w.key("entities"), w.begin_array();
    for (const auto& e : r.entities) write_entity(w, e);
    w.end_array();
    w.key("quotes"), w.begin_array();
    for (const auto& q : r.quotes) write_quote(w, q);
    w.end_array();
    w.key("stats"), w.begin_object();
    w.key("sentences"), w.value(r.stats.sentences);
    w.key("paragraphs"), w.value(r.stats.paragraphs);
    w.key("words"), w.value(r.stats.words);
    w.key("chars"), w.value(r.stats.chars);
    w.end_object();
    if (!r.explain.empty()) write_explain(w, r.explain);
}

// About the bytes of a result's compact JSON, for the writer's buffer: the texts (a chosen
// sentence twice, in the summary and with its fields) and the fields around each, at their
// sizes in cnndm results (a span's with four-digit offsets is 66 bytes), and room for the
// rest. Only a hint: a bigger result grows the buffer.
std::size_t json_size_hint(const Result& r) {
    constexpr std::size_t kFixed = 512, kSentenceFields = 110, kEntityFields = 100, kSpanFields = 66,
                          kQuoteFields = 150, kFeatureBytes = 32;
    std::size_t n = kFixed + r.title.size();
    for (const Sentence& s : r.sentences) n += 2 * s.text.size() + kSentenceFields;
    for (const Entity& e : r.entities) {
        n += kEntityFields + e.name.size();
        for (const std::string& a : e.aliases) n += a.size() + 3;
        for (const Span& s : e.spans) n += kSpanFields + s.text.size();
    }
    for (const Quote& q : r.quotes) n += kQuoteFields + q.text.size();
    for (const ExplainedSentence& x : r.explain)
        n += kSentenceFields + x.sentence.text.size() + kFeatureBytes * x.features.size();
    return n;
}

void write_result(Writer& w, const Result& r) {
    w.begin_object();
    result_members(w, r);
    w.end_object();
}

void write_article(Writer& w, const Article& a) {
    w.begin_object();
    w.key("schema"), w.value("precis-article/1");
    w.key("title"), w.value(a.title);
    w.key("byline"), w.value(a.byline);
    w.key("published"), w.value(a.published);
    w.key("lang"), w.value(a.lang);
    w.key("paragraphs"), w.begin_array();
    // Where each paragraph starts in body(), in bytes and UTF-16 units: a Sentence's
    // offsets minus these are offsets into its paragraph (Sentence::paragraph).
    std::size_t start = 0, start16 = 0;
    for (std::size_t i = 0; i < a.paragraphs.size(); ++i) {
        const std::string& p = a.paragraphs[i];
        w.begin_object();
        w.key("text"), w.value(p);
        w.key("start"), w.value(start);
        w.key("start16"), w.value(start16);
        start += p.size() + detail::kParagraphBreak.size();
        start16 += detail::Utf16Index(p).at(p.size()) + detail::kParagraphBreak.size();
        if (i < a.text_nodes.size()) {
            w.key("first_text"), w.value(a.text_nodes[i].first);
            w.key("last_text"), w.value(a.text_nodes[i].second);
        }
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

}  // namespace

std::string to_json(const Result& r, int indent) {
    Writer w(indent, json_size_hint(r));
    write_result(w, r);
    return w.take();
}

std::string to_json_line(std::string_view id_json, const Result& r) {
    Writer w(-1, json_size_hint(r) + id_json.size());
    w.begin_object();
    w.key("id"), w.json_text(id_json);
    result_members(w, r);
    w.end_object();
    return w.take();
}

std::string to_json_error_line(std::string_view id_json, std::string_view message) {
    Writer w(-1);
    w.begin_object();
    w.key("id"), w.json_text(id_json);
    w.key("error"), w.value(message);
    w.end_object();
    return w.take();
}

std::string to_json(const Article& a, int indent) {
    Writer w(indent);
    write_article(w, a);
    return w.take();
}

namespace detail {

void Writer::string(std::string_view s) {
    put('"');
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        while (i + 8 <= s.size() && !swar::any_json_special(swar::load8(s.data() + i))) i += 8;
        if (i == s.size()) break;
        auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        put(s.substr(run, i - run));
        run = i + 1;
        escape(c);
    }
    put(s.substr(run));
    put('"');
}

void Writer::escape(unsigned char c) {
    switch (c) {
        case '"': put("\\\""); break;
        case '\\': put("\\\\"); break;
        case '\b': put("\\b"); break;
        case '\f': put("\\f"); break;
        case '\n': put("\\n"); break;
        case '\r': put("\\r"); break;
        case '\t': put("\\t"); break;
        default: {
            static const char hex[] = "0123456789abcdef";
            put("\\u00");
            put(hex[c >> 4]);
            put(hex[c & 15]);
        }
    }
}

std::string page_to_json(const Article& article, const Result& result) {
    Writer w(-1);
    w.begin_object();
    w.key("article"), write_article(w, article);
    w.key("result"), write_result(w, result);
    w.end_object();
    return w.take();
}

}  // namespace detail

namespace {
const char* kind_name(OptionSpec::Kind kind) {
    switch (kind) {
        case OptionSpec::Kind::choice: return "choice";
        case OptionSpec::Kind::count: return "count";
        case OptionSpec::Kind::text: return "text";
        case OptionSpec::Kind::flag: return "flag";
    }
    return "text";  // unreachable: every kind is named above
}
}  // namespace

std::string options_to_json() {
    Writer w(-1);
    w.begin_array();
    for (const OptionSpec& spec : option_specs()) {
        w.begin_object();
        w.key("name"), w.value(std::string(spec.name));
        w.key("kind"), w.value(kind_name(spec.kind));
        w.key("choices"), w.begin_array();
        for (std::string_view c : spec.choices) w.value(std::string(c));
        w.end_array();
        w.key("most"), w.value(spec.most);
        w.key("default");
        if (spec.default_value.empty()) w.null();
        else if (spec.kind == OptionSpec::Kind::count) w.value(static_cast<std::size_t>(std::stoull(spec.default_value)));
        else if (spec.kind == OptionSpec::Kind::flag) w.value(spec.default_value == "true");
        else w.value(spec.default_value);
        w.end_object();
    }
    w.end_array();
    return w.take();
}

}  // namespace precis
