// Articles: plain text read as an Article, the extracted article of a web page as one, and
// summaries of them.
#include "api/article.hpp"

#include "api/pipeline.hpp"
#include "extract/wire.hpp"
#include "input/input.hpp"
#include "input/language.hpp"

namespace precis {

std::string Article::body() const {
    std::string out;
    for (const auto& p : paragraphs) {
        if (!out.empty()) out += detail::kParagraphBreak;
        out += p;
    }
    return out;
}

Article read_text(std::string_view text, const Options& options) {
    if (auto problem = detail::check_input(text, options.max_bytes)) throw Error(Error::Kind::input, *problem);
    detail::Document doc;
    doc.text = text;
    detail::read_layout(doc);
    Article out;
    out.title = detail::article_title(doc, options.title);
    for (const auto& p : doc.paragraphs) out.paragraphs.emplace_back(doc.view(p));
    return out;
}

Result Summarizer::summarize(const Article& article) const { return summarize(article, options_); }

Result Summarizer::summarize(const Article& article, const Options& options) const {
    if (auto problem = validate(options)) throw Error(Error::Kind::options, *problem);
    Result r;
    if (auto problem = detail::summarize_article(article, options, r)) throw Error(Error::Kind::input, *problem);
    return r;
}

namespace detail {

std::optional<std::string> summarize_article(const Article& article, Options options, Result& out) {
    if (!options.title && !article.title.empty()) options.title = article.title;
    const bool declared = options.lang == "auto" && !article.lang.empty();
    if (declared) options.lang = article.lang;
    // An extracted article's lang is one precis knows or ""; one built by hand may hold
    // anything, and its title any bytes: both are checked as the options are.
    if (auto problem = validate(options)) return "article: " + *problem;
    const std::string body = article.body();
    // The page's lang is what its template says; the text has the last word when it is
    // clearly in another language. (Only text that passes the input check is read for it;
    // run_pipeline reports the rest.)
    if (declared && check_input(body, options.max_bytes) == std::nullopt)
        options.lang = std::string(lang_code(confirm_language(body, *parse_lang(options.lang))));
    if (auto problem = run_pipeline(body, options, out, Layout::paragraphs)) return problem;
    // The pipeline finds paragraphs between blank lines, so a blank paragraph (an Article
    // built by hand may have one) is none to it; the numbers index article.paragraphs all
    // the same. (One with a blank line inside is documented as two, and left so.)
    std::vector<std::size_t> kept;  // the index of each paragraph that is not blank
    for (std::size_t i = 0; i < article.paragraphs.size(); ++i) {
        const std::string& p = article.paragraphs[i];
        if (!trim(p, {0, static_cast<std::uint32_t>(p.size())}).empty()) kept.push_back(i);
    }
    if (kept.size() < article.paragraphs.size() && out.stats.paragraphs == kept.size()) {
        for (Sentence& s : out.sentences) s.paragraph = kept[s.paragraph];
        for (ExplainedSentence& x : out.explain) x.sentence.paragraph = kept[x.sentence.paragraph];
        out.stats.paragraphs = article.paragraphs.size();
    }
    return std::nullopt;
}

std::optional<std::string> find_article(const Page& page, Article& out) {
    Extracted x;
    if (auto problem = extract_article(page, x)) return problem;
    if (!x.readerable) return std::string("no article found");
    out.title = std::move(x.title);
    out.byline = std::move(x.byline);
    out.published = std::move(x.published);
    out.lang = std::move(x.lang);
    for (auto& p : x.paragraphs) {
        out.paragraphs.push_back(std::move(p.text));
        out.text_nodes.emplace_back(static_cast<std::size_t>(p.first_text), static_cast<std::size_t>(p.last_text));
    }
    return std::nullopt;
}

std::optional<std::string> extract_page_wire(std::string_view wire, Article& out) {
    Page page;
    if (auto problem = parse_page_wire(wire, page)) return problem;
    return find_article(page, out);
}

}  // namespace detail
}  // namespace precis
