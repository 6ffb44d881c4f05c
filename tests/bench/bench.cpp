// precis-bench: single-thread throughput over a jsonl file of articles.
//
//   precis-bench FILE.jsonl [--seconds S]
//
// Summarizes every "text" of the file with the default options and writes the JSON
// result (what the CLI and the WebAssembly module's analyze() do), over and over until
// S seconds (default 3) have passed, and prints articles per second and MB per second.
#include <precis/precis.hpp>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: precis-bench FILE.jsonl [--seconds S]\n";
        return 2;
    }
    double seconds = 3;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        std::size_t used = 0;
        try {
            if (a != "--seconds" || i + 1 >= argc) throw std::invalid_argument(a);
            seconds = std::stod(argv[++i], &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (!used || used != std::string(argv[i]).size() || !(seconds > 0)) {
            std::cerr << "usage: precis-bench FILE.jsonl [--seconds S]: bad argument " << a << "\n";
            return 2;
        }
    }
    std::ifstream in(argv[1]);
    if (!in) {
        std::cerr << "precis-bench: " << argv[1] << ": cannot open\n";
        return 1;
    }
    std::vector<std::string> texts;
    std::size_t bytes = 0;
    for (std::string line; std::getline(in, line);) {
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
        texts.push_back(j["text"].get<std::string>());
        bytes += texts.back().size();
    }
    if (texts.empty()) {
        std::cerr << "precis-bench: " << argv[1] << ": no articles\n";
        return 1;
    }
    const precis::Summarizer summarizer;
    using clock = std::chrono::steady_clock;
    std::size_t articles = 0, done_bytes = 0, failures = 0, checksum = 0;
    auto start = clock::now();
    double elapsed = 0;
    do {
        for (const auto& t : texts) {
            try {
                checksum += precis::to_json(summarizer.summarize(t)).size();
            } catch (const precis::Error&) {
                ++failures;
            }
        }
        articles += texts.size();
        done_bytes += bytes;
        elapsed = std::chrono::duration<double>(clock::now() - start).count();
    } while (elapsed < seconds);
    std::printf("file: %s (%zu articles, %.2f MB)\n", argv[1], texts.size(), bytes / 1e6);
    std::printf("single thread: %.0f articles/s, %.2f MB/s (%zu articles in %.2f s, %zu failed, %zu bytes of JSON)\n",
                articles / elapsed, done_bytes / 1e6 / elapsed, articles, elapsed, failures, checksum);
    return 0;
}
