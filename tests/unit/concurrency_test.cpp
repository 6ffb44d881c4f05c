// One Summarizer shared by many threads gives the serial results; run under
// ThreadSanitizer by the tsan preset (tests/run.sh), which reports any data race.
#include <precis/precis.hpp>

#include "files.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#ifndef __EMSCRIPTEN__  // the WebAssembly module is single-threaded: no std::thread there

namespace {

using precis::test::read_file;

// The golden corpus (en and ru) and the demo article.
std::vector<std::string> articles() {
    namespace fs = std::filesystem;
    fs::path root = PRECIS_SOURCE_DIR;
    std::vector<fs::path> files{root / "demo" / "putin-may-g20.en.txt"};
    for (const auto& e : fs::directory_iterator(root / "tests" / "corpus"))
        if (fs::exists(e.path() / "article.txt")) files.push_back(e.path() / "article.txt");
    std::sort(files.begin(), files.end());
    std::vector<std::string> out;
    for (const auto& f : files) out.push_back(read_file(f));
    return out;
}

template <class F>
std::vector<std::string> in_threads(std::size_t jobs, std::size_t threads, F&& work) {
    std::vector<std::string> out(jobs);
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            // Every thread does every job, in its own order; the last thread's answer is kept.
            for (std::size_t k = 0; k < jobs; ++k) {
                std::size_t i = (k + t) % jobs;
                std::string r = work(i);
                if (t == threads - 1) out[i] = std::move(r);
                else CHECK(r == work(i));  // the same answer twice in a row, whatever the others do
            }
        });
    for (auto& th : pool) th.join();
    return out;
}

}  // namespace

TEST_CASE("one Summarizer shared by eight threads gives the serial results") {
    precis::Options o;
    o.explain = true;
    const precis::Summarizer s(o);
    const std::vector<std::string> texts = articles();
    REQUIRE(texts.size() >= 9);
    std::vector<std::string> serial;
    for (const auto& t : texts) serial.push_back(precis::to_json(s.summarize(t)));
    auto parallel = in_threads(texts.size(), 8, [&](std::size_t i) { return precis::to_json(s.summarize(texts[i])); });
    CHECK(parallel == serial);
}

TEST_CASE("web pages extracted and summarized in eight threads give the serial results") {
    namespace fs = std::filesystem;
    std::vector<std::string> pages;
    for (const auto& e : fs::directory_iterator(fs::path(PRECIS_SOURCE_DIR) / "demo" / "site" / "articles"))
        if (e.path().extension() == ".html") pages.push_back(read_file(e.path()));
    REQUIRE(pages.size() >= 4);
    const precis::Summarizer s;
    auto run = [&](std::size_t i) { return precis::to_json(s.summarize(precis::extract_html(pages[i]))); };
    std::vector<std::string> serial;
    for (std::size_t i = 0; i < pages.size(); ++i) serial.push_back(run(i));
    CHECK(in_threads(pages.size(), 8, run) == serial);
}

#endif
