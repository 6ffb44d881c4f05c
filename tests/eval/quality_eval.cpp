// precis-quality-eval: summary quality against reference summaries, with baselines and
// ablations in the same run, on the same sentences.
//
//   precis-quality-eval [--check-rouge rouge-reference.jsonl] [-n N] [--weights k=v,...] [--quick] [--snowball] FILE.jsonl ...
//
// Each line of FILE is {"text", "title"?, "lang"?, "summary": "one reference sentence a
// line", ...}. For each file it prints ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (x100, mean over
// articles) as Google's rouge-score computes them (English: lowercase, [a-z0-9] tokens,
// Porter stemming; other languages: Unicode letters and digits, lowercased, no stemming),
// for precis, Lead-N, a seeded random-N and precis with each scoring part switched off,
// plus the share of chosen sentences that open with a pronoun or connective whose
// antecedent (the sentence before) is not in the summary. --check-rouge first checks the
// ROUGE implementation against pairs scored by rouge-score (they must agree to 1e-6).
// --weights starts from other weights than src/score/weights.hpp's and --quick runs only
// precis and lead-N (both for tuning the defaults). --snowball stems languages other than
// English with Snowball, as the quality issue's peer figures for French were scored.
#include "api/pipeline.hpp"
#include "eval/rouge.hpp"
#include "score/score.hpp"
#include "segment/segment.hpp"
#include "select/select.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

using namespace precis;
using namespace precis::detail;
using nlohmann::json;

namespace {

struct System {
    std::string name;
    enum Kind { precis, lead, random } kind = precis;
    Weights weights = kSummaryWeights;
    Selection selection = kSelection;
};

// --weights name=value,...: start from other weights (for tuning the defaults).
Weights base_weights = kSummaryWeights;
// --quick: only precis and lead-N (for tuning runs).
bool quick = false;
// --snowball: stem non-English tokens with Snowball (how the quality issue's peers were
// scored for French), instead of rouge-score's unstemmed variant.
bool snowball = false;

const char* snowball_name(Lang lang) {
    switch (lang) {
        case Lang::ru: return "russian";
        case Lang::de: return "german";
        case Lang::fr: return "french";
        case Lang::es: return "spanish";
        case Lang::it: return "italian";
        case Lang::pt: return "portuguese";
        default: return "english";
    }
}

bool parse_weights(const std::string& spec) {
    std::size_t i = 0;
    while (i < spec.size()) {
        std::size_t e = spec.find(',', i);
        std::string kv = spec.substr(i, e == std::string::npos ? std::string::npos : e - i);
        i = e == std::string::npos ? spec.size() : e + 1;
        auto eq = kv.find('=');
        if (eq == std::string::npos) return false;
        std::string k = kv.substr(0, eq);
        double v = std::stod(kv.substr(eq + 1));
        Weights& w = base_weights;
        if (k == "lead") w.lead = v;
        else if (k == "position") w.position = v;
        else if (k == "paragraph_lead") w.paragraph_lead = v;
        else if (k == "entities") w.entities = v;
        else if (k == "quote") w.quote = v;
        else if (k == "centrality") w.centrality = v;
        else if (k == "title") w.title = v;
        else if (k == "length") w.length = v;
        else if (k == "standalone") w.standalone = v;
        else return false;
    }
    return true;
}

std::vector<System> systems() {
    std::vector<System> out;
    out.push_back({"precis", System::precis, base_weights});
    out.push_back({"lead", System::lead});
    if (quick) return out;
    out.push_back({"random (seed 1)", System::random});
    auto without = [&](const char* part, auto change) {
        System s{std::string("precis without ") + part, System::precis, base_weights};
        change(s);
        out.push_back(s);
    };
    without("position", [](System& s) { s.weights.position = 0, s.weights.paragraph_lead = 0; });
    without("entities", [](System& s) { s.weights.entities = 0; });
    without("quotes", [](System& s) { s.weights.quote = 0; });
    without("centrality", [](System& s) { s.weights.centrality = 0; });
    without("stand-alone control", [](System& s) { s.weights.standalone = 0, s.selection.antecedents = false; });
    without("redundancy control", [](System& s) { s.selection.redundancy = 0, s.selection.duplicate = 2.0; });
    return out;
}

struct Tally {
    double r1 = 0, r2 = 0, rl = 0;
    std::size_t articles = 0, chosen = 0, unresolved = 0;
};

// A chosen sentence that cannot stand alone (it opens with a pronoun or connective: the
// scorer's own test) while the sentence it leans on is not in the summary.
bool unresolved_opening(const Scores& flags, const std::vector<std::size_t>& leans_on, std::size_t i,
                        const std::vector<std::size_t>& chosen) {
    const std::size_t before = leans_on[i];
    bool antecedent_chosen = before < leans_on.size() && std::find(chosen.begin(), chosen.end(), before) != chosen.end();
    return flags.sentences[i].standalone_penalty && !antecedent_chosen;
}

int check_rouge(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        std::cerr << "precis-quality-eval: " << path << ": cannot open\n";
        return 1;
    }
    double worst = 0;
    std::size_t pairs = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        json j = json::parse(line);
        auto kind = j.value("lang", "en") == "en" ? eval::Tokens::english : eval::Tokens::unicode;
        eval::Rouge r = eval::rouge(j["reference"], j["prediction"], kind);
        auto diff = [&](const eval::Prf& got, const json& want) {
            for (auto [g, k] : {std::pair{got.precision, "precision"}, {got.recall, "recall"}, {got.fmeasure, "fmeasure"}})
                worst = std::max(worst, std::fabs(g - want[k].get<double>()));
        };
        diff(r.rouge1, j["rouge1"]);
        diff(r.rouge2, j["rouge2"]);
        diff(r.rougeLsum, j["rougeLsum"]);
        ++pairs;
    }
    bool ok = worst <= 1e-6;
    std::printf("ROUGE check against %s: %zu pairs, largest difference %.3g (tolerance 1e-6): %s\n\n", path.c_str(),
                pairs, worst, ok ? "agrees" : "DISAGREES");
    return ok ? 0 : 1;
}

int evaluate(const std::string& path, std::size_t n) {
    std::ifstream in(path);
    if (!in) {
        std::cerr << "precis-quality-eval: " << path << ": cannot open\n";
        return 1;
    }
    auto sys = systems();
    std::vector<Tally> tally(sys.size());
    std::mt19937 rng(1);
    std::string lang_seen;
    std::size_t skipped = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        json j = json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.contains("text") || !j.contains("summary")) {
            ++skipped;
            continue;
        }
        Options o;
        if (j.contains("lang") && j["lang"].is_string() && parse_lang(j["lang"].get<std::string>()))
            o.lang = j["lang"].get<std::string>();
        if (j.contains("title") && j["title"].is_string() && !j["title"].get<std::string>().empty())
            o.title = j["title"].get<std::string>();
        const std::string text = j["text"];
        Analysis a;
        if (analyse(text, o, a)) {
            ++skipped;
            continue;
        }
        lang_seen = std::string(lang_code(a.doc.lang));
        auto kind = a.doc.lang == Lang::en ? eval::Tokens::english : eval::Tokens::unicode;
        if (snowball && kind == eval::Tokens::unicode) {
            kind = eval::Tokens::unicode_snowball;
            eval::set_snowball_language(snowball_name(a.doc.lang));
        }
        const std::string reference = j["summary"];
        const std::size_t count = std::min(n, a.doc.sentences.size());
        // The random baseline draws the same way whatever else runs.
        std::vector<std::size_t> shuffled(a.doc.sentences.size());
        for (std::size_t i = 0; i < shuffled.size(); ++i) shuffled[i] = i;
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        // The stand-alone and boilerplate flags do not depend on the weights.
        const Scores flags = score_sentences(a.doc, a.title, kSummaryWeights, SummaryType::key_points);
        const std::vector<std::size_t> leans_on = antecedents(flags);

        for (std::size_t k = 0; k < sys.size(); ++k) {
            std::vector<std::size_t> chosen;
            if (sys[k].kind == System::lead) {
                for (std::size_t i = 0; i < count; ++i) chosen.push_back(i);
            } else if (sys[k].kind == System::random) {
                chosen.assign(shuffled.begin(), shuffled.begin() + static_cast<std::ptrdiff_t>(count));
                std::sort(chosen.begin(), chosen.end());
            } else {
                Scores scores = score_sentences(a.doc, a.title, sys[k].weights, SummaryType::key_points);
                chosen = select_sentences(a.doc, scores, n, std::nullopt, sys[k].selection);
            }
            std::string prediction;
            for (std::size_t i : chosen) {
                if (!prediction.empty()) prediction += '\n';
                std::string s(a.doc.view(a.doc.sentences[i].span));
                std::replace(s.begin(), s.end(), '\n', ' ');
                prediction += s;
                tally[k].unresolved += unresolved_opening(flags, leans_on, i, chosen);
            }
            eval::Rouge r = eval::rouge(reference, prediction, kind);
            tally[k].r1 += r.rouge1.fmeasure;
            tally[k].r2 += r.rouge2.fmeasure;
            tally[k].rl += r.rougeLsum.fmeasure;
            tally[k].chosen += chosen.size();
            ++tally[k].articles;
        }
    }
    const std::size_t articles = tally[0].articles;
    std::printf("%s: %zu articles%s, %zu sentences each, %s\n", path.c_str(), articles,
                skipped ? (" (" + std::to_string(skipped) + " skipped)").c_str() : "", n,
                lang_seen == "en" ? "tokens as rouge-score: [a-z0-9] runs, Porter stemming"
                : snowball        ? "tokens: Unicode letters and digits, lowercased, Snowball stemming"
                                  : "tokens: Unicode letters and digits, lowercased, no stemming");
    std::printf("  %-34s %6s %6s %6s   %s\n", "system", "R1", "R2", "RLsum", "dangling openers");
    for (std::size_t k = 0; k < sys.size(); ++k) {
        const Tally& t = tally[k];
        double a = t.articles ? double(t.articles) : 1.0;
        std::string name = sys[k].name == "lead" ? "lead-" + std::to_string(n) : sys[k].name;
        if (sys[k].kind == System::random) name = "random-" + std::to_string(n) + " (seed 1)";
        std::printf("  %-34s %6.2f %6.2f %6.2f   %5.1f%%\n", name.c_str(), 100 * t.r1 / a, 100 * t.r2 / a,
                    100 * t.rl / a, t.chosen ? 100.0 * double(t.unresolved) / double(t.chosen) : 0.0);
    }
    std::printf("\n");
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t n = 3;
    std::vector<std::string> files;
    int status = 0;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--check-rouge" && i + 1 < argc) {
            status |= check_rouge(argv[++i]);
        } else if (a == "--weights" && i + 1 < argc) {
            if (!parse_weights(argv[++i])) {
                std::cerr << "precis-quality-eval: --weights takes name=value,... (names as in src/score/weights.hpp)\n";
                return 2;
            }
        } else if (a == "--snowball") {
            if (!eval::have_snowball()) {
                std::cerr << "precis-quality-eval: built without Snowball (Debian: apt-get install libstemmer-dev)\n";
                return 2;
            }
            snowball = true;
        } else if (a == "--quick") {
            quick = true;
        } else if (a == "-n" && i + 1 < argc) {
            n = std::stoul(argv[++i]);
        } else {
            files.push_back(a);
        }
    }
    if (files.empty() && status == 0 && argc < 3) {
        std::cerr << "usage: precis-quality-eval [--check-rouge rouge-reference.jsonl] [-n N] FILE.jsonl ...\n";
        return 2;
    }
    for (const auto& f : files) status |= evaluate(f, n);
    return status;
}
