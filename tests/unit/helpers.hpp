// Shared helpers for the unit tests: run the pipeline's stages on a string.
#pragma once

#include "analyse/analyse.hpp"
#include "api/pipeline.hpp"
#include "document.hpp"
#include "input/input.hpp"
#include "segment/segment.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Failed checks on lists of sentences print the sentences.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& v) {
        std::string out = "{";
        for (const auto& s : v) out += "[" + s + "] ";
        return (out + "}").c_str();
    }
};
}  // namespace doctest

namespace precis::test {

// The sentences precis finds in `text` (no headline detection), as strings.
inline std::vector<std::string> sentences(std::string_view text, detail::Lang lang = detail::Lang::en) {
    std::vector<std::string> out;
    for (auto s : detail::precis_sentences(text, lang)) out.emplace_back(text.substr(s.begin, s.size()));
    return out;
}

// A document read, segmented and analysed (entities and quotes) by the pipeline itself
// (detail::analyse), in the language given.
struct Analysed {
    std::string text;
    detail::Analysis analysis;
    detail::Document& doc = analysis.doc;
    std::optional<std::string> problem;  // the pipeline's input error, if any
    explicit Analysed(std::string t, detail::Lang lang = detail::Lang::en) : text(std::move(t)) {
        Options options;
        options.lang = std::string(detail::lang_code(lang));
        problem = detail::analyse(text, options, analysis);
    }
    Analysed(const Analysed&) = delete;
    Analysed& operator=(const Analysed&) = delete;
    const detail::EntityInfo* entity(std::string_view name) const {
        for (const auto& e : doc.entities)
            if (e.name == name) return &e;
        return nullptr;
    }
};

}  // namespace precis::test
