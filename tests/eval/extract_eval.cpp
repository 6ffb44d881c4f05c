// Article extraction against Mozilla Readability's reviewed output.
//
//   precis-extract-eval [--list] DIR...
//
// Each DIR is a page folder holding source.html and expected.html, or a folder of such
// folders (Mozilla Readability's test-pages layout). For every page: token precision,
// recall and F1 of the extracted paragraphs against the text of expected.html, and the
// F1 of the whole page's text for scale. Tokens are lower-cased runs of letters and digits,
// counted as a multiset. A page where extraction fails scores 0. Separately: whether the
// "no article found" test agrees with expected-metadata.json's "readerable".
#include "extract/extract.hpp"
#include "extract/html.hpp"
#include "input/utf8.hpp"
#include "files.hpp"

#include <precis/precis.hpp>

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace fs = std::filesystem;
using namespace precis;

namespace {

using precis::test::read_file;

using Bag = std::unordered_map<std::string, int>;

Bag tokens(std::string_view text) {
    Bag bag;
    std::string cur;
    for (std::size_t i = 0; i < text.size();) {
        char32_t c = detail::next_cp(text, i);
        if (u_isalpha(static_cast<UChar32>(c)) || u_isdigit(static_cast<UChar32>(c))) {
            detail::append_utf8(cur, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
        } else if (!cur.empty()) {
            ++bag[cur];
            cur.clear();
        }
    }
    if (!cur.empty()) ++bag[cur];
    return bag;
}

struct Prf {
    double p = 0, r = 0, f = 0;
};

Prf compare(const Bag& got, const Bag& want) {
    long common = 0, ng = 0, nw = 0;
    for (const auto& [w, n] : got) {
        ng += n;
        auto it = want.find(w);
        if (it != want.end()) common += std::min(n, it->second);
    }
    for (const auto& kv : want) nw += kv.second;
    Prf r;
    if (ng) r.p = static_cast<double>(common) / ng;
    if (nw) r.r = static_cast<double>(common) / nw;
    if (r.p + r.r > 0) r.f = 2 * r.p * r.r / (r.p + r.r);
    return r;
}

std::string joined(const std::vector<detail::ExtractedParagraph>& paragraphs) {
    std::string out;
    for (const auto& p : paragraphs) out += p.text + "\n\n";
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<fs::path> pages;
    bool list = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--list") {
            list = true;
            continue;
        }
        fs::path p(a);
        if (fs::exists(p / "source.html")) {
            pages.push_back(p);
        } else if (fs::is_directory(p)) {
            for (const auto& e : fs::directory_iterator(p))
                if (fs::exists(e.path() / "source.html") && fs::exists(e.path() / "expected.html")) pages.push_back(e.path());
        } else {
            std::cerr << "precis-extract-eval: " << a << ": not a page folder\n";
            return 2;
        }
    }
    if (pages.empty()) {
        std::cerr << "usage: precis-extract-eval [--list] DIR...  (folders with source.html and expected.html)\n";
        return 2;
    }
    std::sort(pages.begin(), pages.end());
    std::vector<double> fs_, ps, rs, whole;
    std::size_t gate_agrees = 0;
    std::printf("%-44s %6s %6s %6s %7s  %s\n", "page", "P", "R", "F1", "whole", "note");
    for (const auto& dir : pages) {
        std::string source = read_file(dir / "source.html"), expected = read_file(dir / "expected.html");
        detail::Page want_page, source_page;
        std::string note;
        if (auto e = detail::parse_html(expected, 64u << 20, want_page)) note = "expected.html: " + *e;
        Bag want = tokens(joined(detail::page_paragraphs(want_page)));
        Prf r;
        double w = 0;
        if (!detail::parse_html(source, 64u << 20, source_page)) w = compare(tokens(joined(detail::page_paragraphs(source_page))), want).f;
        // The extractor itself, whether or not the page passes the readerable test that
        // decides "no article found"; that test's verdict is compared with Readability's.
        detail::Extracted got;
        if (auto e = detail::extract_article(source_page, got)) {
            note = *e;
        } else {
            r = compare(tokens(joined(got.paragraphs)), want);
        }
        std::string meta = read_file(dir / "expected-metadata.json");
        bool want_readerable = meta.find("\"readerable\": false") == std::string::npos;
        if (got.readerable == want_readerable) ++gate_agrees;
        else note += got.readerable ? " readerable (Readability: not)" : " not readerable (Readability: readerable)";
        if (!got.readerable) note += " [no article found]";
        fs_.push_back(r.f), ps.push_back(r.p), rs.push_back(r.r), whole.push_back(w);
        if (list || r.f < 0.9 || !note.empty())
            std::printf("%-44s %6.3f %6.3f %6.3f %7.3f  %s\n", dir.filename().string().c_str(), r.p, r.r, r.f, w,
                        note.c_str());
    }
    auto mean = [](const std::vector<double>& v) {
        double s = 0;
        for (double x : v) s += x;
        return v.empty() ? 0 : s / static_cast<double>(v.size());
    };
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    };
    std::printf("\n%zu pages%s. precis: mean P %.3f R %.3f F1 %.3f, median F1 %.3f, worst F1 %.3f\n", pages.size(),
                list ? "" : " (pages under F1 0.9 listed)", mean(ps), mean(rs), mean(fs_), median(fs_),
                *std::min_element(fs_.begin(), fs_.end()));
    std::printf("\"no article found\" test agrees with Readability's isProbablyReaderable on %zu of %zu pages\n",
                gate_agrees, pages.size());
    std::printf("whole page text: mean F1 %.3f, median %.3f, worst %.3f\n", mean(whole), median(whole),
                *std::min_element(whole.begin(), whole.end()));
    return 0;
}
