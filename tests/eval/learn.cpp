#include "eval/learn.hpp"

#include "select/select.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <unordered_map>

namespace precis::eval {
namespace {

using detail::kFeatureCount;
using nlohmann::json;

const char* snowball_name(detail::Lang lang) {
    switch (lang) {
        case detail::Lang::ru: return "russian";
        case detail::Lang::de: return "german";
        case detail::Lang::fr: return "french";
        case detail::Lang::es: return "spanish";
        case detail::Lang::it: return "italian";
        case detail::Lang::pt: return "portuguese";
        default: return "english";
    }
}

std::string set_name(const std::string& path) {
    std::string name = path.substr(path.find_last_of('/') + 1);
    if (name.size() > 6 && name.compare(name.size() - 6, 6, ".jsonl") == 0) name.resize(name.size() - 6);
    return name;
}

// The oracle's measure: ROUGE-1 + ROUGE-2 F1 of some of the article's sentences.
double oracle_value(const Article& a, const std::vector<std::size_t>& sentences) {
    Ids bag;
    for (std::size_t k : sentences) bag.push_back(a.sentence_tokens[k]);
    Rouge r = rouge(a.reference, bag, a.vocabulary);
    return r.rouge1.fmeasure + r.rouge2.fmeasure;
}

// `with_first`: the first sentence (unless boilerplate) is taken before the search.
std::vector<bool> greedy_oracle(const Article& a, bool with_first) {
    std::vector<bool> in(a.size(), false);
    std::vector<std::size_t> chosen;
    double best_so_far = 0;
    if (with_first && a.size() && !a.scores.table.sentences[0].boilerplate) {
        in[0] = true, chosen.push_back(0);
        best_so_far = oracle_value(a, chosen);
    }
    while (chosen.size() < kOracleSentences) {
        std::size_t best = a.size();
        double best_value = best_so_far;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (in[i] || a.scores.table.sentences[i].boilerplate) continue;
            std::vector<std::size_t> trial = chosen;
            trial.push_back(i);
            std::sort(trial.begin(), trial.end());
            double v = oracle_value(a, trial);
            if (v > best_value) best = i, best_value = v;
        }
        if (best == a.size()) break;
        in[best] = true;
        chosen.push_back(best);
        best_so_far = best_value;
    }
    return in;
}

// Cholesky solve of H x = g for a small symmetric positive definite H (row-major).
std::vector<double> solve(std::vector<double> h, std::vector<double> g, std::size_t n) {
    for (std::size_t j = 0; j < n; ++j) {
        double d = h[j * n + j];
        for (std::size_t k = 0; k < j; ++k) d -= h[j * n + k] * h[j * n + k];
        d = std::sqrt(std::max(d, 1e-12));
        h[j * n + j] = d;
        for (std::size_t i = j + 1; i < n; ++i) {
            double s = h[i * n + j];
            for (std::size_t k = 0; k < j; ++k) s -= h[i * n + k] * h[j * n + k];
            h[i * n + j] = s / d;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t k = 0; k < i; ++k) g[i] -= h[i * n + k] * g[k];
        g[i] /= h[i * n + i];
    }
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t k = i + 1; k < n; ++k) g[i] -= h[k * n + i] * g[k];
        g[i] /= h[i * n + i];
    }
    return g;
}

// One training row: features (with a leading 1 for the bias when it has one), label, weight.
struct Row {
    std::array<double, kFeatureCount + 1> x{};
    double y = 0, w = 1;
};

// L2-regularised logistic regression by Newton's method.
std::vector<double> newton(const std::vector<Row>& rows, std::size_t dims, double l2, bool bias) {
    std::vector<double> beta(dims, 0.0);
    for (int iter = 0; iter < 50; ++iter) {
        std::vector<double> g(dims, 0.0), h(dims * dims, 0.0);
        for (std::size_t k = bias ? 1 : 0; k < dims; ++k) {
            g[k] = l2 * beta[k];
            h[k * dims + k] = l2;
        }
        if (bias) h[0] = 1e-9;
        for (const Row& r : rows) {
            double z = 0;
            for (std::size_t k = 0; k < dims; ++k) z += beta[k] * r.x[k];
            double p = 1.0 / (1.0 + std::exp(-z));
            double d = r.w * (p - r.y), c = r.w * p * (1 - p);
            for (std::size_t i = 0; i < dims; ++i) {
                if (r.x[i] == 0) continue;
                g[i] += d * r.x[i];
                for (std::size_t j = 0; j <= i; ++j) h[i * dims + j] += c * r.x[i] * r.x[j];
            }
        }
        for (std::size_t i = 0; i < dims; ++i)
            for (std::size_t j = 0; j < i; ++j) h[j * dims + i] = h[i * dims + j];
        std::vector<double> step = solve(h, g, dims);
        double change = 0;
        for (std::size_t k = 0; k < dims; ++k) {
            beta[k] -= step[k];
            change = std::max(change, std::fabs(step[k]));
        }
        if (change < 1e-8) break;
    }
    return beta;
}

// A softmax over each article's sentences fitted to target shares, by Newton's method.
struct Group {
    std::vector<std::array<double, kFeatureCount>> x;
    std::vector<double> target;  // sums to 1
    double w = 1;
};
std::vector<double> newton_listwise(const std::vector<Group>& groups, double l2) {
    const std::size_t d = kFeatureCount;
    std::vector<double> beta(d, 0.0);
    for (int iter = 0; iter < 50; ++iter) {
        std::vector<double> g(d, 0.0), h(d * d, 0.0);
        for (std::size_t k = 0; k < d; ++k) g[k] = l2 * beta[k], h[k * d + k] = l2;
        for (const Group& gr : groups) {
            std::vector<double> z(gr.x.size());
            double top = -1e300;
            for (std::size_t i = 0; i < gr.x.size(); ++i) {
                z[i] = 0;
                for (std::size_t k = 0; k < d; ++k) z[i] += beta[k] * gr.x[i][k];
                top = std::max(top, z[i]);
            }
            double sum = 0;
            for (double& v : z) sum += (v = std::exp(v - top));
            std::array<double, kFeatureCount> mean{};
            for (std::size_t i = 0; i < gr.x.size(); ++i) {
                double p = z[i] / sum;
                for (std::size_t k = 0; k < d; ++k) {
                    mean[k] += p * gr.x[i][k];
                    g[k] += gr.w * (p - gr.target[i]) * gr.x[i][k];
                }
                for (std::size_t a = 0; a < d; ++a) {
                    if (gr.x[i][a] == 0) continue;
                    for (std::size_t b = 0; b <= a; ++b) h[a * d + b] += gr.w * p * gr.x[i][a] * gr.x[i][b];
                }
            }
            for (std::size_t a = 0; a < d; ++a)
                for (std::size_t b = 0; b <= a; ++b) h[a * d + b] -= gr.w * mean[a] * mean[b];
        }
        for (std::size_t a = 0; a < d; ++a)
            for (std::size_t b = 0; b < a; ++b) h[b * d + a] = h[a * d + b];
        std::vector<double> step = solve(h, g, d);
        double change = 0;
        for (std::size_t k = 0; k < d; ++k) beta[k] -= step[k], change = std::max(change, std::fabs(step[k]));
        if (change < 1e-8) break;
    }
    return beta;
}

// Each set weighs the same in a fit or a tuning objective, whatever its size.
std::map<std::string, double> set_weights(const std::vector<const Article*>& articles, const FitOptions& options) {
    std::map<std::string, double> count;
    for (const Article* a : articles) count[a->set] += 1;
    std::map<std::string, double> w;
    for (const auto& [set, n] : count) {
        w[set] = options.balance_sets ? double(articles.size()) / (n * double(count.size())) : 1.0;
        auto extra = options.set_weight.find(set);
        if (extra != options.set_weight.end()) w[set] *= extra->second;
    }
    return w;
}

}  // namespace

Corpus load_corpus(const std::vector<std::string>& files, bool snowball, std::size_t folds, unsigned seed,
                   std::size_t& skipped) {
    Corpus corpus;
    for (const std::string& path : files) {
        std::ifstream in(path);
        if (!in) throw std::runtime_error(path + ": cannot open");
        const std::string set = set_name(path);
        corpus.sets.push_back(set);
        std::vector<std::unique_ptr<Article>> articles;
        for (std::string line; std::getline(in, line);) {
            if (line.empty()) continue;
            json j = json::parse(line, nullptr, false);
            if (j.is_discarded() || !j.contains("text") || !j.contains("summary")) {
                ++skipped;
                continue;
            }
            auto a = std::make_unique<Article>();
            a->set = set;
            a->id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : std::to_string(articles.size());
            a->text = j["text"].get<std::string>();
            Options o;
            if (j.contains("lang") && j["lang"].is_string() && detail::parse_lang(j["lang"].get<std::string>()))
                o.lang = j["lang"].get<std::string>();
            if (j.contains("title") && j["title"].is_string() && !j["title"].get<std::string>().empty())
                o.title = j["title"].get<std::string>();
            if (detail::analyse(a->text, o, a->analysis)) {
                ++skipped;
                continue;
            }
            const detail::Document& doc = a->analysis.doc;
            Tokens kind = doc.lang == detail::Lang::en ? Tokens::english : Tokens::unicode;
            if (snowball && kind == Tokens::unicode) {
                kind = Tokens::unicode_snowball;
                set_snowball_language(snowball_name(doc.lang));
            }
            a->scores.table = detail::compute_features(doc, a->analysis.title);
            a->leans_on = detail::antecedents(a->scores.table);
            std::unordered_map<std::string, int> ids;
            auto intern = [&](const std::vector<std::string>& tokens) {
                std::vector<int> out;
                for (const auto& t : tokens) out.push_back(ids.emplace(t, int(ids.size())).first->second);
                return out;
            };
            for (const auto& s : doc.sentences) {
                std::string t(doc.view(s.span));
                std::replace(t.begin(), t.end(), '\n', ' ');
                a->sentence_tokens.push_back(intern(tokenize(t, kind)));
            }
            for (const auto& line : tokenize_lines(j["summary"].get<std::string>(), kind))
                a->reference.push_back(intern(line));
            if (j.contains("references") && j["references"].is_array())
                for (const auto& r : j["references"]) {
                    if (!r.is_string()) continue;
                    Ids ref;
                    for (const auto& line : tokenize_lines(r.get<std::string>(), kind)) ref.push_back(intern(line));
                    a->references.push_back(std::move(ref));
                }
            a->vocabulary = ids.size();
            a->oracle = greedy_oracle(*a, false);
            a->oracle_after_first = greedy_oracle(*a, true);
            articles.push_back(std::move(a));
        }
        // Folds: a seeded shuffle of the set, dealt round-robin.
        std::vector<std::size_t> order(articles.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::mt19937 rng(seed);
        std::shuffle(order.begin(), order.end(), rng);
        for (std::size_t k = 0; k < order.size(); ++k) articles[order[k]]->fold = folds ? k % folds : 0;
        for (auto& a : articles) corpus.articles.push_back(std::move(a));
    }
    return corpus;
}

bool parse_fit_option(const std::string& flag, const std::function<std::string()>& value, FitOptions& options) {
    if (flag == "--objective") {
        const std::string o = value();
        if (o == "listwise") options.objective = FitOptions::listwise;
        else if (o == "pairwise") options.objective = FitOptions::pairwise;
        else if (o == "logistic") options.objective = FitOptions::logistic;
        else throw std::invalid_argument("--objective takes listwise, pairwise or logistic");
    } else if (flag == "--l2") {
        options.l2 = number_arg(flag, value(), [](const std::string& v, std::size_t* n) { return std::stod(v, n); });
    } else if (flag == "--balance") {
        options.balance_sets = true;
    } else if (flag == "--set-weight") {
        const std::string kv = value();
        const auto eq = kv.find('=');
        if (eq == std::string::npos) throw std::invalid_argument("--set-weight takes SET=WEIGHT");
        options.set_weight[kv.substr(0, eq)] =
            number_arg(flag, kv.substr(eq + 1), [](const std::string& v, std::size_t* n) { return std::stod(v, n); });
    } else if (flag == "--own-model") {
        const std::string code = value();
        const auto lang = detail::parse_lang(code);
        if (!lang) {
            std::string codes;
            for (int i = 0; i < detail::kLangCount; ++i)
                codes += (i ? ", " : "") + std::string(detail::lang_code(static_cast<detail::Lang>(i)));
            throw std::invalid_argument("--own-model takes a language code (" + codes + "), not " + code);
        }
        if (std::find(options.own_models.begin(), options.own_models.end(), *lang) == options.own_models.end())
            options.own_models.push_back(*lang);
    } else if (flag == "--shared-model-only") {
        options.own_models.clear();
    } else if (flag == "--first-always") {
        options.first_always = true;
    } else if (flag == "--fit-after-first") {
        options.first_always = options.fit_after_first = true;
    } else if (flag == "--selection") {
        const std::string v = value();
        const auto comma = v.find(',');
        if (comma == std::string::npos) throw std::invalid_argument("--selection takes REDUNDANCY,COVERAGE");
        options.fixed_selection = std::pair{std::stod(v.substr(0, comma)), std::stod(v.substr(comma + 1))};
    } else {
        return false;
    }
    return true;
}

Rouge score_choice(const Article& a, const std::vector<std::size_t>& chosen) {
    Ids prediction;
    for (std::size_t i : chosen) prediction.push_back(a.sentence_tokens[i]);
    return rouge(a.reference, prediction, a.vocabulary);
}

std::optional<Rouge> score_all_references(const Article& a, const std::vector<std::size_t>& chosen) {
    if (a.references.empty()) return std::nullopt;
    Ids prediction;
    for (std::size_t i : chosen) prediction.push_back(a.sentence_tokens[i]);
    Rouge mean;
    for (const Ids& reference : a.references) {
        const Rouge r = rouge(reference, prediction, a.vocabulary);
        mean.rouge1.fmeasure += r.rouge1.fmeasure;
        mean.rouge2.fmeasure += r.rouge2.fmeasure;
        mean.rougeLsum.fmeasure += r.rougeLsum.fmeasure;
    }
    const double n = double(a.references.size());
    mean.rouge1.fmeasure /= n, mean.rouge2.fmeasure /= n, mean.rougeLsum.fmeasure /= n;
    return mean;
}

namespace {

detail::Model fit_weights(const std::vector<const Article*>& train, const FitOptions& options) {
    auto used = [&](std::size_t k) { return options.use.empty() || options.use[k]; };
    // What the fit learns from: every sentence but boilerplate, labelled by the oracle; with
    // fit_after_first, the sentences after the first, by the oracle that starts from it.
    const bool after_first = options.fit_after_first;
    auto labels = [&](const Article& a) -> const std::vector<bool>& {
        return after_first ? a.oracle_after_first : a.oracle;
    };
    auto left_out = [&](const Article& a, std::size_t i) {
        return a.scores.table.sentences[i].boilerplate || (after_first && i == 0);
    };
    const auto weight = set_weights(train, options);
    std::vector<Row> rows;
    const bool logistic = options.objective == FitOptions::logistic;
    if (options.objective == FitOptions::listwise) {
        std::vector<Group> groups;
        for (const Article* a : train) {
            const auto& s = a->scores.table.sentences;
            Group g;
            g.w = weight.at(a->set);
            double total = 0;
            const auto& label = labels(*a);
            for (std::size_t i = 0; i < s.size(); ++i) {
                if (left_out(*a, i)) continue;
                std::array<double, kFeatureCount> x{};
                for (std::size_t k = 0; k < kFeatureCount; ++k) x[k] = used(k) ? s[i].x[k] : 0.0;
                g.x.push_back(x);
                g.target.push_back(label[i]);
                total += label[i];
            }
            if (total <= 0 || g.x.size() < 2) continue;
            for (double& t : g.target) t /= total;
            groups.push_back(std::move(g));
        }
        detail::Model m;
        std::vector<double> beta = newton_listwise(groups, options.l2);
        for (std::size_t k = 0; k < kFeatureCount; ++k) m.weights[k] = beta[k];
        return m;
    }
    for (const Article* a : train) {
        const auto& s = a->scores.table.sentences;
        const double w = weight.at(a->set);
        const auto& label = labels(*a);
        if (logistic) {
            for (std::size_t i = 0; i < s.size(); ++i) {
                if (left_out(*a, i)) continue;
                Row r;
                r.x[0] = 1;
                for (std::size_t k = 0; k < kFeatureCount; ++k) r.x[k + 1] = used(k) ? s[i].x[k] : 0.0;
                r.y = label[i];
                r.w = w;
                rows.push_back(r);
            }
            continue;
        }
        // Pairwise: every oracle sentence against every other sentence of its article, each
        // article weighing the same. Half the pairs are flipped so both labels occur.
        std::vector<std::pair<std::size_t, std::size_t>> pairs;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (!label[i] || left_out(*a, i)) continue;
            for (std::size_t j = 0; j < s.size(); ++j)
                if (!label[j] && !left_out(*a, j)) pairs.emplace_back(i, j);
        }
        for (std::size_t p = 0; p < pairs.size(); ++p) {
            auto [i, j] = pairs[p];
            Row r;
            const bool flip = p % 2 == 1;
            for (std::size_t k = 0; k < kFeatureCount; ++k)
                r.x[k] = used(k) ? (flip ? s[j].x[k] - s[i].x[k] : s[i].x[k] - s[j].x[k]) : 0.0;
            r.y = flip ? 0 : 1;
            r.w = w / double(pairs.size());
            rows.push_back(r);
        }
    }
    detail::Model m;
    if (logistic) {
        std::vector<double> beta = newton(rows, kFeatureCount + 1, options.l2, true);
        m.bias = beta[0];
        for (std::size_t k = 0; k < kFeatureCount; ++k) m.weights[k] = beta[k + 1];
    } else {
        std::vector<double> beta = newton(rows, kFeatureCount, options.l2, false);
        for (std::size_t k = 0; k < kFeatureCount; ++k) m.weights[k] = beta[k];
    }
    return m;
}

}  // namespace

detail::Model first_always(detail::Model m) {
    // More than all the other weights together can reach (features are in [0, 1]).
    constexpr double kFirstAlways = 100;
    m.weights[detail::f_first] += kFirstAlways;
    return m;
}

detail::Model fit(const std::vector<const Article*>& train, const FitOptions& options) {
    detail::Model m = fit_weights(train, options);
    return options.first_always ? first_always(m) : m;
}

const detail::LanguageModel* Fitted::own(detail::Lang lang) const {
    return detail::find_language_model(languages, lang);
}

Fitted fit_models(const std::vector<const Article*>& train, const FitOptions& options) {
    Fitted out;
    out.model = fit(train, options);
    out.selection = tune_selection(train, out.model, options);
    for (detail::Lang lang : options.own_models) {
        std::vector<const Article*> own;
        for (const Article* a : train)
            if (a->analysis.doc.lang == lang) own.push_back(a);
        if (own.empty()) continue;
        detail::Model m = fit(own, options);
        out.languages.push_back({lang, m, tune_selection(own, m, options)});
    }
    return out;
}

std::vector<std::size_t> choose(Article& a, const detail::Model& model, const detail::Selection& selection,
                                std::size_t count, std::size_t first) {
    detail::apply_model(a.scores, model);
    return detail::select_sentences(a.analysis.doc, a.scores, count, std::nullopt, selection, first);
}

detail::Selection tune_selection(const std::vector<const Article*>& train, const detail::Model& model,
                                 const FitOptions& options) {
    const auto weight = set_weights(train, options);
    detail::Selection best;
    if (options.fixed_selection) {
        best.redundancy = options.fixed_selection->first, best.coverage = options.fixed_selection->second;
        best.duplicate = 0.75;
        return best;
    }
    double best_value = -1;
    for (double redundancy : {0.0, 1.0, 2.0, 3.0, 4.0, 6.0})
        for (double coverage : {0.0, 0.5, 1.0}) {
            detail::Selection sel;
            sel.redundancy = redundancy;
            sel.duplicate = 0.75;
            sel.coverage = coverage;
            double value = 0;
            for (const Article* a : train) {
                auto chosen = choose(const_cast<Article&>(*a), model, sel, kOracleSentences);
                Rouge r = score_choice(*a, chosen);
                value += weight.at(a->set) * (r.rouge1.fmeasure + r.rouge2.fmeasure + r.rougeLsum.fmeasure);
            }
            if (value > best_value) best = sel, best_value = value;
        }
    return best;
}

}  // namespace precis::eval

