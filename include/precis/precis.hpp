// precis: a small, fast, faithful extractive summarizer for news articles.
// C++ API. See README.md for usage; the JSON form of Result is schema "precis/1".
#pragma once

#include <precis/version.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace precis {

/// The kind of summary, named as in the browser Summarizer API.
enum class SummaryType { key_points, tldr, teaser, headline };

/// How long the summary is: key-points 3/5/7 sentences, tldr and teaser 1/2/3, headline 1.
enum class Length { short_, medium, long_ };

/// The default limit on input size (Options::max_bytes): 8 MiB.
constexpr std::size_t kMaxBytes = 8u * 1024u * 1024u;

/// Every option, with every default in one place.
struct Options {
    /// "auto" (detect), or one of en, ru, de, fr, es, it, pt.
    std::string lang = "auto";
    SummaryType type = SummaryType::key_points;
    Length length = Length::short_;
    /// Exact number of sentences; overrides `length` when set (must be >= 1).
    std::optional<std::size_t> sentences;
    /// The summary (chosen sentences, joined by one separator each) never exceeds this
    /// many characters (Unicode code points); whole sentences only.
    std::optional<std::size_t> max_chars;
    /// The article's title. When unset, a first line that looks like a headline is used.
    std::optional<std::string> title;
    /// Larger input is an input error, never truncated.
    std::size_t max_bytes = kMaxBytes;
    /// Draw the summary from after the article's lead: the first paragraph, or the first
    /// three sentences of an article that is one paragraph (for a box shown right above
    /// the lead). An article with nothing after its lead is summarized whole.
    bool skip_lead = false;
    /// Keep every sentence with its features and score in Result::explain.
    bool explain = false;
};

/// Where a piece of the input stands. `start`/`end` are UTF-8 byte offsets into the
/// input, `start16`/`end16` the same positions in UTF-16 code units (for JavaScript
/// strings). Sentences, quotes and entity mentions are located by one.
struct Range {
    std::size_t start = 0, end = 0;
    std::size_t start16 = 0, end16 = 0;
};

/// A sentence of the input, at its Range.
struct Sentence : Range {
    std::size_t index = 0;      ///< counts sentences from 0 over the input (title excluded)
    /// Counts paragraphs from 0 (title excluded); for an Article, indexes Article::paragraphs.
    std::size_t paragraph = 0;
    std::string text;           ///< exactly the input bytes in [start, end)
    double score = 0;
};

/// One named feature of a sentence's score (see src/score/features.hpp).
struct Feature {
    std::string name;
    double value = 0;
};

/// A sentence with everything that went into its score (only with Options::explain).
struct ExplainedSentence {
    Sentence sentence;
    bool chosen = false;
    std::vector<Feature> features;
};

/// One mention of an entity, at its Range.
struct Span : Range {
    std::string text;  ///< exactly the input bytes in [start, end)
};

/// A person, place or organisation, with the shorter forms merged into it.
struct Entity {
    std::string name;  ///< the fullest form; Russian names in the nominative case
    std::vector<std::string> aliases;  ///< the other forms, in the same case as `name`
    std::size_t mentions = 0;          ///< spans.size()
    double salience = 0;               ///< in [0, 1]; the most salient entity has 1
    /// "person", "organization", "place", or "other" (nationalities such as "British",
    /// events, products: names that are none of the three).
    std::string type;
    std::vector<Span> spans;  ///< every mention, in document order
};

/// A quotation, at its Range; `speaker` is empty when the text does not say who spoke.
struct Quote : Range {
    std::string text;
    /// The entity (its name) who spoke, also when the text names the speaker by a role
    /// whose holder it names elsewhere.
    std::optional<std::string> speaker;
    /// The role the text gives the speaker, as written ("the head of the British
    /// government"), when it gives one instead of a name.
    std::optional<std::string> speaker_role;
    std::size_t sentence = 0;  ///< index of the sentence the quote starts in
};

struct Stats {
    std::size_t sentences = 0, paragraphs = 0, words = 0;
    std::size_t chars = 0;  ///< Unicode code points of the whole input
};

/// The result of one summarize() call (JSON schema "precis/1", see to_json()).
struct Result {
    std::string lang;   ///< the language used (detected or given)
    SummaryType type = SummaryType::key_points;  ///< JSON: its word, to_string(type)
    std::string title;  ///< Options::title, else the detected headline line, else ""
    std::vector<Sentence> sentences;  ///< the chosen sentences, in document order
    std::vector<Entity> entities;     ///< by salience, most salient first
    std::vector<Quote> quotes;        ///< in document order
    Stats stats;
    std::vector<ExplainedSentence> explain;  ///< every sentence, with Options::explain

    /// The chosen sentences' text, in document order.
    std::vector<std::string> summary() const;
};

/// Raised for input that cannot be summarized (invalid UTF-8, a NUL byte, over the size
/// limit, nothing to summarize) and for invalid options. what() is a one-line message.
class Error : public std::runtime_error {
public:
    enum class Kind { input, options };
    Error(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    Kind kind() const noexcept { return kind_; }

private:
    Kind kind_;
};

/// The article of a web page, as the extractor found it (see README, "Web pages").
struct Article {
    std::string title;      ///< og:title, else the page's <title> without the site's name
    std::string byline;     ///< the author line, when the page has one
    std::string published;  ///< the publication date as the page writes it, when it says
    std::string lang;       ///< the page's language when precis knows it ("en", ...), else ""
    /// The article's paragraphs: whitespace collapsed, a single <br> kept as '\n'. An
    /// Article built by hand keeps each paragraph free of blank lines too: body() joins them
    /// with blank lines, so one inside a paragraph would split it, and Sentence::paragraph
    /// would no longer index this vector. A paragraph that is blank as a whole gives no
    /// sentence but keeps its number.
    std::vector<std::string> paragraphs;
    /// For each paragraph, the first and last of the page's text nodes (counted from 0 in
    /// document order) its characters come from: how the widget finds it in the DOM.
    std::vector<std::pair<std::size_t, std::size_t>> text_nodes;
    /// The paragraphs separated by blank lines: the text summarize(article) reads, so the
    /// offsets of its Result point into this string.
    std::string body() const;
};

/// Pages are larger than their text (markup, inline scripts): a page may be four times
/// the text limit. The article's text must still fit Options::max_bytes.
constexpr std::size_t kPageBytesPerTextByte = 4;
/// The limit on a page's size for a text limit of `max_bytes` (saturating: a text limit
/// near SIZE_MAX means no page limit, not a product that wraps to a small one).
constexpr std::size_t page_limit(std::size_t max_bytes) {
    return max_bytes > SIZE_MAX / kPageBytesPerTextByte ? SIZE_MAX : kPageBytesPerTextByte * max_bytes;
}
/// The default limit for HTML: page_limit(kMaxBytes).
constexpr std::size_t kMaxHtmlBytes = page_limit(kMaxBytes);

/// The message for input over a limit: "input is N bytes, over the limit of M bytes".
std::string over_limit(std::size_t size, std::size_t limit);

/// Finds the article in an HTML page (native builds; they link Gumbo). The bytes are
/// decoded as a browser decodes them (byte order mark, <meta> declaration, else UTF-8 or
/// windows-1252; see the README). Throws precis::Error (kind input): "no article found"
/// for a page without one (a front page, a login form), a character set the Encoding
/// Standard refuses to decode (ISO-2022-KR, HZ-GB-2312...), a NUL byte, a page over
/// `max_bytes`.
Article extract_html(std::string_view html, std::size_t max_bytes = kMaxHtmlBytes);

/// Checks that options are valid; returns the problem as a message naming the option.
std::optional<std::string> validate(const Options& options);

/// One option of Options, as every front end names and checks it. `name` is the JSON
/// options' spelling ("max_chars"); the command line writes it as a flag (--max-chars)
/// and JavaScript in camelCase (maxChars).
struct OptionSpec {
    enum class Kind { choice, count, text, flag };
    std::string_view name;
    Kind kind;
    std::vector<std::string_view> choices;  ///< kind choice: the words it takes
    std::size_t most = 0;                   ///< kind count: the largest value (0: no limit)
    std::string_view value;                 ///< how --help shows the value ("N", "TEXT")
    std::string help;                       ///< one line: what it does, with its default
    std::string default_value;              ///< Options{}'s value as text; "" when unset
};

/// Every option, in the order --help lists them.
const std::vector<OptionSpec>& option_specs();

/// The table as JSON, for front ends in other languages: [{"name", "kind", "choices",
/// "most", "default"}, ...] ("default" is null when the option is unset by default).
std::string options_to_json();

/// The option of that name, or nullptr.
const OptionSpec* find_option(std::string_view name);

/// Sets option `name` from its text form ("tldr", "120", "true"). Returns the problem,
/// without the option's name, for the caller to put its own spelling of the name first:
/// "'essay' is not one of key-points, tldr, teaser, headline"; "unknown option" when
/// there is no such option.
std::optional<std::string> set_option(Options& options, std::string_view name, std::string_view value);

/// Construct once, call summarize() many times. Immutable after construction, so one
/// Summarizer may be shared by any number of threads.
class Summarizer {
public:
    /// Throws precis::Error (kind options) when the options are invalid.
    explicit Summarizer(Options options = {});

    /// Summarizes UTF-8 text with the summarizer's options. Throws precis::Error.
    Result summarize(std::string_view text) const;
    /// Same, with options for this call only. Throws precis::Error.
    Result summarize(std::string_view text, const Options& options) const;
    /// Summarizes an article's body(); the article's title and language are used unless
    /// the options set them. Throws precis::Error.
    Result summarize(const Article& article) const;
    Result summarize(const Article& article, const Options& options) const;

    const Options& options() const noexcept { return options_; }

private:
    Options options_;
};

/// The result as JSON (schema "precis/1"); `indent` < 0 gives one compact line.
std::string to_json(const Result& result, int indent = -1);
/// One record of a JSON Lines batch (`precis --format jsonl`): `{"id": ID,` then the
/// members of to_json(result), on one line. `id_json` is one JSON value, written as given
/// (the input line's id as that line wrote it).
std::string to_json_line(std::string_view id_json, const Result& result);
/// The record of a batch line that failed: `{"id": ID, "error": message}`.
std::string to_json_error_line(std::string_view id_json, std::string_view message);
/// An article as JSON (schema "precis-article/1": title, byline, published, lang, and
/// paragraphs with their text, start/start16 in body() and first_text/last_text).
std::string to_json(const Article& article, int indent = -1);

/// The result as plain text: one chosen sentence a line (a newline inside a sentence
/// becomes a space).
std::string to_text(const Result& result);
/// The result as Markdown: a "- " bullet per key point; the other types as one paragraph.
std::string to_markdown(const Result& result);

/// What the box's HTML says besides the result; each is written when not empty.
struct BoxAttributes {
    std::string for_id;  ///< the article element's id (the `for` attribute)
    std::string length;  ///< the `length` attribute, for the widget's later requests
    std::string lang;    ///< the `lang` attribute
    std::string nonce;   ///< a CSP nonce for the box's <style>
};
/// The "Key points" box as HTML, for server-side rendering: a <precis-summary> with a
/// declarative shadow root holding the heading and the points, every character of the
/// article escaped; the widget adopts it (README, "Server-side rendering"). Byte for byte
/// what renderHTML() of the JavaScript API writes for the same result and attributes.
std::string to_box_html(const Result& result, const BoxAttributes& attributes = {});

/// Plain text read as summarize() reads it, without summarizing: the title (Options::title,
/// else a first line that looks like a headline, else "") and the paragraphs; the other
/// fields stay empty. Throws precis::Error (kind input) for text summarize() refuses
/// (invalid UTF-8, a NUL byte, over Options::max_bytes).
Article read_text(std::string_view text, const Options& options = {});

/// Parses the words used on the command line and in JSON ("key-points", "short", ...).
std::optional<SummaryType> parse_summary_type(std::string_view word);
std::optional<Length> parse_length(std::string_view word);
std::string_view to_string(SummaryType type);
std::string_view to_string(Length length);

/// The library version, e.g. "0.1.0".
std::string_view version();

}  // namespace precis
