// Shared helpers for the unit tests: run the pipeline's stages on a string.
#pragma once

#include "analyse/analyse.hpp"
#include "document.hpp"
#include "input/input.hpp"
#include "segment/segment.hpp"

#include <doctest/doctest.h>

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

// A document read, segmented and analysed (entities and quotes), as the pipeline does.
struct Analysed {
    std::string text;
    detail::Document doc;
    explicit Analysed(std::string t, detail::Lang lang = detail::Lang::en) : text(std::move(t)) {
        doc.text = text;
        doc.lang = lang;
        detail::read_layout(doc);
        detail::segment(doc);
        detail::find_entities(doc, doc.title_line ? doc.view(*doc.title_line) : std::string_view());
        detail::find_quotes(doc);
    }
    const detail::EntityInfo* entity(std::string_view name) const {
        for (const auto& e : doc.entities)
            if (e.name == name) return &e;
        return nullptr;
    }
};

}  // namespace precis::test
