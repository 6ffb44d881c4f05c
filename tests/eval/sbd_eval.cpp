// precis-sbd-eval: sentence-boundary quality of ICU alone and of precis, side by side.
//
//   precis-sbd-eval [--errors] FILE.jsonl|DIR ...
//
// --errors prints every case precis splits differently from the gold.
// Each line is {"lang", "text", "sentences": [gold...]}. Boundaries are compared as
// positions in the text with all whitespace removed, so spacing never counts. Prints,
// per file, boundary precision, recall and F1, and the share of cases split exactly right.
#include "input/input.hpp"
#include "text/utf8.hpp"
#include "segment/segment.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace precis::detail;
namespace fs = std::filesystem;

namespace {

// Non-space characters (bytes) before each position of `text`'s spans' ends.
std::string strip(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t b = i;
        char32_t cp = next_cp(s, i);
        if (!is_space_cp(cp)) out.append(s.substr(b, i - b));
    }
    return out;
}

// Boundaries (stripped offsets) after every span but the last.
std::set<std::size_t> predicted(std::string_view text, const std::vector<Span>& spans) {
    std::set<std::size_t> out;
    for (std::size_t k = 0; k + 1 < spans.size(); ++k) out.insert(strip(text.substr(0, spans[k].end)).size());
    return out;
}

// Gold boundaries: each gold sentence found in order in the stripped text.
std::set<std::size_t> gold(const std::string& stripped, const std::vector<std::string>& sentences) {
    std::set<std::size_t> out;
    std::size_t pos = 0;
    for (std::size_t k = 0; k < sentences.size(); ++k) {
        std::string g = strip(sentences[k]);
        std::size_t at = stripped.find(g, pos);
        if (at == std::string::npos) continue;
        pos = at + g.size();
        if (k + 1 < sentences.size()) out.insert(pos);
    }
    return out;
}

struct Tally {
    std::size_t tp = 0, pred = 0, gold = 0, exact = 0;
    void add(const std::set<std::size_t>& p, const std::set<std::size_t>& g) {
        for (auto b : p) tp += g.count(b);
        pred += p.size();
        gold += g.size();
        exact += p == g;
    }
    double precision() const { return pred ? double(tp) / pred : 1.0; }
    double recall() const { return gold ? double(tp) / gold : 1.0; }
    double f1() const {
        double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

bool show_errors = false;

// Boundaries pooled per language, over all files given.
std::map<std::string, std::pair<Tally, Tally>> by_language;

int evaluate(const fs::path& path, Tally& all_icu, Tally& all_precis) {
    std::ifstream in(path);
    if (!in) {
        std::cerr << "precis-sbd-eval: " << path.string() << ": cannot open\n";
        return 1;
    }
    Tally icu, ours;
    std::size_t cases = 0, skipped = 0;
    std::string line, lang_seen;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.contains("text") || !j.contains("sentences")) { ++skipped; continue; }
        std::string code = j.value("lang", "en");
        auto lang = parse_lang(code);
        if (!lang) { lang_seen = code; ++skipped; continue; }
        lang_seen = code;
        std::string text = j["text"].get<std::string>();
        if (find_invalid_utf8(text)) { ++skipped; continue; }
        auto sentences = j["sentences"].get<std::vector<std::string>>();
        auto g = gold(strip(text), sentences);
        icu.add(predicted(text, icu_only_sentences(text, *lang)), g);
        auto spans = precis_sentences(text, *lang);
        auto p = predicted(text, spans);
        ours.add(p, g);
        if (show_errors && p != g) {
            std::cout << "--- " << j.value("id", "") << "\n";
            for (auto s : spans) std::cout << "  [" << text.substr(s.begin, s.size()) << "]\n";
            std::cout << "  gold:\n";
            for (auto& s : sentences) std::cout << "  {" << s << "}\n";
        }
        ++cases;
    }
    if (cases == 0) {
        std::printf("%-28s  skipped (%s)\n", path.filename().string().c_str(),
                    lang_seen.empty() ? "no cases" : ("language '" + lang_seen + "' not supported").c_str());
        return 0;
    }
    std::printf("%-28s %5zu %5zu   %.3f %.3f %.3f %.3f   %.3f %.3f %.3f %.3f   %+.3f\n",
                path.filename().string().c_str(), cases, icu.gold, icu.precision(), icu.recall(), icu.f1(),
                double(icu.exact) / cases, ours.precision(), ours.recall(), ours.f1(), double(ours.exact) / cases,
                ours.f1() - icu.f1());
    auto merge = [](Tally& a, const Tally& b) {
        a.tp += b.tp; a.pred += b.pred; a.gold += b.gold; a.exact += b.exact;
    };
    merge(all_icu, icu);
    merge(all_precis, ours);
    merge(by_language[lang_seen].first, icu);
    merge(by_language[lang_seen].second, ours);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const char* usage = "usage: precis-sbd-eval [--errors] FILE.jsonl|DIR ...\n";
    if (argc < 2) {
        std::cerr << usage;
        return 2;
    }
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--errors") {
            show_errors = true;
            continue;
        }
        fs::path p = argv[i];
        if (fs::is_directory(p)) {
            for (const auto& e : fs::directory_iterator(p))
                if (e.path().extension() == ".jsonl") files.push_back(e.path());
        } else {
            files.push_back(p);
        }
    }
    if (files.empty()) {  // --errors alone: nothing to score is no perfect score
        std::cerr << usage;
        return 2;
    }
    std::sort(files.begin(), files.end());
    std::printf("%-28s %5s %5s   %-23s   %-23s   %s\n", "file", "cases", "gold", "ICU alone: P R F1 exact",
                "precis: P R F1 exact", "F1 gain");
    Tally icu, ours;
    int status = 0;
    for (const auto& f : files) status |= evaluate(f, icu, ours);
    for (const auto& [lang, t] : by_language) {
        std::string name = "language " + lang + " (pooled)";
        std::printf("%-28s %5s %5zu   %.3f %.3f %.3f %5s   %.3f %.3f %.3f %5s   %+.3f\n", name.c_str(), "",
                    t.first.gold, t.first.precision(), t.first.recall(), t.first.f1(), "", t.second.precision(),
                    t.second.recall(), t.second.f1(), "", t.second.f1() - t.first.f1());
    }
    std::printf("%-28s %5s %5zu   %.3f %.3f %.3f %5s   %.3f %.3f %.3f %5s   %+.3f\n", "all (boundaries pooled)", "",
                icu.gold, icu.precision(), icu.recall(), icu.f1(), "", ours.precision(), ours.recall(), ours.f1(), "",
                ours.f1() - icu.f1());
    return status;
}
