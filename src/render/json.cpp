// The result as JSON, schema "precis/1" (field order as in the contract).
#include <precis/precis.hpp>

#include <nlohmann/json.hpp>

namespace precis {
namespace {

using json = nlohmann::ordered_json;

json sentence_json(const Sentence& s) {
    return json{{"index", s.index},   {"paragraph", s.paragraph}, {"text", s.text},
                {"start", s.start},   {"end", s.end},             {"start16", s.start16},
                {"end16", s.end16},   {"score", s.score}};
}

}  // namespace

std::string to_json(const Result& r, int indent) {
    json j;
    j["schema"] = "precis/1";
    j["lang"] = r.lang;
    j["type"] = r.type;
    j["title"] = r.title;
    j["summary"] = r.summary();
    j["sentences"] = json::array();
    for (const auto& s : r.sentences) j["sentences"].push_back(sentence_json(s));
    j["entities"] = json::array();
    for (const auto& e : r.entities)
        j["entities"].push_back(json{{"name", e.name}, {"aliases", e.aliases}, {"mentions", e.mentions}, {"salience", e.salience}});
    j["quotes"] = json::array();
    for (const auto& q : r.quotes) {
        j["quotes"].push_back(json{{"text", q.text},
                                   {"speaker", q.speaker ? json(*q.speaker) : json(nullptr)},
                                   {"sentence", q.sentence},
                                   {"start", q.start},
                                   {"end", q.end},
                                   {"start16", q.start16},
                                   {"end16", q.end16}});
    }
    j["stats"] = json{{"sentences", r.stats.sentences},
                      {"paragraphs", r.stats.paragraphs},
                      {"words", r.stats.words},
                      {"chars", r.stats.chars}};
    if (!r.explain.empty()) {
        json list = json::array();
        for (const auto& x : r.explain) {
            json s = sentence_json(x.sentence);
            s["chosen"] = x.chosen;
            json features = json::object();
            for (const auto& f : x.features) features[f.name] = f.value;
            s["features"] = std::move(features);
            list.push_back(std::move(s));
        }
        j["explain"] = json{{"sentences", std::move(list)}};
    }
    return j.dump(indent);
}

}  // namespace precis
