// Stage 6, render: the result as text and Markdown (the box's HTML: html.cpp; JSON: json.cpp).
#include <precis/precis.hpp>

namespace precis {
namespace {

std::string one_line(const std::string& s) {
    std::string out = s;
    for (char& c : out)
        if (c == '\n' || c == '\r') c = ' ';
    return out;
}

std::string render_text(const Result& result, bool markdown) {
    std::string out;
    const bool bullets = markdown && result.type == SummaryType::key_points;
    for (std::size_t i = 0; i < result.sentences.size(); ++i) {
        const std::string line = one_line(result.sentences[i].text);
        if (bullets) {
            out += "- " + line + "\n";
        } else if (markdown) {
            out += (i ? " " : "") + line;
        } else {
            out += line + "\n";
        }
    }
    if (markdown && !bullets && !out.empty()) out += "\n";
    return out;
}

}  // namespace

std::string to_text(const Result& result) { return render_text(result, false); }
std::string to_markdown(const Result& result) { return render_text(result, true); }

}  // namespace precis
