// Stage 6, render: the result as text and Markdown (the box's HTML: html.cpp; JSON: json.cpp).
#include <precis/precis.hpp>

namespace precis {
namespace {

// A line break inside a sentence becomes one space, CRLF as much as LF or CR alone.
std::string one_line(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool crlf = s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n';
        if (crlf) continue;  // the \n that follows becomes the space
        out += s[i] == '\n' || s[i] == '\r' ? ' ' : s[i];
    }
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
