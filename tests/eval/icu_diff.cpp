// precis-icu-diff: where precis does ICU's work itself, compared with ICU, on real text.
//
//   precis-icu-diff FILE.jsonl|PAGE.html ...
//
// For every "text" of a jsonl file (and the extracted article of a web page):
// - words: the fast path against ICU's word iterator, on the whole text, each line, each
//   paragraph and each sentence as precis cuts it: wherever the fast path takes a text,
//   it must give ICU's words and kinds exactly;
// - sentences: precis's abbreviation filter against ICU's filtered sentence iterator
//   ("@ss=standard"), on the whole text and each paragraph, in each language ICU filters:
//   the same breaks.
// Prints per file what was compared; lists the first differences; exits 1 if there is any.
#include "input/input.hpp"
#include "input/language.hpp"
#include "segment/icu.hpp"
#include "segment/segment.hpp"

#include "files.hpp"
#include "icu_reference.hpp"

#include <precis/precis.hpp>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

using namespace precis::detail;

namespace {

struct Counts {
    std::size_t texts = 0, pieces = 0, fast = 0, words = 0, differences = 0;
    std::size_t sentence_pieces = 0, breaks = 0, sentence_differences = 0;
};

std::string shown(std::string_view text, const std::vector<icu_breaks::Word>& words) {
    std::string out;
    for (const auto& w : words) {
        out += "[" + std::string(text.substr(w.begin, w.end - w.begin)) + "]";
        out += w.kind == icu_breaks::WordKind::number ? "n " : "w ";
    }
    return out;
}

void compare(std::string_view piece, Counts& c) {
    ++c.pieces;
    std::vector<icu_breaks::Word> fast, icu;
    if (!icu_breaks::words_fast(piece, fast)) return;
    ++c.fast;
    icu_breaks::words_icu(piece, icu);
    c.words += icu.size();
    bool same = fast.size() == icu.size();
    for (std::size_t k = 0; same && k < fast.size(); ++k)
        same = fast[k].begin == icu[k].begin && fast[k].end == icu[k].end && fast[k].kind == icu[k].kind;
    if (same) return;
    if (++c.differences <= 5) {
        std::printf("  difference in: %.*s\n    fast: %s\n    ICU:  %s\n", static_cast<int>(std::min<std::size_t>(piece.size(), 300)),
                    piece.data(), shown(piece, fast).c_str(), shown(piece, icu).c_str());
    }
}

void compare_sentences(std::string_view piece, Counts& c) {
    ++c.sentence_pieces;
    for (Lang lang : precis::test::kFilteredLangs) {
        std::vector<std::uint32_t> ours;
        icu_breaks::sentences(piece, lang, ours);
        const std::vector<std::uint32_t> icu = precis::test::icu_filtered_sentences(piece, lang);
        c.breaks += icu.size();
        if (ours == icu) continue;
        if (++c.sentence_differences <= 5) {
            std::printf("  sentence breaks differ (%s) in: %.*s\n   ", std::string(lang_code(lang)).c_str(),
                        static_cast<int>(std::min<std::size_t>(piece.size(), 300)), piece.data());
            for (auto b : ours) std::printf(" %u", b);
            std::printf("\n    ICU:");
            for (auto b : icu) std::printf(" %u", b);
            std::printf("\n");
        }
    }
}

void compare_text(std::string_view text, Lang lang, Counts& c) {
    if (find_invalid_utf8(text)) return;
    ++c.texts;
    compare(text, c);
    compare_sentences(text, c);
    for (std::size_t b = 0; b < text.size();) {
        std::size_t e = text.find('\n', b);
        if (e == std::string_view::npos) e = text.size();
        compare(text.substr(b, e - b), c);
        b = e + 1;
    }
    std::vector<Span> paragraphs;
    find_paragraphs(text, {0, static_cast<std::uint32_t>(text.size())}, paragraphs);
    for (Span p : paragraphs) compare(text.substr(p.begin, p.size()), c), compare_sentences(text.substr(p.begin, p.size()), c);
    for (Span s : precis_sentences(text, lang)) compare(text.substr(s.begin, s.size()), c);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: precis-icu-diff FILE.jsonl|PAGE.html ...\n");
        return 2;
    }
    Counts all;
    for (int a = 1; a < argc; ++a) {
        const std::string path = argv[a];
        // A path that is not a file would compare nothing, and pass.
        if (!std::filesystem::is_regular_file(path)) {
            std::fprintf(stderr, "precis-icu-diff: %s: not a readable file\n", path.c_str());
            return 2;
        }
        const std::string bytes = precis::test::read_file(path);
        Counts c;
        if (path.size() > 5 && path.substr(path.size() - 5) == ".html") {
            try {
                precis::Article article = precis::extract_html(bytes);
                std::string body = article.body();
                compare_text(body, detect_language(body), c);
            } catch (const precis::Error&) {
                // no article: nothing to compare
            }
        } else {
            std::istringstream lines(bytes);
            for (std::string line; std::getline(lines, line);) {
                auto j = nlohmann::json::parse(line, nullptr, false);
                if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
                const std::string& text = j["text"].get_ref<const std::string&>();
                std::optional<Lang> lang;
                if (j.contains("lang") && j["lang"].is_string()) lang = parse_lang(j["lang"].get<std::string>());
                compare_text(text, lang ? *lang : detect_language(text), c);
            }
        }
        std::printf("%-60s %6zu texts; words: %8zu pieces, %5.1f%% fast, %9zu compared, %zu differences; "
                    "sentences: %7zu pieces, %8zu breaks, %zu differences\n",
                    path.c_str(), c.texts, c.pieces, c.pieces ? 100.0 * c.fast / c.pieces : 0.0, c.words, c.differences,
                    c.sentence_pieces, c.breaks, c.sentence_differences);
        all.texts += c.texts, all.pieces += c.pieces, all.fast += c.fast, all.words += c.words;
        all.differences += c.differences;
        all.sentence_pieces += c.sentence_pieces, all.breaks += c.breaks, all.sentence_differences += c.sentence_differences;
    }
    std::printf("all: %zu texts; words: %zu pieces, %.1f%% on the fast path, %zu compared, %zu differences; "
                "sentences: %zu pieces x %zu languages, %zu breaks, %zu differences\n",
                all.texts, all.pieces, all.pieces ? 100.0 * all.fast / all.pieces : 0.0, all.words, all.differences,
                all.sentence_pieces, precis::test::kFilteredLangs.size(), all.breaks, all.sentence_differences);
    return all.differences == 0 && all.sentence_differences == 0 ? 0 : 1;
}
