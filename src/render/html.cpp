// Stage 6, render: the "Key points" box as HTML, for server-side rendering.
#include <precis/precis.hpp>

#include "box_assets.hpp"  // generated from src/render/box.css and box-words.tsv

#include <cstdint>
#include <cstdio>

namespace precis::detail {
namespace {

std::string escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

// Runs of ASCII whitespace as one space: a point is one line.
std::string collapse(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        const bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (ws) {
            space = true;
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    if (space) out += ' ';
    return out;
}

// The box's ids, from its sentences (FNV-1a over their UTF-8): the same box, the same
// HTML, natively and in JavaScript.
std::string box_id(const Result& result) {
    std::uint32_t h = 2166136261u;
    for (const auto& s : result.sentences) {
        for (unsigned char c : s.text) h = (h ^ c) * 16777619u;
        h = (h ^ '\n') * 16777619u;
    }
    char buf[20];
    std::snprintf(buf, sizeof buf, "precis-%08x", static_cast<unsigned>(h));
    return buf;
}

const BoxWords& words_for(std::string_view lang) {
    for (const auto& w : box_words)
        if (w.lang == lang) return w;
    return box_words[0];
}

}  // namespace

}  // namespace precis::detail

namespace precis {

std::string to_box_html(const Result& result, const BoxAttributes& a) {
    using namespace detail;
    const BoxWords& words = words_for(result.lang);
    const std::string id = box_id(result);
    std::string out = "<precis-summary data-precis-ssr=\"\"";
    const auto attribute = [&out](std::string_view name, std::string_view value) {
        if (!value.empty()) out += " " + std::string(name) + "=\"" + escape(value) + "\"";
    };
    attribute("for", a.for_id);
    attribute("type", to_string(result.type));
    attribute("length", a.length);
    attribute("lang", a.lang);
    out += "><template shadowrootmode=\"open\"><style";
    attribute("nonce", a.nonce);
    out += ">" + std::string(box_css) + "</style>";
    out += "<section class=\"box\" part=\"box\" aria-labelledby=\"" + id + "-h\" lang=\"" + escape(result.lang) + "\">";
    out += "<div class=\"head\"><h2 id=\"" + id + "-h\" part=\"heading\">" + escape(words.heading) + "</h2>";
    out += "<button type=\"button\" class=\"toggle\" aria-expanded=\"true\" aria-controls=\"" + id + "-l\">" +
           escape(words.hide) + "</button></div>";
    out += "<ol id=\"" + id + "-l\" part=\"list\">";
    for (const auto& s : result.sentences)
        out += "<li><button type=\"button\" class=\"point\" part=\"point\">" + escape(collapse(s.text)) + "</button></li>";
    out += "</ol></section></template></precis-summary>";
    return out;
}

}  // namespace precis
