// precis-entity-eval: entity mentions found by precis against gold annotations, beside a
// plain capitalised-run detector.
//
//   precis-entity-eval [--part even|odd] [--errors] FILE.jsonl ...
//
// Each line is {"id", "lang", "text", "entities": [{"type": "PER"|"ORG"|"LOC"|"MISC",
// "mentions": [{"start", "end", "text"}]}]}, offsets in UTF-8 bytes (the format of the
// factRuEval-2016 and CoNLL-2003 conversions). Prints, per file, mention precision,
// recall and F1: untyped (the exact span counts, whatever its type) and typed (span and
// type: person = PER, organization = ORG, place = LOC; MISC gold and `other` mentions
// count only untyped), overall and per type.
// --part even|odd scores every other document only (tune on one half, report the other).
// --errors prints each document's missed and spurious mentions.
#include "api/pipeline.hpp"
#include "files.hpp"
#include "text/utf8.hpp"
#include "text/unicode.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <set>
#include <stdexcept>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

using namespace precis::detail;

namespace {

// A mention: byte span and gold type ("PER", "ORG", "LOC", "MISC"; "" for none).
using Mention = std::tuple<std::size_t, std::size_t, std::string>;

struct Tally {
    std::size_t tp = 0, pred = 0, gold = 0;
    void add(const std::set<Mention>& p, const std::set<Mention>& g) {
        for (const auto& m : p) tp += g.count(m);
        pred += p.size();
        gold += g.size();
    }
    double precision() const { return pred ? double(tp) / pred : 0.0; }
    double recall() const { return gold ? double(tp) / gold : 0.0; }
    double f1() const {
        double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

constexpr const char* kTypes[] = {"PER", "ORG", "LOC"};

// Untyped, typed, and typed per type (PER, ORG, LOC).
struct Scores {
    Tally untyped, typed, per_type[3];
    void add(const std::set<Mention>& pred, const std::set<Mention>& gold) {
        auto untype = [](const std::set<Mention>& in) {
            std::set<Mention> out;
            for (const auto& [b, e, t] : in) out.insert({b, e, ""});
            return out;
        };
        auto only = [](const std::set<Mention>& in, const std::string& type) {
            std::set<Mention> out;
            for (const auto& m : in)
                if (type.empty() ? std::get<2>(m) != "MISC" && !std::get<2>(m).empty() : std::get<2>(m) == type)
                    out.insert(m);
            return out;
        };
        untyped.add(untype(pred), untype(gold));
        typed.add(only(pred, ""), only(gold, ""));
        for (int k = 0; k < 3; ++k) per_type[k].add(only(pred, kTypes[k]), only(gold, kTypes[k]));
    }
};

std::string gold_type(EntityType t) {
    switch (t) {
        case EntityType::person: return "PER";
        case EntityType::organization: return "ORG";
        case EntityType::place: return "LOC";
        case EntityType::other: return "MISC";
    }
    return "MISC";
}

// The baseline: every maximal run of capitalised words (letters and digits, with inner
// hyphens and apostrophes) separated by single spaces, typed as a place (the commonest
// gold type in both sets).
std::set<Mention> capitalised_runs(std::string_view text) {
    std::set<Mention> out;
    std::size_t run_begin = 0, run_end = 0;
    bool in_run = false;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t b = i;
        char32_t cp = next_cp(text, i);
        if (!is_letter(cp) && !is_digit(cp)) continue;
        // A word from b.
        std::size_t e = i;
        while (e < text.size()) {
            std::size_t k = e;
            char32_t c = next_cp(text, k);
            if (is_letter(c) || is_digit(c)) { e = k; continue; }
            if ((c == '-' || c == '\'' || c == 0x2019) && k < text.size()) {
                std::size_t k2 = k;
                char32_t n = next_cp(text, k2);
                if (is_letter(n) || is_digit(n)) { e = k2; continue; }
            }
            break;
        }
        bool capital = is_upper(cp);
        if (capital && in_run && b == run_end + 1 && text[run_end] == ' ') {
            run_end = e;
        } else {
            if (in_run) out.insert({run_begin, run_end, "LOC"});
            in_run = capital;
            run_begin = b;
            run_end = e;
        }
        i = e;
    }
    if (in_run) out.insert({run_begin, run_end, "LOC"});
    return out;
}

std::set<Mention> precis_mentions(std::string_view text, const std::string& lang) {
    precis::Options options;
    options.lang = lang;
    Analysis a;
    std::set<Mention> out;
    if (analyse(text, options, a)) return out;
    for (const EntityMention& m : a.doc.mentions)
        out.insert({m.span.begin, m.span.end, gold_type(a.doc.entities[m.entity].type)});
    return out;
}

void print_errors(const std::string& id, std::string_view text, const std::set<Mention>& pred,
                  const std::set<Mention>& gold) {
    auto show = [&](const char* what, const Mention& m) {
        auto [b, e, t] = m;
        std::size_t cb = b >= 30 ? b - 30 : 0;
        while (cb > 0 && (static_cast<unsigned char>(text[cb]) & 0xC0) == 0x80) --cb;
        std::size_t ce = std::min(text.size(), e + 30);
        while (ce < text.size() && (static_cast<unsigned char>(text[ce]) & 0xC0) == 0x80) ++ce;
        std::string ctx = std::string(text.substr(cb, b - cb)) + "[" + std::string(text.substr(b, e - b)) + "]" +
                          std::string(text.substr(e, ce - e));
        for (char& c : ctx)
            if (c == '\n') c = ' ';
        std::cout << id << '\t' << what << '\t' << (t.empty() ? "-" : t) << '\t' << ctx << '\n';
    };
    // A mention found with the wrong type is one line, "type".
    std::set<std::pair<std::size_t, std::size_t>> gold_spans, pred_spans;
    for (const auto& [b, e, t] : gold) gold_spans.insert({b, e});
    for (const auto& [b, e, t] : pred) pred_spans.insert({b, e});
    for (const auto& m : gold)
        if (!pred_spans.count({std::get<0>(m), std::get<1>(m)})) show("missed", m);
    for (const auto& m : pred) {
        if (!gold_spans.count({std::get<0>(m), std::get<1>(m)})) show("spurious", m);
        else if (!gold.count(m) && !gold.count({std::get<0>(m), std::get<1>(m), "MISC"})) show("type", m);
    }
}

std::string fmt(double x) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%7.3f", x);
    return buf;
}

// Scores one gold file (every document, or one part) and prints its table; false when
// the file cannot be read.
bool evaluate_file(const std::string& file, int part, bool errors) {
    std::string data = precis::test::read_file(file);
    if (data.empty()) {
        std::cerr << "precis-entity-eval: cannot read " << file << '\n';
        return false;
    }
    std::istringstream lines(data);
    std::string line;
    Scores precis_scores, baseline_scores;
    std::size_t docs = 0, position = 0, counts[4] = {};
    while (std::getline(lines, line)) {
        if (line.empty()) continue;
        bool take = part < 0 || static_cast<int>(position % 2) == part;
        ++position;
        if (!take) continue;
        // A line that is not a gold document is an error of the file, not an abort.
        const auto doc = nlohmann::json::parse(line, nullptr, false);
        if (doc.is_discarded() || !doc.is_object() || !doc.contains("text") || !doc["text"].is_string() ||
            !doc.contains("entities") || !doc["entities"].is_array()) {
            std::cerr << "precis-entity-eval: " << file << ": line " << position << " is not a gold document"
                      << " ({\"text\", \"entities\": [{\"type\", \"mentions\": [{\"start\", \"end\"}]}]})\n";
            return false;
        }
        std::string text = doc.at("text");
        std::string lang = doc.value("lang", "auto");
        std::set<Mention> gold;
        try {
            for (const auto& e : doc.at("entities")) {
                std::string type = e.at("type");
                for (const auto& m : e.at("mentions")) {
                    const auto start = m.at("start").get<std::size_t>(), end = m.at("end").get<std::size_t>();
                    if (start > end || end > text.size()) throw std::out_of_range("a mention outside the text");
                    gold.insert({start, end, type});
                    for (int k = 0; k < 4; ++k) counts[k] += type == (k < 3 ? kTypes[k] : "MISC");
                }
            }
        } catch (const std::exception& e) {
            std::cerr << "precis-entity-eval: " << file << ": line " << position << ": " << e.what() << "\n";
            return false;
        }
        ++docs;
        std::set<Mention> pred = precis_mentions(text, lang);
        precis_scores.add(pred, gold);
        baseline_scores.add(capitalised_runs(text), gold);
        if (errors) print_errors(doc.contains("id") ? doc["id"].is_string() ? doc["id"].get<std::string>() : doc["id"].dump() : "",
                                 text, pred, gold);
    }
    std::cout << file << ": " << docs << " documents, gold mentions PER " << counts[0] << ", ORG " << counts[1]
              << ", LOC " << counts[2] << ", MISC " << counts[3] << (part < 0 ? "" : part ? " (odd part)" : " (even part)")
              << "\n";
    std::cout << "  system                untyped P      R     F1 |  typed P      R     F1 |  PER F1  ORG F1  LOC F1\n";
    auto row = [](const char* name, const Scores& s) {
        std::printf("  %-20s %s%s%s | %s%s%s | %s %s %s\n", name, fmt(s.untyped.precision()).c_str(),
                    fmt(s.untyped.recall()).c_str(), fmt(s.untyped.f1()).c_str(), fmt(s.typed.precision()).c_str(),
                    fmt(s.typed.recall()).c_str(), fmt(s.typed.f1()).c_str(), fmt(s.per_type[0].f1()).c_str(),
                    fmt(s.per_type[1].f1()).c_str(), fmt(s.per_type[2].f1()).c_str());
    };
    row("precis", precis_scores);
    row("capitalised runs", baseline_scores);
    std::cout << "\n";
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> files;
    int part = -1;  // -1: every document; 0: even positions; 1: odd
    bool errors = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--errors") errors = true;
        else if (a == "--part" && i + 1 < argc) {
            std::string p = argv[++i];
            if (p != "even" && p != "odd") {
                std::cerr << "precis-entity-eval: --part takes even or odd\n";
                return 2;
            }
            part = p == "odd";
        } else if (a.rfind("--", 0) == 0) {
            std::cerr << "usage: precis-entity-eval [--part even|odd] [--errors] FILE.jsonl ...\n";
            return 2;
        } else {
            files.push_back(a);
        }
    }
    if (files.empty()) {
        std::cerr << "usage: precis-entity-eval [--part even|odd] [--errors] FILE.jsonl ...\n";
        return 2;
    }
    for (const std::string& file : files)
        if (!evaluate_file(file, part, errors)) return 1;
    return 0;
}
