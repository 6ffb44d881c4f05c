// precis-quality-eval: summary quality against reference summaries, cross-validated, with
// baselines and ablations in the same run, on the same sentences.
//
//   precis-quality-eval [--check-rouge rouge-reference.jsonl] [--folds K] [--seed S]
//                       [--pool SET,SET,...] [--quick] [--ablation NAME]... [--snowball] [-n N]
//                       FILE.jsonl ...
//
// Each line of FILE is {"id"?, "text", "title"?, "lang"?, "summary": "one reference sentence
// a line"}. The articles of every file are dealt into K folds (default 5, by a seeded
// shuffle); for each fold the model is fitted (eval/learn.hpp) on the other folds of all
// files together and scores the held-out fold, so every article is scored by a model that
// never saw it. Printed per file and pooled over --pool (default: the English
// CNN/DailyMail-family sets): ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (x100, mean over articles,
// as Google's rouge-score computes them) of precis, Lead-N, a seeded random-N, the oracle
// the model is fitted to, the shipped model (src/score/model.hpp, fitted on everything:
// in-sample, for reference), and precis with each group of features switched off (each
// refitted); the paired difference precis - Lead-N with a bootstrap 95% interval; how often
// precis picks exactly the first N sentences; the share of chosen sentences that open with
// a pronoun or connective whose antecedent is not in the summary; and the same for key
// points drawn from after the lead (Options::skip_lead) against the N sentences after it.
// --check-rouge first checks the ROUGE implementation against pairs scored by rouge-score.
// --quick: no ablations; --ablation NAME: only that one beside precis (repeatable).
// --snowball stems languages other than English with Snowball.
#include "eval/learn.hpp"
#include "score/model.hpp"
#include "select/select.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace precis::eval;
namespace detail = precis::detail;
using detail::Feature;
using nlohmann::json;

namespace {

struct EvalOptions {
    std::size_t n = 3, folds = 5;
    unsigned seed = 1;
    bool quick = false, snowball = false;
    FitOptions fit;  // parse_fit_option(): for trying other fits
    std::vector<std::string> pool{"cnndm.en", "cnndm_test_frank.en", "summeval.en"};
    std::vector<std::string> files;
    std::set<std::string> report_only;  // --report-only SET,...: scored, never fitted on
    std::string trace;  // --trace SET: per article of SET, precis's choice beside Lead-N's
    std::string dump;  // --dump FILE: every sentence's features and oracle label, as TSV
    std::vector<std::string> ablations;  // --ablation NAME (repeatable): only these lines beside precis
};

void dump_features(const Corpus& corpus, const std::string& path) {
    std::ofstream out(path);
    out << "set\tid\tfold\tindex\tsentences\toracle\tboilerplate";
    for (auto name : detail::kFeatureNames) out << '\t' << name;
    out << "\tr1\tr2\n";
    for (const auto& a : corpus.articles)
        for (std::size_t i = 0; i < a->size(); ++i) {
            const auto& s = a->scores.table.sentences[i];
            Rouge r = score_choice(*a, {i});
            out << a->set << '\t' << a->id << '\t' << a->fold << '\t' << i << '\t' << a->size() << '\t' << a->oracle[i]
                << '\t' << s.boilerplate;
            for (double x : s.x) out << '\t' << x;
            out << '\t' << r.rouge1.fmeasure << '\t' << r.rouge2.fmeasure << '\n';
        }
}

// Per article and system: ROUGE F1 x100, dangling openers, chosen count, and whether the
// choice is exactly the lead.
struct Outcome {
    double r1 = 0, r2 = 0, rl = 0;
    bool all_references = false;  // the article has several references: m1, m2, ml are their mean
    double m1 = 0, m2 = 0, ml = 0;
    std::size_t chosen = 0, dangling = 0;
    bool is_lead = false;
    std::vector<std::size_t> chosen_sentences;
};

struct System {
    std::string name;
    std::vector<Outcome> outcomes;  // per article, in corpus order
};

// A variant of precis to cross-validate: features it may not use, selection switches.
struct Variant {
    std::string name;
    std::vector<Feature> without;
    bool no_redundancy = false, no_antecedents = false;
    std::optional<double> coverage;  // forced, not tuned
    bool force_first = false;  // the first sentence forced in after the fit and the tuning
    bool first_always = false, fit_after_first = false;  // as FitOptions has them
    bool shared_only = false;  // no language with a model of its own (FitOptions::own_models)
};

std::vector<Variant> variants(bool quick) {
    std::vector<Variant> v{{"precis"}};
    if (quick) return v;
    using namespace precis::detail;
    v.push_back({"without position", {f_first, f_second, f_third, f_position, f_depth, f_lead_strength, f_paragraph_first, f_paragraph_position}});
    v.push_back({"without length", {f_length, f_short_sentence, f_words}});
    v.push_back({"without centrality", {f_centrality, f_topic_words}});
    v.push_back({"without title", {f_title}});
    v.push_back({"without entities", {f_entities, f_top_entities, f_new_entity, f_actor_role}});
    v.push_back({"without quotes", {f_quote, f_salient_quote, f_quoted_share}});
    v.push_back({"without numbers", {f_number}});
    v.push_back({"without lead similarity", {f_lead_similarity}});
    v.push_back({"without form", {f_standalone, f_question, f_label, f_run_on, f_content_share}});
    v.push_back({"without first/second/third", {f_first, f_second, f_third}});
    v.push_back({"without lead strength", {f_lead_strength}});
    Variant r{"without redundancy control"};
    r.no_redundancy = true;
    v.push_back(r);
    Variant ff{"first sentence always"};
    ff.force_first = true;
    v.push_back(ff);
    Variant ft{"first always, tuned with it"};
    ft.first_always = true;
    v.push_back(ft);
    Variant fa{"first always, rest fitted after"};
    fa.first_always = fa.fit_after_first = true;
    v.push_back(fa);
    Variant sm{"one model for every language"};
    sm.shared_only = true;
    v.push_back(sm);
    Variant c{"with coverage (1.0, not tuned)"};
    c.coverage = 1.0;
    v.push_back(c);
    Variant s{"without stand-alone control"};
    s.without = {f_standalone};
    s.no_antecedents = true;
    v.push_back(s);
    return v;
}

Outcome outcome(const Article& a, const std::vector<std::size_t>& chosen, std::size_t n) {
    Outcome o;
    Rouge r = score_choice(a, chosen);
    o.r1 = 100 * r.rouge1.fmeasure, o.r2 = 100 * r.rouge2.fmeasure, o.rl = 100 * r.rougeLsum.fmeasure;
    if (auto all = score_all_references(a, chosen)) {
        o.all_references = true;
        o.m1 = 100 * all->rouge1.fmeasure, o.m2 = 100 * all->rouge2.fmeasure, o.ml = 100 * all->rougeLsum.fmeasure;
    }
    o.chosen = chosen.size();
    o.chosen_sentences = chosen;
    for (std::size_t i : chosen) {
        const std::size_t before = a.leans_on[i];
        bool antecedent = before < a.size() && std::find(chosen.begin(), chosen.end(), before) != chosen.end();
        o.dangling += a.scores.table.sentences[i].standalone && !antecedent;
    }
    o.is_lead = chosen.size() == std::min(n, a.size());
    for (std::size_t k = 0; k < chosen.size() && o.is_lead; ++k) o.is_lead = chosen[k] == k;
    return o;
}

// Cross-validated choices of one variant, from sentence `first_of(a)` on.
System cross_validate(Corpus& corpus, const Variant& v, const EvalOptions& opt,
                      const std::function<std::size_t(const Article&)>& first_of, const std::string& name) {
    System sys{name, std::vector<Outcome>(corpus.articles.size())};
    FitOptions fo = opt.fit;
    fo.use.assign(detail::kFeatureCount, true);
    for (Feature f : v.without) fo.use[f] = false;
    fo.first_always |= v.first_always;
    fo.fit_after_first |= v.fit_after_first;
    if (v.shared_only) fo.own_models.clear();
    for (std::size_t k = 0; k < opt.folds; ++k) {
        std::vector<const Article*> train;
        for (const auto& a : corpus.articles)
            if (a->fold != k && !opt.report_only.count(a->set)) train.push_back(a.get());
        Fitted fitted = fit_models(train, fo);
        auto adjust = [&](detail::Model& model, detail::Selection& sel) {
            if (v.no_redundancy) sel.redundancy = 0, sel.duplicate = 2.0;
            if (v.coverage) sel.coverage = *v.coverage;
            if (v.force_first) model = first_always(model);
            if (v.no_antecedents) sel.antecedents = false;
        };
        adjust(fitted.model, fitted.selection);
        for (auto& own : fitted.languages) adjust(own.model, own.selection);
        for (std::size_t i = 0; i < corpus.articles.size(); ++i) {
            Article& a = *corpus.articles[i];
            if (a.fold != k) continue;
            const detail::LanguageModel* own = fitted.own(a.analysis.doc.lang);
            const std::vector<std::size_t> chosen = own ? choose(a, own->model, own->selection, opt.n, first_of(a))
                                                        : choose(a, fitted.model, fitted.selection, opt.n, first_of(a));
            sys.outcomes[i] = outcome(a, chosen, opt.n);
        }
    }
    return sys;
}

System fixed(Corpus& corpus, const std::string& name, const EvalOptions& opt,
             const std::function<std::vector<std::size_t>(Article&)>& pick) {
    System sys{name, std::vector<Outcome>(corpus.articles.size())};
    for (std::size_t i = 0; i < corpus.articles.size(); ++i)
        sys.outcomes[i] = outcome(*corpus.articles[i], pick(*corpus.articles[i]), opt.n);
    return sys;
}

std::vector<std::size_t> first_n(const Article& a, std::size_t from, std::size_t n) {
    std::vector<std::size_t> out;
    for (std::size_t i = from; i < a.size() && out.size() < n; ++i) out.push_back(i);
    return out;
}

// Paired mean difference of a and b over `items` with a percentile bootstrap 95% interval.
struct Interval {
    double mean = 0, low = 0, high = 0;
};
Interval paired(const std::vector<double>& diff, unsigned seed) {
    Interval out;
    if (diff.empty()) return out;
    double sum = 0;
    for (double d : diff) sum += d;
    out.mean = sum / double(diff.size());
    constexpr int kResamples = 2000;
    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, diff.size() - 1);
    std::vector<double> means(kResamples);
    for (double& m : means) {
        double s = 0;
        for (std::size_t k = 0; k < diff.size(); ++k) s += diff[pick(rng)];
        m = s / double(diff.size());
    }
    std::sort(means.begin(), means.end());
    out.low = means[static_cast<std::size_t>(0.025 * kResamples)];
    out.high = means[static_cast<std::size_t>(0.975 * kResamples) - 1];
    return out;
}

void print_group(const std::string& title, const std::vector<std::size_t>& items, const std::vector<System>& systems,
                 const EvalOptions& opt, const std::string& tokens) {
    std::printf("%s: %zu articles, %zu sentences each, %s\n", title.c_str(), items.size(), opt.n, tokens.c_str());
    std::printf("  %-34s %6s %6s %6s  %9s  %s\n", "system", "R1", "R2", "RLsum", "dangling", "= lead");
    for (const System& s : systems) {
        double r1 = 0, r2 = 0, rl = 0;
        std::size_t chosen = 0, dangling = 0, lead = 0;
        for (std::size_t i : items) {
            const Outcome& o = s.outcomes[i];
            r1 += o.r1, r2 += o.r2, rl += o.rl, chosen += o.chosen, dangling += o.dangling, lead += o.is_lead;
        }
        double n = items.empty() ? 1.0 : double(items.size());
        std::printf("  %-34s %6.2f %6.2f %6.2f  %8.1f%%  %5.1f%%\n", s.name.c_str(), r1 / n, r2 / n, rl / n,
                    chosen ? 100.0 * double(dangling) / double(chosen) : 0.0, 100.0 * double(lead) / n);
    }
}

// `all`: against every reference of the articles that have several (Outcome::m1...).
void print_difference(const std::vector<std::size_t>& items, const System& a, const System& b, const EvalOptions& opt,
                      bool all = false) {
    std::printf("  %s - %s, mean and bootstrap 95%% interval:", a.name.c_str(), b.name.c_str());
    for (int m = 0; m < 3; ++m) {
        std::vector<double> d;
        for (std::size_t i : items) {
            const Outcome &x = a.outcomes[i], &y = b.outcomes[i];
            if (all) d.push_back(m == 0 ? x.m1 - y.m1 : m == 1 ? x.m2 - y.m2 : x.ml - y.ml);
            else d.push_back(m == 0 ? x.r1 - y.r1 : m == 1 ? x.r2 - y.r2 : x.rl - y.rl);
        }
        Interval iv = paired(d, opt.seed);
        std::printf("  %s %+.2f [%+.2f, %+.2f]", m == 0 ? "R1" : m == 1 ? "R2" : "RLsum", iv.mean, iv.low, iv.high);
    }
    std::printf("\n");
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
        auto kind = j.value("lang", "en") == "en" ? Tokens::english : Tokens::unicode;
        Rouge r = rouge(j["reference"].get<std::string>(), j["prediction"].get<std::string>(), kind);
        auto diff = [&](const Prf& got, const json& want) {
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

std::vector<std::string> split_list(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty()) out.push_back(item);
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    EvalOptions opt;
    int status = 0;
    bool checked_rouge = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw std::invalid_argument(a + " takes a value");
            return argv[++i];
        };
        auto count = [&] { return number_arg(a, value(), [](const std::string& v, std::size_t* n) { return std::stoul(v, n); }); };
        try {
            if (a == "--check-rouge") status |= check_rouge(value()), checked_rouge = true;
            else if (a == "--folds") opt.folds = count();
            else if (a == "--seed") opt.seed = static_cast<unsigned>(count());
            else if (a == "--pool") opt.pool = split_list(value());
            else if (a == "--report-only") {
                for (const auto& set : split_list(value())) opt.report_only.insert(set);
            } else if (a == "-n") opt.n = count();
            else if (a == "--quick") opt.quick = true;
            else if (a == "--dump") opt.dump = value();
            else if (a == "--trace") opt.trace = value();
            else if (a == "--ablation") opt.ablations.push_back(value());
            else if (parse_fit_option(a, value, opt.fit)) continue;
            else if (a == "--snowball") {
                if (!have_snowball()) {
                    std::cerr << "precis-quality-eval: built without Snowball (Debian: apt-get install libstemmer-dev)\n";
                    return 2;
                }
                opt.snowball = true;
            } else if (!a.empty() && a[0] == '-') {
                throw std::invalid_argument("unknown option " + a);
            } else {
                opt.files.push_back(a);
            }
        } catch (const std::exception& e) {
            std::cerr << "precis-quality-eval: " << e.what() << "\n";
            return 2;
        }
    }
    if (opt.files.empty()) {
        // --check-rouge alone is a run of its own; anything else needs the articles.
        if (checked_rouge) return status;
        std::cerr << "usage: precis-quality-eval [--check-rouge FILE] [--folds K] [--seed S] [--pool SETS] "
                     "[--report-only SETS] [--quick] [--ablation NAME] [--snowball] [-n N] [fit options] FILE.jsonl ...\n";
        return 2;
    }
    if (opt.folds < 2) {
        std::cerr << "precis-quality-eval: --folds must be at least 2\n";
        return 2;
    }

    std::size_t skipped = 0;
    Corpus corpus;
    try {
        corpus = load_corpus(opt.files, opt.snowball, opt.folds, opt.seed, skipped);
    } catch (const std::exception& e) {  // a file that cannot be read
        std::cerr << "precis-quality-eval: " << e.what() << "\n";
        return 2;
    }
    if (!opt.dump.empty()) {
        dump_features(corpus, opt.dump);
        return status;
    }
    const std::size_t n = opt.n;
    auto from_start = [](const Article&) { return std::size_t(0); };
    auto after_lead = [](const Article& a) { return detail::after_lead(a.analysis.doc); };

    std::vector<System> systems;
    std::vector<Variant> lines = variants(opt.quick && opt.ablations.empty());
    if (!opt.ablations.empty()) {
        std::vector<Variant> chosen{lines[0]};
        for (const auto& name : opt.ablations) {
            auto it = std::find_if(lines.begin(), lines.end(), [&](const Variant& v) { return v.name == name; });
            if (it == lines.end()) {
                std::cerr << "precis-quality-eval: no ablation \"" << name << "\"; they are:\n";
                for (std::size_t k = 1; k < lines.size(); ++k) std::cerr << "  " << lines[k].name << '\n';
                return 2;
            }
            chosen.push_back(*it);
        }
        lines = std::move(chosen);
    }
    for (const Variant& v : lines)
        systems.push_back(cross_validate(corpus, v, opt, from_start, v.name));
    systems.insert(systems.begin() + 1,
                   fixed(corpus, "lead-" + std::to_string(n), opt, [&](Article& a) { return first_n(a, 0, n); }));
    std::mt19937 rng(opt.seed);
    System random = fixed(corpus, "random-" + std::to_string(n) + " (seed " + std::to_string(opt.seed) + ")", opt,
                          [&](Article& a) {
                              std::vector<std::size_t> all(a.size());
                              for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
                              std::shuffle(all.begin(), all.end(), rng);
                              all.resize(std::min(n, all.size()));
                              std::sort(all.begin(), all.end());
                              return all;
                          });
    System oracle = fixed(corpus, "oracle (the fit's labels)", opt, [](Article& a) {
        std::vector<std::size_t> out;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a.oracle[i]) out.push_back(i);
        return out;
    });
    System shipped = fixed(corpus, "shipped model (in-sample)", opt, [&](Article& a) {
        const auto lang = a.analysis.doc.lang;
        return choose(a, detail::model_for(precis::SummaryType::key_points, lang),
                      detail::selection_for(precis::SummaryType::key_points, lang), n);
    });
    systems.insert(systems.begin() + 2, {random, oracle, shipped});

    // Key points from after the lead, against the N sentences after it.
    std::vector<System> skip{cross_validate(corpus, variants(true)[0], opt, after_lead, "precis --skip-lead"),
                             fixed(corpus, "next-" + std::to_string(n) + " after the lead", opt,
                                   [&](Article& a) { return first_n(a, detail::after_lead(a.analysis.doc), n); }),
                             systems[1]};

    std::printf("%zu-fold cross-validation by article (seed %u): each article is scored by a model fitted on the other "
                "folds of every set%s\n\n",
                opt.folds, opt.seed, skipped ? (", " + std::to_string(skipped) + " lines skipped").c_str() : "");
    auto tokens_of = [&](const Article& a) {
        return a.analysis.doc.lang == detail::Lang::en ? "tokens as rouge-score: [a-z0-9] runs, Porter stemming"
               : opt.snowball ? "tokens: Unicode letters and digits, lowercased, Snowball stemming"
                              : "tokens: Unicode letters and digits, lowercased, no stemming";
    };
    auto report = [&](const std::string& title, const std::vector<std::size_t>& items) {
        if (items.empty()) return;
        print_group(title, items, systems, opt, tokens_of(*corpus.articles[items[0]]));
        print_difference(items, systems[0], systems[1], opt);
        const bool all = std::all_of(items.begin(), items.end(), [&](std::size_t i) { return systems[0].outcomes[i].all_references; });
        if (all) {
            // SummEval: the highlights above are one of its 11 references, the 10 others were
            // written by crowd workers for the whole article.
            std::printf("  against all %zu references of each article (mean over references):\n",
                        corpus.articles[items[0]]->references.size());
            for (std::size_t k : {std::size_t(0), std::size_t(1)}) {
                double m1 = 0, m2 = 0, ml = 0;
                for (std::size_t i : items) m1 += systems[k].outcomes[i].m1, m2 += systems[k].outcomes[i].m2, ml += systems[k].outcomes[i].ml;
                const double c = double(items.size());
                std::printf("    %-32s %6.2f %6.2f %6.2f\n", systems[k].name.c_str(), m1 / c, m2 / c, ml / c);
            }
            std::printf("  ");
            print_difference(items, systems[0], systems[1], opt, true);
        }
        std::printf("  key points from after the lead (--skip-lead):\n");
        for (const System& s : skip) {
            double r1 = 0, r2 = 0, rl = 0;
            for (std::size_t i : items) r1 += s.outcomes[i].r1, r2 += s.outcomes[i].r2, rl += s.outcomes[i].rl;
            double k = double(items.size());
            std::printf("    %-32s %6.2f %6.2f %6.2f\n", s.name.c_str(), r1 / k, r2 / k, rl / k);
        }
        std::printf("\n");
    };
    for (std::size_t i = 0; i < corpus.articles.size(); ++i) {
        const Article& a = *corpus.articles[i];
        if (a.set != opt.trace) continue;
        const Outcome &p = systems[0].outcomes[i], &l = systems[1].outcomes[i];
        std::printf("trace %s R1 %+.2f (%.2f vs %.2f):", a.id.c_str(), p.r1 - l.r1, p.r1, l.r1);
        for (std::size_t k : p.chosen_sentences) std::printf(" %zu", k);
        std::printf("\n");
        for (std::size_t k : p.chosen_sentences)
            std::printf("    [%zu] %.300s\n", k, std::string(a.analysis.doc.view(a.analysis.doc.sentences[k].span)).c_str());
    }
    for (const std::string& set : corpus.sets) {
        std::vector<std::size_t> items;
        for (std::size_t i = 0; i < corpus.articles.size(); ++i)
            if (corpus.articles[i]->set == set) items.push_back(i);
        report(set, items);
    }
    std::vector<std::size_t> pooled;
    std::set<std::string> pool(opt.pool.begin(), opt.pool.end());
    for (std::size_t i = 0; i < corpus.articles.size(); ++i)
        if (pool.count(corpus.articles[i]->set)) pooled.push_back(i);
    std::string names;
    for (const auto& s : opt.pool) names += (names.empty() ? "" : " + ") + s;
    if (opt.pool.size() > 1) report("pooled: " + names, pooled);
    return status;
}
