// Article extraction and the key-points box on real pages.
//
//   precis-extract-eval [--list] [--points] [--half 1|2] DIR...
//
// Each DIR is a page folder, or a folder of page folders, in one of two layouts:
// - source.html + expected.html (Mozilla Readability's test pages: its reviewed output);
// - source.html + expect.json ({"with": [...], "without": [...]}: snippets a good
//   extraction must and must not contain, as trafilatura's evaluation data has them).
//
// Extraction. Against expected.html: token precision, recall and F1 of the extracted
// paragraphs (tokens are lower-cased runs of letters and digits, counted as a multiset),
// the whole page's text for scale, and whether the "no article found" test agrees with
// expected-metadata.json's "readerable". Against expect.json: every snippet is looked up
// in the extraction (whitespace collapsed, case-sensitive): `with` found is a true
// positive, missing a false negative, `without` found a false positive; precision,
// recall and F1 over all snippets, as trafilatura scores itself. A refused page misses
// all its `with` snippets.
//
// The box. For every page, the key points the widget shows by default (key-points,
// short), from the same public API: extract_html() then summarize(). A box is clean when
// every point is a sentence of the article: inside expected.html's text, or, with
// expect.json, overlapping no `without` snippet (neither holds the other). Reported: the
// share of clean boxes, and pages with an article that get no box. With expect.json a
// second share also asks that the extraction hold every `with` snippet (the box then
// comes from the article, not from some other text that happens to avoid the snippets).
//
// --half 1|2 keeps one of two fixed halves of the pages (by a hash of the folder name),
// to tune on one and report the other. --points prints every box; otherwise only the
// pages with a problem are listed.
#include "extract/extract.hpp"
#include "extract/html.hpp"
#include "text/utf8.hpp"
#include "files.hpp"

#include <precis/precis.hpp>

#include <nlohmann/json.hpp>
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

// Whitespace runs as one space, ends trimmed (trafilatura's snippet normalisation).
std::string collapsed(std::string_view s) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t b = i;
        char32_t c = detail::next_cp(s, i);
        if (u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0xA0) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out.append(s, b, i - b);
    }
    return out;
}

// No whitespace at all: a point and the expected text may break lines differently
// around inline elements.
std::string squeezed(std::string_view s) {
    std::string out = collapsed(s);
    out.erase(std::remove(out.begin(), out.end(), ' '), out.end());
    return out;
}

std::uint32_t fnv1a(const std::string& s) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : s) h = (h ^ c) * 16777619u;
    return h;
}

struct Box {
    bool refused = false;  // extract_html said "no article found" (or another input error)
    std::string error;
    std::vector<std::string> points;
    std::string extraction;  // the article's paragraphs, whitespace collapsed
};

Box box_of(const std::string& source, const Summarizer& summarizer) {
    Box b;
    try {
        Article a = extract_html(source);
        std::string text;
        for (const auto& p : a.paragraphs) text += p + "\n";
        b.extraction = collapsed(text);
        b.points = summarizer.summarize(a).summary();
    } catch (const Error& e) {
        b.refused = true;
        b.error = e.what();
    }
    return b;
}

std::string shown(std::string s) {
    for (char& c : s)
        if (c == '\n') c = ' ';
    if (s.size() > 110) {
        std::size_t cut = 107;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
        s = s.substr(0, cut) + "...";
    }
    return s;
}

struct Totals {
    std::size_t pages = 0, with_article = 0, boxes = 0, clean = 0, clean_and_found = 0, no_box = 0;
};

void print_box_line(const char* name, const Totals& t, bool snippets) {
    std::printf("%s boxes: %zu of %zu pages with an article got a box (%zu no box); every point a sentence of the "
                "article in %zu of %zu boxes (%.1f%%)",
                name, t.boxes, t.with_article, t.no_box, t.clean, t.boxes,
                t.boxes ? 100.0 * static_cast<double>(t.clean) / static_cast<double>(t.boxes) : 0.0);
    if (snippets)
        std::printf("; and the extraction holds every `with` snippet in %zu (%.1f%%)", t.clean_and_found,
                    t.boxes ? 100.0 * static_cast<double>(t.clean_and_found) / static_cast<double>(t.boxes) : 0.0);
    std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<fs::path> pages;
    bool list = false, show_points = false;
    int half = 0;
    auto is_page = [](const fs::path& p) {
        return fs::exists(p / "source.html") && (fs::exists(p / "expected.html") || fs::exists(p / "expect.json"));
    };
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--list") {
            list = true;
            continue;
        }
        if (a == "--points") {
            show_points = true;
            continue;
        }
        if (a == "--half" && i + 1 < argc && (std::string(argv[i + 1]) == "1" || std::string(argv[i + 1]) == "2")) {
            half = argv[++i][0] - '0';
            continue;
        }
        fs::path p(a);
        if (is_page(p)) {
            pages.push_back(p);
        } else if (fs::is_directory(p)) {
            for (const auto& e : fs::directory_iterator(p))
                if (is_page(e.path())) pages.push_back(e.path());
        } else {
            std::cerr << "precis-extract-eval: " << a << ": not a page folder\n";
            return 2;
        }
    }
    if (half)
        pages.erase(std::remove_if(pages.begin(), pages.end(),
                                   [&](const fs::path& p) {
                                       return static_cast<int>(fnv1a(p.filename().string()) % 2) + 1 != half;
                                   }),
                    pages.end());
    if (pages.empty()) {
        std::cerr << "usage: precis-extract-eval [--list] [--points] [--half 1|2] DIR...  (folders with source.html "
                     "and expected.html or expect.json)\n";
        return 2;
    }
    std::sort(pages.begin(), pages.end());
    const Summarizer summarizer;
    std::vector<double> fs_, ps, rs, whole;
    std::size_t gate_agrees = 0, readability_pages = 0;
    long tp = 0, fn = 0, fp = 0, tn = 0;
    std::size_t snippet_pages = 0, refused_snippet_pages = 0;
    Totals rt, st;
    std::printf("%-44s %6s %6s %6s %7s  %s\n", "page", "P", "R", "F1", "whole", "note");
    for (const auto& dir : pages) {
        std::string source = read_file(dir / "source.html");
        Box box = box_of(source, summarizer);
        std::string note;
        std::vector<std::string> bad_points;
        bool readability = fs::exists(dir / "expected.html");
        bool has_article = true, clean = true, found_all = true;
        Prf r;
        double w = 0;
        if (readability) {
            ++readability_pages;
            std::string expected = read_file(dir / "expected.html");
            detail::Page want_page, source_page;
            if (auto e = detail::parse_html(expected, 64u << 20, want_page)) note = "expected.html: " + *e;
            std::string want_text = joined(detail::page_paragraphs(want_page));
            Bag want = tokens(want_text);
            if (!detail::parse_html(source, 64u << 20, source_page))
                w = compare(tokens(joined(detail::page_paragraphs(source_page))), want).f;
            // The extractor itself, whether or not the page passes the test that decides
            // "no article found"; that test's verdict is compared with Readability's.
            detail::Extracted got;
            if (auto e = detail::extract_article(source_page, got)) note = *e;
            else r = compare(tokens(joined(got.paragraphs)), want);
            std::string meta = read_file(dir / "expected-metadata.json");
            has_article = meta.find("\"readerable\": false") == std::string::npos;
            if (got.readerable == has_article) ++gate_agrees;
            else note += got.readerable ? " readerable (Readability: not)" : " not readerable (Readability: readerable)";
            if (!got.readerable) note += " [no article found]";
            fs_.push_back(r.f), ps.push_back(r.p), rs.push_back(r.r), whole.push_back(w);
            std::string want_squeezed = squeezed(want_text);
            for (const auto& p : box.points)
                if (want_squeezed.find(squeezed(p)) == std::string::npos) bad_points.push_back(p);
        } else {
            ++snippet_pages;
            nlohmann::json expect = nlohmann::json::parse(read_file(dir / "expect.json"));
            if (box.refused) {
                ++refused_snippet_pages;
                note = box.error;
            }
            for (const auto& s : expect.value("with", nlohmann::json::array())) {
                std::string snippet = collapsed(s.get<std::string>());
                if (snippet.empty()) continue;
                if (box.extraction.find(snippet) != std::string::npos) ++tp;
                else ++fn, found_all = false;
            }
            for (const auto& s : expect.value("without", nlohmann::json::array())) {
                std::string snippet = collapsed(s.get<std::string>());
                if (snippet.empty()) continue;
                if (box.extraction.find(snippet) != std::string::npos) ++fp;
                else ++tn;
                for (const auto& p : box.points) {
                    std::string point = collapsed(p);
                    if ((point.find(snippet) != std::string::npos || snippet.find(point) != std::string::npos) &&
                        std::find(bad_points.begin(), bad_points.end(), p) == bad_points.end())
                        bad_points.push_back(p);
                }
            }
            if (!found_all) note += note.empty() ? "extraction misses `with` snippets" : "; misses `with` snippets";
        }
        clean = bad_points.empty();
        Totals& t = readability ? rt : st;
        ++t.pages;
        if (has_article) {
            ++t.with_article;
            if (box.points.empty()) {
                ++t.no_box;
                note += " [no box]";
            } else {
                ++t.boxes;
                t.clean += clean;
                t.clean_and_found += clean && found_all;
            }
        }
        if (list || show_points || (readability && r.f < 0.9) || !note.empty() || !clean) {
            if (readability)
                std::printf("%-44s %6.3f %6.3f %6.3f %7.3f  %s\n", dir.filename().string().c_str(), r.p, r.r, r.f, w,
                            note.c_str());
            else
                std::printf("%-44s %29s%s\n", dir.filename().string().c_str(), "", note.c_str());
            for (const auto& p : box.points) {
                bool bad = std::find(bad_points.begin(), bad_points.end(), p) != bad_points.end();
                if (bad || show_points) std::printf("    %s %s\n", bad ? "NOT ARTICLE" : "ok         ", shown(p).c_str());
            }
        }
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
    if (readability_pages) {
        std::printf("\n%zu Readability pages%s. precis: mean P %.3f R %.3f F1 %.3f, median F1 %.3f, worst F1 %.3f\n",
                    readability_pages, list ? "" : " (pages under F1 0.9 listed)", mean(ps), mean(rs), mean(fs_),
                    median(fs_), *std::min_element(fs_.begin(), fs_.end()));
        std::printf("\"no article found\" test agrees with Readability's isProbablyReaderable on %zu of %zu pages\n",
                    gate_agrees, readability_pages);
        std::printf("whole page text: mean F1 %.3f, median %.3f, worst %.3f\n", mean(whole), median(whole),
                    *std::min_element(whole.begin(), whole.end()));
        print_box_line("Readability pages:", rt, false);
    }
    if (snippet_pages) {
        double p = tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0;
        double rc = tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0;
        std::printf("\n%zu snippet pages (%zu refused). snippets: precision %.3f recall %.3f F1 %.3f (with found %ld "
                    "of %ld, without found %ld of %ld)\n",
                    snippet_pages, refused_snippet_pages, p, rc, p + rc > 0 ? 2 * p * rc / (p + rc) : 0.0, tp, tp + fn,
                    fp, fp + tn);
        print_box_line("snippet pages:", st, true);
    }
    return 0;
}
